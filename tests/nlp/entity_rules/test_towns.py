"""A town named alone, which the model typed as a person or an organisation, is a place unless
the article gives a sign that the name is someone's (issue 19)."""

from __future__ import annotations

import pytest


def types_of(nlp, text: str, name: str) -> set[str]:
    return {e.label_ for e in nlp(text).ents if e.text == name}


@pytest.mark.parametrize(
    "text, name",
    [
        ("Kutaisi was shelled on Monday after the strikes.", "Kutaisi"),
        ("Mostar was shelled overnight, and two schools burned.", "Mostar"),
        ("Shelling hit Mostar overnight. Mostar has been without power for a week.", "Mostar"),
    ],
)
def test_a_town_named_alone_is_a_place(nlp, text, name):
    assert types_of(nlp, text, name) == {"GPE"}


@pytest.mark.parametrize(
    "text",
    [
        "Mr Kutaisi was arrested on Monday. He denied the charges.",
        "Kutaisi was arrested on Monday. He denied the charges.",
        "Kutaisi said the strikes would continue.",
    ],
)
def test_a_title_a_pronoun_or_speech_keeps_the_name_a_persons(nlp, text):
    assert types_of(nlp, text, "Kutaisi") == {"PERSON"}


def test_a_town_name_that_acts_keeps_the_models_type(nlp):
    from storylens.nlp.entity_rules.towns import retype_towns

    acts = nlp("Mostar signed Edda Lorn on Friday.")
    assert retype_towns(acts, [(0, 1, "ORG")]) == [(0, 1, "ORG")]
    assert retype_towns(acts, [(0, 1, "PERSON")]) == [(0, 1, "PERSON")]
    shelled = nlp("Mostar was shelled overnight.")
    assert retype_towns(shelled, [(0, 1, "ORG")]) == [(0, 1, "GPE")]


# --- seventh round: towns of 5,000 people or more; a town that does what a thing may do -------


@pytest.mark.parametrize(
    "text, name",
    [
        ("Frielendorf was shelled overnight, and two schools burned.", "Frielendorf"),
        ("Portachuelo was shelled overnight, and two schools burned.", "Portachuelo"),
        ("Picanya was shelled overnight, and two schools burned.", "Picanya"),
    ],
)
def test_a_town_of_five_thousand_people_named_alone_is_a_place(nlp, text, name):
    assert types_of(nlp, text, name) == {"GPE"}


@pytest.mark.parametrize("name", ["Shusha", "Kofu", "Bafilo"])
def test_a_town_that_loses_power_is_a_place(nlp, name):
    assert types_of(nlp, f"{name} lost power on Monday after the storm.", name) == {"GPE"}


def test_only_a_verb_whose_doer_may_be_a_thing_lets_a_person_typed_town_act():
    from storylens.nlp.entity_rules.towns import retype_towns, things_may_do
    from storylens.nlp.pipeline import shared_nlp

    assert things_may_do("lose") and not things_may_do("flee")
    nlp = shared_nlp()
    lost = nlp("Shusha lost power on Monday after the storm.")
    assert retype_towns(lost, [(0, 1, "PERSON")]) == [(0, 1, "GPE")]
    fled = nlp("Shusha fled on Monday after the storm.")
    assert retype_towns(fled, [(0, 1, "PERSON")]) == [(0, 1, "PERSON")]
    # a firm does anything: an ORG that acts keeps its type
    assert retype_towns(lost, [(0, 1, "ORG")]) == [(0, 1, "ORG")]


@pytest.mark.parametrize(
    "text",
    [
        "Shusha fled on Monday after the storm.",
        "Shusha said the strikes would continue.",
        "Mr Shusha lost power on Monday. He resigned from the party.",
    ],
)
def test_a_persons_verb_speech_a_title_or_a_pronoun_keeps_a_person(nlp, text):
    assert "GPE" not in types_of(nlp, text, "Shusha")
