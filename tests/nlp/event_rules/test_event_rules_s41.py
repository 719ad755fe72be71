"""Round s41 (issue 19): which verb a time phrase dates and which day it gives, read from the
parse: a phrase closing a present relative clause, a past act that sets a later time, days
counted from a happening the text names, "since" a day. Sentences written for these tests."""

from __future__ import annotations

from tests.nlp.event_rules.test_event_rules import events

THURSDAY = "2038-05-06"  # Monday is 3 May 2038


def test_a_time_phrase_closing_a_present_relative_clause_dates_the_past_verb(nlp):
    (arrest,) = events(nlp, "Police arrested a man who works at the Orlen plant yesterday.", THURSDAY)
    assert (arrest.trigger, arrest.date, arrest.planned) == ("arrest", "2038-05-05", False)
    # a weekday is read with the arrest's tense too: the last Tuesday, not the next
    (arrest,) = events(nlp, "Police arrested a man who works at the Orlen plant on Tuesday.", THURSDAY)
    assert (arrest.trigger, arrest.date) == ("arrest", "2038-05-04")


def test_a_relative_clause_in_the_past_keeps_its_own_time(nlp):
    found = events(nlp, "Police questioned a man who was injured at the Orlen plant yesterday.", THURSDAY)
    assert [(e.trigger, e.date) for e in found] == [("injure", "2038-05-05")]


def test_a_postponement_told_in_the_past_is_dated_by_the_report(nlp):
    (postponed,) = events(nlp, "The Orlen Academy chemistry exam was postponed until next month.", THURSDAY)
    assert (postponed.trigger, postponed.date, postponed.planned, postponed.deadline) == ("postpone", THURSDAY, False, False)
    assert postponed.time_expression is None  # "next month" is the new time, not the act's day


def test_a_state_or_a_future_until_a_later_time_is_no_act(nlp):
    assert events(nlp, "The Orlen bridge remained closed until June.", THURSDAY) == []
    assert events(nlp, "The Orlen exam will be postponed until next month.", THURSDAY) == []


def test_days_counted_from_a_happening_the_text_names(nlp):
    text = "The Orlen council voted on the ferry plan on Monday. Two days after the vote, the harbour board scrapped it."
    assert [(e.trigger, e.date) for e in events(nlp, text, THURSDAY)] == [("vote", "2038-05-03"), ("scrap", "2038-05-05")]
    text = "Pupils at Orlen Academy sat the chemistry exam on Tuesday. The papers were stolen the night before the exam."
    stolen = [e for e in events(nlp, text, THURSDAY) if e.trigger == "steal"]
    assert [(e.date, e.time_of_day) for e in stolen] == [("2038-05-03", "NI")]


def test_a_noun_no_dated_happening_names_gives_no_day(nlp):
    text = "The Orlen council voted on the ferry plan on Monday. Two days after the storm, the harbour board scrapped it."
    assert [e.trigger for e in events(nlp, text, THURSDAY)] == ["vote"]


def test_since_a_day_dates_the_onset_of_a_perfect(nlp):
    (stranded,) = events(nlp, "The Orlen ferry has been stranded since Sunday night.", THURSDAY)
    assert (stranded.trigger, stranded.date, stranded.time_of_day) == ("strand", "2038-05-02", "NI")
    assert events(nlp, "The Kell family has lived in Orlen since 2019.", THURSDAY) == []  # a year stays a bound


def test_a_participle_after_a_comma_is_said_of_the_noun_before_it(nlp):
    (vote,) = events(nlp, "Voters in Orlen are preparing for the vote on the ferry, set for next Thursday.", "2038-05-27")
    assert vote.trigger == "set" and vote.planned
    assert [(a.role, a.head) for a in vote.arguments] == [("patient", "vote")]
