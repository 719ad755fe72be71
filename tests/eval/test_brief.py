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
    # Round s25: what only one outlet states is attributed to it ("Outlet 2 reports that ..."),
    # as issue 15 asks, and the references never name an outlet: 0.2678 / 0.3755 / 0.1867. The
    # same briefs with those frames taken out score 0.2763 / 0.3891 / 0.1899, above round s24, so
    # the content chosen did not get worse; ROUGE-L and ROUGE-1 were re-pinned once, under the
    # frames' cost, with the reason in docs/eval-brief.md. ROUGE-2 is raised. Round s33 (a title
    # cut with its article): 0.2688 / 0.3766 / 0.1875; the floors are raised to below that.
    metrics = evaluate("brief", eval_dir / NEUS, limit=8)
    assert metrics["items"] == 8 and metrics["empty_briefs"] == 0
    assert metrics["score"] == metrics["rougeL_f1"] >= 0.268
    assert metrics["rouge1_f1"] >= 0.376
    assert metrics["rouge2_f1"] >= 0.187
    assert metrics["loaded_per_100_words_brief"] < metrics["loaded_per_100_words_inputs"]
