"""Labels of issue 19, round s36, on sentences written for this round (every ministry, town and
group is invented): a partisan word for a side's people in the outlet's own voice, and "so-called
X", are labels of the body they stand for; plain descriptions are none."""

from __future__ import annotations


def _labels(nlp, text: str) -> set[tuple[str, str, str]]:
    doc = nlp(text)
    return {(label.label, label.target, label.kind) for label in doc._.labels or []}


def test_a_judged_plural_subject_at_a_named_body_labels_that_body(nlp):
    found = _labels(nlp, "Faceless officials at the Justice Ministry decided last year to cram 900 men into the prison.")
    assert ("Faceless officials", "Justice Ministry", "characterisation") in found, found


def test_a_judged_plural_subject_at_the_body_the_article_names_labels_it(nlp):
    found = _labels(nlp, "The Justice Ministry runs the prison. Faceless officials at the ministry decided to close the school.")
    assert ("Faceless officials", "Justice Ministry", "characterisation") in found, found


def test_a_judging_noun_for_a_places_people_labels_the_place(nlp):
    found = _labels(nlp, "The ferry line to Tarnholt was cut. Tarnholt bureaucrats want to ban the boats.")
    assert ("bureaucrats", "Tarnholt", "characterisation") in found, found


def test_plain_descriptions_of_a_bodys_people_are_no_label(nlp):
    for text in (
        "The Justice Ministry runs the prison. Officials at the ministry decided to close the school.",
        "The Justice Ministry runs the prison. Senior officials at the ministry decided to close the school.",
        "The ferry line to Tarnholt was cut. Tarnholt residents want to keep the boats.",
    ):
        found = _labels(nlp, text)
        assert not [f for f in found if f[2] == "characterisation"], (text, found)


def test_so_called_before_a_name_is_the_outlets_label_of_it(nlp):
    found = _labels(nlp, "The so-called Penal Reform Circle has said nothing since Saturday.")
    assert ("so-called", "Penal Reform Circle", "characterisation") in found, found
    quoted = _labels(nlp, 'Ada Penn said: "The so-called Penal Reform Circle has said nothing since Saturday."')
    assert not [f for f in quoted if f[0] == "so-called"], quoted
