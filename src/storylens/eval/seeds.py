"""Score a full analysis against a hand-checked gold file (the seeds' ``gold.json`` format).

Gold items point at evidence with ``{"file", "contains"}``: a string that occurs in that
file's text once white space is folded. Each section reports recall; ``score`` is their mean.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Optional

from rapidfuzz import fuzz

from storylens.records import Article, Span, Story


@dataclass
class Located:
    article: str
    start: int
    end: int


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """Text with white-space runs folded to one space, and each folded char's original offset."""
    chars, offsets = [], []
    in_space = False
    for i, ch in enumerate(text):
        if ch.isspace():
            if not in_space and chars:
                chars.append(" ")
                offsets.append(i)
            in_space = True
        else:
            chars.append(ch)
            offsets.append(i)
            in_space = False
    return "".join(chars), offsets


class GoldLocator:
    """Finds gold evidence strings in the analysed articles (by file name)."""

    def __init__(self, articles: Iterable[Article]):
        self.by_file = {Path(a.source).name: a for a in articles}
        self._folded = {name: fold_with_offsets(a.text) for name, a in self.by_file.items()}

    def article_id(self, file: str) -> Optional[str]:
        article = self.by_file.get(file)
        return article.id if article else None

    def locate(self, evidence: dict) -> Optional[Located]:
        file, needle = evidence["file"], " ".join(evidence["contains"].split())
        if file not in self._folded:
            return None
        folded, offsets = self._folded[file]
        at = folded.find(needle)
        if at < 0:
            return None
        return Located(self.by_file[file].id, offsets[at], offsets[at + len(needle) - 1] + 1)

    def hits(self, evidence: dict, span: Span) -> bool:
        where = self.locate(evidence)
        return where is not None and where.article == span.article and span.start <= where.start < span.end

    def overlaps(self, evidence: dict, span: Span) -> bool:
        """The span shares text with the evidence: how a claim covers evidence (claims_gold GUIDE.md),
        since a claim is one clause of a sentence and need not hold the evidence's first word."""
        where = self.locate(evidence)
        return where is not None and where.article == span.article and span.start < where.end and where.start < span.end


def same_name(a: str, b: str) -> bool:
    return fuzz.ratio(a.lower(), b.lower()) >= 85 or a.lower().split()[-1] == b.lower().split()[-1]


def _share(golds: list, found: Callable[[Any], bool]) -> float:
    """The share of ``golds`` that ``found`` finds in the story (0.0 when the gold has none)."""
    return sum(1 for g in golds if found(g)) / len(golds) if golds else 0.0


