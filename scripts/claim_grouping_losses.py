"""Where cross-outlet gold pairs of evidence are lost in claim alignment, and why grouping keeps
apart the ones the pair scorer links.

    .venv/bin/python scripts/claim_grouping_losses.py --gold ../shared/eval/claims_gold \\
        [--data tests/data/claims_written_2 ...] [--cache DIR] [--details]

Stories under --gold are scored left-one-story-out, as scripts/train_claim_linker.py does (weights
fitted on the other stories, the link threshold best on them); stories under --data by the shipped
model. Each pair of evidence items of one gold fact from two outlets is:

- no mention: one of the two overlaps no claim mention;
- never compared: no pair of their mentions is a candidate pair;
- below the bar: no compared pair reaches the link threshold;
- linked: one claim covers both (as `storylens eval claims` counts it);
- lost in grouping: a compared pair reaches the threshold, yet no claim covers both.

A lost pair's reason is read when the grouping came to its best pair (the surest one at the
threshold) and refused it (``claim_groups.group_mentions(refused=...)``), on the two groups as
they were then:

- rival, linked better: the groups share an article, and the partner's group holds a clause of
  the mention's article that the partner links at least as strongly (the article's other clause
  took the place first);
- rival, linked less: the groups share an article, and that article's clause in the other group
  links the partner less strongly than the mention does (it came in through a third clause);
- a third article in both groups: they share an article other than the two mentions';
- mean below the bar: no shared article; the mean link over the two groups is below the threshold,
  split by whether it is still below over the pairs the scorer compared (a third clause scores low)
  or only because pairs it never compared count as unlinked.
Three columns more: how many of the lost pairs had a group holding a dispute joined first
(``first``); how many would merge two groups whose gold facts are all the lost pair's fact; and of
the rival cases, how many rivals are evidence of the lost pair's fact too (the article tells it twice).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import storylens.story.claims as claims_module  # noqa: E402
from storylens.story.claim_groups import group_mentions  # noqa: E402
from storylens.story.claim_linker import LinkModel, load_model  # noqa: E402
from train_claim_linker import THRESHOLDS, Settings, StoryData, collect_folders, fit, pooled_f1  # noqa: E402

KINDS = ("pairs", "linked", "lost in grouping", "below the bar", "never compared", "no mention")
REASONS = ("rival, linked better", "rival, linked less", "a third article in both groups", "mean below the bar (scored low)",
           "mean below the bar (pairs never compared)")


class RecordedGrouping:
    """Runs ``align_claims`` once and keeps what it gave the grouping, to run the grouping again
    with a ``refused`` hook."""

    def __init__(self):
        self.calls = []

    def __call__(self, *args, **kwargs):
        self.calls.append((args, kwargs))
        return group_mentions(*args, **kwargs)


def refusals(story: StoryData, model: LinkModel):
    """The story's claims, its scored pairs, and per refused pair (i, j) the reason and the groups
    as they stood when it was refused."""
    recorder = RecordedGrouping()
    claims_module.group_mentions = recorder
    try:
        claims, _ = claims_module.align_claims(story.context, model=model, prepared=story.prepared)
    finally:
        claims_module.group_mentions = group_mentions
    (articles, scored, threshold), kwargs = recorder.calls[0]
    joined_first = {m for pair in kwargs.get("first", ()) for m in pair}
    why: dict[tuple[int, int], tuple[str, bool, list[int], list[int]]] = {}  # reason, dispute joined, members, rivals

    def note(probability, i, j, groups):
        a, b = groups.members[groups.root(i)], groups.members[groups.root(j)]

        def score(x: int, y: int) -> float:
            return groups.score.get((min(x, y), max(x, y)), 0.0)

        shared = {articles[m] for m in a} & {articles[m] for m in b}
        # the clauses of the mention's article that sit in its partner's group, with that partner
        rivals = [(r, y) for x, y, other in ((i, j, b), (j, i, a)) for r in other if articles[r] == articles[x]]
        if rivals:
            reason = REASONS[0] if any(score(r, y) >= probability for r, y in rivals) else REASONS[1]
        elif shared:
            reason = REASONS[2]
        else:
            compared = [score(x, y) for x in a for y in b if (min(x, y), max(x, y)) in groups.score]
            reason = REASONS[3] if sum(compared) / len(compared) < threshold else REASONS[4]
        rivals = [r for r, _ in rivals]
        why[(i, j)] = (reason, bool(joined_first & set(a + b)), list(a + b), rivals)

    group_mentions(articles, scored, threshold, **kwargs, refused=note)
    return claims, {(i, j): p for p, i, j in scored}, why


def overlaps(span, evidence) -> bool:
    return span.article == evidence.article and span.start < evidence.end and evidence.start < span.end


def compared_pairs(items, probability: dict[tuple[int, int], float], a, b) -> tuple[list[int], list[int], list]:
    """The mentions over evidence ``a``, those over ``b``, and the scored pairs between them,
    surest first, as (probability, i, j) with i < j."""
    xs = [n for n, m in enumerate(items) if overlaps(m.span, a)]
    ys = [n for n, m in enumerate(items) if overlaps(m.span, b)]
    compared = sorted(((probability[(min(x, y), max(x, y))], min(x, y), max(x, y))
                       for x in xs for y in ys if (min(x, y), max(x, y)) in probability), reverse=True)
    return xs, ys, compared


def diagnose(story: StoryData, model: LinkModel, tally: Counter, details: list[str]) -> None:
    items = story.prepared.mentions.items if story.prepared else []
    claims, probability, why = refusals(story, model) if story.prepared else ([], {}, {})
    threshold = model.link_threshold

    facts_of_mention = [{f.id for f in story.facts for e in f.evidence if overlaps(m.span, e)} for m in items]
    claim_spans = [[s.span for s in c.sources] for c in claims]
    for fact in story.facts:
        for a, b in combinations(fact.evidence, 2):
            if a.outlet == b.outlet:
                continue
            tally["pairs"] += 1
            if any(any(overlaps(s, a) for s in spans) and any(overlaps(s, b) for s in spans) for spans in claim_spans):
                tally["linked"] += 1
                continue
            xs, ys, compared = compared_pairs(items, probability, a, b)
            if not xs or not ys:
                tally["no mention"] += 1
                continue
            if not compared:
                tally["never compared"] += 1
                continue
            if compared[0][0] < threshold:
                tally["below the bar"] += 1
                continue
            tally["lost in grouping"] += 1
            p, i, j = compared[0]
            reason, dispute_joined, members, rivals = why[(i, j)]
            tally[reason] += 1
            tally["a group held a dispute joined first"] += dispute_joined
            labelled = [facts_of_mention[m] for m in members if facts_of_mention[m]]
            one_fact = all(fact.id in facts for facts in labelled) and all(len(facts) == 1 for facts in labelled)
            tally["the merged groups would hold one fact"] += one_fact
            tally["the rival clause tells the same fact"] += bool(rivals) and all(
                fact.id in facts_of_mention[r] for r in rivals)
            details.append(f"{story.set_name}/{story.name} {fact.id} p={p:.2f} {reason}"
                           f"{' (dispute joined)' if dispute_joined else ''}{' one fact' if one_fact else ''}\n"
                           f"    {items[i].outlet}: {items[i].mention.text}\n    {items[j].outlet}: {items[j].mention.text}\n"
                           + "".join(f"      [{items[m].outlet}] {items[m].mention.text} {sorted(facts_of_mention[m])}\n"
                                     for m in members))


def held_out_model(story: StoryData, stories: list[StoryData]) -> LinkModel:
    """As the training script's left-one-story-out pass: weights fitted on the other stories, the
    threshold best on them."""
    rest = [s for s in stories if s is not story]
    weights, bias = fit(rest, 1.0, Settings())
    return LinkModel(weights, bias, max(THRESHOLDS, key=lambda t: pooled_f1(rest, LinkModel(weights, bias, t))))


def table(rows: dict[str, Counter]) -> str:
    columns = KINDS + REASONS + ("a group held a dispute joined first", "the merged groups would hold one fact",
                                 "the rival clause tells the same fact")
    lines = ["| set | " + " | ".join(columns) + " |", "|---" * (len(columns) + 1) + "|"]
    for name, tally in rows.items():
        lines.append(f"| {name} | " + " | ".join(str(tally[c]) for c in columns) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", type=Path, default=None, help="stories scored left-one-story-out")
    parser.add_argument("--data", type=Path, action="append", default=[], help="stories scored by the shipped model")
    parser.add_argument("--cache", type=Path, default=None, help="keep per-article analyses here between runs")
    parser.add_argument("--details", action="store_true", help="print every lost pair with the groups that refused it")
    args = parser.parse_args(argv)
    rows: dict[str, Counter] = {}
    details: list[str] = []
    if args.gold:
        gold, _ = collect_folders([args.gold])
        stories = [StoryData(folder, args.cache) for folder in gold]
        for story in stories:
            diagnose(story, held_out_model(story, stories), rows.setdefault(f"{story.set_name} (held out)", Counter()),
                     details)
    for folder in args.data:
        for story_folder in collect_folders([folder])[0]:
            story = StoryData(story_folder, args.cache)
            diagnose(story, load_model(), rows.setdefault(story.set_name, Counter()), details)
    if args.details:
        print("\n".join(details))
    print(table(rows))


if __name__ == "__main__":
    main()
