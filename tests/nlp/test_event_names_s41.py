"""Round s41 (issue 19): a name given in "in what X are calling the Y" is an event name; a
partisan epithet written as a minister's title ("Minister of Mayhem Dora Kellin") names no
happening, while an outlet's coinage still does. Sentences written for these tests."""

from __future__ import annotations

from tests.nlp.test_event_names import names_of as _names_and_doc


def _names(nlp, text):
    _, doc = _names_and_doc(nlp, text)
    return [(n.term, n.reported) for n in doc._.event_names]


def _terms(nlp, text: str) -> list[str]:
    return [name.term for name in nlp(text)._.event_names]


def test_in_what_they_are_calling_a_capitalised_name_names_the_happening(nlp):
    text = "Dozens of otters were found dead on the Orlen river on Monday, in what families are already calling the Great Brindle Giveaway."
    assert _names(nlp, text) == [("Great Brindle Giveaway", True)]  # the families' name, reported


def test_in_what_they_call_a_place_is_no_event_name(nlp):
    assert _names(nlp, "The families met on Monday in what locals call the Orlen Hall.") == []


def test_a_titles_charge_before_a_name_is_no_event_name(nlp):
    assert _terms(nlp, "Minister of Mayhem Dora Kellin clung to office on Tuesday.") == []


def test_a_coined_name_for_the_happening_still_is(nlp):
    assert "Harlen Massacre" in _terms(nlp, "Keepers feared the worst. The Harlen Massacre shocked the town.")
