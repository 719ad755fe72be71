"""The scorer's dense input: MiniLM vectors of each candidate's cue and argument words."""

from __future__ import annotations

import numpy as np
import pytest

from storylens.nlp.minilm import EMBEDDING_DIM
from storylens.nlp.quotes.arguments import candidates
from storylens.nlp.propaganda_model import LinearModel
from storylens.nlp.quotes import scorer
from storylens.nlp.quotes.word_vectors import BLOCKS, KINDS, argument_kind, dense_rows, word_vectors


def test_cue_vector_sits_in_the_block_of_its_argument_kind(nlp):
    doc = nlp("The harbour master insisted that the pier was safe, and the crews called for calm.")
    found = list(candidates(doc))
    rows = dense_rows(found)
    assert rows.shape == (len(found), len(BLOCKS) * EMBEDDING_DIM)
    block = lambda row, name: row[BLOCKS.index(name) * EMBEDDING_DIM : (BLOCKS.index(name) + 1) * EMBEDDING_DIM]  # noqa: E731
    by_cue = {(c.cue.lower_, argument_kind(c)): (c, row) for c, row in zip(found, rows)}
    insisted, row = by_cue[("insisted", "clause")]
    assert np.allclose(block(row, "cue"), word_vectors(["insist"])[0])
    assert np.allclose(block(row, "cue|clause"), block(row, "cue"))
    assert not block(row, "cue|object").any() and not block(row, "cue|preposition").any()
    assert np.allclose(block(row, "argument"), word_vectors([insisted.argument.lemma_.lower()])[0])
    _, row = by_cue[("called", "preposition")]
    assert np.allclose(block(row, "cue|preposition"), word_vectors(["call"])[0])
    assert set(KINDS) == {"clause", "object", "preposition"}


def test_cues_of_like_meaning_get_near_vectors():
    # What lets a rarely seen cue borrow from common ones of the same meaning.
    contend, assert_, flood = word_vectors(["contend", "assert", "flood"])
    assert contend @ assert_ > contend @ flood
    assert not word_vectors([""]).any()


def test_a_scorer_with_a_dense_part_weighs_the_cue_by_its_meaning(nlp):
    # A model that knows one cue, "insist", by its vector alone: a cue of like meaning it never
    # saw ("contended") scores above an event verb ("flooded").
    weights = np.zeros((1, len(BLOCKS) * EMBEDDING_DIM), dtype=np.float32)
    weights[0, :EMBEDDING_DIM] = 8 * word_vectors(["insist"])[0]
    model = LinearModel(
        ["attribution"], {}, np.zeros((1, 0), dtype=np.float32), np.zeros(1), dense_weights=weights,
        dense_mean=np.zeros(weights.shape[1], dtype=np.float32), dense_scale=np.ones(weights.shape[1], dtype=np.float32),
    )
    doc = nlp("The council contended that the levee held. The river flooded the lower town.")
    scorer.use_model(model, 0.5)
    try:
        scored = {c.cue.lower_: p for c, p in scorer.scored_candidates(doc, set())}
    finally:
        scorer.use_model(None)
    assert scored["contended"] > scored["flooded"]


def test_the_quotes_and_the_judging_word_scorers_read_one_table_of_word_vectors(monkeypatch):
    # A word the judging-noun scorer has embedded is not embedded again for the quotes' scorer,
    # and the other way round: both read nlp/loaded_rules/word_scorer.py's table.
    from storylens.nlp import minilm
    from storylens.nlp.loaded_rules.nouns import MODEL as NOUNS
    from storylens.nlp.loaded_rules.word_scorer import WordScorer

    nouns = WordScorer(NOUNS)
    nouns.score("wharfingers")
    word_vectors(["harbourmistress"])

    def no_embedding(texts, **_):
        raise AssertionError(f"embedded again: {texts}")

    monkeypatch.setattr(minilm, "embed", no_embedding)
    wharfingers, harbourmistress = word_vectors(["wharfingers", "harbourmistress"])
    weights, bias = nouns._weights
    assert WordScorer(NOUNS).score("harbourmistress") == pytest.approx(1 / (1 + np.exp(-(harbourmistress @ weights + bias))), abs=1e-6)
    assert nouns.score("wharfingers") == pytest.approx(1 / (1 + np.exp(-(wharfingers @ weights + bias))), abs=1e-6)
