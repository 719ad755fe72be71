"""Headlines analysed for actors and loaded language, with spans into the title (issue 19,
round s29)."""

import pytest

from storylens.records import Article, TitleSpan

BODY = (
    "Norway accused Sweden on Tuesday of shelling three border villages overnight. "
    "Sweden denied firing on the villages and said Norwegian units had staged the attack.\n\n"
    "The Norwegian defence ministry said two people were hurt."
)
TITLES = {
    "Post": "Norway Accuses Sweden of Shelling Border Villages",
    "Herald": "Gas, batons and lies: the regime's brutal invasion of the border villages",
}


@pytest.fixture(scope="module")
def analyses(nlp):
    from storylens.nlp.pipeline import analyze_articles

    articles = [
        Article(id=f"h{i}", source=f"h{i}.txt", text=BODY, outlet=outlet, title=title, published="2026-03-03")
        for i, (outlet, title) in enumerate(TITLES.items())
    ]
    articles.append(Article(id="h9", source="h9.txt", text=BODY, outlet="Untitled", published="2026-03-03"))
    return list(analyze_articles(articles, nlp=nlp))


def test_a_title_case_headline_names_its_actors_and_no_verb_is_a_person(analyses):
    mentions = [(m.type, m.span.text) for m in analyses[0].title_mentions]
    assert ("GPE", "Norway") in mentions and ("GPE", "Sweden") in mentions, mentions
    assert not any(kind == "PERSON" for kind, _ in mentions), mentions


def test_every_title_span_points_at_the_title(analyses):
    for analysis in analyses:
        title = analysis.article.title or ""
        spans = [m.span for m in analysis.title_mentions] + [s.span for s in analysis.title_loaded_spans]
        for span in spans:
            assert isinstance(span, TitleSpan) and span.field == "title"
            assert title[span.start : span.end] == span.text


def test_the_headlines_loaded_words_are_found(analyses):
    loaded = [s.span.text for s in analyses[1].title_loaded_spans if s.shows_words]
    assert any("brutal" in text for text in loaded), loaded


def test_an_article_without_a_title_has_no_title_analysis_and_no_headline_is_dated(analyses):
    assert analyses[2].title_mentions == [] and analyses[2].title_loaded_spans == []
    # time expressions address the body only: the headline dates nothing
    for analysis in analyses:
        assert all(analysis.article.text[t.span.start : t.span.end] == t.span.text for t in analysis.time_expressions)


def test_the_story_links_headline_names_to_actors_and_exports_valid_title_spans(analyses):
    from storylens.export.json_export import export_document, validate_document
    from storylens.story.build import build_story

    story = build_story(analyses)
    norway = next(a for a in story.actors if a.name == "Norway")
    assert [(s.article, s.text) for s in norway.title_mentions] == [("h0", "Norway")]
    assert any("brutal" in s.span.text for s in story.framing.title_loaded_language)
    validate_document(export_document([story]))  # title spans checked against the title
    from storylens.export.report import render_report

    page = render_report([story])
    assert "Loaded words in the headline" in page and "brutal" in page
