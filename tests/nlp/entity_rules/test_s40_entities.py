"""Entity fixes of issue 19, round s40, on sentences written for this round (every town, race
and person is invented): a surname that is also a town's name is the town in a place's slot,
and a surname that opens a longer name is no person."""

from __future__ import annotations

from storylens.nlp.entity_rules.head_kinds import names_a_public_building


def _found(doc, word: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in doc.ents if word in e.text]


def test_a_surname_in_a_place_slot_the_model_read_as_a_place_stays_the_town(nlp):
    doc = nlp(
        "Governor Marta Velbury said the guards were unhurt. \"It is over,\" Velbury told reporters. "
        "Prisoners were moved from Velbury to two other jails on Wednesday."
    )
    found = _found(doc, "Velbury")
    assert ("Velbury", "PERSON") in found, found  # "Velbury told"
    assert found[-1] == ("Velbury", "GPE"), found  # "moved from Velbury"


def test_a_surname_before_a_public_building_is_the_town_and_before_a_race_the_race(nlp):
    doc = nlp(
        "Kenyan runner Alice Moraa was stripped of her Tressel Marathon crown on Thursday. "
        "Her coach, Pieter Tressel, said the team would appeal. \"Alice has never cheated,\" Tressel said. "
        "She was stopped at Tressel airport on Friday."
    )
    found = _found(doc, "Tressel")
    assert ("Tressel Marathon", "EVENT") in found, found
    assert ("Tressel", "GPE") in found, found  # "Tressel airport"
    assert found.count(("Tressel", "PERSON")) == 1, found  # "Tressel said"


def test_a_persons_home_or_a_possessive_keeps_the_person(nlp):
    doc = nlp(
        "Governor Marta Velbury was banned from speaking to the press. Reporters waited outside the "
        "Velbury home. Velbury's lawyer said she had done nothing wrong."
    )
    assert not [f for f in _found(doc, "Velbury") if f[1] in ("GPE", "LOC")], _found(doc, "Velbury")


def test_wordnet_says_which_buildings_serve_a_town():
    for word in ("airport", "prison", "station", "stadium"):
        assert names_a_public_building(word), word
    for word in ("home", "house", "villa", "family", "campaign", "lawyer"):
        assert not names_a_public_building(word), word
