"""The neutral brief: agreed facts first, then disputes with who says what; every sentence cited.

Extractive: each brief sentence is one source sentence (or the statement of one of its relative
clauses), compressed and neutralised by `brief/sentences.py` so that its actors, numbers and dates can
be traced to the spans it cites; `unsupported_facts` checks that mechanically.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from storylens.nlp.claims.attribution import UNNAMED_SPEAKER
from storylens.nlp.claims.clauses import REPORTING_VERBS
from storylens.records import Claim, SourceRef, Span, Story, SummarySentence, TitleSpan
from storylens.story.brief.disputes import SideReader, disagreeing
from storylens.story.brief.evidence import Evidence, Statements, content_stems, same_figure, states_the_same
from storylens.story.brief.sentences import (
    MONTHS, Neutraliser, best_sentence, compress, date_edits, leading_connective, parse, presupposed_clauses, reported)
from storylens.story.brief.voice import Attribution
from storylens.story.claim_conflicts.quantity import comparable
from storylens.story.context import StoryContext

__all__ = ["write_brief", "compress", "unsupported_facts"]


@dataclass
class Item:
    """One thing the brief may state: a multi-outlet timeline entry or a corroborated claim."""

    sources: list[SourceRef]
    date: str | None = None
    weight: float = 0.0
    actors: list[str] = field(default_factory=list)  # actor ids
    quantities: list[str] = field(default_factory=list)  # surface texts


def write_brief(story: Story, context: StoryContext, *, max_sentences: int | None = None) -> list[SummarySentence]:
    limit = max_sentences or max(5, min(10 + len(story.articles) // 10, 30))
    neutral = _neutraliser(story, context)
    evidence = Evidence(context)
    # Every time expression the timeline resolved: a relative day in a chosen sentence becomes its date.
    dated = [(s.time_expression, e.date) for e in story.timeline for s in e.sources if s.time_expression is not None]
    claims = _as_written(story.claims, context)
    # A dispute is written only over sides whose own clauses give two versions of one thing
    # (story/brief/disputes.py); a side that disagrees with no other is stated as a fact of its own.
    disputes, separate = _checked_disputes(_disputed(claims, context), context)
    used: set[tuple[str, int]] = set()  # (article, sentence start) already stated
    # A disputed fact is said only as the dispute, with who says what: never as a plain fact.
    for _, sources in disputes:
        for source in sources:
            used.add((source.article, context.sentence_of(source.span).start))
    said = Said(outlets={a.outlet for a in story.articles if a.outlet})
    # Per sentence, the sources of every claim reporting something in it: a timeline entry's
    # sentence may be cited with an outlet that states its fact without its date.
    linked: dict[tuple[str, int], list[SourceRef]] = {}
    for claim in claims:
        for source in claim.sources:
            linked.setdefault((source.article, context.sentence_of(source.span).start), []).extend(claim.sources)
    outlet_words = {w.lower() for a in story.articles if a.outlet for w in a.outlet.split()} | ATTRIBUTION_WORDS
    statements = Statements(context, outlet_words)
    known = (dated, linked, _reversals(context), statements)  # what _state reads besides the item
    n_agreed = max(3, limit - min(len(disputes), max(2, limit // 3)))
    agreed: list[SummarySentence] = []
    for item in _agreed(story, claims, context):
        if len(agreed) >= n_agreed:
            break
        sentence = _state(item, story, context, neutral, evidence, used, known)
        if sentence and not said.repeats(sentence.text):
            agreed.append(sentence)
            used.add((sentence.sources[0].article, context.sentence_of(sentence.sources[0].span).start))
    disputed: list[SummarySentence] = []
    for claim, sources in disputes:
        if len(agreed) + len(disputed) >= limit:
            break
        sentence = _state_dispute(claim, sources, context, neutral, evidence, dated)
        if sentence and not said.repeats(sentence.text):
            disputed.append(sentence)
    # The sides of a dispute the claims step paired wrongly: each a fact of its own outlet, cited.
    for source in separate:
        if len(agreed) + len(disputed) >= limit:
            break
        sentence = _state(Item([source]), story, context, neutral, evidence, used, known)
        if sentence and not said.repeats(sentence.text, figures=True):
            disputed.append(sentence)
            used.add((sentence.sources[0].article, context.sentence_of(sentence.sources[0].span).start))
    # Little aligned material: the sentences most echoed by other outlets join what they agree on.
    central = _central_sentences(context)
    for at_least, options in FALLBACKS:
        for item in central:
            if len(agreed) + len(disputed) >= at_least:
                break
            sentence = _state(item, story, context, neutral, evidence, used, known, **options)
            if sentence and not said.repeats(sentence.text):
                agreed.append(sentence)
                used.add((sentence.sources[0].article, context.sentence_of(sentence.sources[0].span).start))
    return agreed + disputed


# How far the central sentences fill the brief, and under which rules: the strict ones up to five
# sentences; a looser parse check and longer sentences up to three (what a reader needs for a gist;
# longer quotations there cost ROUGE-L on NeuS); and, only so that the brief is not empty, longer
# quotations, a clause with a loaded phrase (penalised, so the least loaded wins) or one opening on
# an anaphor.
FALLBACKS: list[tuple[int, dict]] = [
    (5, {}),
    (3, {"relaxed": True, "max_words": 60}),
    (1, {"relaxed": True, "max_words": 60, "max_quote_words": 12, "allow_loaded": True}),
    (1, {"relaxed": True, "max_words": 80, "max_quote_words": 40, "allow_loaded": True, "standalone": False}),
]


# selection -----------------------------------------------------------------------------------
def _agreed(story: Story, claims: list[Claim], context: StoryContext) -> list[Item]:
    """Multi-outlet timeline entries and corroborated claims, most reported first, told in date order."""
    items: list[Item] = []
    for event in story.timeline:
        keys = {context.source_key(s.article) for s in event.sources}
        item = Item(list(event.sources), event.date, len(keys) + 0.5, list(event.actors))
        if len(keys) >= 2:
            items.append(item)
    for claim in claims:
        if claim.status == "corroborated":
            keys = {context.source_key(s.article) for s in claim.sources}
            quantities = [q.span.text for q in claim.quantities]
            items.append(Item(list(claim.sources), None, len(keys), list(claim.actors), quantities))
    if len(items) < 3:  # a small or one-sided story: fall back on single-outlet dated entries
        for event in story.timeline:
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", event.date) and all(event.sources != i.sources for i in items):
                items.append(Item(list(event.sources), event.date, 0.5, list(event.actors)))
    # News leads with what matters (the inverted pyramid): among equally reported items, the one
    # its sources state earliest in their articles comes first.
    def lead(item: Item) -> float:
        return min(s.span.start / max(1, len(context.articles[s.article].text)) for s in item.sources)

    best = sorted(items, key=lambda i: (-i.weight, lead(i)))[: max(12, len(items) // 2)]
    # Tell the story in order: dated items by date, undated ones after the dated.
    return sorted(best, key=lambda i: (i.date is None, i.date or "", -i.weight, lead(i)))


def _central_sentences(context: StoryContext, *, per_article: int = 6) -> list[Item]:
    """Early sentences ranked by how much of their content other outlets' articles share."""
    def words(text: str) -> set[str]:
        return {w.lower() for w in re.findall(r"[A-Za-z][\w'-]+", text) if len(w) > 3}

    vocab = {a.article.id: words(a.article.text) for a in context.analyses}
    scored = []
    for analysis in context.analyses:
        article_id = analysis.article.id
        # A story of one outlet still gets its leads (ranked by position alone).
        others = [v for k, v in vocab.items() if context.source_key(k) != context.source_key(article_id)]
        for position, sentence in enumerate(analysis.sentences[:per_article]):
            content = words(sentence.text)
            if len(content) < 4:
                continue
            shared = sum(len(content & other) / len(content) for other in others) / len(others) if others else 0.0
            scored.append((shared - 0.06 * position, sentence))
    scored.sort(key=lambda item: -item[0])
    return [Item([context.source_ref(sentence)]) for _, sentence in scored]


