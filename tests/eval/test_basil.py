"""BASIL scorer: reading the lexical-bias spans, and the eval gate on a sample."""

import pytest

from storylens.eval.basil import read_basil

# Pinned floor on the first 15 annotated articles (measured 0.0089, see docs/eval-propaganda.md);
# raise it when the loaded-language model improves, never lower it to make a change pass.
FLOOR = 0.007


@pytest.fixture(scope="module")
def basil_dir(eval_dir):
    return eval_dir / "basil"


def test_lexical_spans_are_placed_in_the_article_text(basil_dir):
    articles = read_basil(basil_dir)
    spans = [(a, s) for a in articles for s in a.lexical]
    assert len(spans) > 100
    for article, (start, end) in spans[:50]:
        assert 0 <= start < end <= len(article.text)
        assert article.text[start:end].strip()


def test_basil_floor(basil_dir):
    from storylens.eval.basil import evaluate

    scores = evaluate(basil_dir, limit=15)
    assert scores["score"] >= FLOOR, scores
    assert scores["gold_spans"] > 0
