"""Round s29 (issue 19): loaded language in the outlet's own voice that the tagger misses, read
from the parse, WordNet and the judging-modifier scorer; plain reporting that must stay unmarked;
and whose voice a loaded span is."""

from __future__ import annotations

import pytest

from storylens.nlp.loaded_rules import evaluative_phrases, imputed_deceit, imputed_motives, loaded_figures


def found(reader, nlp, text):
    return [text[s:e] for s, e, _ in reader(nlp(text))]


@pytest.mark.parametrize(
    "text, part",
    [
        ("A few hundred dockers held the region's biggest grain terminal hostage.", "held the region's biggest grain terminal hostage"),
        ("The Orrin Mining Company has spent the week congratulating itself.", "congratulating itself"),
        ("The sweep through the Kessel estate was a model of restraint.", "was a model of restraint"),
        ("This is the war the Velmora cabinet has wanted for years.", "war the Velmora cabinet has wanted for years"),
        ("The Orrin Mining Company would rather pay for private guards than for wages.", "rather pay for private guards than for wages"),
    ],
)
def test_loaded_figures_in_the_outlets_voice_are_marked(nlp, text, part):
    assert part in found(loaded_figures, nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The gunmen held the crew hostage for a day.",  # the role given to people is literal
        "The mayor congratulated the rescue teams on Friday.",
        "The museum shows a model of the ship.",
        "The union wants a pay rise and seeks talks.",
        "The minister said the sweep was a model of restraint.",
        "According to the ministry, the sweep was a model of restraint.",
        'The director said: "We would rather pay for guards than lose the mine."',
        "Officials said the company would rather pay for guards than for wages.",
    ],
)
def test_literal_or_reported_figures_are_not_marked(nlp, text):
    assert found(loaded_figures, nlp, text) == []


def test_a_charge_of_deceit_in_the_outlets_voice_runs_to_the_end_of_its_clause(nlp):
    text = (
        "The Tessel union leadership exaggerated the injuries to win sympathy on the evening news, "
        "parading bandaged men before the cameras."
    )
    assert found(imputed_deceit, nlp, text) == [
        "exaggerated the injuries to win sympathy on the evening news, parading bandaged men before the cameras"
    ]
    assert found(imputed_deceit, nlp, "The Dockers Council has long been pretending to speak for the working people.") == [
        "pretending to speak for the working people"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The company accused the union of exaggerating the injuries.",
        "The union did not exaggerate the injuries.",
        "Did the union exaggerate the injuries?",
        "The mayor said the union exaggerated the injuries.",
        '"They exaggerated the injuries," the mayor said.',
    ],
)
def test_a_reported_denied_or_quoted_charge_of_deceit_is_not_marked(nlp, text):
    assert found(imputed_deceit, nlp, text) == []


def test_a_purpose_verb_without_an_object_is_read_in_its_objectless_senses(nlp):
    # "cook" without an object is preparing a meal, not falsifying something (WordNet frames)
    plain = "The Lede Relief Society sent two buses of volunteers on Tuesday to cook for the rescue teams."
    assert found(imputed_motives, nlp, plain) == []
    assert found(imputed_motives, nlp, "The Saltmarsh Front inflated the figures to inflame tensions.") != []


def test_judging_adjectives_are_read_by_their_meaning_and_plain_ones_are_not(nlp):
    assert "cowardly night raid" in found(evaluative_phrases, nlp, "Two guards died in a cowardly night raid on the Brennick yard.")
    text = "The council chose the name Calm Harbour, a name as dishonest as the men who chose it."
    assert "as dishonest as the men who chose it" in found(evaluative_phrases, nlp, text)
    # "western" has a tagger weight of 0.26 from PTC's contexts, but its meaning does not judge
    assert found(evaluative_phrases, nlp, "Shops on the western bank of the Lede stayed closed.") == []
    assert found(evaluative_phrases, nlp, "The minister said the raid was cowardly.") == []


def test_a_loaded_span_carries_its_voice_and_a_plain_quoted_remark_is_not_flagged(nlp):
    text = (
        '"Our job was to bring the ship safely into harbour," said captain Ilse Marrow. '
        '"They are cowardly butchers who murdered our men," said union leader Pavel Dunst. '
        "The Orrin Mining Company has spent the week congratulating itself."
    )
    spans = nlp(text)._.loaded_spans
    assert not [s for s in spans if "harbour" in s.span.text or "safely" in s.span.text]
    quoted = [s for s in spans if "butchers" in s.span.text]
    assert quoted and all(s.voice == "quoted" and s.speaker_text == "Pavel Dunst" for s in quoted)
    own = [s for s in spans if "congratulating" in s.span.text]
    assert own and all(s.voice == "outlet" and s.speaker_text is None for s in own)
