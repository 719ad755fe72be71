"""The small linear models behind loaded-language spans, and the features they read.

Two models trained by scripts/train_propaganda.py on the PTC corpus (SemEval-2020 Task 11):
- a token tagger: is this token inside a propaganda span? (span identification, SI)
- a span classifier: which of the 14 techniques does this span use? (technique classification, TC)

Both read sparse string features (words, neighbours, character n-grams) plus dense MiniLM
vectors (storylens.nlp.contextual): string features alone memorise the small training part,
while contextual vectors carry what a word means in its sentence. The shipped tagger is a
logistic regression over the sparse features; the training script can instead fit a one-hidden-
layer MLP over [word vector, sentence vector] added to the sparse score (`--tagger mlp`: better
PTC span F1, but it moves the brief's clause choice below its eval gate, see
docs/eval-propaganda.md). The classifier is a logistic regression over sparse features, span
vectors and repetition/length numbers. They are
stored as plain arrays in one compressed .npz file each (no pickles: plain arrays load the same
with any library version, and stay small). The feature functions live here so training and
inference cannot drift apart.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

import re

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


def normalised(text: str) -> str:
    """Lower-case words only: "Fake news!" and "fake  news" count as the same phrase."""
    return " ".join(re.findall(r"\w+", text.lower()))


def repetition_count(text: str, start: int, end: int) -> int:
    """How many times the span's words occur elsewhere in the article, as a whole-word phrase
    (the Repetition technique is a phrase said again; top SemEval-2020 systems counted this).
    "evil evil" holds "evil" twice though the two share a word boundary."""
    phrase = normalised(text[start:end]).split()
    if not phrase:
        return 0
    words, positions = _word_positions(text)
    occurrences = sum(1 for i in positions.get(phrase[0], ()) if words[i : i + len(phrase)] == phrase)
    return max(0, occurrences - 1)


@lru_cache(maxsize=4)
def _word_positions(text: str) -> tuple[list[str], dict[str, list[int]]]:
    """The article's normalised words and where each stands, built once per article: a span's
    phrase is looked for only where its first word is, not by a scan of the text per span."""
    words = normalised(text).split()
    positions: dict[str, list[int]] = defaultdict(list)
    for i, word in enumerate(words):
        positions[word].append(i)
    return words, dict(positions)


def span_numbers(text: str, start: int, end: int, n_words: int, span_vector: np.ndarray, others: np.ndarray) -> list[float]:
    """Numeric features of a span: repetition (exact phrase count; closest other sentence by
    MiniLM cosine and how many are near-paraphrases, for repetition in other words) and length."""
    repeats = repetition_count(text, start, end)
    sims = others @ span_vector if len(others) else np.zeros(1, dtype=np.float32)
    return [
        float(np.log1p(repeats)),
        float(repeats >= 1),
        float(np.max(sims)),
        float(np.sum(sims > 0.8)),
        float(np.log1p(n_words)),
        float(np.log1p(end - start)),
    ]


def tagger_dense(word_vectors: np.ndarray, sentence_vectors: np.ndarray, sentence_ids: Sequence[int]) -> np.ndarray:
    """Dense tagger input per token: its contextual vector and its sentence's vector."""
    return np.hstack([word_vectors, sentence_vectors[list(sentence_ids)]])


def span_sentence_view(sentence_vectors: np.ndarray, loaded: Iterable[int]) -> np.ndarray:
    """The sentence vectors the span classifier sees, in training and in use alike: those of the
    sentences that hold a span (``loaded``), the others zero, so that ``span_dense`` compares a
    span with the article's other loaded sentences."""
    return sentence_vectors * np.isin(np.arange(len(sentence_vectors)), sorted(loaded))[:, None]


def span_dense(
    text: str,
    start: int,
    end: int,
    first: int,
    last: int,
    word_vectors: np.ndarray,
    sentence_vectors: np.ndarray,
    sentence: int,
    span_vector: np.ndarray,
) -> np.ndarray:
    """Dense classifier input of a span (characters start:end, words first:last in sentence
    ``sentence``): span_numbers, mean contextual vector of its words, its sentence's vector and
    the MiniLM vector of the span text alone (the technique shows in both span and context)."""
    loaded = sentence_vectors.any(axis=1)
    if 0 <= sentence < len(loaded):
        loaded[sentence] = False
    others = np.flatnonzero(loaded)
    inside = word_vectors[first:last].mean(axis=0) if last > first else np.zeros(word_vectors.shape[1], np.float32)
    numbers = span_numbers(text, start, end, last - first, span_vector, sentence_vectors[others])
    return np.concatenate([np.array(numbers, np.float32), inside, sentence_vectors[sentence], span_vector])


DENSE_ARRAYS = ("dense_weights", "dense_mean", "dense_scale", "hidden_weights", "hidden_bias")


@dataclass
class LinearModel:
    """Logits = sparse string-feature weights (classes x features) + bias, plus optionally a dense
    part: the input standardised with dense_mean/dense_scale, passed through one ReLU layer
    (hidden_weights, hidden x inputs) when there is one, then dense_weights (classes x width)."""

    classes: list[str]
    vocabulary: dict[str, int]
    weights: np.ndarray
    bias: np.ndarray
    dense_weights: np.ndarray | None = None
    dense_mean: np.ndarray | None = None
    dense_scale: np.ndarray | None = None
    hidden_weights: np.ndarray | None = None
    hidden_bias: np.ndarray | None = None

    def scores(self, rows: list[list[str]], dense: np.ndarray | None = None) -> np.ndarray:
        """Class probabilities per row (binary models: probability of the positive class);
        ``dense`` (rows x inputs) is required when the model has a dense part."""
        out = np.tile(self.bias, (len(rows), 1)).astype(np.float64)
        for r, row in enumerate(rows):
            indices = [self.vocabulary[f] for f in row if f in self.vocabulary]
            if indices:
                out[r] += self.weights[:, indices].sum(axis=1)
        if self.dense_weights is not None and len(rows):
            x = (np.asarray(dense, dtype=np.float32) - self.dense_mean) / self.dense_scale
            if self.hidden_weights is not None:
                x = np.maximum(x @ self.hidden_weights.T + self.hidden_bias, 0.0)
            out += x @ self.dense_weights.T
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
            # weight matrices in half precision (the size), standardisation and biases in full
            **{
                k: getattr(self, k).astype(np.float16 if k.endswith("weights") else np.float32)
                for k in DENSE_ARRAYS
                if getattr(self, k) is not None
            },
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
                **{k: data[k].astype(np.float32) for k in DENSE_ARRAYS if k in data.files},
            )
            known = {"classes", "features", "weights", "bias", *DENSE_ARRAYS}
            extra = {k: float(data[k]) for k in data.files if k not in known}
        return model, extra


@lru_cache(maxsize=1)
def load_models() -> tuple[LinearModel, dict[str, float], LinearModel]:
    """(tagger, its decoding settings, technique classifier), loaded once per process."""
    tagger, settings = LinearModel.load(SI_MODEL)
    classifier, _ = LinearModel.load(TC_MODEL)
    return tagger, settings, classifier