def score_story(story: Story, gold: dict, locator: GoldLocator) -> dict[str, float]:
    metrics: dict[str, float] = {}
    texts = {a.id: a.text for a in story.articles}

    # timeline: evidence in an entry with the gold date
    metrics["timeline_recall"] = _share(
        [(t, e) for t in gold.get("timeline", []) for e in t["evidence"]],
        lambda item: any(ev.date == item[0]["date"] and any(locator.hits(item[1], s.span) for s in ev.sources)
                         for ev in story.timeline),
    )
    metrics["date_conflict_recall"] = _share(
        gold.get("date_conflicts", []),
        lambda d: any(ev.date_conflicts and all(side["date"] in {ev.date} | {c.date for c in ev.date_conflicts}
                                                for side in d["sides"]) for ev in story.timeline),
    )

    # quantities: value (within tolerance), unit and bound
    quantities = [q for c in story.claims for q in c.quantities]

    def quantity_found(g: dict) -> bool:
        where = locator.locate(g["evidence"])
        return where is not None and any(
            q.span.article == where.article and q.span.start < where.end and where.start < q.span.end
            and _value_ok(q.value, g["value"], g.get("tolerance", 0.001)) and q.unit == g["unit"]
            and q.bound == g.get("bound", "exact")
            for q in quantities
        )

    metrics["quantity_recall"] = _share(gold.get("quantities", []), quantity_found)

    # claims: the claim that carries the evidence has the gold status
    def status_found(g: dict) -> bool:
        return any(
            sum(any(locator.overlaps(e, s.span) for s in claim.sources) for e in g["evidence"]) >= min(2, len(g["evidence"]))
            and claim.status == g["status"]
            for claim in story.claims
        )

    metrics["claim_status_recall"] = _share(gold.get("claims", []), status_found)

    # actors: all gold spellings present in the texts fall into one actor
    def merged(g: dict) -> bool:
        forms = [f for f in g["same_as"] if any(f.lower() in t.lower() for t in texts.values())]
        owners = {a.id for a in story.actors for f in forms if f.lower() in {x.lower() for x in a.aliases + [a.name]}}
        return len(owners) == 1 and bool(forms)

    metrics["actor_merge_recall"] = _share(gold.get("actors", []), merged)

    def merges_both(x: str, y: str) -> bool:
        return any(
            any(same_name(x, n) and x.split()[-1].lower() in n.lower() for n in names)
            and any(y.split()[-1].lower() in n.lower() for n in names)
            for names in ([a.name] + a.aliases for a in story.actors)
        )

    metrics["must_not_merge_violations"] = float(sum(1 for x, y in gold.get("must_not_merge", []) if merges_both(x, y)))

    # labels: right actor, outlet and label text
    metrics["label_recall"] = _share(
        gold.get("labels", []),
        lambda g: any(same_name(a.name, g["actor"])
                      and any(g["label"].lower() in l.label.lower() and l.outlet == g["outlet"] for l in a.labels)
                      for a in story.actors),
    )

    metrics["event_name_recall"] = _share(
        gold.get("event_names", []),
        lambda g: any(t.lower() in [n.lower() for n in story.framing.event_names.get(g["outlet"], [])] for t in g["terms"]),
    )

    # quotes: gold string inside a quote attributed to the gold speaker
    actor_names = {a.id: a.name for a in story.actors}

    def quote_found(g: dict) -> bool:
        where = locator.locate({"file": g["file"], "contains": g["contains"]})
        return where is not None and any(
            q.span.article == where.article and q.span.start <= where.start and where.end <= q.span.end
            and (same_name(actor_names.get(q.speaker or "", q.speaker_text or ""), g["speaker"])
                 or bool(q.speaker_text and same_name(q.speaker_text, g["speaker"])))
            for q in story.quotes
        )

    metrics["quote_recall"] = _share(gold.get("quotes", []), quote_found)
    return metrics


def _value_ok(value, gold, tolerance: float) -> bool:
    if isinstance(gold, list):
        return isinstance(value, list) and all(abs(v - g) <= tolerance * max(abs(g), 1) for v, g in zip(value, gold))
    if isinstance(value, list):
        return False
    return abs(value - gold) <= tolerance * max(abs(gold), 1)


def score_metadata(articles: list[Article], gold: dict) -> dict[str, float]:
    """Metadata found from the text alone (no manifest) and boilerplate removed."""
    by_file = {Path(a.source).name: a for a in articles}
    checked = ok = 0
    invented = 0
    for g in gold.get("metadata_from_text", []):
        article = by_file.get(g["file"])
        fields = [k for k in ("title", "author", "published", "outlet") if k in g]
        if not fields:  # nothing stated in the text: nothing may be invented
            if article and (article.title or article.author or (article.published and not article.published_inferred)):
                invented += 1
            continue
        for key in fields:
            checked += 1
            ok += bool(article) and getattr(article, key) == g[key]
    removed = sum(
        1 for b in gold.get("boilerplate", []) if b["file"] in by_file and " ".join(b["contains"].split()) not in " ".join(by_file[b["file"]].text.split())
    )
    n_boiler = len(gold.get("boilerplate", []))
    return {
        "metadata_recall": ok / checked if checked else 0.0,
        "metadata_invented": float(invented),
        "boilerplate_removed": removed / n_boiler if n_boiler else 0.0,
    }


def evaluate(data_dir: Path, **options) -> dict[str, float]:
    from storylens.ingest import folder_manifest, read_inputs
    from storylens.nlp.pipeline import analyze_articles
    from storylens.story.build import build_story

    gold = json.loads((data_dir / "gold.json").read_text())
    inputs = sorted(str(p) for p in data_dir.iterdir() if p.suffix in {".txt", ".html", ".json", ".jsonl"} and p.name != "gold.json")
    plain = read_inputs(inputs)
    metrics = score_metadata(plain.articles, gold)
    ingest = read_inputs(inputs, manifest=folder_manifest(data_dir))
    story = build_story(list(analyze_articles(ingest.articles)))
    metrics.update(score_story(story, gold, GoldLocator(ingest.articles)))
    recalls = [v for k, v in metrics.items() if k.endswith(("_recall", "_removed"))]
    metrics["score"] = sum(recalls) / len(recalls)
    return metrics
