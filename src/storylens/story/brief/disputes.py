"""Whether the sides of a dispute the brief is about to write give two versions of one thing.

The claims step marks a claim contested when some pair of its mentions disagrees; the brief
writes the claim's first conflict, plus other outlets' versions, as "Reports differ: A reports
...; B reports ...". A wrong pairing there (figures of different things, "sales of 140 million"
against "a profit of 410 million"; a denial of another predication; a side about another
referent) would reach the reader as a dispute the outlets never had. So before writing one, the
brief reads the sides' own clauses again with the dispute checks of ``story/claim_conflicts``
(called, never re-implemented): different figures of one measured thing (``quantity_conflict``),
different dates of one happening (``date_conflict``), opposite polarity of one predication
(``negation_conflict`` on the same predicate acting on the same thing, or
``denies_in_other_words``), a rival account or an opposite state (``account_conflict``,
``doer_conflict``, ``state_conflict``), a later report taking back an earlier one
(``superseded``, ``retraction_conflict``). Sides that disagree with no other side are stated
as separate facts, each cited.

Polarity is read as the side states it: a clause under a negating word of its sentence ("no
evidence that any patient had been harmed") denies its content, as the brief's cut rule reads it
(``sentences.lost_by_the_cut``), so it agrees with "no patient has been harmed".
"""

from __future__ import annotations

from dataclasses import replace

from storylens.records import ClaimMention, Quantity, SourceRef, Span
from storylens.story.claim_blocks import GENERIC_PREDICATES
from storylens.story.claim_conflicts import (
    DENIALS,
    MentionInStory,
    about_different_things,
    account_conflict,
    acts_on_different_things,
    comparable,
    date_conflict,
    denies_in_other_words,
    doer_conflict,
    negation_conflict,
    quantity_conflict,
    retraction_conflict,
    state_conflict,
    superseded,
)
from storylens.story.claim_conflicts.measured_frame import SAME_MEASURE, happening_count
from storylens.story.claim_conflicts.words import parsed, phrases_alike
from storylens.story.claims import actor_key
from storylens.story.brief.sentences import negated_by_its_sentence
from storylens.story.context import StoryContext


class SideReader:
    """Per story: the claim mentions of each side's span, as the dispute checks read them."""

    def __init__(self, context: StoryContext):
        self.context = context
        self._mentions: dict[str, list[ClaimMention]] = {a.article.id: list(a.claim_mentions) for a in context.analyses}
        self._dated = {a.article.id: [(t.span.start, t.value) for t in a.time_expressions if t.value] for a in context.analyses}

    def mentions_of(self, source: SourceRef) -> list[MentionInStory]:
        """The claim mentions whose clause lies inside the side's span (or, when none does, those
        overlapping it), each with its polarity as its sentence states it."""
        article = self.context.articles[source.article]
        inside, overlapping = [], []
        for mention in self._mentions.get(source.article, []):
            offset = mention.sentence.text.find(mention.text)
            if offset < 0:
                continue
            start = mention.sentence.start + offset
            end = start + len(mention.text)
            if source.span.start <= start and end <= source.span.end:
                inside.append((mention, start, end))
            elif start < source.span.end and source.span.start < end:
                overlapping.append((mention, start, end))
        found = []
        for mention, start, end in inside or overlapping:
            span = Span.of(article.id, article.text, start, end)
            negated = mention.negated != negated_by_its_sentence(mention.sentence.text, start - mention.sentence.start, end - mention.sentence.start)
            actor_of_name = {name: actor_key(self.context, name, article.id) for name in mention.actors}
            found.append(MentionInStory(
                mention=replace(mention, negated=negated),
                span=span,
                outlet=article.outlet,
                published=article.published or "",
                source_key=self.context.source_key(article.id),
                actors=set(actor_of_name.values()),
                lemmas=set(mention.lemmas),
                align_text=mention.text,
                actor_of_name=actor_of_name,
                dated=[(at, value) for at, value in self._dated.get(article.id, []) if start <= at < end],
            ))
        return found


