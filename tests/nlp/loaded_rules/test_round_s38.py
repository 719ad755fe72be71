"""Round s38 (issue 19): plain words the round s35-s37 readings marked on the full PTC dev set,
mended by mechanism. Sentences written for these tests (an invented port town, Darnmouth, its
council, its navy and its gangs)."""

from __future__ import annotations

import pytest

from storylens.nlp.loaded_rules.nouns import names_an_organisation
from storylens.nlp.loaded_rules.sides import criminal_sides, only_people
from storylens.nlp.loaded_rules.stance import comments_on_the_act, outlet_stance


def read(reading, nlp, text):
    doc = nlp(text)
    return [doc.text[start:end] for start, end, _ in reading(doc)]


def shown(nlp, text):
    """The spans the report shows as loaded language in the outlet's own voice."""
    return [s.span.text for s in nlp(text)._.loaded_spans if s.shows_words and s.voice == "outlet"]


# --- a classifying adjective or a thing before a noun is no side named by a crime --------------
@pytest.mark.parametrize(
    "text, word",
    [
        ("The criminal gang smuggled cigarettes through the port of Darnmouth for years.", "criminal"),
        ("Halvor Teague had no record of any criminal or immigration arrests in Velmora.", "criminal"),
        ("The prosecutor filed criminal charges against the Velmora harbour master on Tuesday.", "criminal"),
        ("The Corvell navy sent two torpedo boats to patrol the strait.", "torpedo"),
        ("Tarvish torpedo boats attacked the destroyer at night.", "torpedo"),
    ],
)
def test_a_classifying_adjective_or_a_things_name_before_a_noun_is_no_side(nlp, text, word):
    assert read(criminal_sides, nlp, text) == []
    assert not any(word in span for span in shown(nlp, text))


def test_wordnet_reads_which_words_name_only_people():
    assert only_people("terrorist") and only_people("bandits")
    for other in ("criminal", "torpedo"):  # an adjective too; a weapon too
        assert not only_people(other), other


# --- a time the story tells is no comment on the act -------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "After three weeks on the run, Tomas Brenner finally was arrested in a hostel in Kelby.",
        "The council finally approved the new bridge after six years of debate.",
        "Eventually, the council repaired the flooded road to Kelby.",
    ],
)
def test_an_adverb_of_time_is_no_comment_on_the_act(nlp, text):
    assert read(outlet_stance, nlp, text) == []
    assert shown(nlp, text) == []


def test_wordnet_reads_certainty_from_the_adverbs_first_sense():
    assert comments_on_the_act("predictably") and comments_on_the_act("inevitably")
    assert not comments_on_the_act("finally") and not comments_on_the_act("eventually")


@pytest.mark.parametrize(
    "reading, text, word",
    [
        # a word WordNet knows only as people, before a group, still names a side
        (criminal_sides, "The terrorist militia shelled the depot at dawn.", "terrorist"),
        (criminal_sides, "The army raided terrorist cells in the hills above Osk.", "terrorist"),
        # the writer's comment on an act, certainty in the adverb's first sense, is still read
        (outlet_stance, "Predictably, the council blamed the weather for the flooded roads.", "Predictably"),
        (outlet_stance, "Inevitably, the ministry blamed the unions for the strike.", "Inevitably"),
    ],
)
def test_the_judging_uses_stay_read(nlp, reading, text, word):
    assert read(reading, nlp, text) == [word]


# --- a body named by its kind is no name-calling -----------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Rival gangs fought in the streets of Darnmouth overnight.",
        "Two gangs were involved in the shooting at the Kelby market on Friday.",
        "Police in Darnmouth said the criminal gang had smuggled cigarettes through the port.",
        "The gang had planned the robbery of the Velmora bank for months.",
    ],
)
def test_a_body_named_by_its_kind_is_no_name_calling(nlp, text):
    assert not any("gang" in span for span in shown(nlp, text))


def test_words_for_people_that_judge_are_still_read(nlp):
    text = "Gangsters of the Redhand crew shot two shopkeepers in Kelby."
    assert "Gangsters" in shown(nlp, text)


def test_wordnet_reads_which_nouns_name_an_organisation():
    assert names_an_organisation("gangs") and names_an_organisation("cartel")
    for other in ("mob", "horde", "thugs", "lackeys", "cabal"):
        assert not names_an_organisation(other), other


# --- an intensifier the parser made a noun, and a sanction dealt as a blow ----------------------
@pytest.mark.parametrize(
    "text, span",
    [
        ("The government announced savage budget cuts to the health service.", "savage budget cuts"),
        ("The government announced savage cuts to the health service.", "savage cuts"),
        ("The ministry slapped her with a four-year ban after the test.", "slapped her with a four-year ban"),
        ("The federation slapped a heavy fine on the Kelby club.", "slapped a heavy fine on the Kelby club"),
    ],
)
def test_an_intensifier_read_as_a_noun_and_a_sanction_dealt_as_a_blow_are_shown(nlp, text, span):
    assert span in shown(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The government announced deep cuts to the health service.",
        "The boy slapped his brother with a wet towel.",
        "The federation hit the Kelby club with a heavy fine.",
        "The federation banned her for four years after the test.",
        'The coach said the federation "slapped her with a four-year ban".',
    ],
)
def test_plain_cuts_blows_and_sanctions_are_not_shown(nlp, text):
    assert shown(nlp, text) == []
