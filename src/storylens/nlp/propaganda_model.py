"""The small linear models behind loaded-language spans, and the features they read.

Two models trained by scripts/train_propaganda.py on the PTC corpus (SemEval-2020 Task 11):
- a token tagger: is this token inside a propaganda span? (span identification, SI)
- a span classifier: which of the 14 techniques does this span use? (technique classification, TC)

Both are logistic regressions over sparse string features. They are stored as a vocabulary
and a weight matrix in one compressed .npz file each (no pickles: plain arrays load the same
with any scikit-learn version, and stay small). The feature functions live here so training
and inference cannot drift apart; they read only token texts, so a tokenizer is enough.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import numpy as np

DATA = Path(__file__).parent / "data"
SI_MODEL = DATA / "propaganda_si.npz"
TC_MODEL = DATA / "propaganda_tc.npz"

TECHNIQUES = (
    "Appeal_to_Authority",
    "Appeal_to_fear-prejudice",
    "Bandwagon,Reductio_ad_hitlerum",
    "Black-and-White_Fallacy",
    "Causal_Oversimplification",
    "Doubt",
    "Exaggeration,Minimisation",
    "Flag-Waving",
    "Loaded_Language",
    "Name_Calling,Labeling",
    "Repetition",
    "Slogans",
    "Thought-terminating_Cliches",
    "Whataboutism,Straw_Men,Red_Herring",
)
QUOTE_MARKS = frozenset("\"“”‘’«»")


def _shape(word: str) -> str:
    if word.isupper() and len(word) > 1:
        return "UPPER"
    if word[:1].isupper():
        return "Title"
    if any(c.isdigit() for c in word):
        return "digit"
    if not any(c.isalnum() for c in word):
        return "punct"
    return "lower"


def token_features(words: Sequence[str], sentence_ids: Sequence[int]) -> list[list[str]]:
    """Features of each token: itself and its neighbours within the sentence, its shape,
    whether it sits inside quotation marks, and cues of the whole sentence ("!", quotes)."""
    lower = [w.lower() for w in words]
    features: list[list[str]] = []
    inside_quotes = []
    open_quote = False
    for i, word in enumerate(words):
        if i > 0 and sentence_ids[i] != sentence_ids[i - 1]:
            open_quote = False
        if word in QUOTE_MARKS or word == "'":
            open_quote = not open_quote
        inside_quotes.append(open_quote)
    # the words of the whole sentence: propaganda comes in sentences that carry it as a whole
    sentence_cues: dict[int, set[str]] = {}
    for i, word in enumerate(words):
        cues = sentence_cues.setdefault(sentence_ids[i], set())
        cues.add("s:" + lower[i])
        if word in QUOTE_MARKS:
            cues.add("s:quote")

    def at(j: int) -> str:
        if j < 0 or j >= len(words) or sentence_ids[j] != sentence_ids[i]:
            return "<s>"
        return lower[j]

    for i, word in enumerate(words):
        w0 = lower[i]
        row = [
            "w:" + w0,
            "w-1:" + at(i - 1),
            "w+1:" + at(i + 1),
            "w-2:" + at(i - 2),
            "w+2:" + at(i + 2),
            "b-:" + at(i - 1) + "|" + w0,
            "b+:" + w0 + "|" + at(i + 1),
            "suf:" + w0[-3:],
            "shape:" + _shape(word),
            "q:" + str(inside_quotes[i]),
        ]
        row.extend(sorted(sentence_cues[sentence_ids[i]]))
        features.append(row)
    return features


def span_features(words: Sequence[str], before: Sequence[str], after: Sequence[str], repeats: int) -> list[str]:
    """Features of a candidate span for technique classification."""
    lower = [w.lower() for w in words]
    row = ["u:" + w for w in lower]
    row += ["bi:" + a + "|" + b for a, b in zip(lower, lower[1:])]
    row += ["first:" + (lower[0] if lower else ""), "last:" + (lower[-1] if lower else "")]
    # character 4-grams carry word families a small corpus sees only once ("demoniz", "terror")
    for word in lower:
        marked = "<" + word + ">"
        row += ["c:" + marked[i : i + 4] for i in range(len(marked) - 3)]
    row += ["before:" + w.lower() for w in before[-3:]] + ["after:" + w.lower() for w in after[:3]]
    length = len(words)
    row.append("len:" + ("1" if length == 1 else "2-3" if length <= 3 else "4-8" if length <= 8 else "9+"))
    row.append("rep:" + ("1" if repeats <= 1 else "2" if repeats == 2 else "3+"))
    if any(w in QUOTE_MARKS for w in list(before[-1:]) + list(after[:1])):
        row.append("quoted")
    if "!" in words or "!" in after[:1]:
        row.append("exclaim")
    if any(w.isupper() and len(w) > 1 for w in words):
        row.append("upper")
    return row


@dataclass
class LinearModel:
    """A logistic regression over string features: vocabulary, weights (classes x features), bias."""

    classes: list[str]
    vocabulary: dict[str, int]
    weights: np.ndarray
    bias: np.ndarray

    def scores(self, rows: list[list[str]]) -> np.ndarray:
        """Class probabilities per row (binary models: probability of the positive class)."""
        out = np.tile(self.bias, (len(rows), 1)).astype(np.float64)
        for r, row in enumerate(rows):
            indices = [self.vocabulary[f] for f in row if f in self.vocabulary]
            if indices:
                out[r] += self.weights[:, indices].sum(axis=1)
        if out.shape[1] == 1:
            return 1.0 / (1.0 + np.exp(-out[:, 0]))
        out -= out.max(axis=1, keepdims=True)
        exp = np.exp(out)
        return exp / exp.sum(axis=1, keepdims=True)

    def save(self, path: Path, **extra: float) -> None:
        names = sorted(self.vocabulary, key=self.vocabulary.get)
        np.savez_compressed(
            path,
            classes=np.array(self.classes),
            features=np.array(names),
            weights=self.weights.astype(np.float16),
            bias=self.bias.astype(np.float32),
            **{k: np.array(v) for k, v in extra.items()},
        )

    @classmethod
    def load(cls, path: Path) -> tuple["LinearModel", dict[str, float]]:
        with np.load(path) as data:
            features = [str(f) for f in data["features"]]
            model = cls(
                classes=[str(c) for c in data["classes"]],
                vocabulary={f: i for i, f in enumerate(features)},
                weights=data["weights"].astype(np.float32),
                bias=data["bias"].astype(np.float64),
            )
            extra = {k: float(data[k]) for k in data.files if k not in {"classes", "features", "weights", "bias"}}
        return model, extra


@lru_cache(maxsize=1)
def load_models() -> tuple[LinearModel, dict[str, float], LinearModel]:
    """(tagger, its decoding settings, technique classifier), loaded once per process."""
    tagger, settings = LinearModel.load(SI_MODEL)
    classifier, _ = LinearModel.load(TC_MODEL)
    return tagger, settings, classifier