def _checked_disputes(claims: list[Claim], context: StoryContext) -> tuple[list[tuple[Claim, list[SourceRef]]], list[SourceRef]]:
    """Per contested claim, the sides to write as a dispute: those whose own clauses disagree
    with another side (`disputes.disagreeing`); and the sides of no such disagreement, to state
    as separate facts (each once)."""
    reader = SideReader(context)
    disputes, separate, seen = [], [], set()
    for claim in claims:
        sources = _dispute_sources(claim, context)
        sides = disagreeing(sources, reader)
        if len(sides) >= 2:
            disputes.append((claim, [s for i, s in enumerate(sources) if i in sides]))
        for i, source in enumerate(sources):
            key = (source.article, source.span.start, source.span.end)
            if i not in sides and key not in seen:
                seen.add(key)
                separate.append(source)
    return disputes, separate


def _disputed(claims: list[Claim], context: StoryContext) -> list[Claim]:
    contested = [c for c in claims if c.status == "contested"]
    return sorted(contested, key=lambda c: -len({context.source_key(s.article) for s in c.sources}))


def _as_written(claims: list[Claim], context: StoryContext) -> list[Claim]:
    """The claims with their sources as the clauses were written. A claim mention may be a
    phrase cut off the edge of its clause ("In a 32-page indictment" / "the owners are accused
    ..."), which the alignment needs as two facts; the brief states the clause whole, whatever
    finer mentions the claims are made of."""
    written: dict[tuple[str, int, int], Span] = {}
    for analysis in context.analyses:
        article = analysis.article
        for mention in analysis.claim_mentions:
            offset, at = mention.sentence.text.find(mention.text), mention.sentence.text.find(mention.clause or "")
            if mention.clause and offset >= 0 and at >= 0:
                start = mention.sentence.start + offset
                clause_start = mention.sentence.start + at
                written[(article.id, start, start + len(mention.text))] = Span.of(
                    article.id, article.text, clause_start, clause_start + len(mention.clause))
    if not written:
        return claims

    def whole(sources: list[SourceRef]) -> list[SourceRef]:
        return [replace(s, span=written.get((s.article, s.span.start, s.span.end), s.span)) for s in sources]

    return [replace(c, sources=whole(c.sources), conflicts=[replace(k, sources=whole(k.sources)) for k in c.conflicts])
            for c in claims]


