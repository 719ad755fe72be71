"""`storylens batch`: a corpus through the per-article pipeline on an engine, then into stories.

    read (JSONL, WARC, Parquet, anything ingest reads) -> per-article pipeline (local or Ray)
    -> cluster into stories -> build each story -> Parquet tables (+ the store when given)

Only the per-article step runs on the engine: it is where the time goes, and it needs
nothing from other articles. The cross-article steps stay on the driver and are linear
(clustering searches story representatives, never all articles).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from storylens.batch.local import PIPELINES, analyze_local
from storylens.errors import StorylensError
from storylens.records import Article, ArticleAnalysis, Record, Rejected, Story

ENGINES = ("local", "ray")


@dataclass
class BatchReport(Record):
    engine: str
    pipeline: str
    articles: int = 0
    stories: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    tables: dict[str, str] = field(default_factory=dict)  # table name -> Parquet path
    db: Optional[str] = None


def read_parquet_articles(path: Path) -> tuple[list[Article], list[Rejected]]:
    """Articles from a table with a ``text`` column; other columns named like Article fields
    (id, title, outlet, published, author, url) are taken as metadata."""
    import pyarrow.parquet as pq

    from storylens.ingest import read_text

    articles, rejected = [], []
    table = pq.read_table(path)
    if "text" not in table.column_names:
        return [], [Rejected(str(path), "unsupported format: a Parquet input needs a 'text' column")]
    metadata_columns = [c for c in ("title", "outlet", "published", "author", "url") if c in table.column_names]
    for i, row in enumerate(table.to_pylist()):
        source = f"{path}#{row.get('id', i)}"
        result = read_text(row["text"] or "", source=source, **{c: row[c] for c in metadata_columns if row[c]})
        articles.extend(result.articles)
        rejected.extend(result.rejected)
    return articles, rejected


def read_batch_inputs(inputs: list[str]) -> tuple[list[Article], list[Rejected]]:
    from storylens.ingest import read_inputs

    parquet = [Path(p) for p in inputs if p.endswith(".parquet")]
    others = [p for p in inputs if not p.endswith(".parquet")]
    articles, rejected = [], []
    if others:
        result = read_inputs(others)
        articles.extend(result.articles)
        rejected.extend(result.rejected)
    for path in parquet:
        found, refused = read_parquet_articles(path)
        articles.extend(found)
        rejected.extend(refused)
    return articles, rejected


def analyze_on(engine: str, articles: list[Article], *, pipeline: str = "full", num_cpus: int | None = None) -> list[ArticleAnalysis]:
    if engine == "local":
        return analyze_local(articles, pipeline=pipeline)
    if engine == "ray":
        from storylens.batch.ray_engine import analyze_on_ray

        return analyze_on_ray(articles, pipeline=pipeline, num_cpus=num_cpus)
    raise StorylensError(f"Unknown engine {engine!r}: use one of {', '.join(ENGINES)}.")


def _analyze_surviving(engine: str, articles: list[Article], *, pipeline: str, num_cpus: int | None,
                       rejected: list[Rejected]) -> list[ArticleAnalysis]:
    """``analyze_on``, and should it fail, each article alone on this process: an article the
    pipeline cannot take is rejected by name and the corpus goes on."""
    try:
        return analyze_on(engine, articles, pipeline=pipeline, num_cpus=num_cpus)
    except StorylensError:
        raise
    except Exception:  # noqa: BLE001 -- found out below, article by article
        from storylens.api import analyse_each_alone

        return analyse_each_alone(articles, lambda one: analyze_local(one, pipeline=pipeline), rejected)


def build_stories(analyses: list[ArticleAnalysis]) -> tuple[list[Story], dict[str, str]]:
    """Cluster the analyses and build one Story per cluster; also article id -> story id."""
    from storylens.story.build import build_stories

    stories = build_stories(analyses, copy=True)
    story_of = {a.id: story.id for story in stories for a in story.articles}
    return stories, story_of


def run_batch(
    inputs: list[str],
    *,
    engine: str = "local",
    out_dir: Path,
    db: str | None = None,
    num_cpus: int | None = None,
    pipeline: str = "full",
) -> BatchReport:
    """Run a corpus through storylens on ``engine``; ``pipeline="light"`` keeps only sentences
    and named mentions (enough to cluster, several times faster)."""
    from storylens.batch.tables import table_rows, write_tables

    if engine not in ENGINES:
        raise StorylensError(f"Unknown engine {engine!r}: use one of {', '.join(ENGINES)}.")
    if pipeline not in PIPELINES:
        raise StorylensError(f"Unknown pipeline {pipeline!r}: use one of {', '.join(PIPELINES)}.")
    articles, rejected = read_batch_inputs(list(inputs))
    report = BatchReport(engine=engine, pipeline=pipeline, rejected=rejected, db=db)
    if not articles:
        return report
    store = None
    if db is not None:
        from storylens.store import open_store

        store = open_store(db)
    try:
        analyses = _analyze_saving(engine, articles, store, pipeline=pipeline, num_cpus=num_cpus, rejected=report.rejected)
        if not analyses:
            return report
        stories, story_of = build_stories(analyses)
        report.tables = write_tables(table_rows(analyses, stories, story_of), Path(out_dir))
        report.articles, report.stories = len(analyses), len(stories)
        if store is not None:
            for story in stories:
                store.save_story(story)
            store.save_rejected(rejected)
    finally:
        if store is not None:
            store.close()
    return report


# Each call of the Ray engine starts its actors, and each actor loads the model: chunks there
# are larger than `storylens analyze`'s (storylens.api.SAVE_EVERY), so loading stays a small part.
RAY_SAVE_EVERY = 1024


def _analyze_saving(engine: str, articles: list[Article], store, *, pipeline: str, num_cpus: int | None,
                    rejected: list[Rejected]) -> list[ArticleAnalysis]:
    """``_analyze_surviving``; with a store, through the same chunked saving as ``storylens
    analyze``: each finished chunk is saved, and what the store already holds is read back, so a
    run that is stopped keeps its chunks and a rerun continues after them."""
    def analyse_chunk(chunk: list[Article], advance, rejected: list[Rejected]) -> list[ArticleAnalysis]:
        return _analyze_surviving(engine, chunk, pipeline=pipeline, num_cpus=num_cpus, rejected=rejected)

    if store is None:
        return analyse_chunk(articles, None, rejected)
    from storylens.api import analyse_in_chunks

    return analyse_in_chunks(articles, store, rejected=rejected, analyse_chunk=analyse_chunk, pipeline=pipeline,
                             save_every=RAY_SAVE_EVERY if engine == "ray" else None)
