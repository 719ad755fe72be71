"""Framing per outlet: actor labels, event names, loaded language, distinctive terms (issue 6)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict

from storylens.nlp.event_names import is_generic
from storylens.nlp.names import clean_name, person_words
from storylens.records import Actor, ArticleAnalysis, Claim, Framing, Label, Span, TitleSpan
from storylens.story.actor_merges import is_official_place_name
from storylens.story.context import StoryContext
from storylens.story.distinctive import distinctive_terms
from storylens.story.quotes import speaker_actor
from storylens.story.group_referents import group_referent_labels
from storylens.story.kind_labels import kind_labels
from storylens.story.title_labels import title_labels
from storylens.story.role_labels import quoted_role_labels, role_labels, role_referent_labels

MAIN_ACTORS = 5  # the story's most-mentioned actors: generic event names must appear beside one
UNKNOWN_OUTLET = "unknown outlet"


def build_framing(context: StoryContext, claims: list[Claim] = ()) -> Framing:
    """``claims``: the story's aligned claims, to read one outlet's label for a role the others
    name otherwise (`role_labels`), and whom an outlet's unnamed agent stands for
    (`role_referent_labels`: "the terrorists" where the others name the group)."""
    attach_labels(context)
    kind_labels(context)
    group_referent_labels(context)
    referent_labels = role_referent_labels(list(claims), context)
    names, scare_quoted, reported = event_names_by_outlet(context)
    by_role = role_labels(list(claims), context)
    marked = {(s.span.article, s.span.start, s.span.end) for s in by_role}
    by_role += [s for s in quoted_role_labels(referent_labels, context) if (s.span.article, s.span.start, s.span.end) not in marked]
    spans = [span for a in context.analyses for span in a.loaded_spans]
    attach_speakers(context)
    attach_title_mentions(context)
    title_labels(context)
    return Framing(
        loaded_language=[s for s in spans if s.shows_words] + by_role,
        persuasive_context=[s for s in spans if s.found_by == "context"],
        title_loaded_language=[s for a in context.analyses for s in a.title_loaded_spans if s.shows_words],
        distinctive_terms=distinctive_terms(_texts_by_outlet(context)),
        event_names=names,
        scare_quoted=scare_quoted,
        reported_names=reported,
    )


def attach_speakers(context: StoryContext) -> None:
    """Give each quoted loaded span the actor id of the speaker of the quotation around it (the
    story's quotes carry actor ids once ``collect_quotes`` ran; a span in quotation marks the
    quotes component did not attribute keeps no speaker)."""
    for analysis in context.analyses:
        for loaded in analysis.loaded_spans:
            if loaded.voice != "quoted":
                continue
            middle = (loaded.span.start + loaded.span.end) // 2
            around = [q for q in analysis.quotes if q.span.start <= middle < q.span.end and q.kind in ("direct", "mixed")]
            if around:
                loaded.speaker_text = loaded.speaker_text or around[0].speaker_text
            if loaded.speaker_text:
                loaded.speaker = (around[0].speaker if around else None) or speaker_actor(
                    context, loaded.speaker_text, analysis.article.id
                )


def _outlet(context: StoryContext, article_id: str) -> str:
    return context.outlet(article_id) or UNKNOWN_OUTLET


def _target_start(analysis: ArticleAnalysis, label: Label) -> int | None:
    """Start of the mention the label was attached to: the mention written as its target that
    stands nearest the label, counted from edge to edge ("Their chief, Mr Kavel" is the Kavel
    right after the label, not one the sentence before), so that the label follows that
    mention's person when two people share the name. A label that says where its mention starts
    (``Label.target_start``) goes to that mention: "Mr Renn, who is not related to Dr Renn, is a
    member of X" is Mr Renn's though Dr Renn is written nearer."""
    candidates = [m.span for m in analysis.mentions if m.span.text == label.target or label.target in m.span.text]
    if label.target_start is not None:
        held = [s for s in candidates if s.start <= label.target_start < s.end]
        if held:
            return held[0].start
    if not candidates:
        return None
    return min(candidates, key=lambda s: max(s.start - label.span.end, label.span.start - s.end, 0)).start


def attach_labels(context: StoryContext) -> None:
    """Append each article's labels to the actor their target resolves to."""
    actors: dict[str, Actor] = {a.id: a for a in context.actors}
    for analysis in context.analyses:
        for label in analysis.labels:
            start = _target_start(analysis, label)
            actor_id = context.actor_for(label.target, label.span.article, start)
            actor = actors.get(actor_id) if actor_id else None
            if actor is not None and label not in actor.labels:
                actor.labels.append(label)


