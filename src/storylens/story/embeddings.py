"""Sentence embeddings for the cross-article steps (clustering, claim alignment, the brief).

The model and `embed` live in the nlp layer (`storylens.nlp.minilm`), which per-article
components share; the story steps import them from here so that they read as story-layer code.
"""

from storylens.nlp.minilm import EMBEDDING_DIM, embed  # noqa: F401
