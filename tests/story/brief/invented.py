"""Builds a story from invented articles, as `analyze --one-story` would, for the brief's tests."""

from storylens.records import Article
from storylens.story.context import StoryContext


def build_invented_story(rows, id_prefix: str, nlp):
    """(story, context) of the articles in ``rows``: (outlet, published, title, text) each."""
    from storylens.nlp.pipeline import analyze_articles
    from storylens.story.build import build_story

    articles = [
        Article(id=f"{id_prefix}{i}", source=f"{id_prefix}{i}.txt", text=text, outlet=outlet, published=published, title=title)
        for i, (outlet, published, title, text) in enumerate(rows)
    ]
    analyses = list(analyze_articles(articles, nlp=nlp))
    return build_story(analyses), StoryContext(analyses)