# rendering -----------------------------------------------------------------------------------
def _key_forms(item: Item, story: Story) -> list[list[str]]:
    """Per key fact of the item, the strings that show a sentence carries it."""
    forms = []
    for actor in story.actors:
        if actor.id in item.actors:
            forms.append([actor.name, *actor.aliases])
    if item.date and re.fullmatch(r"\d{4}-\d{2}-\d{2}", item.date):
        month, day = MONTHS[int(item.date[5:7]) - 1], str(int(item.date[8:10]))
        forms.append([f"{month} {day}", f"{day} {month}"])
    forms += [[q] for q in item.quantities]
    return forms


def _state(item: Item, story: Story, context: StoryContext, neutral: Neutraliser, evidence: Evidence, used, known, **options) -> SummarySentence | None:
    dated, linked, reversals, statements = known
    # The version of the item's figures that most outlets give is the one stated.
    shared = evidence.most_shared(item.sources)
    choice = best_sentence(shared, context, neutral, key_forms=_key_forms(item, story), time_expressions=dated, used=used, **options)
    if choice is None and len(shared) < len(item.sources):
        choice = best_sentence(item.sources, context, neutral, key_forms=_key_forms(item, story), time_expressions=dated, used=used, **options)
    if choice is None:
        return None
    # Another outlet is cited only when its own span says what the sentence says: the same
    # figures, days and polarity (story/brief/evidence.py); "14 dead" never cites a span giving 22.
    def citing(choice) -> list[SourceRef]:
        sentence = context.sentence_of(choice.source.span)
        others = _one_per_article([*item.sources, *linked.get((sentence.article, sentence.start), [])], but=choice.source)
        carrying = evidence.carrying(evidence.stated(choice.text, choice.source), others) if others else []
        # ... and whose sentence states what the brief's sentence says, not only shares its
        # figures or its claim (a claim span is often a clause cut short: "The union wants wages")
        but = {w.lower() for a in story.articles if a.outlet for w in a.outlet.split()} | ATTRIBUTION_WORDS
        return [choice.source, *(s for s in carrying if states_the_same(choice.text, context.sentence_of(s.span).text, but=but))]

    def outlets(sources: list[SourceRef]) -> int:
        return len({s.outlet or s.article for s in sources})

    cited = citing(choice)
    # When the chosen wording carries a detail other outlets lack, another outlet's wording of the
    # item may be the one most outlets say: the brief states that one (ties keep the first choice).
    if outlets(cited) < outlets(item.sources):
        for outlet in dict.fromkeys(s.outlet or s.article for s in shared):
            if outlet == (choice.source.outlet or choice.source.article):
                continue
            own = [s for s in shared if (s.outlet or s.article) == outlet]
            other = best_sentence(own, context, neutral, key_forms=_key_forms(item, story), time_expressions=dated, used=used, **options)
            if other is not None and outlets(citing(other)) > outlets(cited):
                choice, cited = other, citing(other)
    # An outlet whose articles state the sentence elsewhere than in the item's linked spans
    # (the claims step missed the link, or the item is one outlet's central sentence) carries it too.
    if statements is not None:
        keys = {context.source_key(s.article) for s in cited}
        elsewhere = statements.stating(choice.text, keys)
        cited = [*cited, *evidence.carrying(evidence.stated(choice.text, choice.source), elsewhere)]
    stated = in_whose_voice(choice, cited, context, neutral)
    return with_its_reversal(stated, context, neutral, dated, reversals)


