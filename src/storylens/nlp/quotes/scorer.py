"""The learned attribution scorer: which (cue, content) candidates of :mod:`.arguments` are
attributions. A logistic regression over the candidates' string features, trained by
scripts/train_attribution.py on PolNeAR's train part only, stored as plain arrays in
nlp/data/attribution.npz (the format of :class:`storylens.nlp.propaganda_model.LinearModel`).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from storylens.nlp.propaganda_model import LinearModel
from storylens.nlp.quotes.arguments import Candidate, candidates, features

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "attribution.npz"
# Used when the model file carries no threshold of its own.
DEFAULT_THRESHOLD = 0.5


@lru_cache(maxsize=1)
def load_model() -> tuple[LinearModel, float]:
    model, extra = LinearModel.load(MODEL_PATH)
    return model, float(extra.get("threshold", DEFAULT_THRESHOLD))


def scored_candidates(doc: Doc, in_quote: set[int]) -> list[tuple[Candidate, float]]:
    """Every candidate of the Doc with the model's probability that it is an attribution."""
    found = list(candidates(doc))
    if not found:
        return []
    model, _ = load_model()
    probabilities = model.scores([features(c, in_quote) for c in found])
    return list(zip(found, (float(p) for p in probabilities)))


def threshold() -> float:
    return load_model()[1]
