"""Story clustering against gold groupings: B-cubed precision, recall and F1.

- BASIL (``basil/articles/<year>/<triplet>_<n>.json``): the articles of one ``triplet-uuid``
  (one event as Fox, NYT and HuffPost told it) are one story.
- PAC (``pac_partisan_events/data/merged_annotations/STORY_<n>_DOCUMENT_<k>.json``, or the
  split files ``data/<split>.json``): the articles of one story id are one story.

Articles are read as plain text plus title, outlet and date, and clustered from that alone
(light NER over the lead, MiniLM over title and lead), in publication order as a stream would.
``dataset``: basil, pac, or both (detect from the folder: one of them, or a folder holding both).
"""

from __future__ import annotations

import json
import random
from collections import defaultdict
from pathlib import Path

from storylens.errors import Errors, StorylensError
from storylens.records import Article
from storylens.eval.scoring import f_score

BASIL_DIR = "basil"
PAC_DIR = "pac_partisan_events"


def read_basil(data_dir: Path) -> list[tuple[Article, str]]:
    items = []
    for path in sorted((data_dir / "articles").glob("*/*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        paragraphs = [" ".join(p) for p in record.get("body-paragraphs", [])]
        article = Article(
            id=record.get("uuid") or path.stem,
            source=str(path),
            text="\n\n".join(paragraphs),
            outlet=record.get("source"),
            title=record.get("title"),
            published=record.get("date") or None,
            url=record.get("url"),
        )
        items.append((article, record["triplet-uuid"]))
    return items


def _pac_article(record: dict, path: Path) -> Article:
    if "news" in record:
        text = " ".join(s["text"] for s in record["news"])
    else:  # the split files keep tokens per sentence
        text = " ".join(" ".join(sentence) for sentence in record.get("tokens", []))
    return Article(
        id=record["id"],
        source=str(path),
        text=text,
        outlet=record.get("source"),
        title=record.get("title"),
        published=record.get("date") or None,
    )


def read_pac(data_dir: Path, *, split: str | None = None) -> list[tuple[Article, str]]:
    """PAC articles with their story id; ``split`` (train, dev) keeps one split only."""
    merged = sorted((data_dir / "data" / "merged_annotations").glob("*.json"))
    items = []
    if merged:
        for path in merged:
            record = json.loads(path.read_text(encoding="utf-8"))
            if split is None or record.get("split") == split:
                items.append((_pac_article(record, path), record["id"].rsplit("_DOCUMENT_", 1)[0]))
        return items
    for path in sorted((data_dir / "data").glob("*.json")):
        for story_id, records in json.loads(path.read_text(encoding="utf-8")).items():
            items.extend((_pac_article(r, path), story_id) for r in records if split is None or r.get("split") == split)
    return items


def _layout(data_dir: Path) -> list[str]:
    if (data_dir / "articles").is_dir():
        return ["basil"]
    if (data_dir / "data").is_dir():
        return ["pac"]
    found = [name for name, sub in (("basil", BASIL_DIR), ("pac", PAC_DIR)) if (data_dir / sub).is_dir()]
    if not found:
        raise StorylensError(Errors.E005.format(path=str(data_dir), detail="neither BASIL nor PAC layout"))
    return found


def _dataset_dir(data_dir: Path, name: str) -> Path:
    sub = data_dir / (BASIL_DIR if name == "basil" else PAC_DIR)
    return sub if sub.is_dir() else data_dir


def b_cubed(predicted: dict[str, str], gold: dict[str, str]) -> dict[str, float]:
    """B-cubed (Bagga & Baldwin 1998): per item, overlap of its cluster with its gold cluster."""
    by_pred, by_gold = defaultdict(set), defaultdict(set)
    for item, label in predicted.items():
        by_pred[label].add(item)
    for item, label in gold.items():
        by_gold[label].add(item)
    precision = recall = 0.0
    for item in gold:
        ours, theirs = by_pred[predicted[item]], by_gold[gold[item]]
        overlap = len(ours & theirs)
        precision += overlap / len(ours)
        recall += overlap / len(theirs)
    n = max(1, len(gold))
    precision, recall = precision / n, recall / n
    f1 = f_score(precision, recall)
    return {"precision": precision, "recall": recall, "f1": f1}


def score_grouping(items: list[tuple[Article, str]], **options) -> dict[str, float]:
    from storylens.story.clustering import StoryClusterer
    from storylens.story.leads import analyze_leads

    # A stream arrives in publication order; ties keep the file order.
    items = sorted(items, key=lambda pair: pair[0].published or "")
    analyses = analyze_leads([a for a, _ in items])
    clusterer = StoryClusterer(**options)
    clusterer.add_many(analyses)
    predicted = {a.id: clusterer.story_of(a.id) for a, _ in items}
    gold = {a.id: label for a, label in items}
    figures = b_cubed(predicted, gold)
    figures.update(articles=float(len(items)), stories=float(len(set(gold.values()))), clusters=float(len(set(predicted.values()))))
    return figures


def _sample(items: list[tuple[Article, str]], n_stories: int | None, seed: int) -> list[tuple[Article, str]]:
    """Whole gold stories, so a sample keeps every story complete."""
    if not n_stories:
        return items
    labels = sorted({label for _, label in items})
    keep = set(random.Random(seed).sample(labels, min(n_stories, len(labels))))
    return [pair for pair in items if pair[1] in keep]


def evaluate(
    data_dir: Path,
    *,
    dataset: str = "both",
    sample: int | None = None,
    limit: int | None = None,
    split: str | None = None,
    seed: int = 0,
    **options,
) -> dict[str, float]:
    """B-cubed of our grouping. ``sample``: that many gold stories drawn at random per dataset;
    ``limit``: the first that many gold stories; ``split``: PAC's train or dev only.
    Other options go to ``StoryClusterer`` (thresholds)."""
    data_dir = Path(data_dir)
    names = _layout(data_dir) if dataset == "both" else [dataset]
    figures: dict[str, float] = {}
    for name in names:
        folder = _dataset_dir(data_dir, name)
        items = read_basil(folder) if name == "basil" else read_pac(folder, split=split)
        items = _sample(items, sample, seed)
        if limit:
            keep = sorted({label for _, label in items})[:limit]
            items = [pair for pair in items if pair[1] in set(keep)]
        if not items:
            raise StorylensError(Errors.E005.format(path=str(data_dir), detail=f"no {name} articles found"))
        for metric, value in score_grouping(items, **options).items():
            figures[f"{name}_{metric}"] = value
    figures["score"] = sum(figures[f"{n}_f1"] for n in names) / len(names)
    return figures
