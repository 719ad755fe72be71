"""Round s38 (issue 19): a plain name with a named place, a partisan coinage and a headline in
capitals are event names; sentences written for these tests."""

from __future__ import annotations

from tests.nlp.test_event_names import names_of as _names_and_doc


def names_of(nlp, text):
    """The event names' terms in text order."""
    _, doc = _names_and_doc(nlp, text)
    return [n.term for n in doc._.event_names]


def test_an_event_noun_at_a_named_place_is_a_name_without_the(nlp):
    assert "riot" in names_of(nlp, "Two guards were hurt in a riot at Dunhallow Prison on Sunday.")
    assert "uprising" in names_of(nlp, "Two guards were held during an uprising at Dunhallow Prison, the ministry said.")
    assert "uprising" in names_of(nlp, "Inmates freed after uprising at Dunhallow\n\nThe ministry said all were safe.")


def test_an_event_noun_at_no_named_place_is_still_no_name(nlp):
    assert names_of(nlp, "A riot in a prison is rare, the ministry said.") == []
    assert names_of(nlp, "Riot police guarded the gate of Dunhallow Prison.") == []


def test_a_coined_name_and_its_head_told_again_are_one_name(nlp):
    names = names_of(nlp, "After the Vessick Rampage, locals demand answers. The rampage left the east wing in ruins.")
    assert names == ["Vessick Rampage", "Vessick Rampage"], names


def test_a_headline_in_capitals_names_what_the_body_writes_in_title_case(nlp):
    names = names_of(nlp, "THE GREAT MEDAL ROBBERY: cheat Varn stripped of glory\n\nThe Great Medal Robbery has shamed the sport.")
    assert names == ["Great Medal Robbery", "Great Medal Robbery"], names


def test_a_named_contest_a_thing_or_a_lone_capital_is_no_coinage(nlp):
    assert names_of(nlp, "Tessa Varn, who won the Harrowgate Marathon, was suspended.") == []
    assert names_of(nlp, "The Vessick Bridge was closed to traffic.") == []


def test_a_body_named_with_a_word_for_an_act_is_no_coinage(nlp):
    # "administration" and "service" are acts first in WordNet, and bodies too
    assert names_of(nlp, "The Provisional Administration said the four drivers were held lawfully.") == []
    assert names_of(nlp, "The Harbour Prison Service said the wing was calm.") == []
    assert names_of(nlp, "Shops were looted after the Vessick Rampage, the mayor said.") == ["Vessick Rampage"]
