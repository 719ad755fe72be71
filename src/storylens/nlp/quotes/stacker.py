"""The stacker: gradient-boosted trees that reweigh the linear scorer's candidates by their context.

Its inputs per candidate are the linear model's log-odds, the categories and numbers of
:mod:`.context` (who the subject is, the sentence's quotation marks, its place in the paragraph,
competing cues) and a few principal axes of the MiniLM vector of the candidate's sentence. It is
fitted by scripts/train_attribution.py (``--stacker``) with scikit-learn's
HistGradientBoostingClassifier and stored as plain arrays (every tree's nodes, the category
codes, the principal axes) in nlp/data/attribution_stacker.npz, so that reading it needs numpy
only and no pickle of a scikit-learn version.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from storylens.nlp.quotes.context import CATEGORIES, NUMBERS

# The code of a category value not seen in training (and of the rare ones).
OTHER = 0


@dataclass
class Trees:
    """A forest in flat arrays: node n of the forest splits on column ``feature[n]``; a number goes
    left when it is at most ``threshold[n]``, a category when its bit is set in row
    ``bitset[n]`` of ``category_bits``; a leaf (``leaf[n]``) adds ``value[n]``."""

    roots: np.ndarray  # int64, one per tree
    feature: np.ndarray  # int64
    threshold: np.ndarray  # float64
    left: np.ndarray  # int64, forest-wide node index
    right: np.ndarray
    leaf: np.ndarray  # bool
    value: np.ndarray  # float64
    missing_left: np.ndarray  # bool
    categorical: np.ndarray  # bool
    bitset: np.ndarray  # int64, row of category_bits
    category_bits: np.ndarray  # uint32 (rows x 8): a 256-bit set of category codes per split
    baseline: float
    # scikit-learn puts the category columns first and renumbers their values 0, 1, ... in sorted
    # order: the input columns in the trees' order, and per category column its values (NaN-padded).
    column_order: np.ndarray  # int64
    category_values: np.ndarray  # float64 (category columns x most values)

    @classmethod
    def from_sklearn(cls, model) -> "Trees":
        """Flatten a fitted binary HistGradientBoostingClassifier (scikit-learn 1.8)."""
        roots, parts, bit_rows = [], [], []
        offset = bit_offset = 0
        for (predictor,) in model._predictors:
            nodes = predictor.nodes
            roots.append(offset)
            part = {
                "feature": nodes["feature_idx"].astype(np.int64),
                "threshold": nodes["num_threshold"].astype(np.float64),
                "left": nodes["left"].astype(np.int64) + offset,
                "right": nodes["right"].astype(np.int64) + offset,
                "leaf": nodes["is_leaf"].astype(bool),
                "value": nodes["value"].astype(np.float64),
                "missing_left": nodes["missing_go_to_left"].astype(bool),
                "categorical": nodes["is_categorical"].astype(bool),
                "bitset": nodes["bitset_idx"].astype(np.int64) + bit_offset,
            }
            parts.append(part)
            bits = np.asarray(predictor.raw_left_cat_bitsets, dtype=np.uint32).reshape(-1, 8)
            bit_rows.append(bits)
            offset += len(nodes)
            bit_offset += len(bits)
        joined = {k: np.concatenate([p[k] for p in parts]) for k in parts[0]}
        bits = np.vstack(bit_rows) if bit_offset else np.zeros((1, 8), dtype=np.uint32)
        n_columns = model.n_features_in_
        if model._preprocessor is None:
            column_order, values = np.arange(n_columns), np.zeros((0, 1))
        else:
            is_category = np.asarray(model.is_categorical_, dtype=bool)
            column_order = np.concatenate([np.flatnonzero(is_category), np.flatnonzero(~is_category)])
            seen = model._preprocessor.named_transformers_["encoder"].categories_
            values = np.full((len(seen), max(len(v) for v in seen)), np.nan)
            for j, v in enumerate(seen):
                values[j, : len(v)] = v
        return cls(
            roots=np.array(roots, dtype=np.int64), category_bits=bits,
            baseline=float(np.ravel(model._baseline_prediction)[0]),
            column_order=column_order.astype(np.int64), category_values=values, **joined,
        )

    def _columns(self, x: np.ndarray) -> np.ndarray:
        """``x`` as the trees read it: category columns first, each value its rank among the
        values seen in training (NaN for one never seen)."""
        out = x[:, self.column_order].copy()
        for j in range(len(self.category_values)):
            seen = self.category_values[j][~np.isnan(self.category_values[j])]
            rank = np.clip(np.searchsorted(seen, out[:, j]), 0, len(seen) - 1)
            out[:, j] = np.where(seen[rank] == out[:, j], rank, np.nan)
        return out

    def raw(self, x: np.ndarray) -> np.ndarray:
        """The summed leaf values plus the baseline (log-odds), per row of ``x``."""
        x = self._columns(np.asarray(x, dtype=np.float64))
        rows = np.arange(len(x))
        total = np.full(len(x), self.baseline)
        for root in self.roots:
            node = np.full(len(x), root, dtype=np.int64)
            active = ~self.leaf[node]
            while active.any():
                n = node[active]
                values = x[rows[active], self.feature[n]]
                missing = np.isnan(values)
                codes = np.where(missing | (values < 0), 0, values).astype(np.int64)
                word = self.category_bits[self.bitset[n], np.clip(codes // 32, 0, 7)]
                in_set = ((word >> (codes % 32).astype(np.uint32)) & 1).astype(bool)
                go_left = np.where(self.categorical[n], in_set, values <= self.threshold[n])
                go_left = np.where(missing, self.missing_left[n], go_left)
                node[active] = np.where(go_left, self.left[n], self.right[n])
                active = ~self.leaf[node]
            total += self.value[node]
        return total

    def arrays(self, prefix: str = "tree_") -> dict[str, np.ndarray]:
        names = ("roots", "feature", "threshold", "left", "right", "leaf", "value", "missing_left",
                 "categorical", "bitset", "category_bits", "column_order", "category_values")
        out = {prefix + k: getattr(self, k) for k in names}
        # Node indices and features fit in 32 bits; halves the file.
        for k in ("feature", "left", "right", "bitset", "roots", "column_order"):
            out[prefix + k] = out[prefix + k].astype(np.int32)
        out[prefix + "baseline"] = np.array(self.baseline)
        return out

    @classmethod
    def from_arrays(cls, data, prefix: str = "tree_") -> "Trees":
        get = lambda k: data[prefix + k]  # noqa: E731
        return cls(
            roots=get("roots").astype(np.int64), feature=get("feature").astype(np.int64),
            threshold=get("threshold").astype(np.float64), left=get("left").astype(np.int64),
            right=get("right").astype(np.int64), leaf=get("leaf").astype(bool),
            value=get("value").astype(np.float64), missing_left=get("missing_left").astype(bool),
            categorical=get("categorical").astype(bool), bitset=get("bitset").astype(np.int64),
            category_bits=get("category_bits").astype(np.uint32), baseline=float(get("baseline")),
            column_order=get("column_order").astype(np.int64), category_values=get("category_values").astype(np.float64),
        )


@dataclass
class Stacker:
    """Trees over [linear log-odds, category codes, numbers, sentence vector axes]."""

    trees: Trees
    codes: list[dict[str, int]]  # per category column: value -> code (OTHER for the rest)
    axes: np.ndarray  # principal axes of the sentence vectors (k x 384), float32
    center: np.ndarray  # their mean (384,)
    threshold: float

    @property
    def uses_sentences(self) -> bool:
        return len(self.axes) > 0

    def matrix(self, linear: np.ndarray, categories: list[list[str]], numbers: np.ndarray,
               sentence_vectors: np.ndarray | None) -> np.ndarray:
        logit = np.log(np.clip(linear, 1e-6, 1 - 1e-6) / np.clip(1 - linear, 1e-6, 1))
        coded = np.array(
            [[self.codes[j].get(value, OTHER) for j, value in enumerate(row)] for row in categories],
            dtype=np.float64,
        ).reshape(len(categories), len(CATEGORIES))
        parts = [logit[:, None], coded, np.asarray(numbers, dtype=np.float64).reshape(len(categories), len(NUMBERS))]
        if self.uses_sentences:
            parts.append((np.asarray(sentence_vectors, dtype=np.float32) - self.center) @ self.axes.T)
        return np.hstack(parts)

    def probabilities(self, linear, categories, numbers, sentence_vectors=None) -> np.ndarray:
        raw = self.trees.raw(self.matrix(linear, categories, numbers, sentence_vectors))
        return 1.0 / (1.0 + np.exp(-raw))

    def save(self, path: Path) -> None:
        code_names = np.array(
            ["\t".join([CATEGORIES[j], value]) for j, codes in enumerate(self.codes)
             for value, _ in sorted(codes.items(), key=lambda kv: kv[1])]
        )
        np.savez_compressed(
            path, **self.trees.arrays(), category_values=code_names, axes=self.axes.astype(np.float16),
            center=self.center.astype(np.float32), threshold=np.array(self.threshold),
            columns=np.array(["linear", *CATEGORIES, *NUMBERS]),
        )

    @classmethod
    def load(cls, path: Path) -> "Stacker":
        with np.load(path) as data:
            columns = [str(c) for c in data["columns"]]
            if columns[1 : 1 + len(CATEGORIES) + len(NUMBERS)] != [*CATEGORIES, *NUMBERS]:
                raise ValueError(f"{path}: its columns {columns} are not those of nlp/quotes/context.py; retrain it")
            codes: list[dict[str, int]] = [{} for _ in CATEGORIES]
            for entry in data["category_values"]:
                column, value = str(entry).split("\t", 1)
                table = codes[CATEGORIES.index(column)]
                table[value] = len(table) + 1  # code 0 is OTHER
            return cls(
                trees=Trees.from_arrays(data), codes=codes, axes=data["axes"].astype(np.float32),
                center=data["center"].astype(np.float32), threshold=float(data["threshold"]),
            )


def category_codes(categories: list[list[str]], min_count: int, max_codes: int = 250) -> list[dict[str, int]]:
    """Per category column, a code from 1 for each value seen at least ``min_count`` times (the
    most frequent first, at most ``max_codes``); the rest share OTHER."""
    out = []
    for j in range(len(CATEGORIES)):
        counts: dict[str, int] = {}
        for row in categories:
            counts[row[j]] = counts.get(row[j], 0) + 1
        kept = sorted((v for v, n in counts.items() if n >= min_count), key=lambda v: (-counts[v], v))[:max_codes]
        out.append({v: k + 1 for k, v in enumerate(kept)})
    return out
