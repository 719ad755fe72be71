"""Round s40 (issue 19): a background state over a period ("the Kelsey prison held 900 inmates
last week") is no happening; an act over a period and a state told of a day still date.
Sentences written for these tests."""

from __future__ import annotations

from tests.nlp.event_rules.test_event_rules import events

PUBLISHED = "2037-11-18"  # a Wednesday


def test_a_state_over_a_period_is_no_happening(nlp):
    assert events(nlp, "The Kelsey prison held 900 inmates last week, twice its capacity.", PUBLISHED) == []
    assert events(nlp, "The old barracks housed 640 recruits last year.", PUBLISHED) == []


def test_an_act_over_a_period_and_a_hold_on_a_day_still_date(nlp):
    (analysed,) = events(nlp, "Chemists at the Varrow laboratory analysed the fuel samples last week.", PUBLISHED)
    assert analysed.trigger == "analyse" and analysed.date == "2037-11"
    (held,) = events(nlp, "Police held two suspects on Monday.", PUBLISHED)
    assert (held.trigger, held.date) == ("hold", "2037-11-16")
    (arrested,) = events(nlp, "Police arrested 40 fishermen last week.", PUBLISHED)
    assert arrested.trigger == "arrest"


def test_a_loss_counted_over_a_year_is_a_happening(nlp):
    (lost,) = events(nlp, "The Oresk colliery lost four men in 2011.", PUBLISHED)
    assert lost.trigger == "lose"
