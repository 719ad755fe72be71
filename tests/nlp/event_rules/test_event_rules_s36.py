"""Round s36 (issue 19): what a noun made from a verb, a caption present and a dated participle
date, on sentences written for these tests."""

from __future__ import annotations

from tests.nlp.event_rules.test_event_rules import events

PUBLISHED = "2031-11-12"  # a Wednesday


def test_a_day_of_a_noun_made_from_a_verb_dates_that_act(nlp):
    (ruling,) = events(nlp, "Yesterday's ruling by the appeals panel ended the permit.", PUBLISHED)
    assert (ruling.trigger, ruling.date) == ("ruling", "2031-11-11")
    assert [(a.role, a.head) for a in ruling.arguments] == [("agent", "panel")]
    (decision,) = events(nlp, "The decision of 11 November by the appeals panel voided the permit.", PUBLISHED)
    assert (decision.trigger, decision.date) == ("decision", "2031-11-11")
    # a year naming which election dates nothing, as before; a thing that is no act neither
    assert events(nlp, "The 2016 election brought the party to power.", PUBLISHED) == []
    assert events(nlp, "Tuesday's edition of the paper sold out.", PUBLISHED) == []


def test_a_present_clause_acting_on_something_with_a_bare_weekday_looks_back(nlp):
    (caption,) = events(nlp, "Firefighters battle the blaze at the Orsk mill on Sunday.", PUBLISHED)
    assert caption.date == "2031-11-09" and not caption.planned
    (summit,) = events(nlp, "The summit opens on Friday.", PUBLISHED)
    assert summit.date == "2031-11-14" and summit.planned  # the present of schedules
    (plan,) = events(nlp, "Firefighters will battle the blaze on Sunday.", PUBLISHED)
    assert plan.date == "2031-11-16" and plan.planned


def test_a_week_dates_its_happening_to_its_month(nlp):
    (analysed,) = events(nlp, "Analysed last week, the samples showed traces of diesel.", PUBLISHED)
    assert (analysed.trigger, analysed.date) == ("analyse", "2031-11")
    # 27 October - 2 November lies in two months: the year
    (tested,) = events(nlp, "The samples were tested last week.", "2031-11-05")
    assert tested.date == "2031"


def test_a_fronted_participle_the_parser_made_the_root_dates_its_act(nlp):
    (signed,) = events(nlp, "Signed by President Arvo Denn on Monday, an emergency decree suspended parliament.", PUBLISHED)
    assert (signed.trigger, signed.date) == ("sign", "2031-11-10")
    assert events(nlp, "Presented by the minister on Tuesday", PUBLISHED) == []  # a caption
