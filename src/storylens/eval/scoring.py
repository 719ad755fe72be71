"""Arithmetic every scorer shares."""

from __future__ import annotations


def f_score(precision: float, recall: float) -> float:
    """The harmonic mean of precision and recall (F1); 0 when both are 0."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0
