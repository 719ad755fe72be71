"""Cross-outlet claims gold (``claims_gold/GUIDE.md``): does the claims matrix link the same fact
told in different words, keep different facts apart, and find the real disagreements?

Each story folder holds plain-text articles, a ``manifest.csv`` and a ``gold.json`` of facts, each
with the exact text of every outlet's evidence. The folder is analysed as ``analyze --one-story``
does; a system claim *covers* an evidence item when one of its source spans overlaps it.

- link recall: pairs of evidence of one fact from different outlets that one claim covers together;
- link precision: of the pairs of evidence items from different outlets (of one fact or of two)
  that one claim covers together, the share that belong to one fact;
- status accuracy: per fact, the claim covering most of its evidence has the gold status;
- conflict recall: contested facts whose claim (the one covering most of their evidence) is contested; false conflicts: contested claims
  whose covered evidence is all ``reports`` of one fact;
- false omissions: an outlet listed as omitting a claim although it reports a fact the claim covers;
  omissions found: the omissions the gold implies (an outlet of the story with no evidence of a
  corroborated fact) that are listed, against the claim covering most of the fact's evidence
  (of ``gold_omissions``). A change that stops listing omissions lowers it.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Callable, Optional

from storylens.errors import Errors, StorylensError
from storylens.eval.scoring import f_score
from storylens.records import Article, Story

COUNTS = ("recall_pairs", "recall_linked", "linked_pairs", "linked_same_fact", "facts", "status_right",
          "contested", "contested_found", "false_conflicts", "false_omissions", "omissions", "gold_omissions", "omissions_found", "claims",
          "single_source_claims")


@dataclass(frozen=True)
class Evidence:
    fact: str
    article: str  # article id
    outlet: str
    start: int
    end: int
    stance: str


@dataclass
class GoldFact:
    id: str
    status: str
    evidence: list[Evidence] = field(default_factory=list)


def story_folders(data_dir: Path) -> list[Path]:
    """Every folder under ``data_dir`` (itself included) that holds a ``gold.json``."""
    folders = sorted(p.parent for p in Path(data_dir).rglob("gold.json"))
    if not folders:
        raise StorylensError(Errors.E005.format(path=str(data_dir), detail="no story folder with a gold.json in it"))
    return folders


def build_folder_story(folder: Path) -> Story:
    """The folder's articles as one story, as ``storylens analyze FOLDER --one-story`` builds it."""
    from storylens.ingest import read_inputs
    from storylens.nlp.pipeline import analyze_articles
    from storylens.story.build import build_stories

    manifest = folder / "manifest.csv"
    ingest = read_inputs([str(folder)], manifest=manifest if manifest.exists() else None)
    if not ingest.articles:
        raise StorylensError(Errors.E005.format(path=str(folder), detail="no article could be read"))
    return build_stories(list(analyze_articles(ingest.articles)), cluster=False)[0]


def _locate(text: str, contains: str) -> Optional[tuple[int, int]]:
    """Where the evidence string is in the cleaned article text (whitespace may differ from the file)."""
    at = text.find(contains)
    if at >= 0:
        return at, at + len(contains)
    pattern = r"\s+".join(re.escape(word) for word in contains.split())
    match = re.search(pattern, text)
    return (match.start(), match.end()) if match else None


def gold_facts(folder: Path, articles: list[Article]) -> tuple[list[GoldFact], list[str]]:
    """The gold facts with their evidence placed in the story's articles, and the evidence that
    could not be placed (reported, never silently dropped)."""
    by_file = {Path(a.source).name: a for a in articles}
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    facts, missing = [], []
    for item in gold["facts"]:
        fact = GoldFact(item["id"], item["status"])
        for evidence in item["evidence"]:
            article = by_file.get(evidence["file"])
            where = _locate(article.text, evidence["contains"]) if article else None
            if where is None:
                missing.append(f"{folder.name}/{evidence['file']}: {evidence['contains'][:60]}")
                continue
            outlet = article.outlet or evidence["file"]
            fact.evidence.append(Evidence(fact.id, article.id, outlet, *where, evidence.get("stance", "reports")))
        facts.append(fact)
    return facts, missing


def _covers(spans: list[tuple[str, int, int]], evidence: Evidence) -> bool:
    return any(a == evidence.article and s < evidence.end and evidence.start < e for a, s, e in spans)


def evidence_covered(story: Story, facts: list[GoldFact]) -> tuple[dict[str, set[Evidence]], dict[Evidence, set[str]]]:
    """The gold evidence each claim covers (by claim id), and the claims covering each evidence item."""
    evidence = [e for f in facts for e in f.evidence]
    covered_by: dict[str, set[Evidence]] = {}
    for claim in story.claims:
        spans = [(s.article, s.span.start, s.span.end) for s in claim.sources]
        covered_by[claim.id] = {e for e in evidence if _covers(spans, e)}
    claims_of: dict[Evidence, set[str]] = defaultdict(set)
    for claim_id, items in covered_by.items():
        for e in items:
            claims_of[e].add(claim_id)
    return covered_by, claims_of


