"""Figures of one happening that outlets give in other words, paired across articles.

"2,000 nurses walked out, the union said" and "only 600 staff stayed away, according to the
health board" share no predicate and few words, so the pair scorer reads them as two facts and
each stands alone; together they are the story's dispute over the strike's size. A pair of
clauses of different articles whose figures count those one happening involved, read from the
parse (``measured_frame.counts_of_one_happening``), and whose values conflict, is a dispute
candidate; so is a pair of which one clause states a figure the other reports only to reject
(``quantity.rejection_conflict``). Of the candidate pairs between two articles only the mutual
best by the scorer's probability are kept: the scorer reads the rest of the two sentences, so
"5,000 marched" pairs with the other outlet's count of the march before its count of arrests.

This replaces the value-masked comparison of whole clauses (MiniLM on clauses with their figures
written "some", round s24), which linked nothing on any set: "someone walked out" / "someone
stayed away" reads 0.64 and "someone walked out" / "someone were injured" 0.47, so no cosine
tells a happening told in other words from another happening; the parse (who is counted, in what
role) does more.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable

from storylens.story.claim_conflicts.measured_frame import counts_of_one_happening
from storylens.story.claim_conflicts.mention import MentionInStory
from storylens.story.claim_conflicts.quantity import figures_agree, rejection_conflict

# the least scorer probability at which two clauses with disputed counts are read as one
# happening: the scorer's view of the rest of the sentences (a tenth of a typical link threshold)
LEAST_RELATED = 0.05


def disputed_counts(a: MentionInStory, b: MentionInStory) -> bool:
    """Some figure of ``a`` and some figure of ``b`` count one happening and disagree."""
    return any(counts_of_one_happening(a, qa, b, qb) and not figures_agree(a, qa, b, qb)
               for qa in a.mention.quantities for qb in b.mention.quantities)


def figure_pairs(items: list[MentionInStory], scored: Iterable[tuple[float, int, int]]) -> set[tuple[int, int]]:
    """Pairs (i, j) of ``scored`` (probability, i, j) whose clauses give disputed counts of one
    happening, or of which one states a figure the other reports only to reject it ("forty
    clinics were shut" / "dismissed reports of forty clinics shut"), each the other's best such
    pair in its article by the scorer's probability."""
    candidates = [(p, i, j) for p, i, j in scored
                  if p >= LEAST_RELATED and items[i].span.article != items[j].span.article
                  and items[i].source_key != items[j].source_key
                  and items[i].mention.quantities and items[j].mention.quantities
                  and (disputed_counts(items[i], items[j]) or rejection_conflict(items[i], items[j]) is not None)]
    best: dict[tuple[int, str], float] = defaultdict(float)
    for p, i, j in candidates:
        best[(i, items[j].span.article)] = max(best[(i, items[j].span.article)], p)
        best[(j, items[i].span.article)] = max(best[(j, items[i].span.article)], p)
    return {(i, j) for p, i, j in candidates
            if p >= best[(i, items[j].span.article)] and p >= best[(j, items[i].span.article)]}
