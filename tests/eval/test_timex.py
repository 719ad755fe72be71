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


def test_the_error_listing_accounts_for_every_point_lost(eval_dir, tmp_path):
    import json

    listing = tmp_path / "errors.jsonl"
    scores = evaluate("timex", need(eval_dir / "tempeval3"), sample=12, seed=5, errors=listing)
    errors = [json.loads(line) for line in listing.read_text(encoding="utf-8").splitlines()]
    kinds = {k: sum(e["kind"] == k for e in errors) for k in ("missed", "other_value", "spurious")}
    assert sum(kinds.values()) == len(errors) and errors
    # Gold expressions without our value are exactly the missed ones and those valued otherwise.
    correct = scores["value_recall"] * scores["gold_timexes"]
    assert round(scores["gold_timexes"] - correct) == kinds["missed"] + kinds["other_value"]
    assert scores["errors_annotated_elsewhere"] == sum(e["annotated_elsewhere"] for e in errors)
    for error in errors:
        assert error["text"].strip() and error["context"]
        assert (error["our_value"] is None) == (error["kind"] == "missed")


def test_values_compare_across_documents_by_their_relation_to_the_creation_date():
    from storylens.eval.timex import relation_to_creation

    assert relation_to_creation("2023-06-22", "2023-06-23") == "day-1"
    assert relation_to_creation("1998-W34", "1998-08-18") == "week+0"
    assert relation_to_creation("2000-W7", "2000-02-24") == "week-1"  # unpadded weeks too
    assert relation_to_creation("1988-10", "1989-10-26") == "month-12"
    assert relation_to_creation("1988", "1989-10-26") == "year-1"
    assert relation_to_creation("P1W", "1989-10-26") == "P1W" and relation_to_creation("PAST_REF", None) == "PAST_REF"


def test_week_relations_hold_across_a_53_week_year():
    from storylens.eval.timex import relation_to_creation

    assert relation_to_creation("1998-W53", "1999-01-04") == "week-1"  # 1998 has 53 ISO weeks
    assert relation_to_creation("1999-W01", "1999-01-04") == "week+0"
