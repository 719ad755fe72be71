"""Round s39 (issue 19): two outlets' incompatible dates for one act are one entry with a date
conflict, each side naming its outlet and sentence; an act dated only as after another clause's
day is a bound; two people's acts on one day stay apart. Invented stories, run through
analyze_articles and the timeline."""

from __future__ import annotations

from tests.story.test_timeline_s38 import _reports

RACE_WEEK = "2031-10-08"  # a Wednesday
ARREST_WEEK = "2031-06-11"  # a Wednesday
PORT_WEEK = "2031-05-07"


def _entries_with(events, words):
    return [e for e in events if any(words in s.span.text for s in e.sources)]


def _conflicts(entry):
    return [(c.date, [(s.article, s.outlet) for s in c.sources], [s.span.text for s in c.sources]) for c in entry.date_conflicts]


def _doping_story(nlp):
    return _reports(
        nlp,
        ("Kellmoor Post", RACE_WEEK, "Distance runner Ilka Brandvold won the Kellmoor marathon on 4 October. Her urine sample was "
                                     "collected on 3 October, the day before the race, the Nordmark Athletics Union said on Tuesday."),
        ("Fjell Sport", RACE_WEEK, "Ilka Brandvold's sample was taken after she crossed the line on 4 October, the union said."),
        ("Harbour Daily", RACE_WEEK, "Runner-up Saskia Oldemeer crossed the line on 4 October, two minutes behind Brandvold."),
    )


def test_a_sample_collected_the_day_before_and_taken_after_the_finish_is_one_act_with_a_date_conflict(nlp):
    events = _doping_story(nlp)
    (collected,) = [e for e in events if any(s.trigger == "collect" for s in e.sources)]
    assert collected.date == "2031-10-03"
    assert [s.article for s in collected.sources] == ["s0"]
    ((day, outlets, sentences),) = _conflicts(collected)
    assert day == "2031-10-04" and outlets == [("s1", "Fjell Sport")]
    assert sentences == ["Ilka Brandvold's sample was taken after she crossed the line on 4 October, the union said."]


def test_her_crossing_the_line_is_not_the_other_runners(nlp):
    events = _doping_story(nlp)
    (other_runner,) = _entries_with(events, "Runner-up Saskia Oldemeer crossed the line")
    assert [s.article for s in other_runner.sources] == ["s2"]
    # the crossing of the line by Brandvold is an entry of the Fjell Sport report alone (its
    # "crossed" clause), and no entry takes the taking as dated on 4 October
    assert all("taken" not in e.description for e in events)


def test_detained_on_monday_and_held_after_a_raid_on_tuesday_is_a_conflict_and_on_tuesday_none(nlp):
    events = _reports(
        nlp,
        ("Tarrow Courier", ARREST_WEEK, "Police detained the activist Joran Pelkey on Monday, a police spokesman said."),
        ("Lisk Herald", ARREST_WEEK, "Joran Pelkey was held after officers raided the Harrow warehouse on Tuesday."),
    )
    (detained,) = _entries_with(events, "detained the activist")
    assert detained.date == "2031-06-09"
    assert [(d, o) for d, o, _ in _conflicts(detained)] == [("2031-06-10", [("s1", "Lisk Herald")])]
    (raid,) = [e for e in events if e is not detained]
    assert raid.date == "2031-06-10" and raid.description.startswith("Officers raided")

    agreeing = _reports(
        nlp,
        ("Tarrow Courier", ARREST_WEEK, "Police detained the activist Joran Pelkey on Tuesday, a police spokesman said."),
        ("Lisk Herald", ARREST_WEEK, "Joran Pelkey was held after officers raided the Harrow warehouse on Tuesday."),
    )
    (detained,) = [e for e in agreeing if e.description.startswith("Police detained")]
    # "after Tuesday's raid" holds with Tuesday: a second source, no disagreement
    assert {s.article for s in detained.sources} == {"s0", "s1"} and not detained.date_conflicts


def test_one_agreement_signed_on_two_days_three_days_apart_is_one_entry_with_a_conflict(nlp):
    events = _reports(
        nlp,
        ("Ostby Ledger", PORT_WEEK, "Calder Freight signed the agreement with the port of Ostby on 2 May."),
        ("Quay Review", PORT_WEEK, "Calder Freight signed the agreement with the port of Ostby on 5 May, after the harbour board approved it on 4 May."),
    )
    (signed,) = [e for e in events if any(s.trigger == "sign" for s in e.sources)]
    assert signed.date == "2031-05-02"
    assert [(d, o) for d, o, _ in _conflicts(signed)] == [("2031-05-05", [("s1", "Quay Review")])]
    (approved,) = [e for e in events if e is not signed]
    assert approved.date == "2031-05-04" and not approved.date_conflicts


def test_two_things_signed_or_two_peoples_samples_stay_apart(nlp):
    events = _reports(
        nlp,
        ("Ostby Ledger", PORT_WEEK, "Calder Freight signed the agreement with the port of Ostby on 2 May."),
        ("Quay Review", PORT_WEEK, "Calder Freight signed the cheque for the harbour fees on 5 May."),
    )
    assert sorted(e.date for e in events) == ["2031-05-02", "2031-05-05"]
    assert not any(e.date_conflicts for e in events)
    samples = _reports(
        nlp,
        ("Kellmoor Post", RACE_WEEK, "Ilka Brandvold's sample was collected on 3 October, the union said."),
        ("Fjell Sport", RACE_WEEK, "Saskia Oldemeer's sample was taken after she crossed the line on 4 October, the union said."),
    )
    (collected,) = _entries_with(samples, "was collected on 3 October")
    assert not collected.date_conflicts and [s.article for s in collected.sources] == ["s0"]


def test_a_bound_alone_is_no_entry(nlp):
    events = _reports(
        nlp,
        ("Fjell Sport", RACE_WEEK, "Ilka Brandvold's sample was taken after she crossed the line on 4 October, the union said."),
    )
    assert [e.sources[0].trigger for e in events] == ["cross"]
