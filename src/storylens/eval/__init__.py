"""Scorers for public benchmarks and the seeds gold: ``storylens eval NAME --data DIR``.

Each module here has ``evaluate(data_dir: Path, **options) -> dict[str, float]`` returning
one flat mapping of metric name to number, whose ``score`` is the headline metric.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from storylens.errors import Errors, StorylensError

EVALUATIONS = {
    "seeds": "storylens.eval.seeds",  # gold.json of ../shared/seeds: recall per section
    "extraction": "storylens.eval.extraction",  # article-body extraction benchmark layout
    "timex": "storylens.eval.timex",  # TempEval-3 TimeML
    "quantities": "storylens.eval.quantities",  # NewsQuant (CQE)
    "attribution": "storylens.eval.attribution",  # PolNeAR
    "propaganda": "storylens.eval.propaganda",  # SemEval-2020 Task 11
    "basil": "storylens.eval.basil",  # BASIL lexical-bias spans
    "clustering": "storylens.eval.clustering",  # BASIL / PAC story grouping
    "brief": "storylens.eval.brief",  # NeuS / AllSides neutral summaries
    "timeline": "storylens.eval.timeline",  # SemEval-2015 Task 4 cross-document timelines
    "stance": "storylens.eval.stance",  # FNC-1 headline/body stance via claim alignment
    "claims": "storylens.eval.claims",  # claims_gold: cross-outlet fact links, statuses, conflicts, omissions
}


def evaluate(name: str, data_dir: Path, **options) -> dict[str, float]:
    if name not in EVALUATIONS:
        raise StorylensError(Errors.E004.format(name=name, available=", ".join(sorted(EVALUATIONS))))
    module = importlib.import_module(EVALUATIONS[name])
    if not Path(data_dir).exists():
        raise StorylensError(Errors.E005.format(path=str(data_dir), detail="no such folder"))
    return module.evaluate(Path(data_dir), **options)
