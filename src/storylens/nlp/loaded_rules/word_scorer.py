"""A logistic regression over a word's MiniLM vector, scored in batches and remembered per process.

The judging-noun scorer (:mod:`.nouns`) and the judging-modifier scorer (:mod:`.modifiers`) read
a word the same way: its MiniLM vector, a learned weight vector and bias (each its own small
``.npz``, trained by ``scripts/train_evaluative_*.py``), a sigmoid. What they share is here:
every word not scored yet is embedded in one MiniLM batch (embedding words one at a time cost
most of a component's time), and each score is kept in a table bounded so that a long run over
ever new words cannot grow it without end (past the bound the oldest half goes).
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import Iterable

import numpy as np

SCORES_KEPT = 65536


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
        """Score every word (lower-cased) not scored yet, all in one MiniLM batch."""
        from storylens.nlp.minilm import embed

        missing = list(dict.fromkeys(w.lower() for w in words if w.lower() not in self._scores))
        if not missing:
            return
        if len(self._scores) + len(missing) > self.kept:
            for word in list(self._scores)[: len(self._scores) // 2]:
                del self._scores[word]
        weights, bias = self._weights
        logits = embed(missing) @ weights + bias
        self._scores.update(zip(missing, (float(p) for p in 1.0 / (1.0 + np.exp(-logits)))))

    def score(self, word: str) -> float:
        """The score of ``word`` (lower-cased), embedded now when it was not scored before."""
        word = word.lower()
        if word not in self._scores:
            self.score_words([word])
        return self._scores[word]