def attach_title_mentions(context: StoryContext) -> None:
    """Each headline name to the actor that the same spelling in the body of its article stands
    for most often, else in the story's bodies (a name only a headline writes makes no actor: a
    headline alone is too little to type or merge it). A town's official name in the bodies
    ("Borough of Kelby-on-Marsh") stands for its short name in a headline too; a headline name
    no body writes is read again without its first words ("Scaremongering Vane", tagged as one
    name, is "Vane" when a body writes "Vane")."""
    actors: dict[str, Actor] = {a.id: a for a in context.actors}
    texts = {a.article.id: a.article.text for a in context.analyses}
    by_spelling: dict[tuple[str, str], Counter] = defaultdict(Counter)  # (article, spelling) -> actor ids
    for (article, start, end), actor_id in context.actor_of_mention.items():
        spelling = clean_name(texts.get(article, "")[start:end]).lower()  # "Calvaria's" is "Calvaria"
        spellings = [spelling]
        if is_official_place_name(spelling):
            spellings.append(spelling.split(" of ", 1)[1])
        for form in spellings:
            by_spelling[(article, form)][actor_id] += 1
            by_spelling[("", form)][actor_id] += 1
    # a surname only one person of the story has stands for that person in any headline
    surnames = Counter(person_words(a.name)[-1].lower() for a in context.actors if a.type == "PERSON" and len(person_words(a.name)) > 1)
    for actor in context.actors:
        words = person_words(actor.name)
        if actor.type == "PERSON" and len(words) > 1 and surnames[words[-1].lower()] == 1:
            by_spelling.setdefault(("", words[-1].lower()), Counter({actor.id: 1}))
    for analysis in context.analyses:
        for mention in list(analysis.title_mentions):
            span, votes = _title_name(mention.span, by_spelling, analysis.article.id)
            actor = actors.get(votes.most_common(1)[0][0]) if votes else None
            if actor is not None and span not in actor.title_mentions:
                actor.title_mentions.append(span)


def _title_name(span: TitleSpan, by_spelling: dict[tuple[str, str], Counter], article: str) -> tuple[TitleSpan, Counter | None]:
    """The headline name's span and the actors its spelling stands for in the bodies, trying the
    whole name first, then without its first word, and so on."""
    words = list(re.finditer(r"\S+", span.text))
    for word in words:
        spelling = clean_name(span.text[word.start() :]).lower()
        votes = by_spelling.get((article, spelling)) or by_spelling.get(("", spelling))
        if votes:
            if word.start() == 0:
                return span, votes
            return TitleSpan(article=span.article, start=span.start + word.start(), end=span.end, text=span.text[word.start() :]), votes
    return span, None


def main_actor_ids(context: StoryContext, *, count: int = MAIN_ACTORS) -> set[str]:
    ranked = sorted(context.actors, key=lambda a: -len({m.article for m in a.mentions}) * 1000 - len(a.mentions))
    return {a.id for a in ranked[:count]}


class _MentionsByStart:
    """An article's actor mentions in text order, to find those of one sentence by bisection
    rather than by a scan of all of them per event name."""

    def __init__(self, analysis: ArticleAnalysis) -> None:
        self.mentions = sorted(analysis.mentions, key=lambda m: m.span.start)
        self.starts = [m.span.start for m in self.mentions]

    def within(self, start: int, end: int) -> list:
        return self.mentions[bisect_left(self.starts, start) : bisect_left(self.starts, end)]


def _beside_main_actor(context: StoryContext, mentions: _MentionsByStart, span: Span, main: set[str]) -> bool:
    sentence = context.sentence_of(span)
    return any(
        context.actor_for(m.span.text, m.span.article, m.span.start) in main for m in mentions.within(sentence.start, sentence.end)
    )


