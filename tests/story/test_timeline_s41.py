"""Round s41 (issue 19): a day counted from a happening the story dates, a time phrase at the
end of a relative clause, one act dated "Tuesday" and "Monday night", one vote planned three ways
and a postponement. Invented stories, run through analyze_articles and the timeline."""

from __future__ import annotations

from tests.story.test_timeline_s38 import _reports

THURSDAY = "2038-05-06"  # Monday is 3 May 2038


def test_a_day_counted_from_the_vote_joins_another_outlets_date_of_the_act(nlp):
    events = _reports(
        nlp,
        ("Dunmere Post", THURSDAY, "The Orlen council voted for the ferry plan on Monday.\n\n"
                                   "Two days after the vote, the harbour board scrapped the ferry plan."),
        ("Kell Wire", None, "The harbour board cancelled the Orlen ferry plan on 5 May, 2038."),
    )
    (scrapped,) = [e for e in events if e.date == "2038-05-05"]
    assert {s.article for s in scrapped.sources} == {"s0", "s1"} and not scrapped.date_conflicts
    assert [e.date for e in events if "voted" in e.description] == ["2038-05-03"]


def test_the_night_before_the_exam_is_the_night_before_the_day_the_story_gives_it(nlp):
    events = _reports(
        nlp,
        ("Dunmere Post", THURSDAY, "Pupils at Orlen Academy sat the chemistry exam on Tuesday.\n\n"
                                   "The papers were stolen the night before the exam, police said."),
    )
    (stolen,) = [e for e in events if "stolen" in e.description]
    assert stolen.date == "2038-05-03"


def test_an_arrest_dated_at_the_end_of_a_relative_clause_is_the_arrests_day(nlp):
    events = _reports(
        nlp,
        ("Dunmere Post", THURSDAY, "Police arrested a man who works at the Orlen plant yesterday."),
        ("Kell Wire", None, "Police arrested an Orlen plant worker on 5 May, 2038."),
    )
    (arrest,) = events
    assert arrest.date == "2038-05-05" and not arrest.planned
    assert {s.article for s in arrest.sources} == {"s0", "s1"}


def test_one_shooting_dated_tuesday_and_monday_night_is_one_entry_with_a_date_conflict(nlp):
    events = _reports(
        nlp,
        ("Dunmere Post", THURSDAY, "Rangers shot the Orlen wolf on Tuesday."),
        ("Kell Wire", THURSDAY, "Rangers shot the Orlen wolf on Monday night."),
    )
    (shot,) = events
    dates = {shot.date} | {c.date for c in shot.date_conflicts}
    assert dates == {"2038-05-03", "2038-05-04"}
    assert {s.article for s in shot.sources} | {r.article for c in shot.date_conflicts for r in c.sources} == {"s0", "s1"}


def test_the_small_hours_after_a_night_are_still_no_conflict(nlp):
    events = _reports(
        nlp,
        ("Dunmere Post", THURSDAY, "Rangers shot the Orlen wolf early on Tuesday."),
        ("Kell Wire", THURSDAY, "Rangers shot the Orlen wolf on Monday night."),
    )
    (shot,) = events
    assert not shot.date_conflicts and len(shot.sources) == 2


def test_one_vote_planned_three_ways_is_one_entry(nlp):
    events = _reports(
        nlp,
        ("Dunmere Post", THURSDAY, "The referendum on the Orlen ferry will be held on 3 June."),
        ("Kell Wire", "2038-05-27", "Voters in Orlen are preparing for the vote on the ferry, set for next Thursday."),
        ("Orrin Wire", None, "The ferry referendum is scheduled for June 3, 2038."),
    )
    (vote,) = events
    assert vote.date == "2038-06-03" and vote.planned and {s.article for s in vote.sources} == {"s0", "s1", "s2"}


def test_a_postponement_is_an_entry_on_the_reports_day(nlp):
    events = _reports(
        nlp,
        ("Dunmere Post", THURSDAY, "The Orlen Academy chemistry exam was postponed until next month."),
    )
    (postponed,) = events
    assert postponed.date == THURSDAY and not postponed.planned
    assert "postponed" in postponed.description


def test_a_day_later_counts_from_the_happening_not_from_the_day_it_was_told(nlp):
    events = _reports(
        nlp,
        ("Dunmere Post", THURSDAY, "The council approved the ferry plan on Monday, officials said on Wednesday.\n\n"
                                   "The harbour board scrapped the ferry plan a day later."),
        ("Kell Wire", THURSDAY, "The harbour board cancelled the ferry plan on Tuesday."),
    )
    (scrapped,) = [e for e in events if any("scrapped" in s.span.text for s in e.sources)]
    assert scrapped.date == "2038-05-04" and {s.article for s in scrapped.sources} == {"s0", "s1"}
