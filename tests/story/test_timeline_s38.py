"""Round s38 (issue 19): a happening's start and its end are two entries, and another outlet's
day for the start is a date conflict on the start. Invented stories, run through
analyze_articles and the timeline."""

from __future__ import annotations

from storylens.records import Article
from tests.story.test_timeline import _entry_with, _timeline

PUBLISHED = "2031-03-18"  # a Tuesday


def _reports(nlp, *reports):
    """``reports``: (outlet, published or None, text)."""
    from storylens.nlp.pipeline import analyze_articles

    articles = [
        Article(id=f"s{i}", source=f"s{i}.txt", text=text, published=published, outlet=outlet)
        for i, (outlet, published, text) in enumerate(reports)
    ]
    return _timeline(list(analyze_articles(articles, nlp=nlp)))


def test_a_start_and_an_end_in_one_sentence_are_two_entries_and_the_undated_start_joins_the_start(nlp):
    events = _reports(
        nlp,
        ("Harl Courier", PUBLISHED, "A riot at Dunhallow Prison began on Sunday evening and ended yesterday morning, prison officials said."),
        ("Velt Wire", None, "The unrest broke out on the evening of 16 March, when inmates seized the east wing."),
    )
    start = _entry_with(events, "broke out")
    assert start.date == "2031-03-16" and {s.article for s in start.sources} == {"s0", "s1"}
    end = [e for e in events if e.date == "2031-03-17"]
    assert len(end) == 1 and end[0] is not start and [s.article for s in end[0].sources] == ["s0"]
    assert not start.date_conflicts and not end[0].date_conflicts


def test_another_day_for_the_start_is_a_conflict_on_the_start_not_the_end(nlp):
    events = _reports(
        nlp,
        ("Harl Courier", PUBLISHED, "A riot at Dunhallow Prison began on Sunday evening and ended yesterday morning, prison officials said."),
        ("Velt Wire", None, "The unrest broke out on the evening of 16 March, when inmates seized the east wing."),
        ("Vessick Voice", PUBLISHED, "Convicts ran riot on Saturday night before police stormed the wing this morning."),
    )
    start = _entry_with(events, "broke out")
    assert [(c.date, [s.article for s in c.sources]) for c in start.date_conflicts] == [("2031-03-15", ["s2"])]
    (end,) = [e for e in events if e.date == "2031-03-17"]
    assert not end.date_conflicts
    storm = _entry_with(events, "stormed the wing")
    assert storm.date == "2031-03-18" and not storm.date_conflicts


def test_two_days_for_one_end_are_still_a_conflict(nlp):
    events = _reports(
        nlp,
        ("Harl Courier", PUBLISHED, "Negotiators ended the siege at Dunhallow Prison on Sunday, officials said."),
        ("Velt Wire", PUBLISHED, "Negotiators ended the siege at Dunhallow Prison yesterday."),
    )
    (siege,) = events
    assert siege.date_conflicts, [(e.date, e.description) for e in events]
