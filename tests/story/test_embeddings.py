import numpy as np

from storylens.story.embeddings import EMBEDDING_DIM, embed


def test_vectors_are_normalised_and_close_for_paraphrases():
    vectors = embed(["Wagner took control of Rostov-on-Don", "Wagner seized the city of Rostov-on-Don", "Gold prices fell"])
    assert vectors.shape == (3, EMBEDDING_DIM)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2] + 0.2


def test_no_texts_gives_an_empty_matrix():
    assert embed([]).shape == (0, EMBEDDING_DIM)
