"""Round s31 (issue 19): motives the outlet imputes, its own sneers, plain facts that must stay
unmarked, and quoted words credited to their speaker. Sentences written for these tests (invented
towns, councils and people)."""

from __future__ import annotations

import pytest

from storylens.nlp.loaded_rules.motives import opposite_nouns


def shown(nlp, text):
    """The loaded spans the report shows (persuasive context is kept apart, shown nowhere)."""
    return [s.span.text for s in nlp(text)._.loaded_spans if s.shows_words]


@pytest.mark.parametrize(
    "text, part",
    [
        (
            "The ministry sealed the archive, a move plainly designed to shield its own inspectors from scrutiny.",
            "designed to shield its own inspectors from scrutiny",
        ),
        ("The governor has since inflated the number of rioters to justify the crackdown.", "inflated the number of rioters"),
        ("Opposition parties rushed to exploit the grief of Marrowby for their own ends.", "exploit the grief of Marrowby"),
        ("The harbour board acted for its own ends throughout the strike.", "acted for its own ends"),
        ("Scaremongering Doyle inflates toll", "inflates toll"),
    ],
)
def test_motives_the_outlet_imputes_are_marked(nlp, text, part):
    spans = shown(nlp, text)
    assert any(part in span for span in spans), spans


@pytest.mark.parametrize(
    "text, part",
    [
        ("The so-called general ordered the column forward at dawn.", "so-called general"),
        ("The self-styled experts filled the evening bulletins.", "self-styled experts"),
        ("The council chose tear gas over dialogue.", "chose tear gas over dialogue"),
    ],
)
def test_sneers_and_choices_the_outlet_sets_up_are_marked(nlp, text, part):
    spans = shown(nlp, text)
    assert any(part in span for span in spans), spans


@pytest.mark.parametrize(
    "text",
    [
        "The crews inflated the rafts at dawn.",
        "The dykes were designed to shield the farms from floods.",
        "The firm exploited the coal seam for two decades.",
        "The ferry crossed the so-called dead zone of the bay.",
        "Voters chose the mayor over her rival.",
        "The town chose rail over road for the new link.",
        "It is the deadliest mine collapse in the region since the war.",
        "Cholera causes diarrhoea and can kill within hours if untreated.",
        "A pro-government militia patrolled the market.",
        "The mayor said the governor had inflated the number of rioters to justify the crackdown.",
    ],
)
def test_plain_facts_and_reported_charges_are_not_marked(nlp, text):
    assert shown(nlp, text) == []


def test_a_judging_superlative_is_still_marked(nlp):
    assert any("cowardly" in span for span in shown(nlp, "It was the most cowardly attack on the valley in a decade."))


def test_opposites_are_read_from_wordnet(nlp):
    doc = nlp("The palace tried to dress up a rout as a victory, then a retreat.")
    rout, victory, retreat = doc[7], doc[10], doc[14]
    assert opposite_nouns(rout, victory)
    assert not opposite_nouns(retreat, rout)


def test_quoted_words_inside_a_span_are_the_speakers(nlp):
    doc = nlp('The mayor said the city owed its firefighters "a debt it can never repay".')
    assert not [s for s in doc._.loaded_spans if s.voice == "outlet" and "debt" in s.span.text]
    doc = nlp('Brutal thugs stormed the hall, "shouting slogans of hate", a witness said.')
    for span in doc._.loaded_spans:
        inside = "slogans" in span.span.text
        assert not (inside and "thugs" in span.span.text), span
        if inside:
            assert span.voice == "quoted"
