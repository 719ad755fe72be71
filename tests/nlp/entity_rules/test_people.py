"""Names the model leaves untagged after a title (issue 19, round s30)."""

from __future__ import annotations

from storylens.nlp.entity_rules.people import _titled_names


def people(nlp, text: str) -> set[str]:
    return {e.text for e in nlp(text).ents if e.label_ == "PERSON"}


def test_an_untagged_surname_after_a_form_of_address_is_a_person(nlp):
    found = people(nlp, "Dr Ostrow and Dr Lina Sarre said the last patients had gone home.")
    assert {"Ostrow", "Lina Sarre"} <= found, found


def test_after_an_office_only_a_word_unknown_to_the_language_is_read_as_a_name(nlp):
    doc = nlp("The General Assembly met on Monday, and Governor Brannock spoke.")
    found = {doc[s:e].text for s, e, _ in _titled_names(doc, [])}
    assert "Brannock" in found and "Assembly" not in found, found
