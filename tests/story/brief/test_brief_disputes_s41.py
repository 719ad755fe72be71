"""A dispute in the brief as a reader needs it (round s41, on a story written for it): each side's
relative day written as its date, and each side keeping who says so even when the brief cuts the
side short."""

import pytest

from storylens.records import Article

# Two outlets on one Wednesday: one counts eleven stopped operations "on Tuesday", the hospital
# said; the other nine "yesterday", staff said.
GENERATOR = {
    "Lorne Courier": "Generator failure halts surgery at Lorne Hospital\n\nSurgeons at Lorne Hospital stopped eleven "
    "operations on Tuesday after the backup generator failed during a power cut, the hospital said.\n\nThe power cut "
    "lasted about two hours, the grid operator said.\n\nThe regional health board ordered an inspection of backup "
    "generators at all public hospitals.",
    "Daily Lantern": "Hospital generator dies in blackout\n\nNine operations were abandoned at Lorne Hospital yesterday "
    "when its backup generator failed during a power cut, staff said.\n\nThe power cut lasted about two hours.\n\n"
    "The regional health board ordered checks of backup generators at all public hospitals.",
}


@pytest.fixture(scope="module")
def generator_story(nlp):
    from storylens.nlp.pipeline import analyze_articles
    from storylens.story.build import build_story

    articles = [
        Article(id=f"g{i}", source=f"g{i}.txt", text=text, outlet=outlet, published="2026-11-18")
        for i, (outlet, text) in enumerate(GENERATOR.items())
    ]
    return build_story(list(analyze_articles(articles, nlp=nlp)))


def the_dispute(story):
    disputes = [s.text for s in story.summary if s.text.startswith("Reports differ")]
    assert len(disputes) == 1, [s.text for s in story.summary]
    return disputes[0]


def test_each_side_of_a_dispute_writes_its_relative_day_as_a_date(generator_story):
    dispute = the_dispute(generator_story)
    assert "yesterday" not in dispute and "Tuesday" not in dispute
    assert dispute.count("November 17, 2026") == 2


def test_a_side_cut_short_keeps_who_says_so(generator_story):
    dispute = the_dispute(generator_story)
    courier = dispute[dispute.index("Lorne Courier reports") :]
    assert "eleven operations" in courier and "the hospital said" in courier
    assert "staff said" in dispute


def test_this_morning_is_written_as_its_date():
    from storylens.records import Span
    from storylens.story.brief.sentences import compress, date_edits

    text = "The minister said this morning that the market would not reopen."
    at = text.index("this morning")
    timex = Span("a", at, at + len("this morning"), "this morning")
    edits = date_edits(Span("a", 0, len(text), text), [(timex, "2026-11-18")])
    assert compress(text, edits, 0, {}) == "The minister said on the morning of November 18, 2026 that the market would not reopen."


def test_a_sentence_whose_object_points_back_does_not_stand_alone():
    from storylens.story.brief.sentences import _object_points_back, parse

    assert _object_points_back(parse(["Traders disputed that, saying the notice came late."])[0])
    assert not _object_points_back(parse(["Traders disputed that account of the notice."])[0])
