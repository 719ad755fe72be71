"""`storylens bench --scaling`: how the cross-article steps grow with the number of articles.

A pool of real, distinct articles (the seeds and the BASIL and PAC dev texts under
``../shared``) goes once through the per-article work clustering needs (light NER, MiniLM):
that cost is linear by construction and reported per article. The timed part is the stream:
the pool repeated to 100, 1,000 and 10,000 articles, each copy in its own epoch of days
(as a real stream moves on in time) with slightly perturbed vectors, fed through the online
clusterer and grouped into stories. The growth exponent is the slope of log time over log size.
"""

from __future__ import annotations

import dataclasses
import math
import time
from datetime import date, timedelta
from pathlib import Path

import numpy as np

from storylens.records import ArticleAnalysis

SHARED = Path("../shared")  # relative to the project root, where the CLI is run


def _pool(shared: Path) -> list[tuple[ArticleAnalysis, str]]:
    """(analysis, gold story) for every distinct pool article, in publication order."""
    from storylens.eval.clustering import read_basil, read_pac
    from storylens.ingest import folder_manifest, read_inputs
    from storylens.story.leads import analyze_leads

    items = []
    seeds = shared / "seeds"
    if seeds.is_dir():
        items += [(a, "seeds") for a in read_inputs([str(seeds)], manifest=folder_manifest(seeds)).articles]
    if (shared / "eval" / "basil").is_dir():
        items += read_basil(shared / "eval" / "basil")
    if (shared / "eval" / "pac_partisan_events").is_dir():
        items += read_pac(shared / "eval" / "pac_partisan_events")
    items.sort(key=lambda pair: pair[0].published or "")
    analyses = analyze_leads([a for a, _ in items])
    return [(analysis, label) for analysis, (_, label) in zip(analyses, items)]


def _stream(pool: list[tuple[ArticleAnalysis, np.ndarray, str]], n: int, *, span_days: int, epoch_days: int, seed: int):
    """``n`` articles: copy ``c`` of the pool spreads its gold stories over ``span_days`` days
    of epoch ``c``; epochs are further apart than the clusterer's search window."""
    labels = sorted({label for _, _, label in pool})
    day_of_label = {label: i * span_days // len(labels) for i, label in enumerate(labels)}
    noise = np.random.default_rng(seed)
    start = date(2000, 1, 1)
    out = []
    for i in range(n):
        copy = i // len(pool)
        analysis, vector, label = pool[i % len(pool)]
        day = start + timedelta(days=copy * epoch_days + day_of_label[label])
        article = dataclasses.replace(analysis.article, id=f"{analysis.article.id}~{copy}", published=day.isoformat())
        jitter = vector + noise.normal(0, 0.01, size=vector.shape).astype(np.float32)
        out.append((dataclasses.replace(analysis, article=article), jitter / np.linalg.norm(jitter)))
    return out


def growth_exponent(sizes: list[int], seconds: list[float]) -> float:
    """Least-squares slope of log(seconds) over log(size)."""
    xs, ys = np.log(sizes), np.log(seconds)
    return float(np.polyfit(xs, ys, 1)[0])


def bench_scaling(sizes=(100, 1000, 10000), *, shared: Path = SHARED, span_days: int = 10, seed: int = 0) -> dict[str, float]:
    """Seconds for clustering + grouping at each size, and the growth exponent."""
    from storylens.story.clustering import StoryClusterer
    from storylens.story.embeddings import embed
    from storylens.story.leads import lead_text

    start = time.perf_counter()
    pool = _pool(shared)
    vectors = embed([lead_text(a) for a, _ in pool])
    per_article_s = (time.perf_counter() - start) / max(1, len(pool))
    entries = [(a, v, label) for (a, label), v in zip(pool, vectors)]
    epoch_days = span_days + 2 * StoryClusterer().window_days + 1
    figures = {"scaling_pool_articles": float(len(pool)), "scaling_per_article_features_s": per_article_s}
    seconds = []
    for n in sizes:
        stream = _stream(entries, n, span_days=span_days, epoch_days=epoch_days, seed=seed)
        start = time.perf_counter()
        clusterer = StoryClusterer()
        for analysis, vector in stream:
            clusterer.add(analysis, vector=vector)
        stories = clusterer.stories()
        elapsed = time.perf_counter() - start
        seconds.append(elapsed)
        figures[f"scaling_{n}_s"] = elapsed
        figures[f"scaling_{n}_stories"] = float(len(stories))
    figures["scaling_exponent"] = growth_exponent(list(sizes), seconds) if len(sizes) > 1 else math.nan
    return figures
