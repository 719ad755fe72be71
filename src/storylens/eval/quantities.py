"""NewsQuant (CQE, Almasian et al. 2023): quantities in news sentences.

Definitions as in the CQE evaluation: a predicted quantity matches a gold one of the same
sentence when their values are equal (ranges: both ends equal); value+unit also needs the
normalised unit to match. Matching is one-to-one per sentence; precision, recall and F1 are
micro-averaged over all quantities. Units: quantulum3 unit names are what NewsQuant's
``normalized_unit`` uses; a bare number counts the noun it modifies, with the noun's modifiers as
NewsQuant writes them ("37 sales" -> "sale", "700 heart transplants" -> "heart transplant"), and "-"
stands for no unit. Both sides go through ``UNIT_ALIASES``, the renaming CQE's own evaluation
applies to quantulum3 output (evaluation/tagger.py), so the same unit under two names still matches.
The same run scores quantulum3 alone as the baseline.
"""

from __future__ import annotations

import json
import math
import random
import re
from storylens.eval.scoring import f_score
from pathlib import Path
from typing import Iterable, Optional, Union

Value = Union[float, tuple[float, float]]
Predicted = tuple[Value, str]  # (value as written, unit)


def load_sentences(data_dir: Path) -> list[dict]:
    path = next(iter(sorted(Path(data_dir).rglob("NewsQuant.json"))), None)
    if path is None:
        raise FileNotFoundError(f"no NewsQuant.json under {data_dir}")
    return json.loads(path.read_text())


def _gold_value(text: str) -> Value:
    # ranges are written "750000.0-1000000.0"; a leading minus is a negative number, "1.99E-5" an exponent
    match = re.fullmatch(r"\s*(-?[\d.]+(?:[eE]-?\d+)?)\s*-\s*(-?[\d.]+(?:[eE]-?\d+)?)\s*", text)
    if match:
        return (float(match.group(1)), float(match.group(2)))
    return float(text)


def _values_equal(a: Value, b: Value) -> bool:
    if isinstance(a, tuple) != isinstance(b, tuple):
        return False
    pairs = zip(a, b) if isinstance(a, tuple) else [(a, b)]
    return all(math.isclose(x, y, rel_tol=1e-4, abs_tol=1e-9) for x, y in pairs)


# quantulum3 name -> NewsQuant name for the same unit, from CQE's evaluation/tagger.py (QuantulumTagger's
# dictionary_unit; "p" -> "point" from its CCG tagger's, where NewsQuant writes pence in share prices as "point")
UNIT_ALIASES = {
    "dimensionless": "-",
    "unk": "-",
    "per cent": "percentage",
    "percent": "percentage",
    "dollar dollar": "dollar",
    "united states dollar": "dollar",
    "tonne": "metric ton",
    "degree angle": "degree",
    "degree celsius": "celsius",
    "degree fahrenheit": "fahrenheit",
    "penny": "point",
}


def _unit(name: Optional[str]) -> str:
    name = (name or "-").strip().lower()
    return UNIT_ALIASES.get(name, name)


def _match(gold: list[Predicted], predicted: list[Predicted], *, with_unit: bool) -> int:
    unused = list(gold)
    hits = 0
    for value, unit in predicted:
        for candidate in unused:
            if _values_equal(value, candidate[0]) and (not with_unit or _unit(unit) == _unit(candidate[1])):
                unused.remove(candidate)
                hits += 1
                break
    return hits


def _f1(hits: int, n_predicted: int, n_gold: int) -> tuple[float, float, float]:
    precision = hits / n_predicted if n_predicted else 0.0
    recall = hits / n_gold if n_gold else 0.0
    f1 = f_score(precision, recall)
    return precision, recall, f1


def storylens_predictions(texts: list[str]) -> Iterable[list[Predicted]]:
    import storylens.nlp.quantities  # noqa: F401  (registers the component)
    from storylens.nlp.pipeline import build_nlp
    from storylens.nlp.quantities import find_quantities

    nlp = build_nlp(components=[])
    for doc in nlp.pipe(texts, batch_size=64):
        predicted = []
        for q in find_quantities(doc):
            value = tuple(q.value) if isinstance(q.value, list) else q.value
            unit = (q.counted_phrase or "-") if q.unit_name == "dimensionless" else q.unit_name
            predicted.append((value, unit))
        yield predicted


def quantulum_predictions(texts: list[str]) -> Iterable[list[Predicted]]:
    from quantulum3 import parser

    for text in texts:
        yield [(float(q.value), "-" if q.unit.name == "dimensionless" else q.unit.name) for q in parser.parse(text)]


def _score(sentences: list[dict], predictions: Iterable[list[Predicted]], prefix: str) -> dict[str, float]:
    counts = {"value": 0, "value_unit": 0, "predicted": 0, "gold": 0}
    for sentence, predicted in zip(sentences, predictions):
        gold = [(_gold_value(q["value"]), q["normalized_unit"]) for q in sentence["quantities"]]
        counts["value"] += _match(gold, predicted, with_unit=False)
        counts["value_unit"] += _match(gold, predicted, with_unit=True)
        counts["predicted"] += len(predicted)
        counts["gold"] += len(gold)
    precision, recall, f1 = _f1(counts["value"], counts["predicted"], counts["gold"])
    _, _, unit_f1 = _f1(counts["value_unit"], counts["predicted"], counts["gold"])
    return {
        f"{prefix}value_precision": precision,
        f"{prefix}value_recall": recall,
        f"{prefix}value_f1": f1,
        f"{prefix}value_unit_f1": unit_f1,
    }


def evaluate(data_dir: Path, *, sample: int | None = None, seed: int = 0, baseline: bool = True) -> dict[str, float]:
    """Value F1 (``score``) and value+unit F1 of storylens, and of quantulum3 alone as baseline."""
    sentences = load_sentences(data_dir)
    if sample is not None and sample < len(sentences):
        sentences = random.Random(seed).sample(sentences, sample)
    texts = [s["text"] for s in sentences]
    metrics = _score(sentences, storylens_predictions(texts), "")
    if baseline:
        metrics.update(_score(sentences, quantulum_predictions(texts), "quantulum3_"))
    metrics["sentences"] = float(len(sentences))
    metrics["quantities"] = float(sum(len(s["quantities"]) for s in sentences))
    metrics["score"] = metrics["value_f1"]
    return metrics
