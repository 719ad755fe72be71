"""Round s40 (issue 19): a counterfactual in a direct quotation of two sentences dates no saying
made of it; the saying of what happened still dates. Sentences written for these tests."""

from __future__ import annotations

from tests.nlp.event_rules.test_event_rules import events

PUBLISHED = "2037-03-17"  # a Tuesday


def test_a_counterfactual_in_the_cues_sentence_of_a_longer_quotation_dates_nothing(nlp):
    text = ('"The crew of Engine 4 went in. If it had not gone in when it did, the four men would not have '
            'come out alive," fire chief Tomas Velde told reporters on Monday.')
    assert events(nlp, text, PUBLISHED) == []


def test_the_saying_of_what_happened_still_dates_and_is_described_by_it(nlp):
    text = ('"If it had not gone in when it did, the four men would not have come out alive. The crew '
            'brought them out at dawn," fire chief Tomas Velde told reporters on Monday.')
    (told,) = events(nlp, text, PUBLISHED)
    assert (told.trigger, told.date) == ("tell", "2037-03-16")
    assert "would not" not in told.clause.text and "brought them out" in told.clause.text


def test_a_possessed_act_as_subject_is_dated_by_its_own_time_and_as_object_dates_the_verb(nlp):
    (arrest,) = events(nlp, "Crane's arrest on 10 November ended a two-year hunt.", PUBLISHED)
    assert (arrest.trigger, arrest.date) == ("arrest", "2036-11-10")
    (launched,) = events(nlp, "Velde launched his rescue attempt on Sunday with two crews.", PUBLISHED)
    assert (launched.trigger, launched.date) == ("launch", "2037-03-15")
