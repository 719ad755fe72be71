"""A person whose surname is a word for a natural feature or a place (round s40): the model may
type "Jonas Field" an organisation, and a name ending in "Field", "Brook" or "Marsh" was then
read as a place. No place says anything, and a "she" that goes back to a name makes it a
person's. (Every name is invented.)"""

from __future__ import annotations


def _types(nlp, text: str) -> dict[str, str]:
    return {e.text: e.label_ for e in nlp(text).ents}


def test_a_name_a_pronoun_goes_back_to_is_a_person_not_a_place(nlp):
    types = _types(nlp, "Marta Brook announced the cuts on Monday. She said the budget would shrink.")
    assert types["Marta Brook"] == "PERSON"


def test_a_name_that_speaks_is_no_place(nlp):
    types = _types(nlp, "Jonas Field said the budget would shrink by a tenth.")
    assert types.get("Jonas Field") not in ("LOC", "GPE", "FAC")


def test_a_bay_that_nothing_makes_somebody_stays_a_place(nlp):
    types = _types(nlp, "The trawler ran aground off Saltmere Bay on Monday. Its crew said the fog was thick.")
    assert types["Saltmere Bay"] == "LOC"
