"""`storylens bench`: articles per second for ingest, the spaCy parse alone and the whole analysis.

The input folder's articles are repeated (each copy made distinct by a numbered note at the
end, so ids differ) until ``n_articles`` are reached. Figures go in docs/benchmarks.md.
"""

from __future__ import annotations

import dataclasses
import time
from pathlib import Path

import spacy

from storylens.ingest import folder_manifest, read_inputs
from storylens.nlp.pipeline import BASE_MODEL, build_nlp, doc_to_analysis, make_doc
from storylens.records import Article
from storylens.story.build import build_story


CORE_COMPONENTS = ("storylens_sentences", "storylens_entity_fixes")
# feature -> (its per-article components, its story step)
FEATURES = {
    "timeline": (("storylens_timex", "storylens_events"), "timeline"),
    "claims": (("storylens_quantities", "storylens_claims"), "claims"),
    "quotes": (("storylens_quotes",), "quotes"),
    "framing": (("storylens_labels", "storylens_loaded_language", "storylens_event_names"), "framing"),
    "brief": ((), "brief"),
}


def _inputs(data: Path) -> list[str]:
    return sorted(str(p) for p in Path(data).rglob("*") if p.is_file() and p.suffix in {".txt", ".html", ".json", ".jsonl"} and p.name != "gold.json")


def _repeated(articles: list[Article], n: int) -> list[list[Article]]:
    """Groups of distinct copies of the input articles, one group per copy of the whole set."""
    groups, made = [], 0
    copy = 0
    while made < n:
        group = []
        for article in articles:
            if made == n:
                break
            note = f"\n\n(Benchmark copy {copy}.)"
            group.append(dataclasses.replace(article, id=f"{article.id}-{copy}", text=article.text + note))
            made += 1
        groups.append(group)
        copy += 1
    return groups


def run_bench(data: Path, *, n_articles: int = 500, scaling: bool = False, progress=None) -> dict[str, float]:
    paths = _inputs(data)
    manifest = folder_manifest(data)

    start = time.perf_counter()
    rounds = max(1, n_articles // max(1, len(paths)))
    for _ in range(rounds):
        articles = read_inputs(paths, manifest=manifest).articles
    ingest_s = time.perf_counter() - start
    groups = _repeated(articles, n_articles)
    flat = [a for g in groups for a in g]
    words = sum(len(a.text.split()) for a in flat)

    base = spacy.load(BASE_MODEL)
    start = time.perf_counter()
    for _ in base.pipe((a.text for a in flat), batch_size=16):
        pass
    parse_s = time.perf_counter() - start

    nlp = build_nlp()
    docs = [make_doc(nlp, a) for a in flat]
    component_s: dict[str, float] = {}
    for name, component in nlp.pipeline:  # one component at a time, to see what each costs
        start = time.perf_counter()
        docs = list(component.pipe(docs, batch_size=16)) if hasattr(component, "pipe") else [component(d) for d in docs]
        component_s[name] = time.perf_counter() - start
    start = time.perf_counter()
    analyses = [doc_to_analysis(doc, article) for doc, article in zip(docs, flat)]
    nlp_s = sum(component_s.values()) + time.perf_counter() - start
    start = time.perf_counter()
    by_id = {a.article.id: a for a in analyses}
    story_steps: dict[str, float] = {}
    for group in groups:
        build_story([by_id[a.id] for a in group], timings=story_steps)
    story_s = time.perf_counter() - start
    whole_s = nlp_s + story_s

    figures = {
        "articles": float(len(flat)),
        "words": float(words),
        "ingest_articles_per_s": rounds * len(paths) / ingest_s,
        "parse_articles_per_s": len(flat) / parse_s,
        "parse_words_per_s": words / parse_s,
        "nlp_articles_per_s": len(flat) / nlp_s,
        "whole_articles_per_s": len(flat) / whole_s,
        "whole_over_parse": whole_s / parse_s,
        "story_steps_s": story_s,
    }
    own = [n for n in component_s if n.startswith("storylens_")]
    for name in own:
        figures[f"share_{name}"] = component_s[name] / whole_s
    for step, seconds in story_steps.items():
        figures[f"share_story_{step}"] = seconds / whole_s
    # What each issue adds, as a share of the whole analysis, and the core (issue 2: the model's
    # own components, our sentence and entity fixes, actor merging) against the bare parse.
    base_s = sum(s for n, s in component_s.items() if not n.startswith("storylens_"))
    core_s = base_s + sum(component_s.get(n, 0.0) for n in CORE_COMPONENTS) + story_steps.get("actors", 0.0)
    figures["core_over_parse"] = core_s / parse_s
    for feature, (components, step) in FEATURES.items():
        figures[f"share_{feature}"] = (sum(component_s.get(n, 0.0) for n in components) + story_steps.get(step, 0.0)) / whole_s
    if scaling:
        from storylens.batch.scaling import bench_scaling

        figures.update(bench_scaling())
    return figures