def claim_of_fact(fact: GoldFact, claims_of: dict[Evidence, set[str]]) -> Optional[str]:
    """The id of the claim covering most of the fact's evidence: the one whose status is the fact's."""
    votes = Counter(c for e in fact.evidence for c in claims_of[e])
    # ties go to the first claim id, not to set order (which changes with the hash seed between runs)
    return min(votes, key=lambda claim_id: (-votes[claim_id], claim_id)) if votes else None


def score_story(story: Story, facts: list[GoldFact]) -> Counter:
    """The counts behind every metric, for one story."""
    counts: Counter = Counter()
    covered_by, claims_of = evidence_covered(story, facts)
    for fact in facts:
        for a, b in combinations(fact.evidence, 2):
            if a.outlet != b.outlet:
                counts["recall_pairs"] += 1
                counts["recall_linked"] += bool(claims_of[a] & claims_of[b])
    linked: set[tuple[Evidence, Evidence]] = set()
    for items in covered_by.values():
        for a, b in combinations(sorted(items, key=lambda e: (e.article, e.start, e.fact)), 2):
            if a.outlet != b.outlet:
                linked.add((a, b))
    counts["linked_pairs"] += len(linked)
    counts["linked_same_fact"] += sum(a.fact == b.fact for a, b in linked)
    status_of = {c.id: c.status for c in story.claims}
    omitted = {(o.outlet, o.claim) for o in story.omissions}
    story_outlets = {a.outlet for a in story.articles if a.outlet}
    for fact in facts:
        counts["facts"] += 1
        best = claim_of_fact(fact, claims_of)
        counts["status_right"] += best is not None and status_of[best] == fact.status
        if fact.status == "corroborated":
            for outlet in story_outlets - {e.outlet for e in fact.evidence}:
                counts["gold_omissions"] += 1
                counts["omissions_found"] += (outlet, best) in omitted
        if fact.status == "contested":
            counts["contested"] += 1
            counts["contested_found"] += best is not None and status_of[best] == "contested"
    for claim in story.claims:
        counts["claims"] += 1
        counts["single_source_claims"] += claim.status == "single_source"
        items = covered_by[claim.id]
        if claim.status == "contested" and items and len({e.fact for e in items}) == 1 and all(
            e.stance == "reports" for e in items
        ):
            counts["false_conflicts"] += 1
    outlets_of_fact = {f.id: {e.outlet for e in f.evidence} for f in facts}
    for omission in story.omissions:
        counts["omissions"] += 1
        covered_facts = {e.fact for e in covered_by.get(omission.claim, ())}
        counts["false_omissions"] += any(omission.outlet in outlets_of_fact[f] for f in covered_facts)
    return counts


def metrics(counts: Counter) -> dict[str, float]:
    recall = counts["recall_linked"] / counts["recall_pairs"] if counts["recall_pairs"] else 0.0
    precision = counts["linked_same_fact"] / counts["linked_pairs"] if counts["linked_pairs"] else 0.0
    return {
        "score": f_score(precision, recall),
        "link_recall": recall,
        "link_precision": precision,
        "status_accuracy": counts["status_right"] / counts["facts"] if counts["facts"] else 0.0,
        "contested_found": counts["contested_found"],
        "contested": counts["contested"],
        "false_conflicts": counts["false_conflicts"],
        "false_omissions": counts["false_omissions"],
        "omissions": counts["omissions"],
        "gold_omissions": counts["gold_omissions"],
        "omissions_found": counts["omissions_found"],
        "claims": counts["claims"],
        "single_source_claims": counts["single_source_claims"],
    }


def evaluate(
    data_dir: Path, *, limit: Optional[int] = None, build: Callable[[Path], Story] = build_folder_story, **_
) -> dict[str, float]:
    """Every story folder's figures (prefixed by the folder name) and the totals over all of them."""
    total: Counter = Counter()
    figures: dict[str, float] = {}
    unplaced = 0
    for folder in story_folders(data_dir)[:limit]:
        story = build(folder)
        facts, missing = gold_facts(folder, story.articles)
        unplaced += len(missing)
        counts = score_story(story, facts)
        total.update(counts)
        story_metrics = metrics(counts)
        for name in ("score", "link_recall", "link_precision", "status_accuracy", "contested_found"):
            figures[f"{folder.name}.{name}"] = story_metrics[name]
    result = metrics(total)
    result["stories"] = len(story_folders(data_dir)[:limit])
    result["evidence_not_found"] = unplaced
    result.update(figures)
    return result
