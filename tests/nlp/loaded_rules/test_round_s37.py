"""Round s37 (issue 19): round s35's readings brought back, with the two readings that moved the
PTC gate mended; sneers in the outlet's own voice. Sentences written for these tests (an invented
port town, its paper and its council)."""

from __future__ import annotations

import pytest

from storylens.nlp.loaded_rules.plain_senses import states_a_things_condition
from storylens.nlp.loaded_rules.sneers import manner_of_speaking, outlet_sneers
from storylens.nlp.loaded_rules.stance import minimises, outlet_stance


def read(reading, nlp, text):
    doc = nlp(text)
    return [doc.text[start:end] for start, end, _ in reading(doc)]


# --- a minimised coverage: only an adverb WordNet reads as minimising and nothing else ----------
def test_an_adverb_that_only_minimises_still_reads_a_minimised_coverage(nlp):
    text = "The Corvell Gazette merely mentioned the flood in its evening bulletin."
    assert any("merely mentioned the flood" in span for span in read(outlet_stance, nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "The Corvell Gazette just mentioned the flood in its evening bulletin.",
        "Mara Lindqvist just said something about the price of grain.",
    ],
)
def test_just_a_moment_ago_is_no_minimised_coverage(nlp, text):
    assert read(outlet_stance, nlp, text) == []


def test_wordnet_reads_which_adverbs_minimise():
    assert minimises("barely") and minimises("hardly") and minimises("merely")
    for other in ("just", "only", "simply", "briefly"):
        assert not minimises(other), other


# --- a thing's physical state: not inside a noun of its own ------------------------------------
def _adjective(nlp, text, word):
    return next(t for t in nlp(text) if t.lower_ == word)


def test_an_adjective_making_one_noun_with_its_noun_is_no_physical_state(nlp):
    assert not states_a_things_condition(_adjective(nlp, "The harbour master vanished into thin air.", "thin"))


def test_a_things_physical_state_is_still_read(nlp):
    assert states_a_things_condition(_adjective(nlp, "The thin roof of the boathouse gave way.", "thin"))


# --- sneers in the outlet's own voice -----------------------------------------------------------
def shown(nlp, text):
    """The spans the report shows as loaded language in the outlet's own voice."""
    return [s.span.text for s in nlp(text)._.loaded_spans if s.shows_words and s.voice == "outlet"]


SNEERS = {
    # a speech verb that belittles the speaker
    "The transport minister whined that the unions had ruined the timetable.": "whined",
    "Councillor Brenna Ostrow moaned that the harbour budget was too small.": "moaned",
    # a person or an outlet cast as another's instrument
    "The Velmora Herald, the government's mouthpiece, praised the new levy.": "government's mouthpiece",
    "The senator is a puppet of the mining lobby.": "puppet of the mining lobby",
    # an amount belittled
    "Only a mere trace of the promised aid reached the valley.": "mere trace",
    "The council offered the flooded families a paltry sum.": "paltry sum",
}


@pytest.mark.parametrize("text", sorted(SNEERS))
def test_a_sneer_in_the_outlets_voice_is_read_and_shown(nlp, text):
    assert SNEERS[text] in read(outlet_sneers, nlp, text), read(outlet_sneers, nlp, text)
    assert any(SNEERS[text] in span for span in shown(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "The transport minister said that the unions had ruined the timetable.",
        "The transport minister complained that the unions had ruined the timetable.",
        "The harbour master whispered that the gates were open.",
        "The wind whined through the rigging all night.",
        "The diver adjusted the mouthpiece of his regulator.",
        "Lena Dorr, the government's spokeswoman, praised the new levy.",
        "A trace of lead was found in the water.",
        "The council offered the flooded families a small sum.",
        # someone else's words, quoted or reported
        'A dock worker said the minister "whined that the unions had ruined the timetable".',
        "The opposition said the Herald was the government's mouthpiece.",
        'The mayor called it "a paltry sum".',
    ],
)
def test_plain_words_and_others_sneers_are_not_read(nlp, text):
    assert read(outlet_sneers, nlp, text) == []


def test_wordnet_reads_manners_of_speaking():
    assert manner_of_speaking("whine") and manner_of_speaking("grumble") and manner_of_speaking("boast")
    for plain in ("say", "tell", "complain", "state", "deny", "argue"):
        assert not manner_of_speaking(plain), plain
