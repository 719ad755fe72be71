"""Align the clauses of two articles one to one, as a reader compares two reports side by side.

The pair scorer judges each pair of clauses alone. A reader holding two reports of one event
does more: having weighed every clause of the other report against this one, they match each
clause to at most one clause there, and a match that won against all the alternatives is
believed at a lower bar than a pair judged alone ("apprehensions fell to 400,000" and "roughly
520,000 arrests" read only somewhat alike, but nothing else in either report is closer).

Per pair of articles, the clauses are matched by the assignment that maximises the summed link
probability (``scipy.optimize.linear_sum_assignment``) over the pairs the scorer compared; a
matched pair is *aligned*. Comparing every clause of one article with every clause of the other
would be quadratic, so the matrix holds only the pairs the blocks proposed (sparse, small).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable, Sequence

import numpy as np
from scipy.optimize import linear_sum_assignment


def aligned_pairs(articles: Sequence[str], scored: Iterable[tuple[float, int, int]], floor: float) -> dict[tuple[int, int], float]:
    """(i, j) with i < j -> probability, for each pair the one-to-one alignment of their two
    articles matches; only pairs scored at ``floor`` or more take part (a clause with nothing
    that close in the other article stays unmatched)."""
    by_articles: dict[tuple[str, str], list[tuple[float, int, int]]] = defaultdict(list)
    for probability, i, j in scored:
        if probability < floor or articles[i] == articles[j]:
            continue
        if articles[i] > articles[j]:
            i, j = j, i
        by_articles[(articles[i], articles[j])].append((probability, i, j))
    aligned: dict[tuple[int, int], float] = {}
    for pairs in by_articles.values():
        rows = sorted({i for _, i, _ in pairs})
        columns = sorted({j for _, _, j in pairs})
        row_of = {i: n for n, i in enumerate(rows)}
        column_of = {j: n for n, j in enumerate(columns)}
        matrix = np.zeros((len(rows), len(columns)))
        for probability, i, j in pairs:
            matrix[row_of[i], column_of[j]] = probability
        for r, c in zip(*linear_sum_assignment(matrix, maximize=True)):
            if matrix[r, c] >= floor:
                i, j = rows[r], columns[c]
                aligned[(i, j) if i < j else (j, i)] = float(matrix[r, c])
    return aligned


def in_triangles(aligned: dict[tuple[int, int], float]) -> dict[tuple[int, int], float]:
    """The aligned pairs (x, y) that a clause z of a third article is aligned with both of: three
    reports agreeing on one match, which a nearest neighbour found by chance rarely does."""
    partners: dict[int, set[int]] = defaultdict(set)
    for i, j in aligned:
        partners[i].add(j)
        partners[j].add(i)
    return {pair: p for pair, p in aligned.items() if partners[pair[0]] & partners[pair[1]]}
