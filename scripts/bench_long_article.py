"""Time the per-article analysis of one long article at several lengths (docs/benchmarks.md).

The article is the cleaned text of the articles in DATA joined with blank lines and repeated to
each length, read at run time (nothing is copied into the project). One warm-up run on a short
text loads the models first. Wall and CPU seconds are printed per length, with the ratio to the
shortest length, so a run on a shared machine can still tell linear from quadratic.

    .venv/bin/python scripts/bench_long_article.py --data ../shared/seeds --chars 12500 25000 50000 100000
"""

from __future__ import annotations

import argparse
import json
import time

from storylens.ingest import read_inputs
from storylens.nlp.pipeline import analyze_articles, shared_nlp
from storylens.records import Article


def long_article(data: str, chars: int) -> Article:
    base = "\n\n".join(a.text for a in read_inputs([data]).articles)
    return Article(id=f"long-{chars}", source=f"long-{chars}", text=(base * (chars // len(base) + 1))[:chars])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default="../shared/seeds", help="folder of articles to repeat")
    parser.add_argument("--chars", type=int, nargs="+", default=[12_500, 25_000, 50_000, 100_000])
    args = parser.parse_args()
    nlp = shared_nlp()
    list(analyze_articles([long_article(args.data, 5_000)], nlp=nlp))  # loads every model once
    rows = []
    for chars in args.chars:
        article = long_article(args.data, chars)
        wall, cpu = time.perf_counter(), time.process_time()
        list(analyze_articles([article], nlp=nlp))
        rows.append({"chars": chars, "wall_s": round(time.perf_counter() - wall, 1), "cpu_s": round(time.process_time() - cpu, 1)})
    first = rows[0]
    for row in rows:
        row["chars_ratio"] = round(row["chars"] / first["chars"], 1)
        row["cpu_ratio"] = round(row["cpu_s"] / max(first["cpu_s"], 0.1), 1)
        print(json.dumps(row), flush=True)


if __name__ == "__main__":
    main()
