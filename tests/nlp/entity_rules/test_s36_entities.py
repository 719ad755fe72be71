"""Entity fixes of issue 19, round s36, on sentences written for this round (every prison, town,
race, trophy and person is invented): a name is what its last word says it is (a prison, a race,
a cup), and a town that shares someone's surname stays the town where only a place stands."""

from __future__ import annotations

from storylens.nlp.entity_rules.head_kinds import head_kind, retype_by_head_kind
from tests.nlp.entity_rules.test_s35_entities import _span


def _types(doc) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for ent in doc.ents:
        found.setdefault(ent.text, set()).add(ent.label_)
    return found


def test_wordnet_says_what_a_names_last_word_is():
    for word, kind in (
        ("Prison", "FAC"), ("Jail", "FAC"), ("Museum", "FAC"), ("Hall", "FAC"),
        ("School", "ORG"), ("Church", "ORG"),
        ("Marathon", "EVENT"), ("Regatta", "EVENT"), ("Tournament", "EVENT"), ("Games", "EVENT"),
        ("Cup", "PRODUCT"), ("Trophy", "PRODUCT"), ("Tiara", "PRODUCT"), ("Sceptre", "PRODUCT"), ("Medal", "PRODUCT"),
    ):
        assert head_kind(word) == kind, word
    # an outlet's or a body's head word, a party (a body first), a person's surname that is no thing
    for word in ("Post", "Tribune", "Party", "Rally", "League", "Holm", "Varga"):
        assert head_kind(word) in ("", "ORG"), word
    assert head_kind("Post") == head_kind("Rally") == ""  # a rally is a gathering first, no contest


def test_a_prison_named_after_the_town_of_a_governor_of_that_surname_is_a_facility_and_the_town_a_place(nlp):
    doc = nlp(
        "Governor Mira Caskell visited Caskell Prison on Monday. Caskell said the inmates would be moved. "
        "The riot began in the town of Caskell on Sunday."
    )
    found = [(e.text, e.label_) for e in doc.ents if "Caskell" in e.text]
    assert ("Caskell Prison", "FAC") in found, found
    assert ("Caskell", "GPE") in found and ("Caskell", "PERSON") in found, found  # the town, and the governor who said
    assert not [t for t, label in found if t == "Caskell Prison" and label == "PERSON"]


def test_a_person_whose_surname_is_a_building_word_stays_a_person(nlp):
    doc = nlp("Kenneth Hall said the vote would go ahead. Hall is 54 and lives in Dalby.")
    assert _types(doc).get("Kenneth Hall") == {"PERSON"}, _types(doc)


def test_a_race_typed_as_a_body_or_a_building_is_an_event(nlp):
    doc = nlp.make_doc("Lena Osterby won the Orvane Marathon on Sunday. The Kessel Regatta was called off.")
    ents = [(*_span(doc, "Lena Osterby"), "PERSON"), (*_span(doc, "Orvane Marathon"), "FAC"), (*_span(doc, "Kessel Regatta"), "ORG")]
    assert [label for _, _, label in retype_by_head_kind(doc, ents)] == ["PERSON", "EVENT", "EVENT"]


def test_a_body_whose_last_word_is_a_gathering_keeps_its_type(nlp):
    doc = nlp.make_doc("The Tarn Freedom Party and the Orvane Farmers League marched on Sunday.")
    ents = [(*_span(doc, "Tarn Freedom Party"), "ORG"), (*_span(doc, "Orvane Farmers League"), "ORG")]
    assert retype_by_head_kind(doc, ents) == ents


def test_an_object_named_after_a_queen_is_a_thing_not_the_queen(nlp):
    doc = nlp("Thieves took the Queen Isolde Sceptre from the museum. The Queen Isolde Sceptre was made in 1820.")
    assert not [e.text for e in doc.ents if e.label_ == "PERSON"], _types(doc)
    assert _types(doc).get("Queen Isolde Sceptre") == {"PRODUCT"}, _types(doc)
    assert not doc._.labels, doc._.labels  # no "Queen" title of a person


def test_a_trophy_named_after_its_founder_is_a_thing_and_the_founder_a_person(nlp):
    doc = nlp.make_doc("Brask Holm won the Pavel Dunmore Cup. Pavel Dunmore founded the race in 1901.")
    ents = [(*_span(doc, "Brask Holm"), "PERSON"), (*_span(doc, "Pavel Dunmore Cup"), "ORG"), (8, 10, "PERSON")]
    assert doc[8:10].text == "Pavel Dunmore"
    assert [label for _, _, label in retype_by_head_kind(doc, ents)] == ["PERSON", "PRODUCT", "PERSON"]


def test_a_body_whose_last_word_names_a_thing_keeps_its_type(nlp):
    # "watch" is first a timepiece: the Harbour Watch is named after no one of the Doc
    doc = nlp.make_doc("The Harbour Watch said the boats were safe. Ada Penn chairs the Harbour Watch.")
    ents = [(1, 3, "ORG"), (9, 11, "PERSON"), (13, 15, "ORG")]
    assert retype_by_head_kind(doc, ents) == ents


def test_a_person_whose_surname_is_an_objects_noun_stays_a_person(nlp):
    # "bell" is first a made object; "Orla" and "Bell" written alone are the same person
    doc = nlp.make_doc("Voters fear that Orla Bell will win. Bell leads the polls and Orla spoke in Tarn.")
    ents = [(*_span(doc, "Orla Bell"), "PERSON"), (8, 9, "PERSON"), (13, 14, "PERSON")]
    assert doc[8].text == "Bell" and doc[13].text == "Orla"
    assert retype_by_head_kind(doc, ents) == ents
