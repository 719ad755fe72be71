"""What scripts/train_evaluative_nouns.py and scripts/train_evaluative_modifiers.py share: which
words are positives and negatives, and the fit of the word scorer (nlp/loaded_rules/word_scorer.py).

Each script counts, over the PTC training articles, where the words of its kind stand: inside the
spans of its techniques, outside every span, anywhere. A word is a positive when most of its uses
are inside (the word is the loading; "police" inside one span of fifty is the context's), a
negative when nearly all are outside and it was seen at least twice. The scorer is a logistic
regression over the words' MiniLM vectors, written as the npz the runtime reads.
"""

from __future__ import annotations

import argparse
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

from storylens.eval.propaganda import read_ptc, split_articles
from storylens.nlp.minilm import embed

POSITIVE_SHARE = 0.5
NEGATIVE_SHARE = 0.9


@dataclass
class WordCounts:
    """Where each word stood: inside the techniques' spans, outside every span, anywhere."""

    inside: Counter = field(default_factory=Counter)
    outside: Counter = field(default_factory=Counter)
    anywhere: Counter = field(default_factory=Counter)

    def add(self, word: str, *, inside: bool, outside: bool) -> None:
        self.anywhere[word] += 1
        if inside:
            self.inside[word] += 1
        elif outside:
            self.outside[word] += 1

    def rows(self) -> tuple[set[str], set[str]]:
        """(words mostly written inside the techniques' spans, words almost never inside any span)."""
        positive = {w for w, n in self.inside.items() if n >= POSITIVE_SHARE * self.anywhere[w]}
        negative = {w for w, n in self.outside.items() if n >= NEGATIVE_SHARE * self.anywhere[w] and self.anywhere[w] >= 2}
        return positive, negative


def training_articles(description: str):
    """The PTC training split named by ``--data`` (the dev articles are never read)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--data", required=True, type=Path)
    args = parser.parse_args()
    train, _ = split_articles(read_ptc(args.data))
    return train


def fit_and_write(positive: set[str], negative: set[str], out: Path, kind: str) -> None:
    """Fit the scorer on the words' MiniLM vectors and write its weights and bias to ``out``."""
    words = sorted(positive) + sorted(negative)
    labels = np.array([1] * len(positive) + [0] * len(negative))
    model = LogisticRegression(C=1.0, class_weight="balanced", max_iter=2000).fit(embed(words), labels)
    np.savez(out, weights=model.coef_[0].astype(np.float32), bias=np.float32(model.intercept_[0]))
    print(f"{len(positive)} positive, {len(negative)} negative {kind} -> {out}")
