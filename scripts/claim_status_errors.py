"""Every gold fact whose status storylens gets wrong, with its evidence and the claim that carries it.

    .venv/bin/python scripts/claim_status_errors.py --data ../shared/eval/claims_gold [--data ...] \\
        [--model src/storylens/story/data/claim_linker.json] [--cache DIR] [--omissions]

A fact's status is that of the claim covering most of its evidence (as `storylens eval claims`
scores it, ties to the first claim id). For each wrong one: the gold's evidence per outlet, the
claim's members, and the explanation of each conflict the claim carries. The last lines count
the errors by (gold status, status given) and give the metrics of `storylens eval claims` over
the stories (the same figures when the cache holds the current pipeline's analyses). Analyses are read from --cache when there (the cache
of scripts/train_claim_linker.py), so a change in the story layer is measured in minutes.
With --omissions it lists, per story, the omissions storylens gives (outlet, claim, the gold facts
the claim covers, FALSE when the outlet reports one of them) and each omission the gold implies
(a corroborated fact, an outlet without evidence of it): found or not, and the fact's claim.
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


def aligned_story(story: StoryData, model) -> Story:
    claims, omissions = align_claims(story.context, model=model, prepared=story.prepared)
    return Story(id=story.name, title=story.name, articles=story.articles, claims=claims, omissions=omissions)


def omission_lines(story: StoryData, aligned: Story) -> list[str]:
    """The omissions listed and the omissions the gold implies, as ``eval claims`` counts them."""
    covered_by, claims_of = evidence_covered(aligned, story.facts)
    by_id = {claim.id: claim for claim in aligned.claims}
    outlets_of_fact = {fact.id: {e.outlet for e in fact.evidence} for fact in story.facts}
    listed = {(o.outlet, o.claim) for o in aligned.omissions}
    lines = []
    for omission in aligned.omissions:
        facts = sorted({e.fact for e in covered_by.get(omission.claim, ())})
        false = [f for f in facts if omission.outlet in outlets_of_fact[f]]
        lines.append(f"   omits [{omission.outlet}] {by_id[omission.claim].text[:100]!r} facts {facts}"
                     + (f" FALSE {false}" if false else ""))
    outlets = {a.outlet for a in aligned.articles if a.outlet}
    for fact in story.facts:
        if fact.status != "corroborated":
            continue
        claim = by_id.get(claim_of_fact(fact, claims_of))
        for outlet in sorted(outlets - outlets_of_fact[fact.id]):
            found = claim is not None and (outlet, claim.id) in listed
            lines.append(f"   gold omission {fact.id} [{outlet}]: {'found' if found else 'not listed'}; "
                         f"its claim {(claim.status + ' ' + repr(claim.text[:80])) if claim else None}")
    return lines


def status_errors(story: StoryData, model, aligned: Story | None = None) -> tuple[list[tuple[object, object]], Counter]:
    """(fact, claim or None) for each fact whose claim's status is not the gold's, and the
    story's counts for the metrics."""
    aligned = aligned or aligned_story(story, model)
    claims = aligned.claims
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
    parser.add_argument("--omissions", action="store_true", help="list omissions given and implied, per story")
    args = parser.parse_args()
    model = load_model(args.model)
    kinds: Counter = Counter()
    totals: Counter = Counter()
    for folder in collect_folders(args.data)[0]:
        story = StoryData(folder, args.cache)
        text = {a.id: a.text for a in story.articles}
        outlet = {a.id: a.outlet for a in story.articles}
        aligned = aligned_story(story, model)
        wrong, counts = status_errors(story, model, aligned)
        if args.omissions:
            print(f"== {folder.name}: omissions")
            print("\n".join(omission_lines(story, aligned)))
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
