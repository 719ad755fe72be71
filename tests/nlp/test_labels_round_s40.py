"""Labels of issue 19, round s40, on sentences written for this round (every country, town and
government is invented): a partisan word for officials "in" a town stands for the government the
article names, not for the town; "a government of <insult>" in a predicate labels that
government."""

from __future__ import annotations

import pytest


def _labels(nlp, text: str) -> set[tuple[str, str, str]]:
    doc = nlp(text)
    return {(label.label, label.target, label.kind) for label in doc._.labels or []}


GOVERNMENT = "The government of Caldora ignored the warnings. "


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # judged officials "in" a town stand for the government the article names, not the town
        ("Faceless officials in Velbury robbed the guards of the staff they had begged for.", "Faceless officials"),
        # "a government of <insult>" in a predicate labels that government
        ("The theft is the latest humiliation for a government of culture vandals.", "government of culture vandals"),
        ("The riot is the latest humiliation for a government of bleeding hearts.", "government of bleeding hearts"),
    ],
)
def test_a_partisan_word_for_officials_or_a_government_labels_the_government_the_article_names(nlp, text, label):
    found = _labels(nlp, GOVERNMENT + text)
    assert (label, "Caldora", "characterisation") in found, found
    assert not [f for f in found if f[1] == "Velbury"], found


def test_judged_officials_in_a_town_of_an_article_with_no_government_label_nobody(nlp):
    found = _labels(nlp, "Faceless officials in Velbury robbed the guards of the staff they had begged for.")
    assert not [f for f in found if f[0] == "Faceless officials"], found


def test_a_government_of_plain_people_or_a_quoted_insult_labels_nobody(nlp):
    for text in (
        "The government of Caldora refused to pay. The theft is a blow for a government of ministers.",
        'The government of Caldora refused to pay. "This is a government of culture vandals," the critic said.',
    ):
        found = _labels(nlp, text)
        assert not [f for f in found if f[0].startswith("government of")], (text, found)


def test_what_a_happening_is_called_after_the_object_that_closes_it_labels_no_name(nlp):
    for text in (
        "Thieves have stolen the tiara from our National Museum, the latest humiliation for the ministry.",
        "Thieves have stolen the tiara from our National Museum, a disgrace to the nation.",
    ):
        found = _labels(nlp, text)
        assert not [f for f in found if f[1] == "National Museum" and f[2] == "apposition"], (text, found)


def test_an_apposition_that_describes_a_body_or_a_person_stays_a_label(nlp):
    found = _labels(nlp, "Protesters marched to the Penal Reform League, a charity.")
    assert ("charity", "Penal Reform League", "apposition") in found, found
    found = _labels(nlp, "The league blamed Dara Quill, a spokeswoman for the league.")
    assert ("spokeswoman for the league", "Dara Quill", "apposition") in found, found
