"""The main job as a function: paths in, stories out (stored, ready to export).

ingest -> nlp (per article, or read back from the store) -> story (cluster, build) -> store.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Optional, Sequence

from storylens.ingest import read_inputs
from storylens.nlp.pipeline import analyze_articles
from storylens.records import AnalysisResult, ArticleAnalysis
from storylens.story.build import build_stories

ProgressFactory = Callable[[str, int], Callable[[], None]]


def analyze(
    paths: Sequence[str],
    *,
    manifest: Optional[Path] = None,
    db: Optional[str] = None,
    store=None,
    cluster: bool = True,
    progress: Optional[ProgressFactory] = None,
) -> AnalysisResult:
    """Analyse the articles at ``paths`` and store them with their stories.

    Articles already in the store are read back instead of re-analysed. With ``cluster``
    the articles are grouped into stories; otherwise they form one story.
    ``progress(description, total)`` returns a callable advanced once per article.
    """
    from storylens.store import open_store

    ingest = read_inputs(list(paths), manifest=manifest)
    result = AnalysisResult(rejected=list(ingest.rejected))
    if not ingest.articles:
        return result
    owns_store = store is None
    store = store or open_store(db)
    try:
        analyses = _analyses(ingest.articles, store, progress)
        for story in build_stories(analyses, cluster=cluster):
            store.save_story(story)
            result.stories.append(story)
        store.save_rejected(result.rejected)
    finally:
        if owns_store:
            store.close()
    return result


def _analyses(articles, store, progress) -> list[ArticleAnalysis]:
    stored = {a.article.id: a for a in store.load_analyses([a.id for a in articles])}
    todo = [a for a in articles if a.id not in stored]
    advance = progress("Analysing articles", len(todo)) if progress and todo else None
    fresh = list(analyze_articles(todo, progress=advance)) if todo else []
    if fresh:
        store.save_analyses(fresh)
    by_id = {a.article.id: a for a in fresh}
    # Metadata given now (manifest) wins over what was stored with the text earlier.
    result = []
    for article in articles:
        analysis = by_id.get(article.id) or stored[article.id]
        analysis.article = article
        result.append(analysis)
    return result
