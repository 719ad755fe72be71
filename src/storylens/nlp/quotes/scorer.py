"""The learned attribution scorer: which (cue, content) candidates of :mod:`.arguments` are
attributions. A logistic regression over the candidates' string features and the MiniLM vectors
of their cue and argument words (:mod:`.word_vectors`, when the model has a dense part), trained by
scripts/train_attribution.py on PolNeAR's train part only, stored as plain arrays in
nlp/data/attribution.npz (the format of :class:`storylens.nlp.propaganda_model.LinearModel`).
When nlp/data/attribution_stacker.npz exists, its trees (:mod:`.stacker`) reweigh the linear
probabilities by the candidate's sentence (:mod:`.context`), and its threshold is the one used.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np
from spacy.tokens import Doc

from storylens.nlp.propaganda_model import LinearModel
from storylens.nlp.quotes.arguments import Candidate, candidates, features
from storylens.nlp.quotes.context import context_rows, sentence_texts
from storylens.nlp.quotes.stacker import Stacker
from storylens.nlp.quotes.word_vectors import dense_rows

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "attribution.npz"
STACKER_PATH = MODEL_PATH.with_name("attribution_stacker.npz")
# Used when the model file carries no threshold of its own.
DEFAULT_THRESHOLD = 0.5


# Models set by use_model (the training script trying thresholds) instead of the shipped ones.
_in_use: list[tuple[LinearModel, float, Stacker | None]] = []


@lru_cache(maxsize=1)
def _shipped() -> tuple[LinearModel, float, Stacker | None]:
    model, extra = LinearModel.load(MODEL_PATH)
    stacker = Stacker.load(STACKER_PATH) if STACKER_PATH.exists() else None
    return model, float(extra.get("threshold", DEFAULT_THRESHOLD)), stacker


def _models() -> tuple[LinearModel, float, Stacker | None]:
    return _in_use[0] if _in_use else _shipped()


def load_model() -> tuple[LinearModel, float]:
    model, linear_threshold, stacker = _models()
    return model, stacker.threshold if stacker is not None else linear_threshold


def use_model(model: LinearModel | None, threshold: float = DEFAULT_THRESHOLD, stacker: Stacker | None = None) -> None:
    """Score with ``model`` (reweighed by ``stacker`` when given) and ``threshold`` from now on
    (None: the shipped models again)."""
    if stacker is not None:
        stacker.threshold = threshold
    _in_use[:] = [] if model is None else [(model, threshold, stacker)]


# Sentence vectors embedded so far, by text (a process reads an article's sentences once, but the
# evaluation and the product may pass one Doc twice); bounded like word_vectors' table.
MAX_CACHED_SENTENCES = 20_000
_sentence_vectors: dict[str, np.ndarray] = {}


def sentence_vectors(texts: list[str]) -> np.ndarray:
    """MiniLM vectors of ``texts``, the ones not seen yet embedded in one batch."""
    from storylens.nlp.minilm import EMBEDDING_DIM, embed

    missing = list(dict.fromkeys(t for t in texts if t not in _sentence_vectors))
    if missing:
        if len(_sentence_vectors) + len(missing) > MAX_CACHED_SENTENCES:
            _sentence_vectors.clear()
        _sentence_vectors.update(zip(missing, embed(missing)))
    if not texts:
        return np.zeros((0, EMBEDDING_DIM), dtype=np.float32)
    return np.vstack([_sentence_vectors[t] for t in texts])


def scored_candidates(doc: Doc, in_quote: set[int]) -> list[tuple[Candidate, float]]:
    """Every candidate of the Doc with the model's probability that it is an attribution."""
    found = list(candidates(doc))
    if not found:
        return []
    model, _, stacker = _models()
    dense = dense_rows(found) if model.dense_weights is not None else None
    probabilities = model.scores([features(c, in_quote) for c in found], dense)
    if stacker is not None:
        categories, numbers = context_rows(doc, found, in_quote)
        vectors = None
        if stacker.uses_sentences:
            texts, rows = sentence_texts(found)
            vectors = sentence_vectors(texts)[rows]
        probabilities = stacker.probabilities(probabilities, categories, numbers, vectors)
    return list(zip(found, (float(p) for p in probabilities)))


def threshold() -> float:
    return load_model()[1]
