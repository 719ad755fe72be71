"""PTC scorer: the SI metric on hand-made spans, and the eval gate on a sample of the dev part."""

import pytest

from storylens.eval.propaganda import merge_spans, read_ptc, si_scores, split_articles

# Pinned floors on the first 8 dev articles (measured: see docs/eval-propaganda.md);
# raise them when the models improve, never lower them to make a change pass.
# doc_si_f1: the spans as the pipeline reads them against the parsed Doc (issue 19).
# doc_si_f1 includes the evaluative phrases the component applies (0.212 without them) and,
# since issue 19's third round, the judging plural nouns (0.238 without those); since round s28
# it leaves out the spans none of whose words judges (persuasive context, not shown: 0.241 with them).
# Round s29: judging adjectives read by their meaning, figures, charges of deceit, and additions
# inside context spans: 0.269 -> 0.288. Round s30: adjectives judged by WordNet, headline and
# participle readings, verdicts: 0.288 -> 0.301.
FLOORS = {"si_f1": 0.20, "tc_micro_f1": 0.70, "doc_si_f1": 0.30}  # measured 0.217, 0.724 and 0.301


def test_si_partial_credit():
    scores = si_scores({"a": [(0, 10)]}, {"a": [(5, 15)]})
    assert scores["si_precision"] == pytest.approx(0.5)
    assert scores["si_recall"] == pytest.approx(0.5)
    assert scores["si_f1"] == pytest.approx(0.5)


def test_si_merges_overlapping_spans():
    assert merge_spans([(5, 9), (0, 6), (20, 30)]) == [(0, 9), (20, 30)]
    perfect = si_scores({"a": [(0, 6), (5, 9)]}, {"a": [(0, 9)]})
    assert perfect["si_f1"] == pytest.approx(1.0)


def test_split_is_by_article_and_fixed(eval_dir):
    articles = read_ptc(eval_dir / "semeval2020_task11_ptc")
    train, dev = split_articles(articles)
    assert not {a.id for a in train} & {a.id for a in dev}
    assert len(dev) == round(len(articles) * 0.2)
    assert [a.id for a in split_articles(articles)[1]] == [a.id for a in dev]
    article = next(a for a in articles if a.spans)
    start, end, technique = article.spans[0]
    assert 0 <= start < end <= len(article.text) and technique


@pytest.fixture(scope="module")
def dev_sample_scores(eval_dir):
    from storylens.eval.propaganda import evaluate

    return evaluate(eval_dir / "semeval2020_task11_ptc", limit=8)


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_propaganda_floor(dev_sample_scores, metric):
    assert dev_sample_scores[metric] >= FLOORS[metric], dev_sample_scores
    assert dev_sample_scores["score"] == dev_sample_scores["si_f1"]
