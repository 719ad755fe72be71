"""The word scorer the judging-noun and judging-modifier scorers share: one MiniLM batch for
the words not scored yet, scores the same as one word at a time, a bounded table."""

from __future__ import annotations

import numpy as np
import pytest

from storylens.nlp.loaded_rules.modifiers import MODEL as MODIFIERS
from storylens.nlp.loaded_rules.nouns import MODEL as NOUNS
from storylens.nlp.loaded_rules.word_scorer import WordScorer


@pytest.mark.parametrize("model", [NOUNS, MODIFIERS])
def test_a_batch_scores_each_word_as_it_scores_it_alone(model):
    words = ["brutal", "wooden", "Cowards", "neighbours"]
    together = WordScorer(model)
    together.score_words(words)
    for word in words:
        assert together.score(word) == pytest.approx(WordScorer(model).score(word), abs=1e-5)


def test_each_scorer_reads_its_own_weights():
    assert WordScorer(NOUNS).score("lackeys") != pytest.approx(WordScorer(MODIFIERS).score("lackeys"), abs=1e-6)


def test_the_table_of_scores_stays_bounded():
    scorer = WordScorer(NOUNS, kept=4)
    scorer.score_words(["aa", "bb", "cc", "dd"])
    scorer.score_words(["ee", "ff"])
    assert len(scorer._scores) <= 4
    assert scorer.score("ee") == pytest.approx(WordScorer(NOUNS).score("ee"), abs=1e-5)


def test_the_table_of_word_vectors_stays_bounded_and_answers_every_word():
    from storylens.nlp.loaded_rules import word_scorer

    vectors = word_scorer.word_vectors(["quayside", "gangway", "bollard"], kept=2)
    assert len(word_scorer._vectors) <= 2
    assert vectors.shape == (3, 384) and all(np.linalg.norm(v) > 0.99 for v in vectors)
    assert np.allclose(word_scorer.word_vectors(["bollard"])[0], vectors[2], atol=1e-5)
