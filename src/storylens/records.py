"""Typed records that pass between the layers.

Every layer (ingest -> nlp -> story -> store -> export/web/cli) hands these small
dataclasses to the next one; nothing downstream reaches back into spaCy objects.
`to_dict()` gives the JSON shape of ``schema/story.schema.json``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass
import functools
import typing
from typing import Any, Optional, Union


def _plain(value: Any) -> Any:
    """Convert nested records to JSON-ready values, dropping private (``_``) fields."""
    if is_dataclass(value):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value) if not f.name.startswith("_")}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _build(hint: Any, value: Any) -> Any:
    """Rebuild a value of type ``hint`` from its JSON shape (the inverse of ``_plain``)."""
    if value is None:
        return None
    origin = typing.get_origin(hint)
    if origin is Union:
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        for arg in args:
            if isinstance(arg, type) and issubclass(arg, Record) and isinstance(value, dict):
                return arg.from_dict(value)
        if isinstance(value, list):
            return [v for v in value]
        return value
    if origin in (list, tuple):
        (item,) = typing.get_args(hint)[:1] or (Any,)
        return [_build(item, v) for v in value]
    if origin is dict:
        _, item = typing.get_args(hint)
        return {k: _build(item, v) for k, v in value.items()}
    if isinstance(hint, type) and issubclass(hint, Record):
        return hint.from_dict(value)
    return value


@functools.lru_cache(maxsize=None)
def _type_hints(cls: type) -> dict:
    # Resolving string annotations is most of from_dict's time; a class's hints never change.
    return typing.get_type_hints(cls)


@functools.lru_cache(maxsize=None)
def _class_written(cls: type, keys: frozenset) -> type:
    """``cls``, or the subclass a dict with ``keys`` was written from (an EventSource where a
    SourceRef is typed), so that reading it back keeps the subclass and its fields."""
    if keys <= {f.name for f in fields(cls)}:
        return cls
    subclasses = list(cls.__subclasses__())
    while subclasses:
        sub = subclasses.pop(0)
        if is_dataclass(sub) and keys <= {f.name for f in fields(sub)}:
            return sub
        subclasses.extend(sub.__subclasses__())
    return cls


class Record:
    def to_dict(self) -> dict:
        return _plain(self)

    @classmethod
    def from_dict(cls, data: dict):
        cls = _class_written(cls, frozenset(data))
        hints = _type_hints(cls)
        names = {f.name for f in fields(cls)}
        return cls(**{k: _build(hints[k], v) for k, v in data.items() if k in names})


@dataclass
class Span(Record):
    """Characters ``start:end`` of an article's cleaned text; ``text`` is exactly that slice."""

    article: str
    start: int
    end: int
    text: str

    @classmethod
    def of(cls, article_id: str, text: str, start: int, end: int) -> "Span":
        return cls(article_id, start, end, text[start:end])


@dataclass
class TitleSpan(Span):
    """A span of the article's title, not of its body: ``text == article.title[start:end]``
    (round s29). Kept only in fields of their own (``title_mentions``, ``title_loaded_language``)
    so that every span of the older fields still addresses ``article.text``."""

    field: str = "title"


@dataclass
class Article(Record):
    id: str
    source: str
    text: str
    outlet: Optional[str] = None
    title: Optional[str] = None
    author: Optional[str] = None
    published: Optional[str] = None  # ISO date, year-month or year
    published_inferred: bool = False
    url: Optional[str] = None
    copy_of: Optional[str] = None  # id of the article this one is a near-duplicate of
    metadata_sources: dict = field(default_factory=dict)  # field -> method that found it


@dataclass
class Rejected(Record):
    source: str
    reason: str


@dataclass
class Sentence(Record):
    span: Span


@dataclass
class Mention(Record):
    """A named-entity mention in one article, before actors are merged across articles."""

    span: Span
    type: str  # PERSON, ORG, GPE, NORP, ...
    actor: Optional[str] = None  # actor id once merged


@dataclass
class Label(Record):
    label: str
    outlet: Optional[str]
    span: Span
    attributed: bool = False  # the outlet reports others using it, rather than using it itself
    # premodifier, apposition, predicate, description, role, characterisation (a group phrase the
    # outlet uses for a name it gives elsewhere: "the regime", nlp/characterisations.py)
    kind: str = "premodifier"
    target: str = ""  # the mention text the label is attached to, before actors are merged
    # where that mention starts in the article (round s31): of two people written alike ("Mr
    # Renn", "Dr Renn") the label is the one the parse gave it, not the one written nearest
    target_start: Optional[int] = None


