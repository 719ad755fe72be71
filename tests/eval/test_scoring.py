import pytest

from storylens.eval.scoring import f_score


def test_f_score_is_the_harmonic_mean_and_zero_without_hits():
    assert f_score(1.0, 0.5) == pytest.approx(2 / 3)
    assert f_score(0.0, 0.0) == 0.0
