"""Group linked claim mentions into claims without chaining unrelated facts together.

Single-link grouping (union-find) lets one loose link join two facts, and then every mention of
either; in a story where every clause names the protagonist that makes a few giant "claims".
Here two groups merge only when, on average over all their cross-article pairs, the scorer says
they state one fact (pairs it never compared count as unlinked). Groups that share an article
merge only when every cross-article pair is a sure link: an article usually tells a fact once,
so a second clause of it is more often another fact than the same one told again (a quotation
and its paraphrase), and joining through it would chain two facts. The exception is an article
that restates itself: when each clause it would have twice in the group reads as the other
(``restates``, MiniLM), the groups merge on their mean link like any other two.
"""

from __future__ import annotations

from typing import Callable, Optional, Sequence


SURE_LINK = 0.9  # probability every cross-article pair needs for a group to take a second clause of one article


class ClaimGroups:
    """Average-link agglomeration over scored mention pairs, one mention per article per group."""

    def __init__(self, articles: Sequence[str], restates: Optional[Callable[[int, int], bool]] = None) -> None:
        """``restates(i, j)``: two clauses of one article tell one fact twice."""
        self.article_of = list(articles)
        self.restates = restates
        self.group_of = list(range(len(articles)))
        self.members: dict[int, list[int]] = {i: [i] for i in range(len(articles))}
        self.score: dict[tuple[int, int], float] = {}

    def add_score(self, i: int, j: int, probability: float) -> None:
        self.score[(i, j) if i < j else (j, i)] = probability

    def _mean_link(self, a: list[int], b: list[int]) -> float:
        total = sum(self._score(i, j) for i in a for j in b)
        return total / (len(a) * len(b))

    def can_merge(self, i: int, j: int, threshold: float) -> bool:
        a, b = self.members[self.group_of[i]], self.members[self.group_of[j]]
        if a is b:
            return False
        if {self.article_of[m] for m in a} & {self.article_of[m] for m in b}:
            cross = [self._score(x, y) for x in a for y in b if self.article_of[x] != self.article_of[y]]
            if bool(cross) and min(cross) >= SURE_LINK:
                return True
            if self.restates is None:
                return False
            same = [(x, y) for x in a for y in b if self.article_of[x] == self.article_of[y]]
            return all(self.restates(x, y) for x, y in same) and self._mean_link(a, b) >= threshold
        return self._mean_link(a, b) >= threshold

    def _score(self, i: int, j: int) -> float:
        return self.score.get((i, j) if i < j else (j, i), 0.0)

    def merge(self, i: int, j: int) -> None:
        keep, gone = self.group_of[i], self.group_of[j]
        for member in self.members.pop(gone):
            self.group_of[member] = keep
            self.members[keep].append(member)

    def is_alone(self, i: int) -> bool:
        return len(self.members[self.group_of[i]]) == 1

    def by_root(self) -> dict[int, list[int]]:
        """Each group's members in index order, groups in the order of their first member."""
        return dict(sorted(((root, sorted(members)) for root, members in self.members.items()), key=lambda g: g[1][0]))

    def root(self, i: int) -> int:
        return self.group_of[i]


def group_mentions(articles: Sequence[str], scored: Sequence[tuple[float, int, int]], threshold: float,
                   *, first: Sequence[tuple[int, int]] = (),
                   restates: Optional[Callable[[int, int], bool]] = None,
                   refused: Optional[Callable[[float, int, int, ClaimGroups], None]] = None) -> ClaimGroups:
    """Merge along the surest links first while the groups' mean link stays at ``threshold``.
    ``first``: pairs joined before anything else (a retraction and what it retracts);
    ``restates``: see ``ClaimGroups``; ``refused(probability, i, j, groups)``: told of each pair at
    the threshold whose groups stay apart, before any later merge (scripts/claim_grouping_losses.py)."""
    groups = ClaimGroups(articles, restates)
    for probability, i, j in scored:
        groups.add_score(i, j, probability)
    for i, j in first:
        if groups.root(i) != groups.root(j):
            groups.merge(i, j)
    for probability, i, j in sorted(scored, key=lambda s: -s[0]):
        if probability < threshold:
            break
        if groups.can_merge(i, j, threshold):
            groups.merge(i, j)
        elif refused is not None and groups.root(i) != groups.root(j):
            refused(probability, i, j, groups)
    return groups
