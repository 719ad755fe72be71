"""The Ray engine: the per-article pipeline on Ray Data, one spaCy model per worker actor.

Ray is an optional extra, imported only here and only when this engine is chosen. Records
travel as JSON strings (``to_dict``), so what the workers return is exactly what the local
engine returns.
"""

from __future__ import annotations

import json

from storylens.errors import StorylensError
from storylens.records import Article, ArticleAnalysis

RAY_MISSING = "The Ray engine needs Ray Data: install it with `pip install storylens[ray]`."


def _ray():
    try:
        import ray
        import ray.data  # noqa: F401 -- the Data library is a separate extra of ray
    except ImportError as e:
        raise StorylensError(RAY_MISSING) from e
    return ray


class AnalyzeArticles:
    """The callable class Ray Data builds once per actor: the model loads in ``__init__``."""

    def __init__(self, pipeline: str) -> None:
        from storylens.batch.local import analyze_batch
        from storylens.nlp.pipeline import build_nlp
        from storylens.story.leads import light_nlp

        self.pipeline = pipeline
        self.nlp = build_nlp() if pipeline == "full" else light_nlp()
        self._analyze = analyze_batch

    def __call__(self, batch: dict) -> dict:
        articles = [Article.from_dict(json.loads(a)) for a in batch["article"]]
        analyses = self._analyze(articles, pipeline=self.pipeline, nlp=self.nlp)
        return {"position": batch["position"], "analysis": [json.dumps(a.to_dict()) for a in analyses]}


def analyze_on_ray(
    articles: list[Article], *, pipeline: str = "full", num_cpus: int | None = None, address: str | None = None, batch_size: int = 32
) -> list[ArticleAnalysis]:
    """Analyse ``articles`` on Ray Data and return the analyses in input order.

    Without ``address`` (or RAY_ADDRESS) a local Ray runtime is started with ``num_cpus``
    (default 2); with it, the run joins that cluster. One actor per CPU, one CPU each.
    """
    ray = _ray()
    if not articles:
        return []
    started = False
    if not ray.is_initialized():
        if address:
            ray.init(address=address, include_dashboard=False, log_to_driver=False)
        else:
            ray.init(num_cpus=num_cpus or 2, include_dashboard=False, log_to_driver=False)
        started = True
    try:
        actors = max(1, int(num_cpus or ray.cluster_resources().get("CPU", 2)))
        rows = [{"position": i, "article": json.dumps(a.to_dict())} for i, a in enumerate(articles)]
        dataset = ray.data.from_items(rows).map_batches(
            AnalyzeArticles,
            fn_constructor_kwargs={"pipeline": pipeline},
            batch_size=batch_size,
            batch_format="numpy",
            compute=ray.data.ActorPoolStrategy(size=min(actors, max(1, len(articles) // batch_size))),
            num_cpus=1,
        )
        results = sorted(dataset.iter_rows(), key=lambda row: int(row["position"]))
        return [ArticleAnalysis.from_dict(json.loads(row["analysis"])) for row in results]
    finally:
        if started:
            ray.shutdown()
