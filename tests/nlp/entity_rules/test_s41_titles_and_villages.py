"""Names of issue 19, round s41, on sentences written for this round (every person, village and
body is invented): a title's "of" phrase, partisan or not, before a full name is the title's and
not the name's; a capitalised noun for people before a full name is a title; a name an
apposition or "the village of" calls a settlement is a place, whatever its first word is."""

from __future__ import annotations

import pytest


def _types(nlp, text: str) -> dict[str, str]:
    return {e.text: e.label_ for e in nlp(text).ents}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Minister of Mayhem Dora Kellin clung to office on Tuesday. Ms Kellin refused to apologise.", "Dora Kellin"),
        ("Minister of Finance Grace Tolley resigned on Friday.", "Grace Tolley"),
        ("The talks were led by Minister of Home Affairs Piet Dorran.", "Piet Dorran"),
    ],
)
def test_a_titles_of_phrase_before_a_full_name_is_not_the_name(nlp, text, name):
    types = _types(nlp, text)
    assert types.get(name) == "PERSON", types


def test_a_capitalised_noun_for_people_before_a_full_name_is_a_title(nlp):
    types = _types(nlp, "Councillor Ruth Pellow said the village had been abandoned.")
    assert types.get("Ruth Pellow") == "PERSON", types


def test_a_two_word_name_after_such_a_noun_is_left_whole(nlp):
    # "Mason Tolley" could be a first name and a surname: nothing is cut from two words
    types = _types(nlp, "Mason Tolley said the village had been abandoned.")
    assert "Tolley" not in types or types.get("Mason Tolley") == "PERSON"


@pytest.mark.parametrize(
    "text",
    [
        "Police shot one of the bears near the village of Pellow Cross on Tuesday. Ruth Pellow said residents were scared.",
        "One bear was shot by police in Pellow Cross, a village north of Brackton. Ruth Pellow said residents were scared.",
    ],
)
def test_a_name_called_a_village_is_a_place(nlp, text):
    assert _types(nlp, text).get("Pellow Cross") == "GPE"


def test_the_director_of_a_company_leaves_the_company_a_body(nlp):
    types = _types(nlp, "The director of Fenwright Holdings, Ada Marr, resigned on Monday.")
    assert types.get("Fenwright Holdings") == "ORG"


def test_a_name_after_a_word_for_part_of_an_area_and_of_is_a_place(nlp):
    types = _types(nlp, "One wolf was shot by police in Pellow Cross, a village north of Harlen.")
    assert types.get("Harlen") == "GPE", types


def test_a_name_after_a_persons_noun_and_of_keeps_its_type(nlp):
    types = _types(nlp, "The president of Harlen Rovers resigned. The chairman of Fenwright said so.")
    assert types.get("Fenwright") == "ORG", types
