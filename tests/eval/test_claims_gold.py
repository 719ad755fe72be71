"""The cross-outlet claims gold (six BASIL stories): the scorer on a story made here, and the
CI gate on the shipped model.

The shipped link scorer is trained on these six stories, so the gate's figures are in-sample; the
honest ones are leave-one-story-out, printed by scripts/train_claim_linker.py and written in
docs/eval-claims.md. The gate is there to catch regressions, not to claim the figures."""

from collections import Counter

from storylens.eval import evaluate
from storylens.eval.claims import Evidence, GoldFact, metrics, score_story
from storylens.records import Article, Claim, Omission, SourceRef, Span, Story

CLAIMS_GOLD = "claims_gold"


def _story(claims, omissions=()):
    text = "A did one thing. B did another thing. C did a third thing."
    articles = [Article(id=a, source=f"{a}.txt", text=text, outlet=a.upper()) for a in ("x", "y")]
    return Story(id="s", title="t", articles=articles, claims=claims, omissions=list(omissions))


def _ref(article, start, end):
    return SourceRef(article, article.upper(), Span(article, start, end, "?"))


def test_scorer_counts_links_statuses_and_omissions():
    facts = [
        GoldFact("F1", "corroborated", [Evidence("F1", "x", "X", 0, 16, "reports"), Evidence("F1", "y", "Y", 0, 16, "reports")]),
        GoldFact("F2", "contested", [Evidence("F2", "x", "X", 17, 37, "reports"), Evidence("F2", "y", "Y", 17, 37, "disputes")]),
    ]
    one = Claim("c1", "A did one thing", "corroborated", [_ref("x", 0, 16), _ref("y", 0, 16)])
    # a claim that wrongly joins F1 of x with F2 of y, and says y omits it
    wrong = Claim("c2", "mixed", "contested", [_ref("x", 2, 10), _ref("y", 20, 30)])
    counts = score_story(_story([one, wrong], [Omission("Y", "c2")]), facts)
    figures = metrics(counts)
    assert counts["recall_pairs"] == 2 and counts["recall_linked"] == 1
    assert counts["linked_pairs"] == 2 and counts["linked_same_fact"] == 1
    assert figures["link_recall"] == 0.5 and figures["link_precision"] == 0.5
    assert counts["status_right"] == 2  # F1 corroborated by c1; F2's best claim c2 is contested
    assert counts["false_omissions"] == 1  # Y reports F2, which c2 covers
    assert metrics(Counter())["score"] == 0.0


def test_claims_gold_gate(eval_dir):
    # Measured in-sample with the shipped model in round s23 (docs/eval-claims.md): link F1 0.578,
    # recall 0.604, precision 0.554, status accuracy 0.821, 6 of 7 contested found, no false
    # conflict, no false omission. F1 and precision were re-pinned once from 0.585 / 0.57, which had
    # been measured in the one article order the scorer was trained on (claims are now order-free).
    # Round s24 (disputes within linked claims, the measured-thing guard): F1 0.584, recall 0.608,
    # precision 0.561, status 0.839, contested 6, no false conflict or omission.
    # Round s30 (actors: names found again, official place names joined): status 0.845.
    # Round s38 (a negated verb above someone else's saying leaves it said): F1 0.593, recall
    # 0.615, precision 0.572, status 0.851.
    figures = evaluate("claims", eval_dir / CLAIMS_GOLD)
    assert figures["stories"] == 6 and figures["evidence_not_found"] == 0
    assert figures["score"] >= 0.59
    assert figures["link_recall"] >= 0.61
    assert figures["link_precision"] >= 0.57
    assert figures["status_accuracy"] >= 0.85
    assert figures["contested_found"] >= 6
    assert figures["false_omissions"] == 0
    assert figures["false_conflicts"] == 0
