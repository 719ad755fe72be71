"""The learned attribution scorer: which (cue, content) candidates of :mod:`.arguments` are
attributions. A logistic regression over the candidates' string features and the MiniLM vectors
of their cue and argument words (:mod:`.word_vectors`, when the model has a dense part), trained by
scripts/train_attribution.py on PolNeAR's train part only, stored as plain arrays in
nlp/data/attribution.npz (the format of :class:`storylens.nlp.propaganda_model.LinearModel`).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from storylens.nlp.propaganda_model import LinearModel
from storylens.nlp.quotes.arguments import Candidate, candidates, features
from storylens.nlp.quotes.word_vectors import dense_rows

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "attribution.npz"
# Used when the model file carries no threshold of its own.
DEFAULT_THRESHOLD = 0.5


# A model set by use_model (the training script trying thresholds) instead of the shipped one.
_in_use: list[tuple[LinearModel, float]] = []


@lru_cache(maxsize=1)
def _shipped() -> tuple[LinearModel, float]:
    model, extra = LinearModel.load(MODEL_PATH)
    return model, float(extra.get("threshold", DEFAULT_THRESHOLD))


def load_model() -> tuple[LinearModel, float]:
    return _in_use[0] if _in_use else _shipped()


def use_model(model: LinearModel | None, threshold: float = DEFAULT_THRESHOLD) -> None:
    """Score with ``model`` and ``threshold`` from now on (None: the shipped model again)."""
    _in_use[:] = [] if model is None else [(model, threshold)]


def scored_candidates(doc: Doc, in_quote: set[int]) -> list[tuple[Candidate, float]]:
    """Every candidate of the Doc with the model's probability that it is an attribution."""
    found = list(candidates(doc))
    if not found:
        return []
    model, _ = load_model()
    dense = dense_rows(found) if model.dense_weights is not None else None
    probabilities = model.scores([features(c, in_quote) for c in found], dense)
    return list(zip(found, (float(p) for p in probabilities)))


def threshold() -> float:
    return load_model()[1]
