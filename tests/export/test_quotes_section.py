"""The report's quotes section: speakers per outlet, each quote with kind, cue, outlet and link."""

from __future__ import annotations

from storylens.export.report import render_report
from storylens.records import Actor, Article, Quote, QuoteStats, SharedQuote, Span, SpeakerQuotes, Story


def _story() -> Story:
    text = "“We are <b>not</b> involved,” Biden said. Later he added more."
    article = Article("a1", "a1.txt", text, outlet="Outlet A")
    span = Span.of("a1", text, 0, text.index(" Biden"))
    quote = Quote("q1", "actor-1", span.text, "direct", span, speaker_text="Joe Biden", cue="said", outlet="Outlet A")
    stats = QuoteStats(
        speakers=[SpeakerQuotes("Joe Biden", "actor-1", 1, {"Outlet A": 1}, {"direct": 1})],
        shared=[SharedQuote(span.text, ["q1"], ["Outlet A", "Outlet B"])],
    )
    actor = Actor("actor-1", "Joe Biden", "PERSON", mentions=[Span.of("a1", text, text.index("Biden"), text.index("Biden") + 5)])
    return Story("s1", "A story", articles=[article], actors=[actor], quotes=[quote], quote_stats=stats)


def test_quotes_section_lists_speakers_and_quotes():
    html = render_report([_story()])
    section = html[html.index('id="s1-quotes"') :]
    section = section[: section.index("</section>")]
    assert "<h2>Quotes</h2>" in section and "Joe Biden" in section
    assert '<th scope="col">speaker</th>' in section
    assert ">direct<" in section and ">said<" in section and "Outlet A" in section
    assert 'href="#a-a1-' in section  # the link jumps to the quote's sentence
    assert "Quotes carried by more than one outlet" in section
    # Article text is escaped, never marked safe.
    assert "&lt;b&gt;not&lt;/b&gt;" in section and "<b>not</b>" not in section


def test_quotes_section_counts_speakers_without_stored_stats():
    story = _story()
    story.quote_stats.speakers = []
    html = render_report([story])
    section = html[html.index('id="s1-quotes"') :]
    assert '<th scope="row">Joe Biden</th><td>1</td>' in section
