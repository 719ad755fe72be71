"""PolNeAR scorer: brat reading, the span metrics, and the eval gate on a dev sample."""

from __future__ import annotations

from pathlib import Path

import pytest

from storylens.eval.attribution import Scorer, Attr, read_ann, split_documents, spread


def test_read_ann_keeps_roles_and_discontinuous_fragments(tmp_path: Path):
    ann = tmp_path / "x_a1.ann"
    ann.write_text(
        "T1\tSource 0 5\tBiden\nT2\tCue 6 10\tsaid\nT3\tContent 11 20;25 30\tsomething else\n"
        "T4\tAttribution 6 10\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
        "T5\tContent 40 50\tno source\nE2\tAttribution-no-source:T5 Content:T5\n",
        encoding="utf-8",
    )
    first, second = read_ann(ann)
    assert first.source == [(0, 5)] and first.cue == [(6, 10)] and first.content == [(11, 20), (25, 30)]
    assert second.source == [] and second.content == [(40, 50)]


def test_scorer_overlap_exact_and_source_accuracy():
    text = "Biden said “we were not involved” on Monday, and more."
    gold = [Attr(content=[(11, 33)], cue=[(6, 10)], source=[(0, 5)])]
    predicted = [Attr(content=[(12, 32)], cue=[(6, 10)], source=[(0, 5)]), Attr(content=[(45, 53)])]
    scorer = Scorer()
    scorer.add(text, predicted, gold)
    m = scorer.metrics()
    assert m["content_recall"] == 1.0 and m["content_precision"] == 0.5
    assert m["content_exact_f1"] == pytest.approx(2 / 3)  # the marks are trimmed before comparing
    assert m["cue_f1"] == 1.0 and m["source_accuracy"] == 1.0


def test_dev_split_and_sample(eval_dir):
    pairs = split_documents(eval_dir / "polnear", "dev")
    assert len(pairs) == 84  # one annotator per article
    sample = spread(pairs, 6)
    assert len(sample) == 6 and len({p[0].name.split("_")[0] for p in sample}) >= 4


def test_eval_gate_on_dev_sample(eval_dir):
    from storylens.eval import evaluate

    m = evaluate("attribution", eval_dir / "polnear", limit=6)
    # Measured 0.8281 content F1 (textacy 0.073), 0.6954 source accuracy on this sample (round s31:
    # datelines out of contents, colon and single-mark quotes; 0.8278 in round s28, Title Case
    # headlines read in the article's casing; 0.8147 / 0.6887 after issue 17; round s35: 0.8283 /
    # 0.6954, its dev gain in right source, 0.7449 -> 0.7464, falls outside this sample).
    assert m["score"] >= 0.828
    assert m["source_accuracy"] >= 0.695
    for key in ("content_f1", "source_f1", "cue_f1", "source_accuracy"):
        assert m[key] > m["textacy_" + key]
