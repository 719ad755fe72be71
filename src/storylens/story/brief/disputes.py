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

Polarity is read as the side states it, by the claims step's reading
(``claim_conflicts.polarity``): a clause under a negating word of its sentence ("no evidence
that any patient had been harmed") denies its content, so it agrees with "no patient has been
harmed".
"""

from __future__ import annotations

from dataclasses import replace

from storylens.records import SourceRef
from storylens.story.claim_blocks import GENERIC_PREDICATES
from storylens.story.claim_conflicts import (
    DENIALS,
    MentionInStory,
    about_different_things,
    account_conflict,
    acts_on_different_things,
    date_conflict,
    denies_in_other_words,
    doer_conflict,
    negation_conflict,
    quantity_conflict,
    retraction_conflict,
    state_conflict,
    superseded,
)
from storylens.story.claim_conflicts.polarity import as_stated
from storylens.story.claims import located_mentions
from storylens.story.context import StoryContext


class SideReader:
    """Per story: the claim mentions of each side's span, as the dispute checks read them (the
    claims step's own records, ``claims.located_mentions``: with the subject's actor, the
    antecedent a "which"/"who" clause borrows and the readable clause), each with the polarity its
    sentence states ("no evidence that any patient was harmed" reads as "no patient was harmed")."""

    def __init__(self, context: StoryContext):
        self.context = context
        self._by_article: dict[str, list[MentionInStory]] | None = None

    def _located(self) -> dict[str, list[MentionInStory]]:
        if self._by_article is None:
            self._by_article = {}
            for item in located_mentions(self.context):
                stated = replace(item, mention=as_stated(item.mention))
                self._by_article.setdefault(item.span.article, []).append(stated)
        return self._by_article

    def mentions_of(self, source: SourceRef) -> list[MentionInStory]:
        """The claim mentions whose clause lies inside the side's span (or, when none does, those
        overlapping it)."""
        inside, overlapping = [], []
        for item in self._located().get(source.article, []):
            if item.span.text != item.mention.text:
                continue  # a clause not found in its sentence: located at the whole sentence
            if source.span.start <= item.span.start and item.span.end <= source.span.end:
                inside.append(item)
            elif item.span.start < source.span.end and source.span.start < item.span.end:
                overlapping.append(item)
        return inside or overlapping


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


def mentions_disagree(a: MentionInStory, b: MentionInStory) -> bool:
    """Two clauses of different articles that give different versions of one thing."""
    if a.span.article == b.span.article:
        return False
    return bool(
        quantity_conflict(a, b)
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
