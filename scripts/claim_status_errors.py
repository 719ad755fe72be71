"""Every gold fact whose status storylens gets wrong, with its evidence and the claim that carries it.

    .venv/bin/python scripts/claim_status_errors.py --data ../shared/eval/claims_gold [--data ...] \\
        [--model src/storylens/story/data/claim_linker.json] [--cache DIR]

A fact's status is that of the claim covering most of its evidence (as `storylens eval claims`
scores it, ties to the first claim id). For each wrong one: the gold's evidence per outlet, the
claim's members, and the explanation of each conflict the claim carries. The last lines count
the errors by (gold status, status given) and give the metrics of `storylens eval claims` over
the stories (the same figures when the cache holds the current pipeline's analyses). Analyses are read from --cache when there (the cache
of scripts/train_claim_linker.py), so a change in the story layer is measured in minutes.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from train_claim_linker import StoryData, collect_folders  # noqa: E402
from storylens.eval.claims import claim_of_fact, evidence_covered, metrics, score_story  # noqa: E402
from storylens.story.claim_linker import load_model  # noqa: E402
from storylens.records import Story  # noqa: E402
from storylens.story.claims import align_claims  # noqa: E402

SHIPPED = Path(__file__).parent.parent / "src" / "storylens" / "story" / "data" / "claim_linker.json"


def status_errors(story: StoryData, model) -> tuple[list[tuple[object, object]], Counter]:
    """(fact, claim or None) for each fact whose claim's status is not the gold's, and the
    story's counts for the metrics."""
    claims, omissions = align_claims(story.context, model=model, prepared=story.prepared)
    aligned = Story(id=story.name, title=story.name, articles=story.articles, claims=claims, omissions=omissions)
    _, claims_of = evidence_covered(aligned, story.facts)
    by_id = {claim.id: claim for claim in claims}
    wrong = []
    for fact in story.facts:
        claim = by_id.get(claim_of_fact(fact, claims_of))
        if (claim.status if claim else None) != fact.status:
            wrong.append((fact, claim))
    return wrong, score_story(aligned, story.facts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, action="append", required=True)
    parser.add_argument("--model", type=Path, default=SHIPPED)
    parser.add_argument("--cache", type=Path)
    args = parser.parse_args()
    model = load_model(args.model)
    kinds: Counter = Counter()
    totals: Counter = Counter()
    for folder in collect_folders(args.data)[0]:
        story = StoryData(folder, args.cache)
        text = {a.id: a.text for a in story.articles}
        outlet = {a.id: a.outlet for a in story.articles}
        wrong, counts = status_errors(story, model)
        totals.update(counts)
        for fact, claim in wrong:
            got = claim.status if claim else None
            kinds[(fact.status, got)] += 1
            print(f"== {folder.name} {fact.id}: gold {fact.status}, given {got}")
            for e in fact.evidence:
                print(f"   gold  [{e.outlet}, {e.stance}] {text[e.article][e.start:e.end]!r}")
            for source in claim.sources if claim else []:
                print(f"   claim [{outlet[source.article]}] {source.span.text!r}")
            for conflict in claim.conflicts if claim else []:
                print(f"   {conflict.kind}: {conflict.detail}")
    print(dict(kinds))
    print({name: round(value, 3) for name, value in metrics(totals).items()})


if __name__ == "__main__":
    main()
