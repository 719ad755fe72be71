"""Train the claim-pair scorer (storylens/story/data/claim_linker.json) on hand-made claims golds,
and with --restatements measure a learned same-article restatement test in the grouping.

    .venv/bin/python scripts/train_claim_linker.py --data ../shared/eval/claims_gold \\
        [--data tests/data/claims_written ...] [--heldout-only tests/data/claims_written_3 ...] \\
        [--cache DIR] [--out FILE]

Each --data folder holds story folders with a gold.json (the format of claims_gold/GUIDE.md); the
stories of every --data folder are trained on together. Each story is analysed as
`analyze --one-story` does. A pair of claim mentions from different articles is a positive
example when both overlap evidence of one gold fact, a negative one when they overlap evidence of
different facts, or when one overlaps evidence of a fact that the other's article tells elsewhere.
Pairs the gold says nothing about are left out.

With --restatements, the grouping's test of whether two clauses of one article tell one fact twice
(MiniLM cosine >= 0.8 in the shipped code) is the learned scorer of
storylens/story/claim_restatements.py instead, fitted with the link scorer (on the other stories
when one is held out). A pair of claim mentions of one article is a positive example when both
overlap evidence of one gold fact (the article tells the fact twice, or in two clauses of one
sentence), a negative one when they overlap evidence of different facts only; the decision
threshold is --restatement-threshold. Round s31 measured it and did not ship it
(docs/eval-claims.md), so the model is written only to --restatements-out.

The figures printed are leave-one-story-out over all training stories: for each story, the weights
(and the threshold, and C when several are given) are chosen on the other stories only, and the
held-out story is scored with them (the metrics of `storylens eval claims`), pooled per --data
folder and over all. The shipped model is then fitted on all training stories and scored on the
--heldout-only folders, whose stories are never trained on nor used to choose anything.

Choices, each made without the held-out story:
- --story-weighted: every story weighs the same in the fit (a long story has many more pairs);
- --unbalanced: no class balancing (by default positives and negatives weigh the same in total);
- --threshold-by fit: the link threshold best on the training stories scored by the weights fitted
  on them; the shipped threshold is the median of the held-out choices (the rounds before s26);
  --threshold-by held-out: the threshold (and C, when --c is given several times) best over the
  other stories' held-out scores (one leave-one-story-out pass scores every story at every C and
  threshold; the models that scored the other stories were fitted with this story among theirs,
  which is the one way its labels reach its own choice); the shipped ones are the best over all
  stories' held-out scores.
"""

from __future__ import annotations

import argparse
import copy
import json
import pickle
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

from storylens.eval.claims import gold_facts, metrics, score_story, story_folders
from storylens.records import Story
from storylens.story.actors import merge_actors
from storylens.story.claim_linker import FEATURES, LinkModel
from storylens.story.claim_restatements import FEATURES as RESTATEMENT_FEATURES
from storylens.story.claim_restatements import RestatementModel, pair_features, read_clauses
from storylens.story.claims import align_claims, prepare_pairs
from storylens.story.context import StoryContext

THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8)


@dataclass(frozen=True)
class StoryFolder:
    """A story folder and the data folder (set) it was found in."""

    path: Path
    set_name: str

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def cache_key(self) -> str:
        # two sets may each hold a story of one name; the set keeps their analyses apart
        return f"{self.set_name}-{self.path.name}"


def collect_folders(data: list[Path], heldout_only: list[Path] | None = None) -> tuple[list[StoryFolder], list[StoryFolder]]:
    """The training stories of every ``data`` folder and the stories of every ``heldout_only``
    folder, each with its set's name. A story found twice, or both trained on and held out, is an
    error naming it (a held-out figure from a story trained on would be no held-out figure)."""
    def stories_of(folders: list[Path]) -> list[StoryFolder]:
        found = []
        for folder in folders:
            found += [StoryFolder(path, folder.resolve().name) for path in story_folders(folder)]
        return found

    training, heldout = stories_of(data), stories_of(heldout_only or [])
    seen: dict[Path, StoryFolder] = {}
    for story in training + heldout:
        where = story.path.resolve()
        if where in seen:
            raise SystemExit(f"{story.path}: story given twice (in {seen[where].set_name} and {story.set_name}); "
                             "a held-out story must not be trained on")
        seen[where] = story
    keys = Counter(story.cache_key for story in training + heldout)
    if clashes := sorted(key for key, n in keys.items() if n > 1):
        raise SystemExit(f"stories with one set and folder name in two places: {', '.join(clashes)}; rename a set folder")
    return training, heldout


