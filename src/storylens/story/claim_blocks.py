"""Candidate pairs of claim mentions to compare, without comparing every pair.

Mentions are put in blocks by what they share (an actor, the predicate or a withdrawn
lemma, a unit of measure) plus cells of nearby embeddings; only pairs inside a block are
compared. A block bigger than ``cap`` (an actor every article names) is cut into cells of
about ``cap`` mentions by k-means over the embeddings, so the work stays about
``keys per mention x cap`` per mention: linear in the size of the story.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Hashable, Iterable

import numpy as np

# predicates too common to say two clauses are about the same thing
GENERIC_PREDICATES = {"be", "have", "say", "do", "make", "get", "go", "come", "take", "give", "tell", "include"}


def _cells(members: list[int], vectors: np.ndarray, cap: int) -> Iterable[list[int]]:
    """Split a block into groups of about ``cap`` nearby mentions."""
    if len(members) <= cap:
        yield members
        return
    from sklearn.cluster import MiniBatchKMeans

    n_cells = int(np.ceil(len(members) / cap))
    labels = MiniBatchKMeans(n_clusters=n_cells, n_init=1, random_state=0, batch_size=1024).fit_predict(vectors[members])
    for cell in range(n_cells):
        subset = [m for m, label in zip(members, labels) if label == cell]
        # k-means cells are uneven; cut an oversized one in slices rather than go quadratic
        for i in range(0, len(subset), cap * 2):
            yield subset[i:i + cap * 2]


def candidate_pairs(keys: list[set[Hashable]], vectors: np.ndarray, *, cap: int = 96) -> set[tuple[int, int]]:
    """Index pairs (i < j) of mentions sharing a block key or an embedding cell."""
    blocks: dict[Hashable, list[int]] = defaultdict(list)
    for index, item_keys in enumerate(keys):
        for key in item_keys:
            blocks[key].append(index)
    blocks[("all",)] = list(range(len(keys)))  # embedding cells across everything: paraphrases with no shared key
    pairs: set[tuple[int, int]] = set()
    for members in blocks.values():
        if len(members) < 2:
            continue
        for cell in _cells(members, vectors, cap):
            for a in range(len(cell)):
                for b in range(a + 1, len(cell)):
                    i, j = cell[a], cell[b]
                    pairs.add((i, j) if i < j else (j, i))
    return pairs
