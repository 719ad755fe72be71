"""Round s36 (issue 19): one ruling told by its verb and by two nouns, a caption in the present,
a dated participle clause. Invented stories, three outlets, run through analyze_articles and
the timeline."""

from __future__ import annotations

from tests.story.test_timeline import _entry_with, _story

PUBLISHED = "2031-11-12"  # a Wednesday


def test_one_ruling_told_by_its_verb_and_by_two_nouns_is_one_entry(nlp):
    events = _story(
        nlp,
        PUBLISHED,
        ("Vell Courier", "The Orsk appeals panel ruled on Tuesday that the Tarrin dam permit was unlawful."),
        ("Orsk Daily", "Yesterday's ruling by the appeals panel ended the Tarrin dam permit."),
        ("Tarrin Weekly", "The decision of 11 November by the appeals panel voided the Tarrin dam permit."),
    )
    ruling = _entry_with(events, "ruled on Tuesday")
    assert {s.article for s in ruling.sources} == {"s0", "s1", "s2"}, [(e.date, e.description) for e in events]
    assert ruling.date == "2031-11-11" and len(events) == 1


def test_a_caption_in_the_present_with_a_weekday_is_the_past_day(nlp):
    events = _story(
        nlp,
        PUBLISHED,
        ("Vell Courier", "The barge Halma sank off Marn on Friday.\n\nInspectors examine the wreck of the Halma on Friday."),
        ("Orsk Daily", "The Marn harbour reopens on Friday, the port office said."),
        ("Tarrin Weekly", "Divers will examine the hull of the Halma on Friday."),
    )
    caption = _entry_with(events, "Inspectors examine the wreck")
    assert caption.date == "2031-11-07" and not caption.planned  # the Friday before, not the one after
    reopening = _entry_with(events, "harbour reopens")
    assert reopening.date == "2031-11-14" and reopening.planned  # the present of a schedule
    dive = _entry_with(events, "Divers will examine")
    assert dive.date == "2031-11-14" and dive.planned


def test_a_dated_participle_clause_dates_its_own_act(nlp):
    events = _story(
        nlp,
        PUBLISHED,
        ("Vell Courier", "Analysed last week, the water samples from the Tarrin reservoir showed traces of diesel."),
        ("Orsk Daily", "Collected on Monday, the soil samples from Marn showed lead."),
        ("Tarrin Weekly", "Signed by Governor Ilse Varro on Monday, an emergency order closed the Tarrin reservoir."),
    )
    analysed = _entry_with(events, "Analysed last week")
    assert analysed.date == "2031-11"  # the week of 3-9 November lies in November
    assert _entry_with(events, "Collected on Monday").date == "2031-11-10"
    assert _entry_with(events, "Signed by Governor").date == "2031-11-10"