def event_names_by_outlet(context: StoryContext) -> tuple[dict[str, list[str]], dict[str, list[str]], dict[str, list[str]]]:
    """(outlet -> its names of the central event, most frequent first; outlet -> scare-quoted
    ones; outlet -> names it reports as someone else's).

    Specific event nouns ("mutiny", "coup attempt") always count. Generic ones ("conflict",
    "war", "invasion") count only with a word that makes them a name ("civil war", "armed
    invasion"; the bare noun names any happening), only in sentences that mention one of the
    story's main actors, and only when the story uses them that way more than once (one "war"
    beside a main actor is background), unless the name lies inside the outlet's own loaded
    language ("the militia's botched raid"): then it is that outlet's name for the event. A name the outlet writes only to reject it ("the
    so-called X", "it was not an X") is not its name: it is listed with the scare-quoted ones.
    A name it gives as someone else's ("the rebels call the offensive X") is not its name either,
    nor a sneer: it is listed as reported, quotation marks or not (they mark a name as a name).
    """
    main = main_actor_ids(context)
    kept: list[tuple[str, str, bool, int, bool, bool]] = []  # outlet, term, scare-quoted, position, its own name, judged
    generic_uses: Counter = Counter()
    reported: dict[str, list[str]] = defaultdict(list)
    for analysis in context.analyses:
        outlet = _outlet(context, analysis.article.id)
        mentions = _MentionsByStart(analysis)
        breaks = [m.end() for m in PARAGRAPH_BREAK.finditer(analysis.article.text)]
        told_at = _headline_and_lead_end(analysis, breaks)
        told_heads = {_head_word(n.term) for n in analysis.event_names if n.span.start < told_at}
        for name in analysis.event_names:
            if name.span.start >= told_at and _head_word(name.term) not in told_heads and _tells_an_earlier_happening(analysis, name.span, breaks):
                continue  # "In June the board banned another runner over a missed-test violation"
            if name.reported and not name.distanced:
                if name.term not in reported[outlet]:
                    reported[outlet].append(name.term)
                continue
            if name.distanced:
                kept.append((outlet, name.term, True, name.span.start, False, False))
                continue
            judged = _judged(analysis, name.span)
            if is_generic(name.term) and not name.place_named:
                if len(name.term.split()) < 2:
                    continue
                if not judged and not _beside_main_actor(context, mentions, name.span, main):
                    continue
                generic_uses[name.term.lower().split()[-1]] += 1
            # a place-named one ("the Tamsby incident") is one happening's name, as a specific noun is
            kept.append((outlet, name.term, name.scare_quoted, name.span.start, True, judged or name.place_named))
    counts: dict[str, Counter] = defaultdict(Counter)
    first_seen: dict[tuple[str, str], int] = {}
    spelling: dict[tuple[str, str], str] = {}
    scare: dict[str, list[str]] = defaultdict(list)
    for outlet, term, quoted, position, own, judged in kept:
        if own and is_generic(term) and not judged and generic_uses[term.lower().split()[-1]] < 2:
            continue
        key = term.lower()
        if own:
            counts[outlet][key] += 1
            first_seen.setdefault((outlet, key), position)
        spelling.setdefault((outlet, key), term)
        if quoted and spelling[(outlet, key)] not in scare[outlet]:
            scare[outlet].append(spelling[(outlet, key)])
    names = {
        outlet: [spelling[(outlet, k)] for k, _ in sorted(c.items(), key=lambda kv: (-kv[1], first_seen[(outlet, kv[0])]))]
        for outlet, c in counts.items()
    }
    return names, dict(scare), dict(reported)


# A paragraph the article dates this many calendar months or more before its publication tells
# an earlier happening than the story's own (news reports the days just past).
BACKGROUND_MONTHS = 2
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def _head_word(term: str) -> str:
    words = term.lower().split()
    return words[-1] if words else ""


def _headline_and_lead_end(analysis: ArticleAnalysis, breaks: list[int]) -> int:
    """Where the article stops telling its own happening's first account: the end of its lead
    paragraph, after the headline when the text opens with it (the first line alone). ``breaks``:
    where each paragraph after the first starts, read once per article by the caller."""
    text = analysis.article.text
    title = (analysis.article.title or "").strip()
    first_is_headline = bool(breaks) and "\n" not in text[: breaks[0]].strip() and (not title or text.lstrip().startswith(title))
    lead = 1 if first_is_headline else 0
    return breaks[lead] if len(breaks) > lead else len(text)


def _months(value: str) -> int | None:
    return int(value[:4]) * 12 + int(value[5:7]) if len(value) >= 7 and value[:4].isdigit() and value[5:7].isdigit() else None


def _tells_an_earlier_happening(analysis: ArticleAnalysis, span: Span, breaks: list[int]) -> bool:
    """The name lies, after the headline and lead, in a paragraph the article dates (at or before
    the name's sentence) to a month at least BACKGROUND_MONTHS before its publication: "It is the
    second doping case this year. In June the board banned Ama Roke over a missed-test
    violation" tells another case, whose name is not the outlet's name for this story's event
    (issue 19, round s38). A name the headline or lead also gives is kept (checked by the caller)."""
    published = _months(analysis.article.published or "")
    if published is None:
        return False
    starts = [0] + breaks
    paragraph_start = max(s for s in starts if s <= span.start)
    for mention in analysis.event_mentions:
        if paragraph_start <= mention.sentence.start <= span.start:
            dated = _months(mention.date)
            if dated is not None and published - dated >= BACKGROUND_MONTHS:
                return True
    return False


def _judged(analysis: ArticleAnalysis, span: Span) -> bool:
    """The name lies inside loaded language of the outlet's own voice ("the militia's botched raid
    on the depot"): a generic noun with a judging modifier is that outlet's name for *this* event,
    written once or not beside a main actor (round s31)."""
    return any(
        loaded.shows_words and loaded.voice != "quoted" and loaded.span.start <= span.start and span.end <= loaded.span.end
        for loaded in analysis.loaded_spans
    )


def _texts_by_outlet(context: StoryContext) -> dict[str, list[str]]:
    texts: dict[str, list[str]] = defaultdict(list)
    seen_reports = set()
    for analysis in context.analyses:
        # a wire copy run by several outlets would make its words look distinctive of none
        report = context.report_id(analysis.article.id)
        if report in seen_reports:
            continue
        seen_reports.add(report)
        texts[_outlet(context, analysis.article.id)].append(analysis.article.text)
    return dict(texts)