# Verbs that undo what was said or decided before ("the advice had been reversed", "the agency
# withdrew its warning"): stated without them, the earlier fact would read as still standing.
REVERSALS = {"reverse", "overturn", "retract", "rescind", "revoke", "withdraw", "countermand", "backtrack", "overrule"}
POINTING_DETERMINERS = {"the", "its", "their", "this", "that", "these", "those", "his", "her"}


def reversal_of(doc) -> bool:
    """A sentence saying that something said before was undone: its main verb is a reversal and
    what it undoes points back ("the advice", "its warning", "it")."""
    for root in (t for t in doc if t.dep_ == "ROOT"):
        if root.lemma_.lower() not in REVERSALS:
            continue
        undone = [c for c in root.children if c.dep_ in ("dobj", "nsubjpass")]
        if not undone and root.lemma_.lower() == "backtrack":
            return True
        for noun in undone:
            if noun.pos_ == "PRON" or any(c.dep_ in ("det", "poss") and c.lower_ in POINTING_DETERMINERS for c in noun.children):
                return True
    return False


REVERSAL_STEMS = re.compile(r"\b(?:revers|overturn|retract|rescind|revok|withdr|countermand|backtrack|overrul)", re.I)


def _reversals(context: StoryContext, *, within: int = 2) -> list[tuple[list[Span], Span]]:
    """Per sentence of the story that undoes what was said before (`reversal_of`), the
    ``within`` sentences before it in its article, which it may undo."""
    found = []
    for analysis in context.analyses:
        sentences = analysis.sentences
        hits = [i for i, s in enumerate(sentences) if REVERSAL_STEMS.search(s.text)]
        for i, doc in zip(hits, parse([sentences[i].text for i in hits])):
            if reversal_of(doc) and len(doc) <= 25:
                found.append((sentences[max(0, i - within) : i], sentences[i]))
    return found


def with_its_reversal(sentence: SummarySentence, context: StoryContext, neutral: Neutraliser, dated, reversals) -> SummarySentence:
    """The sentence with the word of its reversal, when a sentence shortly after its own in a
    cited article, or after one that states the same in another article, says that it was
    undone ("The board told patients to stop taking the pills; by April 9 the advice had been
    reversed"): an order and its withdrawal side by side would read as both standing."""
    if sentence.text.startswith("Reports differ") or not reversals:
        return sentence
    own = {(s.article, context.sentence_of(s.span).start) for s in sentence.sources}
    outlets = {w.lower() for a in context.analyses if a.article.outlet for w in a.article.outlet.split()}
    for before, later in reversals:
        if not any((s.article, s.start) in own or states_the_same(sentence.text, s.text, but=outlets | ATTRIBUTION_WORDS, meaning=False) for s in before):
            continue
        doc = parse([later.text])[0]
        edits = date_edits(later, dated)
        connective = leading_connective(doc)
        if connective:
            edits.append((later.start, later.start + connective))
        text = compress(later.text, edits, later.start, neutral.canonical)
        clause = text if doc[0].pos_ == "PROPN" else text[0].lower() + text[1:]
        return SummarySentence(text=f"{sentence.text.rstrip('.')}; {clause}", sources=[*sentence.sources, context.source_ref(later)])
    return sentence


