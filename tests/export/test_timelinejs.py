"""TimelineJS export and the report's timeline section."""

import json

from storylens.export.report import render_report
from storylens.export.timelinejs import timelinejs_date, to_timelinejs
from storylens.records import Article, DateConflict, Event, EventSource, SourceRef, Span, Story

TEXT = "On Friday <b>rebels</b> marched. Another outlet says they marched on Saturday."


def small_story() -> Story:
    article = Article(id="a1", source="a.txt", text=TEXT, outlet="<i>Daily</i>")
    first = Span.of("a1", TEXT, 0, 32)
    second = Span.of("a1", TEXT, 33, len(TEXT))
    event = Event(
        id="ev-1",
        date="2023-06-23",
        description="<b>rebels</b> marched",
        sources=[EventSource("a1", article.outlet, first, time_expression=Span.of("a1", TEXT, 3, 9), trigger="march")],
        date_conflicts=[DateConflict("2023-06-24", [SourceRef("a1", article.outlet, second)])],
    )
    year = Event(id="ev-2", date="2014", description="founded", sources=[EventSource("a1", None, first)])
    return Story(id="s1", title="<script>x</script>", articles=[article], timeline=[year, event])


def test_dates_keep_their_precision():
    assert timelinejs_date("2023-06-23") == {"year": "2023", "month": "6", "day": "23"}
    assert timelinejs_date("2022-02") == {"year": "2022", "month": "2"}
    assert timelinejs_date("2014") == {"year": "2014"}


def test_timelinejs_document_escapes_article_text():
    document = to_timelinejs(small_story())
    json.dumps(document)
    assert [e["unique_id"] for e in document["events"]] == ["ev-2", "ev-1"]
    slide = document["events"][1]
    assert slide["start_date"] == {"year": "2023", "month": "6", "day": "23"}
    assert "<b>rebels" not in slide["text"]["text"] and "&lt;b&gt;rebels" in slide["text"]["text"]
    assert "2023-06-24" in slide["text"]["text"]
    assert "<script>" not in document["title"]["text"]["headline"]


def test_report_shows_dates_outlets_conflicts_and_links():
    html = render_report([small_story()])
    section = html.split('class="section-timeline"')[1].split("</section>")[0]
    assert '<time datetime="2023-06-23">' in section and 'class="conflict"' in section
    assert "#a-a1-0-32" in section and "#a-a1-33-" in section
    assert "outlet-tag" in section and "&lt;i&gt;Daily&lt;/i&gt;" in section
    assert "<b>rebels" not in section


def test_seed_timeline_exports(seed_story):
    document = to_timelinejs(seed_story)
    assert len(document["events"]) == len(seed_story.timeline) > 10
    json.dumps(document)


def test_chart_dots_land_on_timeline_rows():
    html = render_report([small_story()])
    assert 'id="s1-event-ev-1"' in html
