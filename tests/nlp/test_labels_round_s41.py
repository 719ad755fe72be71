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


def test_so_called_before_an_adjective_and_a_name_labels_the_name(nlp):
    found = _labels(nlp, "The so-called independent Animal Welfare Agency has said nothing.")
    assert any(label == "so-called independent" and target == "Animal Welfare Agency" for label, target, _ in found)


def test_a_plain_adjective_before_a_name_labels_nothing(nlp):
    assert not _labels(nlp, "The independent Animal Welfare Agency has said nothing.")


@pytest.mark.parametrize(
    "text",
    [
        "The park's money-grubbing owners at Fenwright Holdings have cut staff for years.",
        "The money-grubbing owners at Fenwright Holdings have cut staff for years.",
    ],
)
def test_a_definite_group_with_a_judging_compound_modifier_labels_its_side(nlp, text):
    found = _labels(nlp, text)
    assert any(label == "money-grubbing owners" and target == "Fenwright Holdings" for label, target, _ in found), found


def test_a_definite_group_with_a_plain_modifier_labels_nothing(nlp):
    found = _labels(nlp, "The local owners at Fenwright Holdings have cut staff for years.")
    assert not any(target == "Fenwright Holdings" for _, target, _ in found)


def test_a_cabinet_of_judged_people_labels_the_government(nlp):
    found = _labels(nlp, "The government of Marrow ignored the warnings. A cabinet of cronies has ignored every warning.")
    assert any(label == "cabinet of cronies" and target == "Marrow" for label, target, _ in found), found


def test_a_cabinet_of_plain_people_labels_nothing(nlp):
    found = _labels(nlp, "The government of Marrow ignored the warnings. A cabinet of ministers met on Monday.")
    assert not found
