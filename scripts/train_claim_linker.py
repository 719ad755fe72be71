"""Train the claim-pair scorer (storylens/story/data/claim_linker.json) on the claims gold.

    .venv/bin/python scripts/train_claim_linker.py --data ../shared/eval/claims_gold

Every story folder with a gold.json is analysed as `analyze --one-story` does. A pair of claim
mentions from different articles is a positive example when both overlap evidence of one gold
fact, a negative one when they overlap evidence of different facts, or when one overlaps evidence
of a fact that the other's article tells elsewhere. Pairs the gold says nothing about are left out.

The figures printed are leave-one-story-out: for each story, the weights and the link threshold
are fitted on the other stories only, and the held-out story is scored with them (the metrics of
`storylens eval claims`). The shipped model is then fitted on all stories, with the threshold
chosen most often when held out (the median of the choices).
"""

from __future__ import annotations

import argparse
import copy
import pickle
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

from storylens.eval.claims import gold_facts, metrics, score_story, story_folders
from storylens.records import Story
from storylens.story.actors import merge_actors
from storylens.story.claim_linker import FEATURES, LinkModel
from storylens.story.claims import align_claims, prepare_pairs
from storylens.story.context import StoryContext

THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8)


def analyses_of(folder: Path, cache: Path | None):
    from storylens.ingest import read_inputs
    from storylens.nlp.pipeline import analyze_articles

    cached = cache / f"{folder.name}.pkl" if cache else None
    if cached and cached.exists():
        return pickle.loads(cached.read_bytes())
    manifest = folder / "manifest.csv"
    ingest = read_inputs([str(folder)], manifest=manifest if manifest.exists() else None)
    analyses = list(analyze_articles(ingest.articles))
    if cached:
        cached.parent.mkdir(parents=True, exist_ok=True)
        cached.write_bytes(pickle.dumps(analyses))
    return analyses


class StoryData:
    """One gold story: its context, prepared pairs, labelled pairs and gold facts."""

    def __init__(self, folder: Path, cache: Path | None):
        self.name = folder.name
        self.context = StoryContext(copy.deepcopy(analyses_of(folder, cache)))
        merge_actors(self.context)
        self.articles = [a.article for a in self.context.analyses]
        self.facts, _ = gold_facts(folder, self.articles)
        self.prepared = prepare_pairs(self.context)
        items = self.prepared.mentions.items
        facts_of = [self._facts_of(item) for item in items]
        told_in = {}  # fact -> articles that hold evidence of it
        for fact in self.facts:
            for evidence in fact.evidence:
                told_in.setdefault(fact.id, set()).add(evidence.article)
        rows, labels = [], []
        for row, (i, j) in enumerate(self.prepared.pairs):
            fi, fj = facts_of[i], facts_of[j]
            if fi and fj:
                label = bool(fi & fj)
            elif fi or fj:
                known, other = (fi, items[j]) if fi else (fj, items[i])
                if not any(other.span.article in told_in.get(f, ()) for f in known):
                    continue
                label = False
            else:
                continue
            rows.append(row)
            labels.append(label)
        self.rows, self.labels = np.array(rows, dtype=int), np.array(labels, dtype=int)

    def _facts_of(self, item) -> set[str]:
        span = item.span
        return {f.id for f in self.facts for e in f.evidence
                if e.article == span.article and e.start < span.end and span.start < e.end}

    def training_data(self):
        return self.prepared.features[self.rows], self.labels

    def score(self, model: LinkModel) -> Counter:
        claims, omissions = align_claims(self.context, model=model, prepared=self.prepared)
        story = Story(id=self.name, title=self.name, articles=self.articles, claims=claims, omissions=omissions)
        return score_story(story, self.facts)


def fit(stories: list[StoryData], c: float) -> tuple[tuple[float, ...], float]:
    x = np.vstack([s.training_data()[0] for s in stories])
    y = np.concatenate([s.training_data()[1] for s in stories])
    regression = LogisticRegression(C=c, class_weight="balanced", max_iter=2000).fit(x, y)
    return tuple(float(w) for w in regression.coef_[0]), float(regression.intercept_[0])


def best_threshold(stories: list[StoryData], weights, bias) -> float:
    def f1(threshold):
        total = Counter()
        for story in stories:
            total.update(story.score(LinkModel(weights, bias, threshold)))
        return metrics(total)["score"]
    return max(THRESHOLDS, key=f1)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=Path("../shared/eval/claims_gold"))
    parser.add_argument("--cache", type=Path, default=None, help="keep per-article analyses here between runs")
    parser.add_argument("--c", type=float, default=1.0, help="inverse regularisation strength")
    parser.add_argument("--out", type=Path, default=None, help="where to write the model (default: the shipped path)")
    args = parser.parse_args(argv)
    stories = [StoryData(folder, args.cache) for folder in story_folders(args.data)]
    held_out_total, chosen, at_threshold = Counter(), [], {t: Counter() for t in THRESHOLDS}
    for held_out in stories:
        rest = [s for s in stories if s is not held_out]
        weights, bias = fit(rest, args.c)
        threshold = best_threshold(rest, weights, bias)
        chosen.append(threshold)
        for other in THRESHOLDS:
            at_threshold[other].update(held_out.score(LinkModel(weights, bias, other)))
        counts = held_out.score(LinkModel(weights, bias, threshold))
        held_out_total.update(counts)
        figures = metrics(counts)
        print(f"held out {held_out.name}: threshold {threshold}  F1 {figures['score']:.3f}  "
              f"recall {figures['link_recall']:.3f}  precision {figures['link_precision']:.3f}  "
              f"status {figures['status_accuracy']:.3f}  contested {figures['contested_found']}/{figures['contested']}",
              file=sys.stderr)
    figures = metrics(held_out_total)
    print("leave-one-story-out: " + "  ".join(f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}"
                                             for k, v in figures.items()), file=sys.stderr)
    weights, bias = fit(stories, args.c)
    threshold = float(np.median(chosen))
    print("held-out link F1 by threshold: " + "  ".join(f"{t} {metrics(at_threshold[t])['score']:.3f}" for t in THRESHOLDS),
          file=sys.stderr)
    model = LinkModel(weights, bias, threshold)
    if args.out:
        model.save(args.out)
    else:
        model.save()
    print("weights: " + ", ".join(f"{name} {w:+.2f}" for name, w in zip(FEATURES, weights)) + f"; threshold {threshold}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