def analyses_of(folder: StoryFolder, cache: Path | None):
    from storylens.ingest import read_inputs
    from storylens.nlp.pipeline import analyze_articles

    cached = cache / f"{folder.cache_key}.pkl" if cache else None
    if cached and cached.exists():
        return pickle.loads(cached.read_bytes())
    manifest = folder.path / "manifest.csv"
    ingest = read_inputs([str(folder.path)], manifest=manifest if manifest.exists() else None)
    analyses = list(analyze_articles(ingest.articles))
    if cached:
        cached.parent.mkdir(parents=True, exist_ok=True)
        cached.write_bytes(pickle.dumps(analyses))
    return analyses


class StoryData:
    """One gold story: its context, prepared pairs, labelled pairs and gold facts."""

    def __init__(self, folder: StoryFolder, cache: Path | None):
        self.name, self.set_name = folder.name, folder.set_name
        self.context = StoryContext(copy.deepcopy(analyses_of(folder, cache)))
        merge_actors(self.context)
        self.articles = [a.article for a in self.context.analyses]
        self.facts, _ = gold_facts(folder.path, self.articles)
        self.prepared = prepare_pairs(self.context)
        rows, labels = [], []
        if self.prepared is not None:
            rows, labels = self._labelled_pairs()
        self.rows, self.labels = np.array(rows, dtype=int), np.array(labels, dtype=int)

    def _labelled_pairs(self) -> tuple[list[int], list[bool]]:
        items = self.prepared.mentions.items
        facts_of = [self._facts_of(item) for item in items]
        told_in: dict[str, set[str]] = {}  # fact -> articles that hold evidence of it
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
        return rows, labels

    def restatement_data(self) -> tuple[np.ndarray, np.ndarray]:
        """Every pair of mentions of one article that both overlap gold evidence: one fact or not.
        Quadratic in an article's mentions, which only training can afford."""
        if self.prepared is None:
            return np.zeros((0, len(RESTATEMENT_FEATURES))), np.zeros(0, dtype=int)
        mentions = self.prepared.mentions
        readings = read_clauses(mentions)
        facts_of = [self._facts_of(item) for item in mentions.items]
        by_article: dict[str, list[int]] = {}
        for n, item in enumerate(mentions.items):
            if facts_of[n]:
                by_article.setdefault(item.span.article, []).append(n)
        rows, labels = [], []
        for members in by_article.values():
            for x, i in enumerate(members):
                for j in members[x + 1:]:
                    rows.append(pair_features(mentions, readings, i, j))
                    labels.append(bool(facts_of[i] & facts_of[j]))
        return np.array(rows, dtype=np.float64).reshape(len(rows), len(RESTATEMENT_FEATURES)), np.array(labels, dtype=int)

    def _facts_of(self, item) -> set[str]:
        span = item.span
        return {f.id for f in self.facts for e in f.evidence
                if e.article == span.article and e.start < span.end and span.start < e.end}

    def training_data(self) -> tuple[np.ndarray, np.ndarray]:
        if self.prepared is None:
            return np.zeros((0, len(FEATURES))), np.zeros(0, dtype=int)
        return self.prepared.features[self.rows], self.labels

    def score(self, model: LinkModel, restatements: RestatementModel | None = None) -> Counter:
        if self.prepared is None:
            claims, omissions = [], []
        else:
            claims, omissions = align_claims(self.context, model=model, prepared=self.prepared,
                                             restatements=restatements)
        story = Story(id=self.name, title=self.name, articles=self.articles, claims=claims, omissions=omissions)
        return score_story(story, self.facts)


@dataclass(frozen=True)
class Settings:
    """How the weights, C and the threshold are chosen."""

    cs: tuple[float, ...] = (1.0,)
    story_weighted: bool = False
    balanced: bool = True
    threshold_by: str = "fit"  # or "held-out"
    restatements: bool = False  # the learned same-article restatement test in the grouping
    restatement_threshold: float = 0.5