def in_whose_voice(choice, cited: list[SourceRef], context: StoryContext, neutral: Neutraliser) -> SummarySentence:
    """The brief speaks in its own voice only what two independent sources state: the outlet of
    the chosen span and another whose cited span says it too, in the same voice. A sentence
    stated as a fact is carried only by spans stating it as a fact ("The law requires 14 days'
    notice" is not carried by "the ministry said ... the 14 days' notice required by law", which
    is only the ministry's claim); a sentence reporting what someone says ("..., officials said")
    only by spans that report it as said too. What one source alone states is attributed to it
    ("X reports that ...") and cites that source only: another outlet that reports it only as
    someone's claim keeps that attribution, and is not cited for a fact it does not state."""
    keys = {context.source_key(a.article.id) for a in context.analyses}
    if len(keys) < 2:
        return SummarySentence(text=choice.text, sources=cited)  # a story of one outlet: it is all its word
    voices = neutral.voices
    chosen = parse([choice.text])[0]
    plain = not voices.attributed(choice.source.span) and not reports_a_speaker(chosen)
    # who the chosen sentence says it comes from: a span naming that speaker states it too
    # ("Valdane blames a bolt of lightning" beside "Valdane says the storm was to blame")
    speaker = set() if plain else content_stems(voices.speaker_of(choice.source.span) or "")
    own = context.source_key(choice.source.article)
    but = {w.lower() for a in context.analyses if a.article.outlet for w in a.article.outlet.split()} | ATTRIBUTION_WORDS
    same_voice = [choice.source]
    others = [s for s in _one_per_article(cited[1:]) if s.article != choice.source.article]
    for source, doc in zip(others, parse([context.sentence_of(s.span).text for s in others])):
        if context.source_key(source.article) == own:
            same_voice.append(source)  # the chosen outlet's own other articles, in whichever voice:
            continue  # they add no second source
        theirs_plain = not voices.attributed(source.span) and not reports_a_speaker(doc)
        if plain and not theirs_plain:
            # "Having seized the bridge on Monday, the militia said ...": the participle clause
            # presupposes the seizure in the outlet's own voice, whatever its main verb reports.
            theirs_plain = any(states_the_same(choice.text, clause, but=but) for clause in presupposed_clauses(doc))
        names_the_speaker = bool(speaker) and len(speaker & content_stems(doc.text)) >= len(speaker) / 2
        if theirs_plain == plain or names_the_speaker:
            same_voice.append(source)
    carrying = {context.source_key(s.article) for s in same_voice}
    outlet = choice.source.outlet or "one outlet"
    framed = choice.text.startswith(f"{outlet} reports")
    # A sentence naming who says it is attributed already ("Experts warn of ...", "The ministry
    # said ..."): what it states as a fact is that someone said so.
    if not framed and (len(carrying) >= 2 or not plain):
        return SummarySentence(text=choice.text, sources=same_voice)
    # One outlet's report: it cites that outlet's spans only (its other articles, in whichever voice).
    sources = [s for s in same_voice if context.source_key(s.article) == own]
    text = choice.text.rstrip(".") if framed else reported(outlet, choice.text, neutral.names)
    return SummarySentence(text=text + ".", sources=sources)


def reports_a_speaker(doc) -> bool:
    """The sentence reports what someone says: its main verb, or a reporting clause hanging on it
    ("..., officials said"), is a reporting verb of the nlp layer (`REPORTING_VERBS`) with a
    subject ("The ministry said the strike was unlawful because ...", "Experts warn of ..."), or
    it cites a source ("according to the agency")."""
    if re.search(r"\baccording to\b", doc.text, re.I):
        return True
    for root in (t for t in doc if t.dep_ == "ROOT"):
        for verb in [root, *(c for c in root.children if c.dep_ in ("ccomp", "parataxis"))]:
            # a passive names its speaker only with an agent ("was estimated" alone names no one)
            named = any(c.dep_ == "nsubj" for c in verb.children) or any(c.dep_ == "agent" for c in verb.children)
            if verb.lemma_.lower() in REPORTING_VERBS and named:
                return True
    return False


def _state_dispute(
    claim: Claim, sources: list[SourceRef], context: StoryContext, neutral: Neutraliser, evidence: Evidence, dated=()
) -> SummarySentence | None:
    """ "Reports differ: A reports that ...; B reports that ..." over the conflicting sources;
    over figures, "Reports differ on the number of homes: ...", each side stating its figure.
    A side's relative day is written as its date, as elsewhere in the brief: "yesterday" in a
    side set beside another outlet's "on Tuesday" tells the reader nothing (round s41)."""
    sides: list[tuple[str, SourceRef]] = []
    over_figures = bool(claim.conflicts) and claim.conflicts[0].kind == "quantity"
    # What the sides have in common is what they disagree about: a side's sentence must carry it.
    words = [{w.lower() for w in re.findall(r"[A-Za-z][\w-]{3,}", s.span.text)} for s in sources]
    shared = set.intersection(*words) if words else set()
    key_forms = [[w, w.capitalize()] for w in sorted(shared)]
    for source in sources:
        choice = best_sentence(
            [source], context, neutral, key_forms=key_forms, min_words=3, max_words=40, allow_loaded=True, standalone=False,
            attributed=True, time_expressions=dated,
        )
        if choice is None or any(choice.text == text for text, _ in sides):
            continue
        if over_figures and not evidence.stated(choice.text, choice.source).figures:
            continue  # a side of a dispute over figures that states none says nothing of it
        sides.append((choice.text, choice.source))
    if len(sides) < 2:
        return None
    if over_figures and not _figures_differ(sides, evidence):
        return None  # the sides left state one figure ("more than 300" / "at least 300 homes")
    parts, named = [], set()
    for text, source in sides:
        who = source.outlet or "an unnamed outlet"
        # Order words, not dates: the attribution must add no fact the cited spans lack.
        parts.append(reported(f"a later report by {who}" if who in named else who, text, neutral.names))
        named.add(who)
    lead = "Reports differ" + (", a later report overturning an earlier one" if any(c.kind == "superseded" for c in claim.conflicts) else "")
    measured = _measured(sides, evidence) if over_figures else None
    if measured and lead == "Reports differ":
        lead += f" on the number of {measured}"
    body = "; ".join(parts)
    return SummarySentence(text=f"{lead}: {body[0].upper()}{body[1:]}.", sources=[s for _, s in sides])


