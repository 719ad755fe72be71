"""Article-body extraction, scored as the public article-extraction benchmark does
(scrapinghub/article-extraction-benchmark, evaluate.py).

Layout: ``DIR/html/<id>.html.gz`` and ``DIR/ground-truth.json`` mapping each id to
``{"articleBody": ...}``. The benchmark tokenises with ``\\w+``, compares multisets of
4-token shingles per document, normalises each document's TP/FP/FN to sum to one (so long
articles weigh no more than short ones), averages precision and recall over documents, and
takes F1 from those averages. Our prediction is ``Article.text`` as ``read_text`` makes it
(trafilatura, then storylens cleaning), so the figure measures the ingest users get; pages ingest
rejects (not English, too short) are counted by reason and scored apart.
"""

from __future__ import annotations

import gzip
import json
import random
import re
from collections import Counter
from pathlib import Path
from statistics import mean
from typing import Optional

from storylens.errors import Errors, StorylensError
from storylens.eval.scoring import f_score

_TOKEN = re.compile(r"\w+")
SHINGLE_TOKENS = 4


def shingles(text: str, n: int = SHINGLE_TOKENS) -> Counter:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i : i + n])


def document_counts(true: str, pred: str) -> tuple[float, float, float]:
    """TP, FP, FN over shingles of one document, normalised to sum to 1 when any is non-zero."""
    expected, predicted = shingles(true), shingles(pred)
    tp = sum((expected & predicted).values())
    fp = sum((predicted - expected).values())
    fn = sum((expected - predicted).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def score(ground_truth: dict[str, str], predictions: dict[str, str]) -> dict[str, float]:
    """Precision, recall, F1 and exact-token accuracy of ``predictions`` (id -> body text)."""
    if not ground_truth:
        return {"score": 0.0, "f1": 0.0, "precision": 0.0, "recall": 0.0, "accuracy": 0.0, "documents": 0.0}
    counts = [document_counts(ground_truth[key], predictions.get(key, "")) for key in ground_truth]
    precision = mean([_precision(*c) for c in counts if c[0] + c[1] > 0] or [0.0])
    recall = mean([_recall(*c) for c in counts if c[0] + c[2] > 0] or [0.0])
    f1 = f_score(precision, recall)
    accuracy = mean(float(_TOKEN.findall(ground_truth[k]) == _TOKEN.findall(predictions.get(k, ""))) for k in ground_truth)
    return {"score": f1, "f1": f1, "precision": precision, "recall": recall, "accuracy": accuracy,
            "documents": float(len(counts))}


def extract_body(html: str, *, source: str) -> tuple[str, Optional[str]]:
    """The body ingest makes of a page, and the reason when ingest rejects the page instead."""
    from storylens.ingest import read_text

    result = read_text(html, source=source)
    if result.articles:
        return result.articles[0].text, None
    return "", result.rejected[0].reason if result.rejected else "empty"


def trafilatura_body(html: str) -> str:
    """trafilatura's own output, as the benchmark's runner calls it: the baseline."""
    import trafilatura

    return trafilatura.extract(html, include_comments=False) or ""


def reason_kind(reason: str) -> str:
    """"not English: storylens ..." -> "not_english"; "too short to analyse: ..." -> "too_short_to_analyse"."""
    return re.sub(r"\W+", "_", reason.split(":")[0].split("(")[0].strip().lower()).strip("_")


def evaluate(data_dir: Path, *, limit: Optional[int] = None, sample: Optional[int] = None, seed: int = 0,
             **options) -> dict[str, float]:
    """Score ingest on the benchmark layout in ``data_dir``: ``limit`` scores the first N pages
    (by id), ``sample`` N pages drawn at random with ``seed``.

    The extractor and the intake policy are measured apart: ``f1``/``precision``/``recall`` are
    over the pages ingest accepts; ``rejected`` and ``rejected_<reason>`` count the others (a
    non-English page, a page too short to analyse); ``f1_all_pages`` scores every page, a rejected
    one as empty. ``trafilatura_*`` are trafilatura's own output on the same pages."""
    truth_file, html_dir = data_dir / "ground-truth.json", data_dir / "html"
    if not truth_file.is_file() or not html_dir.is_dir():
        raise StorylensError(Errors.E005.format(path=str(data_dir), detail="expected html/<id>.html.gz and ground-truth.json"))
    truth = {key: value.get("articleBody", "") for key, value in json.loads(truth_file.read_text("utf-8")).items()}
    keys = sorted(truth)
    if limit:
        keys = keys[:limit]
    if sample and sample < len(keys):
        keys = sorted(random.Random(seed).sample(keys, sample))
    predictions, baseline, rejected = {}, {}, Counter()
    for key in keys:
        page = html_dir / f"{key}.html.gz"
        html = gzip.decompress(page.read_bytes()).decode("utf-8", "replace") if page.exists() else ""
        text, reason = extract_body(html, source=str(page)) if html else ("", "missing page")
        if reason is None:
            predictions[key] = text
        else:
            rejected[reason_kind(reason)] += 1
        baseline[key] = trafilatura_body(html) if html else ""
    accepted = [key for key in keys if key in predictions]
    metrics = score({key: truth[key] for key in accepted}, predictions)
    ours_all = score({key: truth[key] for key in keys}, predictions)
    theirs = score({key: truth[key] for key in accepted}, baseline)
    theirs_all = score({key: truth[key] for key in keys}, baseline)
    metrics.update({
        "pages": float(len(keys)), "accepted": float(len(accepted)), "rejected": float(sum(rejected.values())),
        **{f"rejected_{kind}": float(n) for kind, n in sorted(rejected.items())},
        "f1_all_pages": ours_all["f1"],
        "trafilatura_f1": theirs["f1"], "trafilatura_precision": theirs["precision"], "trafilatura_recall": theirs["recall"],
        "trafilatura_f1_all_pages": theirs_all["f1"],
    })
    return metrics