@dataclass
class Actor(Record):
    id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    labels: list[Label] = field(default_factory=list)
    title_mentions: list[Span] = field(default_factory=list)  # TitleSpans: the name in a headline (round s29)


@dataclass
class SourceRef(Record):
    article: str
    outlet: Optional[str]
    span: Span  # the sentence (or clause) that carries the item


@dataclass
class TimeExpression(Record):
    span: Span
    value: Optional[str]  # ISO date / year-month / year, or None when it cannot be resolved
    kind: str = "date"  # date, time, duration, set
    confidence: float = 1.0
    timeml: Optional[str] = None  # the TimeML TIMEX3 value (P2W, PRESENT_REF, 2023-W25, 2023-06-23TNI ...)


@dataclass
class EventSource(SourceRef):
    time_expression: Optional[Span] = None
    trigger: Optional[str] = None
    according_to: Optional[str] = None  # a speaker whose quoted words are this source's account
    planned: bool = False  # the source tells the happening as ahead of its report
    deadline: bool = False  # the date ends a period the source sets ("given until September 30th")


@dataclass
class DateConflict(Record):
    date: str
    sources: list[SourceRef] = field(default_factory=list)


@dataclass
class Event(Record):
    id: str
    date: str
    description: str
    actors: list[str] = field(default_factory=list)
    sources: list[EventSource] = field(default_factory=list)
    date_conflicts: list[DateConflict] = field(default_factory=list)
    # The speakers whose quoted accounts are all the entry rests on (no outlet tells it in its own
    # voice); empty when an outlet reports it itself.
    according_to: list[str] = field(default_factory=list)
    planned: bool = False  # every source tells it as ahead of its report: a plan, not a happening
    # The date is when something set ends ("given until September 30th to fix the hull", "a
    # curfew until June 30th"): a deadline, not a happening on that day.
    deadline: bool = False


@dataclass
class Quantity(Record):
    span: Span
    value: Union[float, list[float]]
    unit: str
    bound: str = "exact"  # exact, lower, upper, approx, range
    change: str = "="  # NewsQuant change: =, ~, >, <
    surface_unit: Optional[str] = None


@dataclass
class Conflict(Record):
    kind: str  # quantity, date, negation, superseded, account
    detail: str
    sources: list[SourceRef] = field(default_factory=list)


@dataclass
class Claim(Record):
    id: str
    text: str
    status: str  # corroborated, single_source, contested
    sources: list[SourceRef] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)


@dataclass
class Quote(Record):
    id: str
    speaker: Optional[str]  # actor id
    text: str
    kind: str  # direct, indirect, mixed
    span: Span
    speaker_text: Optional[str] = None
    cue: Optional[str] = None
    outlet: Optional[str] = None


@dataclass
class SpeakerQuotes(Record):
    """How often one speaker is quoted, per outlet."""

    name: str
    speaker: Optional[str] = None  # actor id, None when the speaker is not an actor
    total: int = 0
    by_outlet: dict[str, int] = field(default_factory=dict)
    kinds: dict[str, int] = field(default_factory=dict)  # direct / indirect / mixed -> count


@dataclass
class SharedQuote(Record):
    """One quote carried by more than one outlet."""

    text: str
    quotes: list[str] = field(default_factory=list)  # quote ids
    outlets: list[str] = field(default_factory=list)


@dataclass
class QuoteStats(Record):
    speakers: list[SpeakerQuotes] = field(default_factory=list)
    shared: list[SharedQuote] = field(default_factory=list)


@dataclass
class LoadedSpan(Record):
    span: Span
    category: str  # a SemEval-2020 Task 11 technique name
    score: float = 1.0
    # "model": the PTC tagger's span; "evaluative": an evaluative phrase in the outlet's own voice
    # read from the parse (nlp/loaded_rules/evaluative.py), which the tagger scored too low;
    # "label": a role label (story/role_labels.py); "context": a tagger span none of whose words
    # judges (nlp/loaded_rules/filters.judges), a persuasive context but no loaded words; "plain":
    # such a span whose sentences report plainly (filters.reports_plainly: a place, a rule, a
    # person's age and job, a reported claim), named no technique in the framing (round s33).
    found_by: str = "model"
    # Whose words these are: "outlet" (its own voice) or "quoted" (inside quotation marks: a
    # speaker's words, not the outlet's framing); ``speaker`` is the quoted speaker's actor id and
    # ``speaker_text`` the name as written, when the quotes component attributed the quotation.
    voice: str = "outlet"
    speaker: Optional[str] = None
    speaker_text: Optional[str] = None

    @property
    def shows_words(self) -> bool:
        """Some word of the span judges: it is loaded language, not the tagger's context alone."""
        return self.found_by not in UNSHOWN_FOUND_BY