def _one_predication_denied(a: MentionInStory, b: MentionInStory) -> bool:
    """Opposite polarity of one predication: the same predicate acting on the same thing, about
    the same referent, or a denial in other words of the same party's fact."""
    if negation_conflict(a, b) is None:
        return False
    if a.mention.negated == b.mention.negated:
        # one denies that the other's source said it ("did not say that ..."); a denial of the
        # content ("denied that P") is read in its polarity already, so it agrees with "not P"
        denier = a if a.saying_denied else b
        return denier.mention.cue not in DENIALS
    if about_different_things(a, b):
        return False
    negative, positive = (a, b) if a.mention.negated else (b, a)
    if a.mention.predicate and a.mention.predicate == b.mention.predicate:
        return not acts_on_different_things(a, b)
    return denies_in_other_words(negative, positive)


def _amount_of(item: MentionInStory, quantity: Quantity) -> str | None:
    """The noun a figure is the amount of, from the parse of its sentence: "sales of 140 million
    crowns" -> "sale" (an amount in a currency the quantity records read as a count of "crowns"
    names what it measures only through the noun above its "of")."""
    sentence = item.mention.sentence
    start = quantity.span.start - sentence.start
    doc = parsed(sentence.text)
    span = doc.char_span(start, start + len(quantity.span.text), alignment_mode="expand")
    if span is None or not len(span):
        return None
    noun = span.root
    while noun.dep_ in ("nummod", "quantmod", "compound") and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        return noun.head.head.lemma_.lower()
    return None


def _standing(item: MentionInStory, quantity: Quantity) -> bool:
    """The figure is the standing size of a body ("the insurer, which has 4.1 million customers")."""
    count = happening_count(item, quantity)
    return count is not None and count.standing


def _amounts_of_different_things(a: MentionInStory, b: MentionInStory) -> bool:
    """Every pair of figures the two compare measures different things: the amounts of
    differently named things ("sales of 140 million" / "a profit of 410 million"), or a body's
    standing size against a figure that is none ("has 4.1 million customers" / "the files held
    the details of 3.4 million customers"). No figure of one measured thing is then in dispute."""
    pairs = [(qa, qb) for qa in a.mention.quantities for qb in b.mention.quantities if comparable(qa, qb)]
    for qa, qb in pairs:
        if _standing(a, qa) != _standing(b, qb):
            continue
        of_a, of_b = _amount_of(a, qa), _amount_of(b, qb)
        if not (of_a and of_b and of_a != of_b and not phrases_alike(of_a, of_b, SAME_MEASURE)):
            return False
    return bool(pairs)


def _figures_of_one_thing_differ(a: MentionInStory, b: MentionInStory) -> bool:
    return quantity_conflict(a, b) is not None and not _amounts_of_different_things(a, b)


def mentions_disagree(a: MentionInStory, b: MentionInStory) -> bool:
    """Two clauses of different articles that give different versions of one thing."""
    if a.span.article == b.span.article:
        return False
    return bool(
        _figures_of_one_thing_differ(a, b)
        or date_conflict(a, b, aligned=True)
        or _one_predication_denied(a, b)
        or account_conflict(a, b, GENERIC_PREDICATES)
        or doer_conflict(a, b)
        or state_conflict(a, b)
        or (a.actors & b.actors and superseded(a, b))
        or retraction_conflict(a, b)
    )


def disagreeing(sources: list[SourceRef], reader: SideReader) -> set[int]:
    """The indexes of the sides that give another version of one thing than some other side."""
    mentions = [reader.mentions_of(s) for s in sources]
    found: set[int] = set()
    for i in range(len(sources)):
        for j in range(i + 1, len(sources)):
            if sources[i].article == sources[j].article:
                continue
            if any(mentions_disagree(a, b) for a in mentions[i] for b in mentions[j]):
                found |= {i, j}
    return found
