import numpy as np

from storylens.story.embeddings import EMBEDDING_DIM, embed


def test_vectors_are_normalised_and_close_for_paraphrases():
    vectors = embed(["Wagner took control of Rostov-on-Don", "Wagner seized the city of Rostov-on-Don", "Gold prices fell"])
    assert vectors.shape == (3, EMBEDDING_DIM)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2] + 0.2


def test_no_texts_gives_an_empty_matrix():
    assert embed([]).shape == (0, EMBEDDING_DIM)


def test_sentence_vectors_are_those_of_embed_and_kept_within_a_bound(monkeypatch):
    from storylens.story import embeddings

    monkeypatch.setattr(embeddings, "SENTENCE_CACHE_SIZE", 2)
    texts = ["The ferry left Harlow at dawn.", "Three crew were rescued.", "The ferry left Harlow at dawn."]
    vectors = embeddings.embed_sentences(texts)
    assert vectors.shape == (3, EMBEDDING_DIM)
    assert np.allclose(vectors, embed(texts), atol=1e-5)
    again = embeddings.embed_sentences(["A third sentence about the pier.", texts[1]])
    assert np.allclose(again[1], vectors[1], atol=1e-6)
    assert len(embeddings._sentence_vectors) <= 2
    assert embeddings.embed_sentences([]).shape == (0, EMBEDDING_DIM)
