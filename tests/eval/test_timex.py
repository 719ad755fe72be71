"""Eval gate: TempEval-3 time expressions on a sample of TBAQ-cleaned."""

from conftest import need

from storylens.eval import evaluate
from storylens.eval.timex import read_timeml


def test_timeml_reader_keeps_offsets(eval_dir):
    data = need(eval_dir / "tempeval3")
    path = sorted(data.rglob("*.tml"))[0]
    document = read_timeml(path)
    assert document.creation_date and len(document.creation_date) == 10
    assert document.timexes
    for start, end, value in document.timexes:
        assert document.text[start:end].strip() and value


def test_value_f1_on_a_sample_stays_above_its_floor(eval_dir):
    scores = evaluate("timex", need(eval_dir / "tempeval3"), sample=25, seed=3)
    assert scores["score"] == scores["value_f1"]
    assert scores["strict_f1"] >= 0.87
    assert scores["relaxed_f1"] >= 0.92
    assert scores["value_f1"] >= 0.81
