"""Round s35 (issue 19): the outlet's stance in plain words (a body that did nothing, that shields
its own, that approves unexamined; a minimised coverage; a stated reason called false; the
writer's comment on an act; a motive imputed to a speech), plain senses of words that read as
judging (a thing's physical state, a post, someone else's classification), and a side named by a
crime in one article alone. Sentences written for these tests (an invented flood, a substation
fire, a border war between invented republics)."""

from __future__ import annotations

import pytest

from storylens.nlp.loaded_rules.sides import criminal_sides, named_by_a_crime
from storylens.nlp.loaded_rules.stance import outlet_stance


def shown(nlp, text):
    """The spans the report shows as loaded language in the outlet's own voice."""
    return [s.span.text for s in nlp(text)._.loaded_spans if s.shows_words and s.voice == "outlet"]


def recorded(nlp, text):
    return [(s.span.text, s.found_by, s.voice) for s in nlp(text)._.loaded_spans]


def read(reading, nlp, text):
    doc = nlp(text)
    return [doc.text[start:end] for start, end, _ in reading(doc)]


STANCES = {
    # a body that did nothing
    "The Harrowgate council did nothing while the river rose for three days.": "council did nothing",
    # a body that shields its own
    "The ports authority is shielding its bosses from the inquiry.": "shielding its bosses",
    "The constabulary has spent years shielding its senior officers from scrutiny.": "shielding its senior officers",
    # approval without scrutiny
    "The assembly rubber-stamped the new levy on Tuesday.": "rubber-stamped the new levy",
    "The board approved the merger without reading the report.": "approved the merger without reading",
    # a minimised coverage
    "The Dunmore Courier barely mentioned the spill in its Monday edition.": "barely mentioned the spill",
    # a stated reason called false
    "The curfew was in truth a pretext to clear the market square.": "a pretext",
    "The inquiry into the Kelby fire was a smokescreen.": "a smokescreen",
    # the writer's comment on an act
    "Predictably, the ministry blamed the dock workers for the delays.": "Predictably",
}


@pytest.mark.parametrize("text", sorted(STANCES))
def test_the_outlets_stance_in_plain_words_is_read(nlp, text):
    assert any(STANCES[text] in span for span in read(outlet_stance, nlp, text)), read(outlet_stance, nlp, text)


@pytest.mark.parametrize("text", sorted(STANCES))
def test_the_outlets_stance_is_shown_as_loaded(nlp, text):
    """Shown by the component: as the reading's own span, or inside a tagger span that judges."""
    assert any(STANCES[text] in span for span in shown(nlp, text)), recorded(nlp, text)


def test_a_motive_imputed_to_a_speech_is_marked(nlp):
    text = 'The Velmora government reached for the word "terrorists" to distract from its failures.'
    assert any("to distract from its failures" in span for span in shown(nlp, text)), recorded(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The pump did nothing to slow the water.",
        "The union protects its members.",
        "The army shielded the villagers from the shelling.",
        "The parliament ratified the treaty on Monday.",
        "The survivor could barely speak.",
        "The ferry barely reached the harbour.",
        "The pretext for the raid was a tip from an informer, the report said.",
        "Later, the ministry blamed the dock workers for the delays.",
        "Inevitably, the river rose again.",
        "The mayor said the council did nothing while the river rose.",
        'A farmer said: "The council did nothing."',
    ],
)
def test_plain_or_reported_acts_are_no_stance(nlp, text):
    assert read(outlet_stance, nlp, text) == []


def test_a_plain_purpose_of_distracting_is_no_motive(nlp):
    text = "The nurse sang to distract the boy from the pain."
    assert not any("distract" in span for span in shown(nlp, text)), recorded(nlp, text)


# --- plain senses -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, word",
    [
        ("The driver was pulled from his crushed cab after two hours.", "crushed"),
        ("Rescuers cut through his crushed cab to free the driver.", "crushed"),
        ("An overloaded transformer caught fire at the Kelby substation.", "overloaded"),
        ("The grid operator said an overloaded transformer had failed.", "overloaded"),
        ("The plant's chief engineer, Tova Ranske, had warned of faults in the cooling system for months.", "chief"),
        ("Tova Ranske is the chief engineer of the Kelby plant.", "chief"),
        ("Investigators are treating the failure as sabotage.", "sabotage"),
    ],
)
def test_physical_technical_and_rank_senses_are_not_loaded(nlp, text, word):
    spans = shown(nlp, text)
    assert not any(word in span for span in spans), recorded(nlp, text)
    # nor listed as persuasive context with a technique for a title
    if word == "chief":
        assert not any(word in s.span.text for s in nlp(text)._.loaded_spans), recorded(nlp, text)


def test_a_judging_sense_said_of_no_thing_is_still_read(nlp):
    text = "The ministry's crushed hopes of a deal were plain to see."
    assert any("crushed" in span for span in shown(nlp, text)), recorded(nlp, text)


# --- a side named by a crime --------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, noun",
    [
        ("Terrorists from the Tane Republic fired rockets at the grain terminal overnight.", "Terrorists"),
        ("The terrorists shelled the depot at dawn.", "terrorists"),
        ("The terrorist militia shelled the depot at dawn.", "terrorist"),
        ("Bandits attacked the convoy near Osk.", "Bandits"),
        ("Bandits of the Redhand Brigade blocked the pass for a week.", "Bandits"),
        ("The army has been fighting terrorists in the hills for a decade.", "terrorists"),
    ],
)
def test_a_side_named_by_a_crime_in_one_article_is_marked(nlp, text, noun):
    assert noun in read(criminal_sides, nlp, text)
    assert any(noun in span for span in shown(nlp, text)), recorded(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Attackers fired rockets at the grain terminal overnight.",
        "Fighters from the Tane Republic fired rockets at the grain terminal overnight.",
        "Insurgents shelled the depot at dawn.",
        "Gunmen attacked the depot at dawn.",
        "Kidnappers seized two engineers near the dam.",
        "Thieves stole copper cable from the line.",
        "The attack was carried out by terrorists, the army said.",
        'The governor called them "terrorists" on Monday.',
    ],
)
def test_plain_nouns_for_a_side_and_reported_ones_are_not_marked(nlp, text):
    assert read(criminal_sides, nlp, text) == []


def test_wordnet_reads_which_nouns_name_people_by_a_crime():
    assert named_by_a_crime("terrorists") and named_by_a_crime("bandits") and named_by_a_crime("gangsters")
    for plain in ("attackers", "fighters", "insurgents", "gunmen", "militants", "rebels", "kidnappers", "looters", "arsonists", "soldiers"):
        assert not named_by_a_crime(plain), plain