def _figures_differ(sides: list[tuple[str, SourceRef]], evidence: Evidence) -> bool:
    """Two sides state figures of the same measured thing that are not one figure."""
    figures = [evidence.stated(text, source).figures for text, source in sides]
    return any(
        comparable(x, y) and not same_figure(x, y)
        for i, a in enumerate(figures) for b in figures[i + 1 :] for x in a for y in b
    )


def _measured(sides: list[tuple[str, SourceRef]], evidence: Evidence) -> str | None:
    """What the sides' figures count, as the first side writes it ("homes" in "about 150 homes"),
    when every side states a count of that same thing (the quantity records' counted noun)."""
    counted: list[tuple[str, str]] = []  # (counted noun, the word written after the figure)
    for text, source in sides:
        figures = [q for q in evidence.stated(text, source).figures if q.unit == "count" and q.surface_unit]
        if not figures:
            return None
        q = figures[0]
        # the counted noun as written, within three words of the figure ("1,100 postal ballots")
        after = [w.strip(",.;:") for w in source.span.text[q.span.end - source.span.start :].split()[:3]]
        written = next((w for w in after if w.lower().startswith(q.surface_unit.lower()[:4])), "")
        counted.append((q.surface_unit, written))
    nouns = {noun for noun, _ in counted}
    word = counted[0][1]
    return word if len(nouns) == 1 and word.isalpha() and word.islower() else None


def _dispute_sources(claim: Claim, context: StoryContext, *, at_most: int = 3) -> list[SourceRef]:
    """Both sides of the first conflict, plus other outlets' versions, in publication order."""
    conflicts = [c for c in claim.conflicts if len(c.sources) >= 2]
    if not conflicts:
        return []
    chosen = _one_per_article(conflicts[0].sources)
    outlets = {s.outlet for s in chosen}
    for source in _one_per_article([s for c in conflicts[1:] for s in c.sources]):
        if len(chosen) < at_most and source.outlet not in outlets:
            chosen.append(source)
            outlets.add(source.outlet)
    return sorted(chosen, key=lambda s: context.articles[s.article].published or "")


