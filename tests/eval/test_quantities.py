"""The eval gate on NewsQuant: value F1 on a fixed sample must not drop below its pinned floor."""

import pytest

from storylens.eval.quantities import _gold_value, _values_equal, evaluate

# Pinned floors (measured on this sample, then set slightly below): raise them, never lower them.
SAMPLE, FLOOR_VALUE_F1, FLOOR_VALUE_UNIT_F1 = 60, 0.78, 0.55


@pytest.fixture(scope="module")
def metrics(eval_dir):
    from conftest import need

    return evaluate(need(eval_dir / "cqe_newsquant"), sample=SAMPLE, seed=0, baseline=True)


def test_value_f1_floor(metrics):
    assert metrics["score"] == metrics["value_f1"] >= FLOOR_VALUE_F1, metrics


def test_value_unit_f1_floor(metrics):
    assert metrics["value_unit_f1"] >= FLOOR_VALUE_UNIT_F1, metrics


def test_beats_quantulum3_alone(metrics):
    assert metrics["value_f1"] > metrics["quantulum3_value_f1"], metrics


def test_gold_values_parse_ranges_and_exponents():
    assert _gold_value("750000.0-1000000.0") == (750000.0, 1000000.0)
    assert _gold_value("-5.0") == -5.0
    assert _gold_value("1.99E-5") == pytest.approx(1.99e-5)
    assert _values_equal((1.0, 2.0), (1.0, 2.0)) and not _values_equal(1.0, (1.0, 2.0))
