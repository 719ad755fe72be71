"""How alike two clauses read once their sentence vectors are mapped to what their verbs mean.

MiniLM reads a clause by its scene: "the crew were discharged from the clinic" sits nearer "were
admitted to the clinic" than "have gone home". The adapter, a linear map of the MiniLM sentence
vector fitted by ``scripts/train_predicate_adapter.py`` on WordNet alone (example sentences of a
verb sense with the verb swapped for a synonym or hypernym, against the same sentence with an
antonym or a sister term), weighs the directions that change with the verb's meaning over those
that change with the scene. The claims scorer reads the cosine of two mapped clause vectors.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np

ADAPTER_PATH = Path(__file__).parent / "data" / "predicate_adapter.npz"


@lru_cache(maxsize=1)
def _weights(path: Path = ADAPTER_PATH) -> np.ndarray:
    with np.load(path) as data:
        return data["weights"].astype(np.float32)


def adapt(vectors: np.ndarray, path: Path = ADAPTER_PATH) -> np.ndarray:
    """Unit-length mapped vectors, one row per MiniLM vector (rows of zeros stay zeros)."""
    mapped = np.asarray(vectors, dtype=np.float32) @ _weights(path)
    norms = np.linalg.norm(mapped, axis=1, keepdims=True)
    return mapped / np.where(norms > 0, norms, 1.0)


def predicate_similarity(a: np.ndarray, b: np.ndarray, path: Path = ADAPTER_PATH) -> float:
    """Cosine of two MiniLM vectors in the adapter's space."""
    mapped = adapt(np.stack([a, b]), path)
    return float(mapped[0] @ mapped[1])