def _neutraliser(story: Story, context: StoryContext) -> Neutraliser:
    neutral = Neutraliser(canonical=_canonical_names(story))
    for analysis in context.analyses:
        article = analysis.article
        neutral.voices.add_words(article.id, article.outlet or context.source_key(article.id), article.text)
        neutral.add_names(article.text)
        # Who says each clause is true, as the nlp layer found it (an unnamed "quoted speaker"
        # names no one; a clause inside a quotation is stated without its marks, so its speaker
        # must be named too); over the whole clause, as the brief states it, when an edge phrase
        # was cut off it.
        for mention in analysis.claim_mentions:
            clause = mention.clause or mention.text
            offset = mention.sentence.text.find(clause)
            if mention.attributed_to and mention.attributed_to != UNNAMED_SPEAKER and mention.cue and offset >= 0:
                start = mention.sentence.start + offset
                attribution = Attribution(start, start + len(clause), mention.attributed_to, mention.cue, mention.sentence,
                                          name=_named_speaker(mention.attributed_to, start, start + len(clause), analysis.quotes))
                neutral.voices.add_attribution(article.id, attribution)
        for quote in analysis.quotes:
            if quote.speaker_text:
                neutral.voices.add_speaker(article.id, quote.span.start, quote.span.end, quote.speaker_text)
    titled = []
    texts = {a.article.id: a.article.text for a in context.analyses}
    for actor in story.actors:
        for label in actor.labels:
            if isinstance(label.span, TitleSpan):
                continue  # a headline's words (story/title_labels.py): no sentence of the body
            # Titles before a name and appositions can go without breaking the sentence;
            # a label used as a predicate carries the clause, so the clause must go.
            # Only a person's title or apposition is cut; an organisation's "label" is as often a
            # mis-attached noun ("the conclusion House Republicans reached"), so its clause goes.
            # A body's title set before its name by a comma ("their propaganda outlet, Free
            # Dalmor Voice, has claimed") is one outlet's word for it, cut the same way: the
            # brief writes the body by its name (round s34).
            if label.kind in ("premodifier", "apposition") and (actor.type == "PERSON" or _set_before_its_name(label, texts)):
                neutral.labels.setdefault(label.span.article, []).append((label.span.start, label.span.end, label.kind))
                titled.append((label, actor))
            else:
                neutral.loaded.setdefault(label.span.article, []).append((label.span.start, label.span.end))
    _name_titled_speakers(neutral.voices, titled, {a.article.id: a.article.text for a in context.analyses})
    for loaded in story.framing.loaded_language:
        neutral.add_loaded(loaded.span, loaded.category, loaded.found_by)
    # A clause the tagger reads as persuasive is no neutral sentence even when no word of it
    # judges: the brief reads these spans as the tagger's, as it did before they were told apart.
    # It reads them from the analyses, plain report included (found_by "plain", round s33): the
    # framing names no technique for those, but the brief's choice of sentences is unchanged
    # (dropping them from it lowered the NeuS brief's ROUGE-2 under its floor, docs/framing.md).
    for analysis in context.analyses:
        for loaded in analysis.loaded_spans:
            if not loaded.shows_words:
                neutral.add_loaded(loaded.span, loaded.category, "model")
    return neutral


PERSONAL_PRONOUNS = frozenset({"he", "she", "they", "it", "we"})


def _named_speaker(speaker: str, start: int, end: int, quotes) -> str | None:
    """The name a pronoun speaker stands for, as the quotes step resolved it for the same words
    ("She added that all flights had been suspended" -> "Lina Corre"), or None."""
    if speaker.lower() not in PERSONAL_PRONOUNS:
        return None
    for quote in quotes:
        if quote.span.start < end and start < quote.span.end and quote.speaker_text:
            if quote.speaker_text.lower() not in PERSONAL_PRONOUNS:
                return quote.speaker_text
    return None


def _set_before_its_name(label, texts: dict[str, str]) -> bool:
    """The label is a title set before its name by a comma: ", <name>" follows it."""
    after = texts.get(label.span.article, "")[label.span.end : label.span.end + 4 + len(label.target)]
    return bool(label.target) and re.match(rf",\s+{re.escape(label.target)}\b", after) is not None


def _name_titled_speakers(voices, titled, texts: dict[str, str]) -> None:
    """A speaker the nlp layer found as a title set before a name ("The head of the border
    agency, Tomas Ek, said ...": speaker "The head") is that name: the title is one outlet's
    description of the person, which the brief cuts from the sentence, and a tag put back for
    the speaker must not bring it back (", according to the head of the border agency")."""
    for label, actor in titled:
        text = texts.get(label.span.article, "")
        after = text[label.span.end : label.span.end + 40 + len(label.target)]
        # the name may carry its own title: "The commander of the garrison, Colonel Ada Dorr,"
        if not label.target or not re.match(rf",\s+(?:[A-Z][\w.]*\s+){{0,3}}{re.escape(label.target)}\b", after):
            continue  # not a title set before the name
        for attribution in voices.attributions.get(label.span.article, []):
            sentence = attribution.sentence
            at = sentence.text.lower().find(attribution.speaker.lower())
            if at < 0:
                continue
            start = sentence.start + at
            # the speaker's phrase holds the title, or the title holds it ("The head")
            if start - len("the ") <= label.span.start < start + len(attribution.speaker):
                attribution.speaker = actor.name if actor.name.endswith(label.target) else label.target


def _canonical_names(story: Story) -> dict[str, str]:
    """Other full-name spellings -> the actor's canonical name (longest first, so full names win)."""
    mapping = {}
    for actor in story.actors:
        if actor.type != "PERSON" or " " not in actor.name:
            continue
        for alias in actor.aliases:
            if alias != actor.name and " " in alias and alias.split()[-1] == actor.name.split()[-1]:
                mapping[alias] = actor.name
    return dict(sorted(mapping.items(), key=lambda kv: -len(kv[0])))


