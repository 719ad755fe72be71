"""Words' MiniLM vectors, embedded once per process, and a logistic regression over them.

:func:`word_vectors` is the process's one table of per-word MiniLM vectors: the judging-noun
scorer (:mod:`.nouns`), the judging-modifier scorer (:mod:`.modifiers`) and the attribution
scorer's dense part (``nlp/quotes/word_vectors.py``) all read a word's vector from it, so a word
is embedded once however many of them ask, and every word not seen yet is embedded in one MiniLM
batch (embedding words one at a time cost most of a component's time). The table is bounded so
that a long run over ever new words cannot grow it without end (past the bound the oldest half
goes).

:class:`WordScorer` is what the two judging scorers share: their word's vector, a learned weight
vector and bias (each its own small ``.npz``, trained by ``scripts/train_evaluative_*.py``), a
sigmoid; the scores are kept per scorer, bounded the same way.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

SCORES_KEPT = 65536
# 384 float32 numbers a word: the bound keeps the table under about 75 MB.
VECTORS_KEPT = 50_000
_vectors: dict[str, np.ndarray] = {}


def _drop_oldest_half(table: dict, incoming: int, kept: int) -> None:
    if len(table) + incoming > kept:
        for word in list(table)[: max(len(table) // 2, len(table) + incoming - kept)]:
            del table[word]


def word_vectors(words: Sequence[str], *, kept: int = VECTORS_KEPT) -> np.ndarray:
    """One MiniLM vector per word, as given (len(words) x 384, float32); the empty string gets
    zeros. The words not in the table yet are embedded in one batch and kept."""
    from storylens.nlp.minilm import EMBEDDING_DIM, embed

    missing = list(dict.fromkeys(w for w in words if w and w not in _vectors))
    fresh = dict(zip(missing, embed(missing))) if missing else {}
    if fresh:
        _drop_oldest_half(_vectors, len(fresh), kept)
        _vectors.update(list(fresh.items())[-kept:])
    if not words:
        return np.zeros((0, EMBEDDING_DIM), dtype=np.float32)
    zero = np.zeros(EMBEDDING_DIM, dtype=np.float32)
    # A batch larger than the bound is answered from what it embedded, not from the table alone.
    return np.vstack([(fresh.get(w) if w in fresh else _vectors.get(w, zero)) if w else zero for w in words])


class WordScorer:
    """P(the word judges) from the weights in ``model`` (an npz with ``weights`` and ``bias``)."""

    def __init__(self, model: Path, *, kept: int = SCORES_KEPT) -> None:
        self.model = model
        self.kept = kept
        self._scores: dict[str, float] = {}

    @cached_property
    def _weights(self) -> tuple[np.ndarray, float]:
        data = np.load(self.model)
        return data["weights"], float(data["bias"])

    def score_words(self, words: Iterable[str]) -> None:
        """Score every word (lower-cased) not scored yet, their vectors read from the shared table."""
        missing = list(dict.fromkeys(w.lower() for w in words if w.lower() not in self._scores))
        if not missing:
            return
        _drop_oldest_half(self._scores, len(missing), self.kept)
        weights, bias = self._weights
        logits = word_vectors(missing) @ weights + bias
        self._scores.update(zip(missing, (float(p) for p in 1.0 / (1.0 + np.exp(-logits)))))

    def score(self, word: str) -> float:
        """The score of ``word`` (lower-cased), embedded now when it was not scored before."""
        word = word.lower()
        if word not in self._scores:
            self.score_words([word])
        return self._scores[word]