# How a span the tagger read as persuasive from its context alone is recorded (LoadedSpan.found_by)
UNSHOWN_FOUND_BY = frozenset({"context", "plain"})


@dataclass
class Term(Record):
    term: str
    score: float


@dataclass
class Framing(Record):
    loaded_language: list[LoadedSpan] = field(default_factory=list)
    distinctive_terms: dict[str, list[Term]] = field(default_factory=dict)
    event_names: dict[str, list[str]] = field(default_factory=dict)
    scare_quoted: dict[str, list[str]] = field(default_factory=dict)
    # outlet -> names of the event it gives as someone else's, neither its own nor rejected
    reported_names: dict[str, list[str]] = field(default_factory=dict)
    # spans the tagger reads as persuasive from their context though none of their words judges
    # (found_by "context"): not loaded language, but no sentence for a neutral brief either. Spans
    # of plain report (found_by "plain", round s33) are not listed: no technique is claimed for them
    persuasive_context: list[LoadedSpan] = field(default_factory=list)
    # loaded words of the headlines (spans into ``article.title``, round s29)
    title_loaded_language: list[LoadedSpan] = field(default_factory=list)


@dataclass
class Omission(Record):
    outlet: str
    claim: str


@dataclass
class SummarySentence(Record):
    text: str
    sources: list[SourceRef] = field(default_factory=list)


@dataclass
class ClusterDecision(Record):
    """Why an article went where it went in the stream: the story it joined or started, and
    what tied it there. ``story`` is the clusterer's story id until the story is built, then the
    built story's id."""

    article: str
    story: str
    joined: bool  # False: the article started a new story
    score: float = 0.0  # combined evidence for the chosen story (text + names - date gap)
    text_similarity: float = 0.0  # cosine of the article's lead to the nearest member's lead
    nearest_article: Optional[str] = None
    nearest_sentence: Optional[Span] = None  # the nearest article's lead sentence naming most shared actors
    shared_actors: list[str] = field(default_factory=list)
    shared_dates: list[str] = field(default_factory=list)
    days_apart: Optional[int] = None  # days from the nearest article (from the story's mean day if that one is undated)
    merged: list[str] = field(default_factory=list)  # stored stories folded into ``story`` through this article


@dataclass
class Story(Record):
    id: str
    title: str
    articles: list[Article] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    timeline: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    quote_stats: QuoteStats = field(default_factory=QuoteStats)
    framing: Framing = field(default_factory=Framing)
    omissions: list[Omission] = field(default_factory=list)
    summary: list[SummarySentence] = field(default_factory=list)
    membership: list[ClusterDecision] = field(default_factory=list)  # why each article is in the story


@dataclass
class EventArgument(Record):
    """A participant of a dated happening, read from the parse: ``role`` is "agent" (who did it:
    the subject, "by X", "X's clearance"), "patient" (what it was done to: the object, a passive
    subject, "clearance of X"), "oblique" (a prepositional object: where, against whom) or "when"
    (a clause told as happening at the same moment: "hurt when a tank exploded", head its verb),
    "said" (a statement the predicate reports: "denied that it had been warned", head its verb) or
    "meant" (round s39: the person's name a subject "he"/"she" stands for, elsewhere in the
    article: "Brandvold's sample was taken after she crossed the line")."""

    role: str
    head: str  # the head word's lemma, lower case
    span: Span  # the whole phrase


@dataclass
class EventMention(Record):
    """A dated happening in one sentence of one article (before cross-article merging)."""

    sentence: Span
    trigger: str  # the predicate's lemma
    trigger_span: Span
    date: str
    time_expression: Optional[Span] = None
    actors: list[str] = field(default_factory=list)  # mention texts
    confidence: float = 1.0
    clause: Optional[Span] = None  # the trigger's clause: what a timeline description is cut from
    # Subordinate clauses inside ``clause`` that date or explain the happening rather than tell it
    # ("after the freighter sank"): left out when two mentions are compared as happenings.
    asides: list[Span] = field(default_factory=list)
    # The speaker whose words in quotation marks tell the happening ("'He phoned me on Sunday
    # night,' said Anna Lerk"): the speaker's account, not the outlet's own report.
    according_to: Optional[str] = None
    planned: bool = False  # told as ahead of the report ("the talks will open on September 24th")
    deadline: bool = False  # the date ends a period ahead of the report ("a curfew until June 30th")
    # Who did what to whom (issue 19, round s29): what the timeline compares happenings on.
    arguments: list[EventArgument] = field(default_factory=list)
    time_of_day: Optional[str] = None  # "05:00", "MO" (morning), ...: the TimeML time part, when given
    statement: bool = False  # the predicate of a main clause with its own subject: a plain report
    # "after" / "before" (round s39): the date is the day of the clause this happening follows or
    # precedes ("taken after she crossed the line on 4 October"), a limit, not its own day
    bound: Optional[str] = None


