"""Feature functions of the propaganda models: repetition counts, span numbers, dense inputs,
the dense part of LinearModel, and MiniLM word pooling (no transformer needed except the last)."""

from types import SimpleNamespace

import numpy as np
import pytest

from storylens.nlp.contextual import _chunks, pool_pieces
from storylens.nlp.propaganda_model import (
    LinearModel,
    normalised,
    repetition_count,
    span_dense,
    span_numbers,
    tagger_dense,
)


def test_normalised_ignores_case_and_punctuation():
    assert normalised("Fake  NEWS!") == "fake news"


def test_repetition_counts_other_whole_word_occurrences():
    text = "Fake news! They spread fake news again. Fake newsletters are different."
    start = text.index("fake news")
    assert repetition_count(text, start, start + len("fake news")) == 1  # "newsletters" is no match
    assert repetition_count(text, 4, 5) == 0  # a space alone is no phrase


def test_span_numbers_length_and_near_paraphrases():
    vector = np.array([1.0, 0.0], np.float32)
    others = np.array([[1.0, 0.0], [0.0, 1.0]], np.float32)
    numbers = span_numbers("evil evil", 0, 4, 1, vector, others)
    assert numbers[0] == pytest.approx(np.log1p(1)) and numbers[1] == 1.0  # "evil" said once more
    assert numbers[2] == pytest.approx(1.0) and numbers[3] == 1.0  # one sentence says the same
    assert numbers[4] == pytest.approx(np.log1p(1)) and numbers[5] == pytest.approx(np.log1p(4))
    assert span_numbers("evil", 0, 4, 1, vector, np.zeros((0, 2), np.float32))[2] == 0.0


def test_dense_inputs_have_fixed_widths():
    words, sentences = np.ones((3, 4), np.float32), np.eye(2, 4, dtype=np.float32)
    assert tagger_dense(words, sentences, [0, 0, 1]).shape == (3, 8)
    row = span_dense("a b c", 0, 3, 0, 2, words, sentences, 0, np.ones(4, np.float32))
    assert row.shape == (6 + 3 * 4,)
    assert np.allclose(row[6:10], 1.0) and np.allclose(row[10:14], sentences[0])
    empty = span_dense("a b c", 0, 0, 0, 0, words, sentences, 0, np.ones(4, np.float32))
    assert np.allclose(empty[6:10], 0.0)


def test_linear_model_dense_part_and_round_trip(tmp_path):
    model = LinearModel(
        ["propaganda"],
        {"w:evil": 0},
        np.array([[2.0]], np.float32),
        np.array([-1.0]),
        dense_weights=np.array([[1.0, -1.0]], np.float32),
        dense_mean=np.zeros(2, np.float32),
        dense_scale=np.ones(2, np.float32),
        hidden_weights=np.array([[1.0, 0.0], [0.0, 1.0]], np.float32),
        hidden_bias=np.zeros(2, np.float32),
    )
    dense = np.array([[1.0, -5.0], [0.0, 1.0]], np.float32)
    p = model.scores([["w:evil"], ["w:other"]], dense)
    # row 0: -1 + 2 + relu(1) - relu(-5) = 2; row 1: -1 + 0 + 0 - 1 = -2
    assert p == pytest.approx(1 / (1 + np.exp([-2.0, 2.0])))
    model.save(tmp_path / "m.npz", threshold=0.3)
    loaded, extra = LinearModel.load(tmp_path / "m.npz")
    assert extra == {"threshold": pytest.approx(0.3)}
    assert loaded.scores([["w:evil"], ["w:other"]], dense) == pytest.approx(p, abs=1e-3)


def test_pool_pieces_averages_the_pieces_of_each_word():
    words = [SimpleNamespace(start=10, end=15), SimpleNamespace(start=16, end=18)]
    offsets = [(0, 0), (0, 3), (3, 5), (6, 8), (0, 0)]  # [CLS] "dem" "on" "is" [SEP], relative to 10
    states = np.arange(10, dtype=np.float32).reshape(5, 2)
    pooled = pool_pieces(offsets, states, words, 10)
    assert pooled[0] == pytest.approx(states[1:3].mean(axis=0))
    assert pooled[1] == pytest.approx(states[3])


