"""Official long names of towns, home towns the model leaves untagged, and streets (issue 19,
round s30), on sentences written for these tests."""

from __future__ import annotations

from storylens.nlp.entity_rules.place_names import is_division_noun, is_road_noun


def ents(nlp, text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in nlp(text).ents]


def test_an_official_long_name_is_one_place(nlp):
    found = ents(nlp, "The Borough of Marrowby and Fenn declared two days of mourning on Friday.")
    assert ("Borough of Marrowby and Fenn", "GPE") in found, found
    assert not any(text in ("Borough", "Fenn") for text, _ in found), found
    found = ents(nlp, "The Municipality of Marrowby-Tull said on Tuesday that the road would stay shut.")
    assert ("Municipality of Marrowby-Tull", "GPE") in found, found


def test_an_office_named_after_a_common_noun_is_no_place(nlp):
    found = ents(nlp, "The Department of Transport said the barrier would be rebuilt.")
    assert not any(label == "GPE" for _, label in found), found


def test_division_and_road_nouns_come_from_wordnet():
    assert is_division_noun("borough") and is_division_noun("municipality") and is_division_noun("village")
    assert not is_division_noun("company") and not is_division_noun("hospital")
    assert is_road_noun("Lane") and is_road_noun("street") and is_road_noun("avenue")
    assert not is_road_noun("gorge") and not is_road_noun("hall")


def test_an_untagged_home_town_after_a_person_is_a_place(nlp):
    found = ents(nlp, "Her cousin, a plumber from Quellby, said the village was in shock.")
    assert ("Quellby", "GPE") in found, found
    found = ents(nlp, "Residents of Quellby held a vigil on Monday night.")
    assert ("Quellby", "GPE") in found, found


def test_an_office_before_of_does_not_make_a_place(nlp):
    found = ents(nlp, "The director of Velmarco resigned on Monday.")
    assert ("Velmarco", "GPE") not in found, found


def test_a_street_is_no_actor(nlp):
    found = ents(nlp, "The old stone hall on Tanner Lane was opened to the families.")
    assert not any("Tanner" in text for text, _ in found), found


def test_a_street_that_acts_stands_for_who_works_there(nlp):
    # as "Downing Street said ..." does for the prime minister's office
    found = ents(nlp, "Kell Street said nothing on Monday. The statement from Kell Street came late.")
    assert [text for text, _ in found if text == "Kell Street"] == ["Kell Street", "Kell Street"], found


def test_the_borough_alone_is_no_name(nlp):
    found = ents(nlp, "The Borough said the road would stay shut.")
    assert not any(text == "Borough" for text, _ in found), found


def test_an_official_name_runs_on_across_a_hyphened_connector(nlp):
    """Round s31: the "-on-" of a town's name does not end its official name."""
    doc = nlp("Floodwater swept through the Borough of Selham-on-Lune on Monday.")
    assert [(e.text, e.label_) for e in doc.ents if e.label_ == "GPE"] == [("Borough of Selham-on-Lune", "GPE")]