@dataclass
class ClaimMention(Record):
    """An atomic factual statement found in one sentence of one article."""

    sentence: Span
    text: str
    subject: Optional[str] = None
    predicate: Optional[str] = None  # lemma
    actors: list[str] = field(default_factory=list)  # mention texts
    quantities: list[Quantity] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    negated: bool = False
    attributed_to: Optional[str] = None  # "X said that ..."
    hedged: bool = False  # "reportedly", "allegedly"
    lemmas: list[str] = field(default_factory=list)  # content-word lemmas of the clause, for alignment
    withdrawn: list[str] = field(default_factory=list)  # lemmas of what the clause says was dropped/overturned
    cue: Optional[str] = None  # how the attribution is made: the reporting verb's lemma, "according to", "quotation"
    modality: Optional[str] = None  # the modal that qualifies the predicate ("could", "will")
    kind: Optional[str] = None  # main, coordinated, subordinate, participial, relative, complement, reported, frame, phrase, purpose, accused, event
    agent: Optional[str] = None  # who does it: the active subject, or the passive's "by" phrase
    theme: Optional[str] = None  # what it is done to: the object, or the passive's subject
    reported_on: Optional[str] = None  # for reported content, the date of the saying ("said in 2017 that ...")
    # when a prepositional phrase at a clause's edge is a mention of its own ("In a 32-page
    # indictment", kind "phrase"): the clause as written with it, on both mentions
    clause: Optional[str] = None


@dataclass
class EventName(Record):
    """How an article names the story's central event ("coup attempt", "March on Moscow")."""

    term: str
    span: Span
    scare_quoted: bool = False
    distanced: bool = False  # the outlet sets itself against the name ("so-called", "not a ...")
    reported: bool = False  # the outlet gives it as someone else's name ("the rebels call it X")
    # a generic noun made one happening's name by the place before it ("the Tamsby incident", round s34)
    place_named: bool = False


@dataclass
class NounMention(Record):
    """A definite noun phrase that may stand for an organisation or facility named in the same
    article ("the hospital", "the city's hospital" after "Al-Karim Baptist Hospital"); ``names``:
    the article's mentions of the names it may stand for, one per distinct form. The story step
    makes it a mention of an actor only when those names are one actor."""

    span: Span
    head: str  # the head noun, lower-cased
    names: list[Span] = field(default_factory=list)


@dataclass
class ArticleAnalysis(Record):
    """Everything the per-article NLP pipeline found in one article.

    It is what the batch engines ship between workers and what the store keeps,
    so the cross-article steps never need the spaCy Doc again.
    """

    article: Article
    sentences: list[Span] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    time_expressions: list[TimeExpression] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    labels: list[Label] = field(default_factory=list)
    loaded_spans: list[LoadedSpan] = field(default_factory=list)
    event_mentions: list[EventMention] = field(default_factory=list)
    claim_mentions: list[ClaimMention] = field(default_factory=list)
    event_names: list[EventName] = field(default_factory=list)
    noun_mentions: list[NounMention] = field(default_factory=list)
    # the headline's names and loaded words, spans into ``article.title`` (nlp/titles.py)
    title_mentions: list[Mention] = field(default_factory=list)
    title_loaded_spans: list[LoadedSpan] = field(default_factory=list)
    # the version of the pipeline that made it (nlp/fingerprint.py); a stored analysis with
    # another is made again, so an upgrade never serves the old pipeline's results
    pipeline: str = ""


@dataclass
class AnalysisResult(Record):
    """What `storylens.analyze` returns: the stories plus what was rejected on the way."""

    stories: list[Story] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    unlisted: list[str] = field(default_factory=list)  # folder files left out: the manifest does not list them


__all__ = [name for name, obj in list(globals().items()) if isinstance(obj, type) and issubclass(obj, Record)]
