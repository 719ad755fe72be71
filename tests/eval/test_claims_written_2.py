"""The claims on the second set of stories written for storylens (tests/data/claims_written_2): a
wildfire, a data breach and a disputed vote count, written by someone who had not read the claims
code, with a hand-made gold; never trained on. Floors sit a little under what the code measured
when the set was written (rates 0.02 lower, counts as measured); raise them, never lower them
(docs/eval-claims.md)."""

from storylens.eval import evaluate


def test_second_written_claims_gate(written_claims_2_dir):
    # Measured on 2026-12-05 (docs/eval-claims.md): link F1 0.698 (recall 0.642, precision 0.765),
    # status accuracy 0.579 and 0.544 on two runs of the same links, 2 of 13 contested facts
    # found, 5 false conflicts, no false omission. Round s24 (disputes already linked: a
    # statement taken back, opposite states, denials matched to their fact): F1 0.675 (recall
    # 0.654, precision 0.697), status 0.649, 5 of 13 contested, 2 false conflicts (both figures).
    # Merged with the measured-thing guard on figures: 4 of 13 contested and 1 false conflict; the
    # fifth had been counted found only through a false reason (ballots of one ward against the
    # city's), which the guard removes, so the contested floor is 4, pinned on the merged code.
    figures = evaluate("claims", written_claims_2_dir)
    assert figures["stories"] == 3 and figures["evidence_not_found"] == 0
    assert figures["score"] >= 0.66
    assert figures["link_recall"] >= 0.64
    assert figures["link_precision"] >= 0.69
    assert figures["status_accuracy"] >= 0.63
    assert figures["contested_found"] >= 4
    assert figures["false_conflicts"] <= 1
    assert figures["false_omissions"] == 0
