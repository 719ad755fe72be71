"""Why gold links are lost and false links made, story by story, under the left-one-story-out
models of scripts/train_claim_linker.py (round s37).

    .venv/bin/python scripts/claim_link_causes.py --data ../shared/eval/claims_gold [--data ...] \\
        --report REPORT.json [--cache DIR] [--sets claims_gold] [--details]

--data folders and their order must be those of the train_claim_linker.py run whose --report is
given: each story is scored by the weights fitted on the other stories (C as the run chose it) at
the threshold the run chose for it without it (its "chosen" list), so the links counted here are
the ones the run's left-one-story-out figures count. --sets: the sets to diagnose (default all).

A **lost link** is a pair of evidence items of one gold fact from two outlets that no claim
covers together (link recall's miss). Its cause, in the order the pipeline meets it:

- clause never formed: one of the two overlaps no claim mention (the clause extraction);
- never compared: no pair of their mentions is a candidate (blocking);
- below the bar: no compared pair reaches the threshold; split by whether the best pair's
  mentions each overlap evidence of this fact only, or one also overlaps another fact's evidence
  (the clause was cut so that it carries two facts); and by the feature that pulls the best pair
  furthest below the positive pairs the fold was fitted on (weight x (value - positive mean));
- lost in grouping: a compared pair reaches the threshold but the groups stay apart
  (claim_grouping_losses.py gives the reason).

A **false link** is a pair of evidence items of different facts from two outlets that one claim
covers (link precision's miss). Its cause:

- a clause carries both facts: a member of the claim overlaps evidence of both facts (cut wide,
  or the gold cuts finer than the clause);
- linked directly: a member over one and a member over the other are scored at the threshold;
- a dispute joined them: the two were joined as a dispute (below the threshold);
- chained: neither; the grouping joined them through third clauses.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from itertools import combinations
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))

from claim_grouping_losses import compared_pairs, overlaps, refusals  # noqa: E402
from storylens.story.claim_linker import FEATURES, LinkModel  # noqa: E402
from train_claim_linker import Settings, StoryData, collect_folders, fit  # noqa: E402

LOST = ("pairs", "linked", "clause never formed", "never compared", "below the bar, clauses of this fact",
        "below the bar, a clause carries another fact", "lost in grouping")
FALSE = ("linked pairs", "same fact", "a clause carries both facts", "linked directly", "a dispute joined them", "chained")


def positive_means(stories: list[StoryData]) -> np.ndarray:
    parts = [s.training_data() for s in stories]
    x = np.vstack([f for f, _ in parts])
    y = np.concatenate([labels for _, labels in parts])
    return x[y == 1].mean(axis=0)


def diagnose(story: StoryData, model: LinkModel, means: np.ndarray, lost: Counter, false: Counter,
             low: Counter, details: list[str]) -> None:
    items = story.prepared.mentions.items if story.prepared else []
    claims, probability, why = refusals(story, model) if story.prepared else ([], {}, {})
    features = {pair: row for pair, row in zip(story.prepared.pairs, story.prepared.features)} if story.prepared else {}
    threshold = model.link_threshold
    facts_of = [{f.id for f in story.facts for e in f.evidence if overlaps(m.span, e)} for m in items]
    index_of = {(m.span.article, m.span.start, m.span.end): n for n, m in enumerate(items)}
    members_of = [[index_of[(s.span.article, s.span.start, s.span.end)] for s in c.sources
                   if (s.span.article, s.span.start, s.span.end) in index_of] for c in claims]

    def say(kind: str, fact: str, text: str) -> None:
        details.append(f"{story.set_name}/{story.name} {fact} {kind}\n{text}")

    for fact in story.facts:
        for a, b in combinations(fact.evidence, 2):
            if a.outlet == b.outlet:
                continue
            lost["pairs"] += 1
            if any(any(overlaps(items[m].span, a) for m in ms) and any(overlaps(items[m].span, b) for m in ms)
                   for ms in members_of):
                lost["linked"] += 1
                continue
            xs, ys, compared = compared_pairs(items, probability, a, b)
            if not xs or not ys:
                lost["clause never formed"] += 1
                missing = a if not xs else b
                say("clause never formed", fact.id, f"    {missing.outlet}: {story.context.articles[missing.article].text[missing.start:missing.end]}")
                continue
            if not compared:
                lost["never compared"] += 1
                continue
            p, i, j = compared[0]
            if p >= threshold:
                lost["lost in grouping"] += 1
                lost["grouping: " + why[(i, j)][0]] += 1 if (i, j) in why else 0
                continue
            carries = len(facts_of[i]) > 1 or len(facts_of[j]) > 1
            lost["below the bar, a clause carries another fact" if carries else "below the bar, clauses of this fact"] += 1
            deficit = np.asarray(model.weights) * (features[(i, j)] - means)
            lowest = FEATURES[int(np.argmin(deficit))]
            low[lowest] += 1
            say(f"below the bar p={p:.2f} lowest {lowest}", fact.id,
                f"    {items[i].outlet}: {items[i].mention.text} {sorted(facts_of[i])}\n"
                f"    {items[j].outlet}: {items[j].mention.text} {sorted(facts_of[j])}")
    evidence = [e for f in story.facts for e in f.evidence]
    for claim, ms in zip(claims, members_of):
        covered = sorted({e for e in evidence if any(overlaps(items[m].span, e) for m in ms)},
                         key=lambda e: (e.article, e.start, e.fact))
        for a, b in combinations(covered, 2):
            if a.outlet == b.outlet:
                continue
            false["linked pairs"] += 1
            if a.fact == b.fact:
                false["same fact"] += 1
                continue
            xs = [m for m in ms if overlaps(items[m].span, a)]
            ys = [m for m in ms if overlaps(items[m].span, b)]
            if any({a.fact, b.fact} <= facts_of[m] for m in ms):
                kind = "a clause carries both facts"
            elif any(probability.get((min(x, y), max(x, y)), 0.0) >= threshold for x in xs for y in ys):
                kind = "linked directly"
            elif any((min(x, y), max(x, y)) in probability for x in xs for y in ys):
                # a compared pair below the threshold: joined only as a dispute, or through others
                kind = "a dispute joined them" if claim.conflicts else "chained"
            else:
                kind = "chained"
            false[kind] += 1
            say(f"false link: {kind}", f"{a.fact}/{b.fact}",
                "".join(f"      [{items[m].outlet}] {items[m].mention.text} {sorted(facts_of[m])}\n" for m in ms))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, action="append", required=True)
    parser.add_argument("--report", type=Path, required=True, help="train_claim_linker.py --report of the same --data")
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--sets", action="append", default=None, help="set names to diagnose (default all)")
    parser.add_argument("--details", action="store_true")
    args = parser.parse_args(argv)
    report = json.loads(args.report.read_text(encoding="utf-8"))
    training, _ = collect_folders(args.data)
    stories = [StoryData(folder, args.cache) for folder in training]
    if len(report["chosen"]) != len(stories):
        raise SystemExit("the report was made on other --data")
    lost, false, low, details = Counter(), Counter(), Counter(), []
    for story, (c, threshold) in zip(stories, report["chosen"]):
        if args.sets and story.set_name not in args.sets:
            continue
        rest = [s for s in stories if s is not story]
        weights, bias = fit(rest, float(c), Settings())
        diagnose(story, LinkModel(weights, bias, float(threshold)), positive_means(rest), lost, false, low, details)
    if args.details:
        print("\n".join(details))
    print("lost links: " + json.dumps({k: lost[k] for k in LOST} | {k: v for k, v in lost.items() if k.startswith("grouping")}))
    print("lowest feature of pairs below the bar: " + json.dumps(dict(low.most_common())))
    print("false links: " + json.dumps({k: false[k] for k in FALSE}))


if __name__ == "__main__":
    main()
