"""Score a full analysis against a hand-checked gold file (the seeds' ``gold.json`` format).

Gold items point at evidence with ``{"file", "contains"}``: a string that occurs in that
file's text once white space is folded. Each section reports recall; ``score`` is their mean.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional

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


def score_story(story: Story, gold: dict, locator: GoldLocator) -> dict[str, float]:
    metrics: dict[str, float] = {}
    texts = {a.id: a.text for a in story.articles}

    # timeline: evidence in an entry with the gold date
    items = [(t, e) for t in gold.get("timeline", []) for e in t["evidence"]]
    ok = sum(
        any(ev.date == t["date"] and any(locator.hits(e, s.span) for s in ev.sources) for ev in story.timeline)
        for t, e in items
    )
    metrics["timeline_recall"] = ok / len(items) if items else 0.0
    conflicts = gold.get("date_conflicts", [])
    found = 0
    for d in conflicts:
        for ev in story.timeline:
            dates = {ev.date} | {c.date for c in ev.date_conflicts}
            if ev.date_conflicts and all(side["date"] in dates for side in d["sides"]):
                found += 1
                break
    metrics["date_conflict_recall"] = found / len(conflicts) if conflicts else 0.0

    # quantities: value (within tolerance), unit and bound
    quantities = [q for c in story.claims for q in c.quantities]
    qs = gold.get("quantities", [])
    ok = 0
    for g in qs:
        where = locator.locate(g["evidence"])
        for q in quantities:
            if where and q.span.article == where.article and q.span.start < where.end and where.start < q.span.end:
                if _value_ok(q.value, g["value"], g.get("tolerance", 0.001)) and q.unit == g["unit"] and q.bound == g.get("bound", "exact"):
                    ok += 1
                    break
    metrics["quantity_recall"] = ok / len(qs) if qs else 0.0

    # claims: the claim that carries the evidence has the gold status
    cs = gold.get("claims", [])
    ok = 0
    for g in cs:
        for claim in story.claims:
            covered = sum(any(locator.overlaps(e, s.span) for s in claim.sources) for e in g["evidence"])
            if covered >= min(2, len(g["evidence"])) and claim.status == g["status"]:
                ok += 1
                break
    metrics["claim_status_recall"] = ok / len(cs) if cs else 0.0

    # actors: all gold spellings present in the texts fall into one actor
    actors = gold.get("actors", [])
    ok = 0
    for g in actors:
        forms = [f for f in g["same_as"] if any(f.lower() in t.lower() for t in texts.values())]
        owners = {a.id for a in story.actors for f in forms if f.lower() in {x.lower() for x in a.aliases + [a.name]}}
        ok += len(owners) == 1 and bool(forms)
    metrics["actor_merge_recall"] = ok / len(actors) if actors else 0.0
    pairs = gold.get("must_not_merge", [])
    bad = 0
    for x, y in pairs:
        for a in story.actors:
            names = [a.name] + a.aliases
            if any(same_name(x, n) and x.split()[-1].lower() in n.lower() for n in names) and any(
                y.split()[-1].lower() in n.lower() for n in names
            ):
                bad += 1
                break
    metrics["must_not_merge_violations"] = float(bad)

    # labels: right actor, outlet and label text
    labels = gold.get("labels", [])
    ok = 0
    for g in labels:
        for a in story.actors:
            if not same_name(a.name, g["actor"]):
                continue
            if any(g["label"].lower() in l.label.lower() and (l.outlet == g["outlet"]) for l in a.labels):
                ok += 1
                break
    metrics["label_recall"] = ok / len(labels) if labels else 0.0

    names = gold.get("event_names", [])
    ok = sum(any(t.lower() in [n.lower() for n in story.framing.event_names.get(g["outlet"], [])] for t in g["terms"]) for g in names)
    metrics["event_name_recall"] = ok / len(names) if names else 0.0

    # quotes: gold string inside a quote attributed to the gold speaker
    quotes = gold.get("quotes", [])
    actor_names = {a.id: a.name for a in story.actors}
    ok = 0
    for g in quotes:
        where = locator.locate({"file": g["file"], "contains": g["contains"]})
        for q in story.quotes:
            if where and q.span.article == where.article and q.span.start <= where.start and where.end <= q.span.end:
                speaker = actor_names.get(q.speaker or "", q.speaker_text or "")
                if same_name(speaker, g["speaker"]) or (q.speaker_text and same_name(q.speaker_text, g["speaker"])):
                    ok += 1
                    break
    metrics["quote_recall"] = ok / len(quotes) if quotes else 0.0
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
