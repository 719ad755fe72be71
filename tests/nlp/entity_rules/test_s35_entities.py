"""Entity fixes of issue 19, round s35, on sentences written for this round (every agency, place,
craft and person is invented)."""

from __future__ import annotations

from storylens.nlp.entity_rules.appositions import retype_by_apposition
from storylens.nlp.entity_rules.kinds import retype_geographic_features
from storylens.nlp.entity_rules.place_names import official_place_names
from tests.nlp.entity_rules.test_s34_entities import _phrases


def _span(doc, words: str) -> tuple[int, int]:
    tokens = [t.text for t in doc]
    first = words.split()[0]
    start = tokens.index(first)
    return start, start + len(words.split())


def test_wordnet_says_which_last_words_name_a_natural_feature():
    from storylens.nlp.entity_rules.kinds import names_a_natural_feature

    for word in ("Pass", "Bay", "Island", "Strait", "Cape", "Ridge", "Peninsula", "Fjord"):
        assert names_a_natural_feature(word), word
    # a bank is first a body of people, a post a place of duty, a service no feature
    for word in ("Bank", "Post", "Service", "Agency", "Borough", "Court"):
        assert not names_a_natural_feature(word), word


def test_a_pass_a_bay_and_an_island_typed_as_bodies_are_places(nlp):
    doc = nlp.make_doc("Snow closed the road over Dravik Pass while debris fell into Saltmere Bay off Orrin Island.")
    ents = [(*_span(doc, "Dravik Pass"), "ORG"), (*_span(doc, "Saltmere Bay"), "FAC"), (*_span(doc, "Orrin Island"), "PERSON")]
    assert [label for _, _, label in retype_geographic_features(doc, ents)] == ["LOC", "LOC", "LOC"]


def test_a_person_whose_surname_names_a_feature_stays_a_person(nlp):
    doc = nlp.make_doc("Ilse Ridge said the crews had reached the coast.")
    ents = [(*_span(doc, "Ilse Ridge"), "PERSON")]
    assert retype_geographic_features(doc, ents) == ents


def test_a_named_rocket_and_satellite_are_things_not_bodies(nlp):
    doc = nlp("The Lumen satellite was lost with the rocket. Engineers said the Lumen satellite was insured.")
    ents = [(e.start, e.end, "ORG") for e in doc.ents if e.text == "Lumen"] or [
        (i, i + 1, "ORG") for i, t in enumerate(doc) if t.text == "Lumen"
    ]
    assert {label for _, _, label in retype_by_apposition(doc, ents)} == {"PRODUCT"}


def test_a_maker_named_before_its_product_stays_a_body(nlp):
    doc = nlp("Norvale said the Norvale truck had been recalled.")
    ents = [(i, i + 1, "ORG") for i, t in enumerate(doc) if t.text == "Norvale"]
    assert {label for _, _, label in retype_by_apposition(doc, ents)} == {"ORG"}


def test_a_named_craft_is_never_an_actor_through_the_pipeline(nlp):
    doc = nlp("The Aster-2 rocket broke apart after launch. It was carrying the Lumen satellite, built by Norvale Grid Services.")
    assert not [e.text for e in doc.ents if "Lumen" in e.text and e.label_ in ("ORG", "PERSON", "GPE")]


def test_a_royal_borough_of_a_town_is_one_official_name(nlp):
    doc = nlp("Residents of the Royal Borough of Maresby said they heard two blasts.")
    royal, town = _span(doc, "Royal Borough"), _span(doc, "Maresby")
    ents = [(*royal, "LOC"), (*town, "GPE")]
    assert [(doc[s:e].text, label) for s, e, label in official_place_names(doc, ents)] == [("Royal Borough of Maresby", "GPE")]


def _agency_phrases(nlp, text: str) -> list[tuple[str, list[str]]]:
    return _phrases(nlp, text, "agency")


def test_the_agency_is_the_one_that_does_what_the_sentence_says(nlp):
    text = (
        "The Aster-2 rocket broke apart on Tuesday, the Corvian Space Agency said.\n\n"
        "The Maritime Safety Agency closed the bay to fishing boats.\n\n"
        "The agency said it had opened an inquiry. The agency added that no one was hurt.\n\n"
        "A flight director said the agency would publish its findings within a month."
    )
    space = ["Corvian Space Agency"]
    assert _agency_phrases(nlp, text) == [("The agency", space), ("The agency", space), ("the agency", space)]


def test_the_agency_is_the_nearest_one_before_it_when_the_sentence_does_not_say(nlp):
    text = (
        "The Corvian Space Agency launched the rocket on Tuesday.\n\n"
        "Divers from the Maritime Safety Agency searched the bay on Wednesday.\n\n"
        "Fishermen criticised the agency for closing the harbour."
    )
    assert _agency_phrases(nlp, text) == [("the agency", ["Maritime Safety Agency"])]


def test_two_agencies_named_in_one_sentence_leave_the_agency_open(nlp):
    text = "The Corvian Space Agency and the Maritime Safety Agency met on Tuesday.\n\nThe agency said the bay was closed."
    assert [len(names) for _, names in _agency_phrases(nlp, text)] == [2]


def test_a_name_after_a_vehicle_and_a_comma_is_not_the_vehicle(nlp):
    doc = nlp("Police questioned the driver of the bus, Ada Penn.")
    ents = [(*_span(doc, "Ada Penn"), "PERSON")]
    assert retype_by_apposition(doc, ents) == ents