def test_long_sentences_are_cut_at_word_boundaries():
    assert _chunks(list(range(5)), [150, 40, 30, 250, 1]) == [(0, 2), (2, 3), (3, 4), (4, 5)]


def test_encode_words_matches_sentence_embeddings():
    from storylens.nlp.contextual import encode_words
    from storylens.story.embeddings import embed

    text = "The regime lies. Peace talks resumed."
    words = []
    for n, sentence in enumerate(("The regime lies .", "Peace talks resumed .")):
        for token in sentence.split():
            start = text.index(token, words[-1].end if words else 0)
            words.append(SimpleNamespace(text=token, start=start, end=start + len(token), sentence=n))
    word_vectors, sentence_vectors = encode_words(words, text)
    assert word_vectors.shape == (len(words), 384) and sentence_vectors.shape == (2, 384)
    assert float(sentence_vectors[0] @ embed(["The regime lies."])[0]) == pytest.approx(1.0, abs=1e-3)


def test_encode_sentences_gives_the_chosen_sentences_the_vectors_of_a_full_pass():
    from storylens.nlp.contextual import encode_sentences, encode_words

    text = "The regime lies. Peace talks resumed. Thugs attacked the crowd."
    words = []
    for n, sentence in enumerate(("The regime lies .", "Peace talks resumed .", "Thugs attacked the crowd .")):
        for token in sentence.split():
            start = text.index(token, words[-1].end if words else 0)
            words.append(SimpleNamespace(text=token, start=start, end=start + len(token), sentence=n))
    full_words, full_sentences = encode_words(words, text)
    some_words, some_sentences = encode_sentences(words, text, {0, 2})
    assert some_words.shape == full_words.shape and some_sentences.shape == full_sentences.shape
    for i, word in enumerate(words):
        expected = full_words[i] if word.sentence != 1 else np.zeros(384)
        assert np.allclose(some_words[i], expected, atol=1e-4)
    assert np.allclose(some_sentences[[0, 2]], full_sentences[[0, 2]], atol=1e-4) and not some_sentences[1].any()


def test_repetition_count_by_word_positions_is_the_whole_word_phrase_count():
    """The per-article index gives what a look-around search of the whole normalised text gives
    (its definition), for every span of one to four words of a text that repeats itself."""
    import re

    text = ("Evil evil plans! The evil plan of the evil-doers, the EVIL plan. They call it an evil plan; "
            "evil plans are plans. Evildoers plan evil. Ελλάδα ΟΔΟΣ οδος.")
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    for n in range(1, 5):
        for (start, _), (_, end) in zip(words, words[n - 1:]):
            phrase = normalised(text[start:end])
            found = re.findall(r"(?<!\S)(?=" + re.escape(phrase) + r"(?!\S))", normalised(text)) if phrase else []
            assert repetition_count(text, start, end) == max(0, len(found) - 1), text[start:end]
    start = text.index("evil plan")
    assert repetition_count(text, start, start + len("evil plan")) == 2  # twice more; "evil plans" is another phrase


def test_span_dense_compares_with_the_other_loaded_sentences_only():
    words = np.ones((3, 2), np.float32)
    sentences = np.array([[1.0, 0.0], [0.0, 0.0], [0.0, 1.0]], np.float32)  # sentence 1 holds no span
    row = span_dense("a b c", 0, 1, 0, 1, words, sentences, 0, np.array([0.0, 1.0], np.float32))
    assert row[2] == pytest.approx(1.0) and row[3] == 1.0  # sentence 2 says the same
    row = span_dense("a b c", 0, 1, 0, 1, words, sentences, 0, np.array([1.0, 0.0], np.float32))
    assert row[2] == 0.0 and row[3] == 0.0  # its own sentence is not another one
