"""The learned attribution scorer: which (cue, content) candidates of :mod:`.arguments` are
attributions. A logistic regression over the candidates' string features, what their cue word
means (:mod:`.cue_meaning`: WordNet's reading, and the cue word's own learned score when the
artefact holds a cue-word part) and the MiniLM vectors of their cue and argument words
(:mod:`.word_vectors`, when the model has a dense part), trained by scripts/train_attribution.py
on PolNeAR's train part only, stored as plain arrays in nlp/data/attribution.npz (the format of
:class:`storylens.nlp.propaganda_model.LinearModel`, with ``cue_word_weights`` / ``cue_word_bias``
beside it).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Optional

import numpy as np
from spacy.tokens import Doc

from storylens.nlp.propaganda_model import LinearModel
from storylens.nlp.quotes.arguments import Candidate, candidates, features
from storylens.nlp.quotes.cue_meaning import CueWordScorer, WordKey, meaning_features, word_key
from storylens.nlp.quotes.word_vectors import dense_rows

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "attribution.npz"
# Used when the model file carries no threshold of its own.
DEFAULT_THRESHOLD = 0.5


# A model set by use_model (the training script trying thresholds) instead of the shipped one.
_in_use: list[tuple[LinearModel, float, Optional[CueWordScorer]]] = []


def load_cue_words(path: Path) -> Optional[CueWordScorer]:
    """The artefact's cue-word part, None when it has none."""
    with np.load(path) as data:
        if "cue_word_weights" not in data.files:
            return None
        return CueWordScorer(data["cue_word_weights"].astype(np.float32), data["cue_word_bias"].astype(np.float32))


@lru_cache(maxsize=1)
def _shipped() -> tuple[LinearModel, float, Optional[CueWordScorer]]:
    model, extra = LinearModel.load(MODEL_PATH)
    return model, float(extra.get("threshold", DEFAULT_THRESHOLD)), load_cue_words(MODEL_PATH)


def load_model() -> tuple[LinearModel, float, Optional[CueWordScorer]]:
    return _in_use[0] if _in_use else _shipped()


def use_model(
    model: LinearModel | None, threshold: float = DEFAULT_THRESHOLD, cue_words: Optional[CueWordScorer] = None
) -> None:
    """Score with ``model``, ``threshold`` and ``cue_words`` from now on (None: the shipped model
    again)."""
    _in_use[:] = [] if model is None else [(model, threshold, cue_words)]


def candidate_features(
    candidate: Candidate, in_quote: set[int] | frozenset[int], word_scores: Optional[dict[WordKey, float]] = None
) -> list[str]:
    """What the model weighs: the candidate's string features and what its cue word means."""
    return features(candidate, in_quote) + meaning_features(candidate, word_scores)


def scored_candidates(doc: Doc, in_quote: set[int]) -> list[tuple[Candidate, float]]:
    """Every candidate of the Doc with the model's probability that it is an attribution."""
    found = list(candidates(doc))
    if not found:
        return []
    model, _, cue_words = load_model()
    # The article's cue words are embedded in one batch (each once per process).
    word_scores = cue_words.scores(word_key(c) for c in found) if cue_words is not None else None
    dense = dense_rows(found) if model.dense_weights is not None else None
    probabilities = model.scores([candidate_features(c, in_quote, word_scores) for c in found], dense)
    return list(zip(found, (float(p) for p in probabilities)))


def threshold() -> float:
    return load_model()[1]
