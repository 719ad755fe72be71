"""Do two claim mentions from different articles state one fact? A learned pair scorer.

Each candidate pair is described by what a reader compares: how close the two clauses and their
sentences read (MiniLM), how much specific vocabulary they share (weighted by rarity in the story),
the actors after merging, the predicate, the measured quantities and dates, negation and who is
said to say it, and whether each is the other's best match in its article (a fact is usually
told once per article). A logistic regression over these features, trained by
``scripts/train_claim_linker.py`` on the claims gold with one story held out at a time, gives the
probability that the pair is one fact. Its weights ship as a small JSON file.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import numpy as np

from storylens.story.counterfactuals import tells_what_did_not_happen
from storylens.story.claim_blocks import GENERIC_PREDICATES
from storylens.story.claim_conflicts import MentionInStory, comparable, quantities_agree

MODEL_PATH = Path(__file__).parent / "data" / "claim_linker.json"

FEATURES = (
    "cosine",
    "sentence_cosine",
    "cosine_rank_a",
    "cosine_rank_b",
    "mutual_best",
    "cosine_margin",
    "weighted_overlap",
    "lemma_jaccard",
    "shared_rare_lemmas",
    "shared_actors",
    "shared_common_actors",
    "same_predicate",
    "quantity_agrees",
    "quantity_differs",
    "date_shared",
    "date_differs",
    "negation_differs",
    "both_attributed",
    "length_ratio",
    "cosine_x_overlap",
)


@dataclass
class StoryMentions:
    """What the scorer needs of every mention of one story, computed once."""

    items: list[MentionInStory]
    vectors: np.ndarray  # clause embeddings (unit length)
    sentence_vectors: np.ndarray
    idf: dict[str, float]
    common_actors: set[str]
    best_in_article: dict[tuple[int, str], float]  # (mention, other article) -> best cosine there
    rank_in_article: dict[tuple[int, int], int]  # (mention, other mention) -> rank of the other among its article's mentions
    unreal: list[bool]  # counterfactuals, which link to nothing (claims.scored_pairs)

    @classmethod
    def build(cls, items: list[MentionInStory], vectors: np.ndarray, sentence_vectors: np.ndarray,
              common_actors: set[str], pairs: Sequence[tuple[int, int]]) -> "StoryMentions":
        document_frequency: dict[str, int] = defaultdict(int)
        for item in items:
            for lemma in item.lemmas:
                document_frequency[lemma] += 1
        n = len(items)
        idf = {lemma: math.log((n + 1) / (count + 0.5)) for lemma, count in document_frequency.items()}
        by_other_article: dict[tuple[int, str], list[tuple[float, int]]] = defaultdict(list)
        for i, j in pairs:
            cosine = float(vectors[i] @ vectors[j])
            by_other_article[(i, items[j].span.article)].append((cosine, j))
            by_other_article[(j, items[i].span.article)].append((cosine, i))
        best, rank = {}, {}
        for key, scored in by_other_article.items():
            scored.sort(reverse=True)
            best[key] = scored[0][0]
            for position, (_, other) in enumerate(scored):
                rank[(key[0], other)] = position
        return cls(items, vectors, sentence_vectors, idf, common_actors, best, rank,
                   [tells_what_did_not_happen(item) for item in items])

    def mutual_best(self, i: int, j: int) -> bool:
        """Each is the other's closest mention in the other's article."""
        return self.rank_in_article.get((i, j)) == 0 and self.rank_in_article.get((j, i)) == 0

    def features(self, i: int, j: int) -> list[float]:
        a, b = self.items[i], self.items[j]
        cosine = float(self.vectors[i] @ self.vectors[j])
        sentence_cosine = float(self.sentence_vectors[i] @ self.sentence_vectors[j])
        rank_a = self.rank_in_article.get((i, j), 9)
        rank_b = self.rank_in_article.get((j, i), 9)
        margin = min(cosine - self.best_in_article.get((i, b.span.article), cosine),
                     cosine - self.best_in_article.get((j, a.span.article), cosine))
        shared = a.lemmas & b.lemmas
        union = a.lemmas | b.lemmas
        weight = lambda words: sum(self.idf.get(w, 0.0) for w in words)  # noqa: E731
        weighted_overlap = weight(shared) / weight(union) if union and weight(union) else 0.0
        rare = sum(1 for w in shared if self.idf.get(w, 0.0) > 1.5)
        actors = a.actors & b.actors
        quantity_agrees = quantity_differs = 0.0
        for qa in a.mention.quantities:
            for qb in b.mention.quantities:
                if comparable(qa, qb):
                    if quantities_agree(qa, qb):
                        quantity_agrees = 1.0
                    else:
                        quantity_differs = 1.0
        dates_a, dates_b = set(a.mention.dates), set(b.mention.dates)
        length_a, length_b = len(a.mention.text), len(b.mention.text)
        return [
            cosine,
            sentence_cosine,
            min(rank_a, 9) / 9,
            min(rank_b, 9) / 9,
            float(rank_a == 0 and rank_b == 0),
            margin,
            weighted_overlap,
            len(shared) / len(union) if union else 0.0,
            min(rare, 4) / 4,
            min(len(actors - self.common_actors), 3) / 3,
            min(len(actors & self.common_actors), 2) / 2,
            float(a.mention.predicate == b.mention.predicate and (a.mention.predicate or "") not in GENERIC_PREDICATES),
            quantity_agrees,
            quantity_differs,
            float(bool(dates_a & dates_b)),
            float(bool(dates_a) and bool(dates_b) and not dates_a & dates_b),
            float(a.mention.negated != b.mention.negated),
            float(bool(a.mention.attributed_to) and bool(b.mention.attributed_to)),
            min(length_a, length_b) / max(length_a, length_b, 1),
            cosine * weighted_overlap,
        ]


@dataclass(frozen=True)
class LinkModel:
    """Logistic regression weights over ``FEATURES`` and the probability at which pairs link."""

    weights: tuple[float, ...]
    bias: float
    link_threshold: float

    def probability(self, features: np.ndarray) -> np.ndarray:
        z = features @ np.asarray(self.weights) + self.bias
        return 1.0 / (1.0 + np.exp(-z))

    def to_dict(self) -> dict:
        return {"features": list(FEATURES), "weights": list(self.weights), "bias": self.bias,
                "link_threshold": self.link_threshold}

    def save(self, path: Path = MODEL_PATH) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(self.to_dict(), indent=1) + "\n", encoding="utf-8")


@lru_cache(maxsize=1)
def load_model(path: Path = MODEL_PATH) -> LinkModel:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if data["features"] != list(FEATURES):
        raise ValueError(f"{path} was trained on other features; run scripts/train_claim_linker.py again")
    return LinkModel(tuple(data["weights"]), data["bias"], data["link_threshold"])
