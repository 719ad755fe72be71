"""Labels said of the wrong actor, found by an audit on fresh stories (issue 19, round s35), on
sentences written for this round: a time word taken into a title, a phrase of circumstance read
as an apposition, a kind read from a capitalised WordNet sense, a word after a description's
head read as the description, people related to a person read as that person's government."""

import pytest

from storylens.nlp.label_rules.kinds import fits_kind


def labels_of(nlp, text):
    doc = nlp.make_doc(text)
    doc._.article_id = "t"
    doc._.outlet = "Test Outlet"
    doc = nlp(doc)
    return {(label.label, label.target, label.kind) for label in doc._.labels}


def test_a_time_word_before_a_title_is_no_part_of_it(nlp):
    found = labels_of(nlp, "Storms hit the coast.\n\nThis morning Energy Minister Ada Lenk said the power plant was safe.")
    assert {label for label, target, _ in found if target == "Ada Lenk"} == {"Energy Minister"}


def test_a_phrase_of_circumstance_owned_by_the_name_itself_is_no_apposition(nlp):
    found = labels_of(nlp, "The Sea Lark, its nets still out when the debris hit, limped back to port.")
    assert not [label for label in found if label[1] == "Sea Lark"], found
    # a title owned by "its" standing for another name is still one
    found = labels_of(nlp, "Halvik Lines operates the route. Ivo Dren, its spokesman, said no passenger was hurt.")
    assert any(target == "Ivo Dren" and "spokesman" in label for label, target, _ in found), found


def test_a_capitalised_sense_of_a_word_says_nothing_of_its_kind():
    # WordNet files "Army" (the United States Army) under agency; an army is no agency
    assert not fits_kind("army", "agency")
    assert fits_kind("militias", "militia") and fits_kind("brigade", "organization")


def test_an_army_is_not_the_agency_the_next_sentence_names(nlp):
    found = labels_of(nlp, "The Velmorian Army moved into the border town of Tarvel on Sunday. The agency said its units had secured the bridge.")
    assert not [label for label in found if label[1] == "Velmorian Army"], found


def test_a_word_after_the_head_of_a_description_is_no_word_for_the_body(nlp):
    found = labels_of(
        nlp,
        "The Ministry of Civil Protection, the body responsible for the safety of residents, ordered an evacuation on Friday. "
        "The residents refused to leave their homes.",
    )
    assert not [label for label in found if label[0] == "residents"], found


def test_people_related_to_a_person_are_not_that_persons_label(nlp):
    found = labels_of(nlp, "Olan Vrek, one of the chief allies of Vladimir Karsk, denied the report.")
    assert not [label for label in found if label[1] == "Vladimir Karsk"], found
    found = labels_of(nlp, "Vladimir Karsk's allies denied the report. The allies met again on Monday.")
    assert not [label for label in found if label[1] == "Vladimir Karsk"], found
    found = labels_of(nlp, "Olan Vrek, Vladimir Karsk's closest ally, denied the report.")
    assert not [label for label in found if label[1] == "Vladimir Karsk"], found


@pytest.mark.parametrize("text, label", [
    # round s41: a noun whose first WordNet sense is a period names a time only after a word of
    # time ("This morning"); bare or after an article it is part of the title
    ("Festival director Lina Corre told local radio that the flights were cancelled.", "Festival director"),
    ("The festival director Lina Corre said the flights were cancelled.", "festival director"),
    ("Last week Energy Minister Ada Lenk said the plant was safe.", "Energy Minister"),
])
def test_a_time_noun_is_part_of_a_title_unless_a_word_of_time_comes_before(nlp, text, label):
    assert label in {found for found, _, kind in labels_of(nlp, text) if kind == "premodifier"}
