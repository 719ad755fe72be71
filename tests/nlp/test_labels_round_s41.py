"""Labels of issue 19, round s41, on sentences written for this round (every person and body is
invented): a title's "of" phrase before a name, a partisan's epithet written as a title
("Minister of Mayhem"), labels the person it titles."""

from __future__ import annotations

import pytest


def _labels(nlp, text: str) -> set[tuple[str, str, str]]:
    doc = nlp(text)
    return {(label.label, label.target, label.kind) for label in doc._.labels or []}


@pytest.mark.parametrize(
    ("text", "label", "target"),
    [
        ("Minister of Mayhem Dora Kellin clung to office on Tuesday.", "Minister of Mayhem", "Dora Kellin"),
        ("Minister of Finance Grace Tolley resigned on Friday.", "Minister of Finance", "Grace Tolley"),
    ],
)
def test_a_titles_of_phrase_labels_the_person_it_titles(nlp, text, label, target):
    assert (label, target, "premodifier") in _labels(nlp, text)
