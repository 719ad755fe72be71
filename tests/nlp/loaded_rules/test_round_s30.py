"""Round s30 (issue 19): a tabloid's loaded words in its own voice and headlines, verdicts passed
with plain words, and plain reports that must stay unmarked. Sentences written for these tests
(invented towns, boards and people)."""

from __future__ import annotations

import pytest

from storylens.nlp.loaded_rules.evaluative import judges_character
from storylens.nlp.loaded_rules.motives import unavowed_purpose
from storylens.nlp.loaded_rules.nouns import names_an_occupation
from storylens.nlp.loaded_rules.verdicts import outlet_verdicts
from storylens.records import Article


def shown(nlp, text):
    """The loaded spans the report shows (persuasive context is kept apart, shown nowhere)."""
    return [s.span.text for s in nlp(text)._.loaded_spans if s.shows_words]


def marked(nlp, text, part):
    """Some shown span holds ``part`` (the tagger's clause may already take it in)."""
    spans = shown(nlp, text)
    return any(part in span for span in spans), spans


@pytest.mark.parametrize(
    "text, part",
    [
        ("Ostry's reckless harbour master sent the ferry out into the gale.", "reckless harbour master"),
        ("The heroic volunteers of the Lenby lifeboat pulled nine people from the water.", "heroic volunteers"),
        ("A rotten length of pipe leaked sludge into the Harwick reservoir for nine days.", "rotten length"),
        ("Reckless director, heroic firefighters", "Reckless director"),
        ("Reckless director, heroic firefighters", "heroic firefighters"),
    ],
)
def test_adjectives_wordnet_reads_as_judging_character_are_marked(nlp, text, part):
    found, spans = marked(nlp, text, part)
    assert found, spans


@pytest.mark.parametrize(
    "text, part",
    [
        ("The valley will not forget who sent the armoured cars.", "will not forget who sent the armoured cars"),
        ("A director who should never have been hired signed the final memo.", "should never have been hired"),
        ("The families of Harwick deserve better.", "The families of Harwick deserve better"),
        ("Their first thought was to cover their own backs.", "Their first thought was to cover their own backs"),
        ("The board's instinct was to protect itself.", "The board's instinct was to protect itself"),
        ("The junta sent armoured cars to crush a peaceful march in Dorran.", "sent armoured cars to crush a peaceful march in Dorran"),
    ],
)
def test_verdicts_and_motives_the_outlet_passes_in_its_own_voice_are_marked(nlp, text, part):
    found, spans = marked(nlp, text, part)
    assert found, spans


@pytest.mark.parametrize(
    "text",
    [
        # a past participle the parser took for an adjective ("inmates" read as the verb)
        "The strike began early on Monday when inmates overpowered guards during the night shift.",
        # a post or trade, not a judgement
        "Raiders ambushed the supply column, killing three militiamen.",
        # a purpose that stirs feelings the doer avows
        "Families lined the quay on Sunday afternoon to cheer the guardsmen home.",
        # a plain report of an accident
        "A tanker lorry carrying ammonia overturned on the ring road at dawn.",
        # plain uses of the same verbs as the verdicts
        "She did not forget her keys.",
        "Crews will not forget to check the valves.",
        "The train should have arrived at noon.",
        "The villagers built walls to protect themselves from the flood.",
        "Officials said the director should never have been hired.",
        'The mayor said: "The families of Harwick deserve better."',
        "Will the valley forget who sent the armoured cars?",
    ],
)
def test_plain_reports_are_not_marked(nlp, text):
    assert shown(nlp, text) == []


def test_wordnet_tells_character_from_property():
    assert judges_character("reckless") and judges_character("heroic") and judges_character("cowardly")
    assert not judges_character("thin") and not judges_character("second") and not judges_character("green")


def test_an_occupation_is_no_judgement_and_a_second_person_sense_keeps_a_word_read():
    assert names_an_occupation("militiamen") and names_an_occupation("guardsmen")
    assert not names_an_occupation("lackeys") and not names_an_occupation("thugs")


def test_purposes_read_from_wordnet():
    assert unavowed_purpose("crush") and unavowed_purpose("frighten") and unavowed_purpose("inflame")
    assert not unavowed_purpose("cheer") and not unavowed_purpose("encourage")


def test_a_verdict_inside_quotation_marks_is_the_speakers(nlp):
    text = 'A neighbour said: "That director should never have been hired."'
    assert outlet_verdicts(nlp(text)) == []


def test_a_headlines_judging_adjectives_are_marked_through_the_title_reading(nlp):
    from storylens.nlp.titles import title_text_to_parse

    body = "The ferry left Ostry at dawn. The harbour master had been warned of the gale.\n\nNine people were rescued."
    article = Article(id="t1", source="t1.txt", text=body, outlet="Post", title="Reckless Harbour Master, Heroic Lifeboat Crews")
    spans = shown(nlp, title_text_to_parse(article))
    assert any("Reckless" in s for s in spans) and any("heroic" in s.lower() for s in spans), spans


@pytest.mark.parametrize(
    "text, part",
    [
        ("The Harwick board played down the spill to protect its contract.", "played down the spill to protect its contract"),
        ("The damning inquiry was published on Monday.", "damning inquiry"),
    ],
)
def test_a_phrasal_charge_of_deceit_and_a_participle_that_judges_are_marked(nlp, text, part):
    found, spans = marked(nlp, text, part)
    assert found, spans


def test_plain_phrasal_verbs_and_participles_are_not_marked(nlp):
    for text in (
        "The crews worked to minimize the damage.",
        "The board wrote down the figures and handed them to the inspectors.",
        "The burning lorry blocked the road for an hour.",
    ):
        assert shown(nlp, text) == [], text