def fit(stories: list[StoryData], c: float, settings: Settings) -> tuple[tuple[float, ...], float]:
    parts = [s.training_data() for s in stories]
    x = np.vstack([features for features, _ in parts])
    y = np.concatenate([labels for _, labels in parts])
    if settings.story_weighted:
        # each story's pairs weigh 1/(its pairs), scaled so the weights still sum to the pairs
        weight = np.concatenate([np.full(len(labels), 1.0 / max(len(labels), 1)) for _, labels in parts])
        weight *= len(y) / weight.sum()
    else:
        weight = np.ones(len(y))
    if settings.balanced:  # as sklearn's class_weight="balanced": each class weighs half the total
        total = weight.sum()
        for label in (0, 1):
            share = weight[y == label].sum()
            if share:
                weight[y == label] *= total / (2 * share)
    regression = LogisticRegression(C=c, max_iter=5000).fit(x, y, sample_weight=weight)
    return tuple(float(w) for w in regression.coef_[0]), float(regression.intercept_[0])


def fit_restatements(stories: list[StoryData], settings: Settings) -> RestatementModel | None:
    """The restatement scorer fitted on the stories' same-article pairs, classes balanced (one
    fact is about one pair in thirty); None unless ``settings.restatements``."""
    if not settings.restatements:
        return None
    parts = [s.restatement_data() for s in stories]
    x = np.vstack([features for features, _ in parts])
    y = np.concatenate([labels for _, labels in parts])
    regression = LogisticRegression(C=1.0, max_iter=5000, class_weight="balanced").fit(x, y)
    return RestatementModel(tuple(float(w) for w in regression.coef_[0]), float(regression.intercept_[0]),
                            settings.restatement_threshold)


def pooled_f1(stories: list[StoryData], model: LinkModel, restatements: RestatementModel | None = None) -> float:
    total = Counter()
    for story in stories:
        total.update(story.score(model, restatements))
    return metrics(total)["score"]


def best_on(counts: dict[tuple[float, float], Counter]) -> tuple[float, float]:
    """The (C, threshold) of best pooled link F1; ties go to the C nearest 1, then the lower threshold."""
    return max(counts, key=lambda key: (round(metrics(counts[key])["score"], 9), -abs(np.log(key[0])), -key[1]))


def line(figures: dict) -> str:
    return (f"F1 {figures['score']:.3f}  recall {figures['link_recall']:.3f}  precision {figures['link_precision']:.3f}  "
            f"status {figures['status_accuracy']:.3f}  contested {figures['contested_found']}/{figures['contested']}  "
            f"false conflicts {figures['false_conflicts']}  false omissions {figures['false_omissions']}")


def leave_one_story_out(stories: list[StoryData], settings: Settings) -> dict:
    """Every story scored by a model fitted without it, at every (C, threshold); the (C, threshold)
    it is judged at is chosen without it too: with ``threshold_by`` "fit", the threshold best on the
    training stories scored by the weights fitted on them; with "held-out", the (C, threshold) best
    over the other stories' held-out scores. Totals per set and over all."""
    grid = [(c, t) for c in settings.cs for t in THRESHOLDS]
    held_out_counts: list[dict[tuple[float, float], Counter]] = []
    fitted_choice = []
    for held_out in stories:
        rest = [s for s in stories if s is not held_out]
        fitted = {c: fit(rest, c, settings) for c in settings.cs}
        restatements = fit_restatements(rest, settings)
        held_out_counts.append({(c, t): held_out.score(LinkModel(*fitted[c], t), restatements) for c, t in grid})
        if settings.threshold_by == "fit":
            c = settings.cs[0]
            fitted_choice.append((c, max(THRESHOLDS, key=lambda t: pooled_f1(rest, LinkModel(*fitted[c], t), restatements))))
    by_set: dict[str, Counter] = {}
    chosen = []
    for n, held_out in enumerate(stories):
        if settings.threshold_by == "fit":
            choice = fitted_choice[n]
        else:
            others = {key: sum((counts[key] for m, counts in enumerate(held_out_counts) if m != n), Counter())
                      for key in grid}
            choice = best_on(others)
        chosen.append(choice)
        counts = held_out_counts[n][choice]
        by_set.setdefault(held_out.set_name, Counter()).update(counts)
        print(f"held out {held_out.set_name}/{held_out.name}: C {choice[0]} threshold {choice[1]}  {line(metrics(counts))}",
              file=sys.stderr)
    pooled = {key: sum((counts[key] for counts in held_out_counts), Counter()) for key in grid}
    return {"chosen": chosen, "sets": {name: metrics(counts) for name, counts in by_set.items()},
            "all": metrics(sum(by_set.values(), Counter())),
            "by_threshold": {f"C {c} threshold {t}": metrics(pooled[(c, t)])["score"] for c, t in grid},
            "best_held_out": best_on(pooled)}


