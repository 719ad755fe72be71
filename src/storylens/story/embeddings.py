"""Sentence embeddings for the cross-article steps (clustering, claim alignment, the brief).

The model and `embed` live in the nlp layer (`storylens.nlp.minilm`), which per-article
components share; the story steps import them from here so that they read as story-layer code.
`embed_sentences` keeps the vectors of recent sentences: the claims step and the brief both read
every sentence of a story, and MiniLM is the costliest thing either does.
"""

import threading
from collections import OrderedDict

import numpy as np

from storylens.nlp.minilm import EMBEDDING_DIM, embed  # noqa: F401

# About 12 MB of float32 vectors: the sentences of a few hundred articles, bounded so that a
# long-running server does not grow with every story it builds.
SENTENCE_CACHE_SIZE = 8192
_sentence_vectors: "OrderedDict[str, np.ndarray]" = OrderedDict()
_lock = threading.Lock()


def embed_sentences(texts: list[str]) -> np.ndarray:
    """`embed` of ``texts``, each distinct text embedded once, and reusing the vectors of texts
    embedded by an earlier call (most recent kept)."""
    distinct = list(dict.fromkeys(texts))
    with _lock:
        known = {t: _sentence_vectors[t] for t in distinct if t in _sentence_vectors}
    missing = [t for t in distinct if t not in known]
    if missing:
        known.update(zip(missing, embed(missing)))
    with _lock:
        for text in distinct:
            _sentence_vectors[text] = known[text]
            _sentence_vectors.move_to_end(text)
        while len(_sentence_vectors) > SENTENCE_CACHE_SIZE:
            _sentence_vectors.popitem(last=False)
    if not texts:
        return np.zeros((0, EMBEDDING_DIM), dtype=np.float32)
    return np.stack([known[t] for t in texts])
