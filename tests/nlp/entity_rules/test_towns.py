"""A town named alone, which the model typed as a person or an organisation, is a place unless
the article gives a sign that the name is someone's (issue 19)."""

from __future__ import annotations

import pytest


def types_of(nlp, text: str, name: str) -> set[str]:
    return {e.label_ for e in nlp(text).ents if e.text == name}


@pytest.mark.parametrize(
    "text, name",
    [
        ("Kutaisi lost power on Monday after the strikes.", "Kutaisi"),
        ("Mostar was shelled overnight, and two schools burned.", "Mostar"),
        ("Gyumri lost power overnight and Kutaisi ran out of water.", "Kutaisi"),
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


def test_a_town_name_that_acts_on_a_named_party_stays_what_the_model_said(nlp):
    from storylens.nlp.entity_rules.towns import retype_towns

    doc = nlp("Mostar signed Edda Lorn on Friday.")
    lorn = next(e for e in doc.ents if e.text == "Edda Lorn")
    ents = [(0, 1, "ORG"), (lorn.start, lorn.end, "PERSON")]
    assert retype_towns(doc, ents)[0] == (0, 1, "ORG")
    assert retype_towns(doc, [(0, 1, "PERSON"), (lorn.start, lorn.end, "PERSON")])[0] == (0, 1, "GPE")
