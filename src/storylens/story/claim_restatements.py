"""Do two clauses of one article tell one fact twice? A learned scorer for the claim grouping.

An article usually tells a fact once, so the grouping (``claim_groups``) lets a claim hold a second
clause of one article only when the article restates itself: the lead sums up what a later
paragraph tells in detail, a quotation is followed by its paraphrase. Sentence vectors alone
(MiniLM cosine) miss most such pairs and take in neighbouring facts of one event that share its
words, so this scorer reads what a reader compares: the same act (one predicate lemma, a shared
WordNet sense or a derivation), the same participants after actor merging, the same figures and
dates, the same source, one clause in the article's lead and the other further down, and how close
the two read. A logistic regression over these features, trained by
``scripts/train_claim_linker.py`` on the claims gold (two clauses of one article that overlap
evidence of one fact against two that overlap evidence of different facts, one story held out at a
time), gives the probability that they tell one fact. Its weights are a small JSON file.

Round s31 measured it in place of the grouping's MiniLM test and did not ship it (the held-out
gain was within noise; docs/eval-claims.md, "Round s31: same-article restatements"): the grouping
uses it only when ``align_claims`` is given a model, as ``train_claim_linker.py --restatements`` does.

The features of a clause are read once per story; a pair is scored only when the grouping asks
about it (``Restatements.__call__``), so the cost grows with the merges tried, not with the square
of an article's clauses.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from storylens.story.claim_blocks import GENERIC_PREDICATES
from storylens.story.claim_conflicts import comparable, quantities_agree
from storylens.story.claim_linker import StoryMentions
from storylens.story.happenings import predicates_related
from storylens.story.saying_frames import name_words

FEATURES = (
    "cosine",
    "sentence_cosine",
    "same_sentence",
    "sentences_apart",
    "lead_and_later",
    "same_predicate",
    "related_predicate",
    "weighted_overlap",
    "shared_actors",
    "actors_differ",
    "same_agent",
    "same_theme",
    "quantity_agrees",
    "quantity_differs",
    "date_shared",
    "date_differs",
    "negation_differs",
    "same_source",
    "source_differs",
)

SENTENCES_APART_CAP = 10


@dataclass(frozen=True)
class ClauseReading:
    """What the scorer compares of one clause, read once per story."""

    sentence_rank: int  # the clause's sentence among its article's sentences that hold clauses
    specific_actors: frozenset[str]  # actors after merging, those named all over the story left out
    agent: frozenset[str]  # the actors and name words of who does it
    theme: frozenset[str]  # the same of what it is done to
    source: frozenset[str]  # name words of who is said to say it


def _participant(item, text: str | None) -> frozenset[str]:
    """A participant as the actors its words name (after merging) and its name words: "the senator"
    and "Quell" meet through the merged actor, "Quell's office" and "Quell" through the name."""
    if not text:
        return frozenset()
    actors = {actor for name, actor in item.actor_of_name.items() if name and name in text}
    return frozenset(actors) | name_words(text)


def read_clauses(mentions: StoryMentions) -> list[ClauseReading]:
    items = mentions.items
    starts_by_article: dict[str, list[int]] = {}
    for item in items:
        starts_by_article.setdefault(item.span.article, []).append(item.mention.sentence.start)
    ranks = {article: {start: n for n, start in enumerate(sorted(set(starts)))}
             for article, starts in starts_by_article.items()}
    return [
        ClauseReading(
            sentence_rank=ranks[item.span.article][item.mention.sentence.start],
            specific_actors=frozenset(item.actors - mentions.common_actors),
            agent=_participant(item, item.mention.agent),
            theme=_participant(item, item.mention.theme),
            source=name_words(item.mention.attributed_to),
        )
        for item in items
    ]


@lru_cache(maxsize=16384)
def _related(a: str, b: str) -> bool:
    return predicates_related(a, b)


def pair_features(mentions: StoryMentions, readings: list[ClauseReading], i: int, j: int) -> list[float]:
    """The features of two clauses of one article, in the order of ``FEATURES``."""
    a, b = mentions.items[i], mentions.items[j]
    ra, rb = readings[i], readings[j]
    cosine = float(mentions.vectors[i] @ mentions.vectors[j])
    same_sentence = a.mention.sentence.start == b.mention.sentence.start
    sentence_cosine = 1.0 if same_sentence else float(mentions.sentence_vectors[i] @ mentions.sentence_vectors[j])
    apart = abs(ra.sentence_rank - rb.sentence_rank)
    lead_and_later = (ra.sentence_rank == 0) != (rb.sentence_rank == 0)
    pa, pb = a.mention.predicate or "", b.mention.predicate or ""
    same_predicate = bool(pa) and pa == pb and pa not in GENERIC_PREDICATES
    related_predicate = bool(pa and pb) and not same_predicate and _related(pa, pb)
    shared, union = a.lemmas & b.lemmas, a.lemmas | b.lemmas
    weight = sum(mentions.idf.get(w, 0.0) for w in union)
    weighted_overlap = sum(mentions.idf.get(w, 0.0) for w in shared) / weight if weight else 0.0
    shared_actors = ra.specific_actors & rb.specific_actors
    actors_differ = bool(ra.specific_actors and rb.specific_actors) and not shared_actors
    quantity_agrees = quantity_differs = False
    for qa in a.mention.quantities:
        for qb in b.mention.quantities:
            if comparable(qa, qb):
                if quantities_agree(qa, qb):
                    quantity_agrees = True
                else:
                    quantity_differs = True
    dates_a, dates_b = set(a.mention.dates), set(b.mention.dates)
    return [
        cosine,
        sentence_cosine,
        float(same_sentence),
        min(apart, SENTENCES_APART_CAP) / SENTENCES_APART_CAP,
        float(lead_and_later),
        float(same_predicate),
        float(related_predicate),
        weighted_overlap,
        min(len(shared_actors), 3) / 3,
        float(actors_differ),
        float(bool(ra.agent & rb.agent)),
        float(bool(ra.theme & rb.theme)),
        float(quantity_agrees),
        float(quantity_differs),
        float(bool(dates_a & dates_b)),
        float(bool(dates_a) and bool(dates_b) and not dates_a & dates_b),
        float(a.mention.negated != b.mention.negated),
        float(bool(ra.source & rb.source)),
        float(bool(ra.source) and bool(rb.source) and not ra.source & rb.source),
    ]


@dataclass(frozen=True)
class RestatementModel:
    """Logistic regression weights over ``FEATURES`` and the probability at which a pair restates."""

    weights: tuple[float, ...]
    bias: float
    threshold: float = 0.5

    def probability(self, features: np.ndarray) -> np.ndarray:
        z = np.asarray(features, dtype=np.float64) @ np.asarray(self.weights) + self.bias
        return 1.0 / (1.0 + np.exp(-z))

    def to_dict(self) -> dict:
        return {"features": list(FEATURES), "weights": list(self.weights), "bias": self.bias, "threshold": self.threshold}

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(self.to_dict(), indent=1) + "\n", encoding="utf-8")


def load_model(path: Path) -> RestatementModel:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if data["features"] != list(FEATURES):
        raise ValueError(f"{path} was trained on other features; run scripts/train_claim_linker.py again")
    return RestatementModel(tuple(data["weights"]), data["bias"], data["threshold"])


class Restatements:
    """``restates(i, j)`` for the grouping: the model's probability at its threshold, each pair
    scored once and only when asked."""

    def __init__(self, mentions: StoryMentions, model: RestatementModel):
        self.mentions, self.model = mentions, model
        self.readings = read_clauses(mentions)
        self._probability: dict[tuple[int, int], float] = {}

    def probability(self, i: int, j: int) -> float:
        key = (i, j) if i < j else (j, i)
        if key not in self._probability:
            features = np.array(pair_features(self.mentions, self.readings, *key))
            self._probability[key] = float(self.model.probability(features))
        return self._probability[key]

    def __call__(self, i: int, j: int) -> bool:
        return self.probability(i, j) >= self.model.threshold
