"""The NeuS/AllSides scorer on a sample of the val split: a ROUGE floor and fewer loaded terms than the inputs."""

from storylens.eval import evaluate
from storylens.eval.brief import parse_item, read_split

NEUS = "neus_allsides"


def test_items_are_read_as_titled_articles(eval_dir):
    items = read_split(eval_dir / NEUS, "val")
    articles, target = items[0]
    assert len(articles) >= 2 and all(body for _, body in articles)
    assert target and "TITLE=>" not in target
    assert parse_item("TITLE=> A title. ARTICLE=> The body.") == ("A title.", "The body.")


def test_brief_eval_gate(eval_dir):
    # Measured on these 8 items (2026-12-05, round s24: citations by evidence, judging modifiers
    # cut, fragments out): ROUGE-L F1 0.2722, ROUGE-1 F1 0.3833, ROUGE-2 F1 0.1821; loaded terms
    # 0.27 vs 0.92 per 100 words (round s23: 0.2704 / 0.3794 / 0.1769, 0.90 loaded).
    metrics = evaluate("brief", eval_dir / NEUS, limit=8)
    assert metrics["items"] == 8 and metrics["empty_briefs"] == 0
    assert metrics["score"] == metrics["rougeL_f1"] >= 0.271
    assert metrics["rouge1_f1"] >= 0.382
    assert metrics["rouge2_f1"] >= 0.181
    assert metrics["loaded_per_100_words_brief"] < metrics["loaded_per_100_words_inputs"]
