"""Round s38 (issue 19): a saying whose quoted words are all a counterfactual dates no happening, on
sentences written for these tests."""

from __future__ import annotations

from tests.nlp.event_rules.test_event_rules import events

PUBLISHED = "2031-03-18"  # a Tuesday


def test_a_quoted_counterfactual_dates_no_saying(nlp):
    quoted = ('"If the divers had not gone in when they did, they would not have come out alive," '
              "warden Orla Brenn told reporters on Monday.")
    assert events(nlp, quoted, PUBLISHED) == []
    inverted = '"Had the pumps failed, the Marrow pit would have flooded," the engineer said on Monday.'
    assert events(nlp, inverted, PUBLISHED) == []


def test_a_saying_of_what_happened_still_dates(nlp):
    (told,) = events(nlp, '"The divers went in at dawn and brought both men out," warden Orla Brenn told reporters on Monday.', PUBLISHED)
    assert (told.trigger, told.date) == ("tell", "2031-03-17")
    (said,) = events(nlp, "The engineer said on Monday that the pumps would be replaced.", PUBLISHED)
    assert said.date == "2031-03-17"
    # a statement reported in the outlet's words is a happening of its day (round s35)
    (reported,) = events(nlp, "The engineer said on Monday that the Marrow pit would have flooded had the pumps failed.", PUBLISHED)
    assert reported.trigger == "say"
