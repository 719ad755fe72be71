"""Phrases that stand for a name of the article by its head noun (issue 19)."""

from __future__ import annotations


def phrases(nlp, text: str) -> dict[str, list[str]]:
    """Phrase text -> the names it may stand for."""
    return {m.span.text: [n.text for n in m.names] for m in nlp(text)._.noun_mentions}


def test_the_head_noun_the_possessive_and_a_name_word_keep_the_one_name(nlp):
    text = (
        "Rescuers reached the Al-Karim Baptist Hospital in Port Selden on Monday. The hospital's "
        "director said the city's hospital had lost power. Staff at the Baptist hospital fled."
    )
    found = phrases(nlp, text)
    for phrase in ("The hospital", "the city's hospital", "the Baptist hospital"):
        assert found.get(phrase) == ["Al-Karim Baptist Hospital"], found


def test_spans_are_exact_and_the_head_is_recorded(nlp):
    text = "The Ministry of Health said the ministry would send fuel."
    doc = nlp(text)
    (phrase,) = doc._.noun_mentions
    assert text[phrase.span.start : phrase.span.end] == "the ministry" and phrase.head == "ministry"
    assert [(n.start, n.end) for n in phrase.names] == [(4, 22)]  # "Ministry of Health", by the parse's root


def test_a_two_word_head_and_a_describing_adjective(nlp):
    found = phrases(nlp, "The U.S. Coast Guard said the coast guard had found the trawler.")
    assert found.get("the coast guard") == ["U.S. Coast Guard"], found
    found = phrases(
        nlp, "The blast hit the Al-Karim Baptist Hospital in Port Selden. Officials said the besieged hospital had no fuel."
    )
    assert found.get("the besieged hospital") == ["Al-Karim Baptist Hospital"], found


def test_every_name_it_may_stand_for_is_kept(nlp):
    found = phrases(nlp, "The Foreign Ministry and the Defence Ministry of Lakeland said the ministry would respond.")
    assert sorted(found.get("the ministry", [])) == ["Defence Ministry of Lakeland", "Foreign Ministry"], found


def test_phrases_that_pick_out_another_one_stand_for_none(nlp):
    text = "Patients were moved from the Al-Karim Baptist Hospital to the field hospital and to the other hospital on Monday."
    assert phrases(nlp, text) == {}
    text = "The Mercy hospital is near the Al-Karim Baptist Hospital, officials said on Monday."
    assert "The Mercy hospital" not in phrases(nlp, text)


def test_indefinite_plural_and_modifying_nouns_are_not_phrases(nlp):
    text = (
        "The Al-Karim Baptist Hospital was hit on Monday. A hospital nearby took patients; hospitals "
        "across Port Selden were full, and the hospital director left."
    )
    assert phrases(nlp, text) == {}


def test_with_no_name_of_that_head_the_phrase_is_open(nlp):
    """No hospital is named: "the hospital" is kept with no names, for the story step; a phrase
    that picks out another one or holds a number is still not a phrase."""
    found = phrases(nlp, "The hospital said the Baptist hospital would reopen, not the other clinic or the 2 wards.")
    assert found.get("The hospital") == [] and found.get("the Baptist hospital") == [], found
    assert not any("clinic" in p or "ward" in p for p in found), found


def test_a_phrase_whose_words_fit_none_of_the_named_ones_is_not_open(nlp):
    found = phrases(nlp, "The Al-Karim Baptist Hospital was hit on Monday. The field hospital was spared.")
    assert "The field hospital" not in found, found


def test_a_phrase_placed_in_another_town_stands_for_no_named_one(nlp):
    """Round s31: "the hospital in Dunmoor" is not the Kelby hospital the article named."""
    found = phrases(nlp, "The injured were taken to Tessby General Hospital. Two soldiers were flown to the hospital in Dunmoor.")
    assert found.get("the hospital") in (None, []), found
    found = phrases(nlp, "Patients of Tessby General Hospital were moved. Doctors at the hospital in Tessby said all were safe.")
    assert found.get("the hospital") == ["Tessby General Hospital"], found


def test_a_description_naming_a_kind_of_business_is_open(nlp):
    """Round s32: "the fertiliser maker", "the chemicals firm" say what a business does with a
    noun; such a phrase is open (for the story's one business). A noun before a head that names
    no business ("the fertiliser plant", "the field hospital") still makes no phrase."""
    found = phrases(nlp, "The fertiliser maker said the chemicals firm would pay. The fertiliser plant burned.")
    assert found.get("The fertiliser maker") == [] and found.get("the chemicals firm") == [], found
    assert not any("plant" in p for p in found), found
