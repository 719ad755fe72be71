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