def final_model(stories: list[StoryData], settings: Settings, report: dict) -> LinkModel:
    """Fitted on every training story: at the median of the thresholds chosen held out ("fit"), or
    at the (C, threshold) best over all stories' held-out scores ("held-out")."""
    if settings.threshold_by == "fit":
        c, threshold = settings.cs[0], float(np.median([t for _, t in report["chosen"]]))
    else:
        c, threshold = report["best_held_out"]
    weights, bias = fit(stories, c, settings)
    return LinkModel(weights, bias, threshold)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, action="append", default=None,
                        help="a folder of story folders with gold.json to train on (repeat for several; "
                             "default ../shared/eval/claims_gold)")
    parser.add_argument("--heldout-only", type=Path, action="append", default=[],
                        help="a folder of gold stories never trained on, scored by the final model (repeatable)")
    parser.add_argument("--cache", type=Path, default=None, help="keep per-article analyses here between runs")
    parser.add_argument("--c", type=float, action="append", default=None,
                        help="inverse regularisation strength (default 1; several with --threshold-by held-out: "
                             "chosen by held-out stories)")
    parser.add_argument("--story-weighted", action="store_true", help="every story weighs the same in the fit")
    parser.add_argument("--unbalanced", action="store_true", help="no class balancing")
    parser.add_argument("--threshold-by", choices=("fit", "held-out"), default="fit")
    parser.add_argument("--restatements", action="store_true",
                        help="group with the learned same-article restatement test (round s31, not shipped)")
    parser.add_argument("--restatement-threshold", type=float, default=0.5,
                        help="probability at which two clauses of one article tell one fact twice")
    parser.add_argument("--out", type=Path, default=None, help="where to write the model (default: the shipped path)")
    parser.add_argument("--restatements-out", type=Path, default=None,
                        help="where to write the restatement model fitted on every story")
    parser.add_argument("--report", type=Path, default=None, help="write every figure as JSON here")
    args = parser.parse_args(argv)
    if args.c and len(args.c) > 1 and args.threshold_by != "held-out":
        parser.error("several --c need --threshold-by held-out (C is chosen by held-out stories)")
    settings = Settings(tuple(args.c or (1.0,)), args.story_weighted, not args.unbalanced, args.threshold_by,
                        args.restatements, args.restatement_threshold)
    training, heldout = collect_folders(args.data or [Path("../shared/eval/claims_gold")], args.heldout_only)
    stories = [StoryData(folder, args.cache) for folder in training]
    report = leave_one_story_out(stories, settings)
    for name, figures in report["sets"].items():
        print(f"leave-one-story-out, {name}: {line(figures)}", file=sys.stderr)
    if len(report["sets"]) > 1:
        print(f"leave-one-story-out, all: {line(report['all'])}", file=sys.stderr)
    print("pooled held-out link F1: " + "  ".join(f"{key} {f1:.3f}" for key, f1 in report["by_threshold"].items()),
          file=sys.stderr)
    model = final_model(stories, settings, report)
    if args.out:
        model.save(args.out)
    else:
        model.save()
    print("weights: " + ", ".join(f"{name} {w:+.2f}" for name, w in zip(FEATURES, model.weights))
          + f"; threshold {model.link_threshold}", file=sys.stderr)
    restatements = fit_restatements(stories, settings)
    if restatements is not None:
        if args.restatements_out:
            restatements.save(args.restatements_out)
        print("restatement weights: " + ", ".join(f"{name} {w:+.2f}" for name, w in zip(RESTATEMENT_FEATURES, restatements.weights))
              + f"; bias {restatements.bias:+.2f}; threshold {restatements.threshold}", file=sys.stderr)
    report["heldout_only"] = {}
    for folder in heldout:
        counts = StoryData(folder, args.cache).score(model, restatements)
        report["heldout_only"].setdefault(folder.set_name, Counter()).update(counts)
    for name, counts in report["heldout_only"].items():
        report["heldout_only"][name] = metrics(counts)
        print(f"final model on {name} (never trained on): {line(report['heldout_only'][name])}", file=sys.stderr)
    if args.report:
        report["model"] = model.to_dict()
        report["restatement_model"] = restatements.to_dict() if restatements else None
        args.report.write_text(json.dumps(report, indent=1, default=str) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
