"""How claim alignment grows with the size of a story (issue 4: 1,000 articles in under 10x
the time of 100).

Stories of N articles are built from real analyses (the seeds by default): article ``k`` is a
copy of seed ``k mod len(seeds)`` under a new id, a new outlet and a later date, keeping a
random subset of its claim mentions (as different outlets tell one event with different
sentences). Only ``align_claims`` is timed (embedding, blocking, pair checks, grouping);
the MiniLM model is loaded before timing starts.
"""

from __future__ import annotations

import copy
import dataclasses
import random
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Sequence

from storylens.records import ArticleAnalysis
from storylens.story.context import StoryContext

SEEDS = Path("../shared/seeds")  # relative to the project root, where the CLI is run
KEEP_SHARE = 0.6  # share of an article's claim mentions each variant keeps
OUTLETS = 40  # distinct synthetic outlets the variants are spread over


def seed_analyses(seeds: Path = SEEDS) -> list[ArticleAnalysis]:
    from storylens.ingest import folder_manifest, read_inputs
    from storylens.nlp.pipeline import analyze_articles

    articles = read_inputs([str(seeds)], manifest=folder_manifest(seeds)).articles
    return list(analyze_articles(articles))


def varied_story(bases: Sequence[ArticleAnalysis], n: int, *, seed: int = 0) -> list[ArticleAnalysis]:
    """``n`` analyses varied from ``bases``: new ids, outlets and dates, subsets of claim mentions."""
    rng = random.Random(seed)
    story = []
    for k in range(n):
        base = bases[k % len(bases)]
        article = dataclasses.replace(
            base.article,
            id=f"{base.article.id}~{k}",
            outlet=f"outlet-{rng.randrange(OUTLETS)}",
            published=(date(2023, 6, 1) + timedelta(days=rng.randrange(30))).isoformat(),
            copy_of=None,
        )
        mentions = list(base.claim_mentions)
        kept = sorted(rng.sample(range(len(mentions)), max(1, round(KEEP_SHARE * len(mentions))))) if mentions else []
        variant = dataclasses.replace(base, article=article, claim_mentions=copy.deepcopy([mentions[i] for i in kept]))
        story.append(variant)
    return story


def bench_claims_scaling(
    sizes: Sequence[int] = (100, 1000), *, bases: Sequence[ArticleAnalysis] | None = None, seed: int = 0
) -> dict[str, float]:
    """Seconds of ``align_claims`` per story size, mentions and claims per size, and the
    ratio of the largest to the smallest size's time."""
    from storylens.story.claims import align_claims
    from storylens.story.embeddings import embed

    bases = list(bases) if bases is not None else seed_analyses()
    embed(["warm-up: load the model before timing"])
    figures: dict[str, float] = {}
    for n in sizes:
        context = StoryContext(varied_story(bases, n, seed=seed))
        start = time.perf_counter()
        claims, _ = align_claims(context)
        figures[f"claims_{n}_s"] = time.perf_counter() - start
        figures[f"claims_{n}_mentions"] = float(sum(len(a.claim_mentions) for a in context.analyses))
        figures[f"claims_{n}_claims"] = float(len(claims))
    smallest, largest = min(sizes), max(sizes)
    figures["claims_time_ratio"] = figures[f"claims_{largest}_s"] / max(figures[f"claims_{smallest}_s"], 1e-9)
    figures["claims_size_ratio"] = largest / smallest
    return figures
