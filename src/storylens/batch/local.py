"""The local engine: the per-article pipeline in this process, one model for the whole run."""

from __future__ import annotations

from storylens.records import Article, ArticleAnalysis

PIPELINES = ("full", "light")


def analyze_batch(articles: list[Article], *, pipeline: str = "full", nlp=None) -> list[ArticleAnalysis]:
    """Analyse ``articles`` with the full storylens pipeline, or the light one (sentences and
    named mentions only, as story clustering needs). Both engines call this, so they agree."""
    if pipeline == "full":
        from storylens.nlp.pipeline import analyze_articles

        return list(analyze_articles(articles, nlp=nlp))
    if pipeline == "light":
        from storylens.nlp.fingerprint import pipeline_version
        from storylens.story.leads import analyze_leads

        analyses = analyze_leads(articles, nlp=nlp, chars=None)
        for analysis in analyses:
            analysis.pipeline = pipeline_version("light")
        return analyses
    raise ValueError(f"pipeline must be one of {PIPELINES}, not {pipeline!r}")


def analyze_local(articles: list[Article], *, pipeline: str = "full") -> list[ArticleAnalysis]:
    return analyze_batch(articles, pipeline=pipeline)
