"""Round s40 (issue 19): one decision told three ways (a ruling told as its words, the ruling
named as a noun, the decision named by its nominalisation doing what it decided) is one entry
with every outlet's sentence. Invented stories, run through analyze_articles and the timeline."""

from __future__ import annotations

from tests.story.test_timeline_s38 import _reports

THURSDAY, WEDNESDAY = "2037-11-12", "2037-11-11"  # the ruling was on Tuesday 10 November


def _water_story(nlp):
    return _reports(
        nlp,
        ("Brannock Gazette", THURSDAY, "Farmers in the Lenn valley protested in Harrowgate on Wednesday.\n\n"
                                       "The Tessmoor Water Board ruled on Tuesday that farms may not draw water from the Lenn river until March."),
        ("Lydd Examiner", WEDNESDAY, "Farmers reacted angrily to the ruling yesterday by the Tessmoor Water Board.\n\n"
                                     "The river fell to a record low on Sunday."),
        ("Orrin Wire", None, "On 10 November the Tessmoor Water Board's decision banned irrigation from the Lenn river.\n\n"
                             "The river fell to a record low on 8 November."),
    )


def test_one_ruling_told_as_words_as_a_noun_and_as_a_decision_that_banned_is_one_entry(nlp):
    events = _water_story(nlp)
    (ruling,) = [e for e in events if e.date == "2037-11-10"]
    assert {s.article for s in ruling.sources} == {"s0", "s1", "s2"}
    assert not ruling.date_conflicts
    # the protest and the river's fall stay their own entries
    (protest,) = [e for e in events if e.date == "2037-11-11"]
    assert [s.article for s in protest.sources] == ["s0"]
    (low,) = [e for e in events if e.date == "2037-11-08"]
    assert {s.article for s in low.sources} == {"s1", "s2"}


def test_another_bodys_decision_is_not_the_boards_ruling(nlp):
    events = _reports(
        nlp,
        ("Brannock Gazette", THURSDAY, "The Tessmoor Water Board ruled on Tuesday that farms may not draw water from the Lenn river until March."),
        ("Orrin Wire", None, "On 10 November the Harrowgate council's decision banned lorries from the Lenn bridge."),
    )
    assert len([e for e in events if e.date == "2037-11-10"]) == 2


def test_the_end_told_after_the_start_in_one_sentence_is_described_by_the_end_alone(nlp):
    events = _reports(
        nlp,
        ("Selby Post", "2037-03-17", "Unrest at Kelsey Jail began on Sunday evening and ended yesterday morning."),
        ("Merrow Wire", None, "The unrest at Kelsey Jail broke out on the evening of 15 March, when inmates attacked two guards."),
    )
    (start,) = [e for e in events if e.date == "2037-03-15"]
    (end,) = [e for e in events if e.date == "2037-03-16"]
    assert {s.article for s in start.sources} == {"s0", "s1"}
    assert [s.article for s in end.sources] == ["s0"]
    # the end's entry names what ended, in the sentence's words, without the start told again
    assert end.description == "Unrest at Kelsey Jail … ended yesterday morning"


def test_a_detention_an_arrest_and_the_arrest_named_by_its_noun_are_one_entry(nlp):
    # "detain" and "arrest" share no WordNet sense; the person acted on and the day agree, and
    # the undated outlet's "Crane's arrest on 10 November" dates the arrest, not what it ended
    events = _reports(
        nlp,
        ("Brannock Gazette", THURSDAY, "Police detained the smuggler Ansel Crane at the Harbin ferry terminal on Tuesday."),
        ("Lydd Examiner", WEDNESDAY, "Crane was arrested yesterday as he stepped off a ferry from Ostend."),
        ("Orrin Wire", None, "Crane's arrest on 10 November ended a two-year hunt."),
    )
    (arrest,) = events
    assert arrest.date == "2037-11-10" and {s.article for s in arrest.sources} == {"s0", "s1", "s2"}
