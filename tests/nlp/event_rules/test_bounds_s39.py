"""Round s39 (issue 19): a time expression dates the verb it attaches to in the parse; the verb
of the clause around an "after"/"before" clause dated that way gets only a bound, and "he"/"she"
is the person the article's salience gives it. Sentences written for these tests."""

from __future__ import annotations

from tests.nlp.event_rules.test_event_rules import events

PUBLISHED = "2031-10-08"  # a Wednesday


def _by_trigger(found):
    return {m.trigger: m for m in found}


def test_a_clause_after_a_dated_clause_is_bounded_by_its_day_not_dated_by_it(nlp):
    found = _by_trigger(events(nlp, "Ilka Brandvold's sample was taken after she crossed the line on 4 October, the union said.", PUBLISHED))
    assert set(found) == {"cross", "take"}
    # the day is the crossing's own
    assert (found["cross"].date, found["cross"].bound) == ("2031-10-04", None)
    # the taking is only "after" that day
    assert (found["take"].date, found["take"].bound) == ("2031-10-04", "after")
    assert [(a.role, a.head) for a in found["take"].arguments] == [("patient", "sample")]


def test_a_clause_before_a_dated_clause_is_bounded_the_other_way(nlp):
    found = _by_trigger(events(nlp, "The sample was sealed before the courier left the stadium on 4 October.", PUBLISHED))
    assert (found["leave"].date, found["leave"].bound) == ("2031-10-04", None)
    assert (found["seal"].date, found["seal"].bound) == ("2031-10-04", "before")


def test_a_verb_with_its_own_day_keeps_it_and_a_measured_distance_or_a_negation_gives_no_bound(nlp):
    found = _by_trigger(events(nlp, "Police arrested Joran Pelkey on Tuesday after officers raided the warehouse on Monday.", PUBLISHED))
    assert (found["arrest"].date, found["arrest"].bound) == ("2031-10-07", None)
    assert (found["raid"].date, found["raid"].bound) == ("2031-10-06", None)
    assert [m.trigger for m in events(nlp, "The sample was tested two days after she crossed the line on 4 October.", PUBLISHED)] == ["cross"]
    assert [m.trigger for m in events(nlp, "The sample was not taken after she crossed the line on 4 October.", PUBLISHED)] == ["cross"]


def test_a_participle_after_after_still_dates_the_main_verb(nlp):
    # round s35's rule for a step with no subject of its own is kept: no bound
    (exploded,) = events(nlp, "The Tarvik-2 rocket burst apart shortly after leaving the pad at Orm Head on Tuesday.", PUBLISHED)
    assert (exploded.date, exploded.bound) == ("2031-10-07", None)
    assert exploded.trigger != "leave"


def test_she_is_the_named_person_the_article_gives_her(nlp):
    found = _by_trigger(events(nlp, "Ilka Brandvold's sample was taken after she crossed the line on 4 October.", PUBLISHED))
    agents = [a for a in found["cross"].arguments if a.role == "meant"]
    assert [(a.head, a.span.text) for a in agents] == [("brandvold", "Ilka Brandvold's")]
    # "it" stays no participant, and so does a "she" the article names nobody for
    (sank,) = events(nlp, "The trawler lost power. It sank off Kessa Point on 4 October.", PUBLISHED)
    assert not [a for a in sank.arguments if a.role == "agent"]
    (crossed,) = events(nlp, "She crossed the line on 4 October.", PUBLISHED)
    assert not [a for a in crossed.arguments if a.role in ("agent", "meant")]