def _one_per_article(sources: list[SourceRef], *, but: SourceRef | None = None) -> list[SourceRef]:
    chosen: dict[str, SourceRef] = {}
    for source in sources:
        if but is None or source.article != but.article:
            chosen.setdefault(source.article, source)
    return list(chosen.values())


ATTRIBUTION_WORDS = {"reports", "report", "differ", "later", "earlier", "overturning"}


@dataclass
class Said:
    """What the brief has said so far: content words and MiniLM vectors of its sentences."""

    outlets: set[str] = field(default_factory=set)
    words: list[set[str]] = field(default_factory=list)
    vectors: list = field(default_factory=list)
    numbers: list[set[str]] = field(default_factory=list)

    def repeats(self, text: str, *, same_words: float = 0.6, same_meaning: float = 0.75, figures: bool = False) -> bool:
        """Most content words already said, or a sentence meaning the same (a paraphrase from
        another outlet). Outlet names and attribution words are not content. Records it if not.
        ``figures``: the sentence is one side of a dispute found to be about different things,
        so a figure the other sentence lacks makes it no repeat ("sales of 140 million crowns
        last year" repeats nothing of "a profit of 410 million crowns last year"); elsewhere
        another figure of one thing (a second toll) is left to the disputes."""
        from storylens.story.embeddings import embed_sentences

        for outlet in self.outlets:
            text = text.replace(outlet, " ")
        words = {w.lower() for w in re.findall(r"\w+", text) if len(w) > 3} - ATTRIBUTION_WORDS
        numbers = set(re.findall(r"\d[\d,.]*\d|\d", text))
        said = [i for i, other in enumerate(self.numbers) if numbers <= other or not figures]
        if any(len(words & self.words[i]) / max(1, len(words)) > same_words for i in said):
            return True
        vector = embed_sentences([text])[0]  # the shared table: most brief sentences are story sentences
        if any(float(vector @ self.vectors[i]) > same_meaning for i in said):
            return True
        self.words.append(words)
        self.vectors.append(vector)
        self.numbers.append(numbers)
        return False


# verification --------------------------------------------------------------------------------
DATE_WORDS = re.compile(rf"\b({'|'.join(MONTHS)}) (\d{{1,2}})(?:, (\d{{4}}))?\b")


def unsupported_facts(sentence: SummarySentence, story: Story) -> list[str]:
    """Actors, numbers and dates in a brief sentence that none of its cited spans carries."""
    cited_folded = " ".join(" ".join(s.span.text for s in sentence.sources).split()).lower()
    text = sentence.text
    problems = []
    outlets = {a.outlet for a in story.articles if a.outlet}
    attribution = "|".join(re.escape(o) for o in sorted(outlets, key=len, reverse=True))
    claimed = re.sub(attribution, " ", text) if attribution else text  # outlet names are attribution, not facts
    for actor in story.actors:
        forms = [f for f in {actor.name, *actor.aliases} if len(f) > 2]
        if any(re.search(rf"(?<![\w-]){re.escape(f)}(?![\w-])", claimed) for f in forms):
            if not any(f.lower() in cited_folded for f in forms):
                problems.append(f"actor {actor.name}")
    for match in DATE_WORDS.finditer(claimed):
        month, day, year = match.groups()
        if _date_supported(month, day, year, sentence, story, cited_folded):
            claimed = claimed.replace(match.group(0), " ")
        else:
            problems.append(f"date {month} {day}")
    numbers = cited_folded.replace(",", "")
    for number in re.findall(r"\d[\d,.]*\d|\d", claimed):
        if not re.search(rf"(?<![\d.]){re.escape(number.replace(',', ''))}(?!\d)", numbers):
            problems.append(f"number {number}")
    return problems


def _date_supported(month: str, day: str, year: str | None, sentence: SummarySentence, story: Story, cited: str) -> bool:
    """The date is written in a cited span, or a cited span holds a time expression the timeline resolved to it."""
    if f"{month.lower()} {day}" in cited or f"{day} {month.lower()}" in cited:
        return year is None or year in cited or _resolved(month, day, year, sentence, story)
    return year is not None and _resolved(month, day, year, sentence, story)


def _resolved(month: str, day: str, year: str, sentence: SummarySentence, story: Story) -> bool:
    iso = f"{year}-{MONTHS.index(month) + 1:02d}-{int(day):02d}"
    for event in story.timeline:
        if event.date != iso:
            continue
        for source in event.sources:
            timex = source.time_expression
            if timex is not None and any(
                c.span.article == timex.article and c.span.start <= timex.start and timex.end <= c.span.end for c in sentence.sources
            ):
                return True
    return False
