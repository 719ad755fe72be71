"""Train the predicate-meaning projection (storylens/story/data/predicate_meaning.npz) on WordNet.

    .venv/bin/python scripts/train_predicate_meaning.py [--rank 128] [--ridge 0.1] [--vectors FILE] [--out FILE]

MiniLM places a predicate by its topic: "admit" and "discharge" (a hospital) read closer than
"discharge" and "release". The projection is a linear map of the predicate's MiniLM vector, learned
so that the cosine of two projected predicates says "one happening" rather than "one topic". Its
only teacher is WordNet 3.0 (``storylens.nlp.wordnet``), at the level of lemmas, since the claims
step knows a clause's predicate lemma (and its particle or complement when WordNet lists the
phrase: "call off", "go home"), not its sense:
- one happening (positive): two verbs that share a synset ("arrest" / "apprehend"); a verb and an
  event noun made from it or from a synonym ("detain" / "detention"), through WordNet's
  derivationally related forms;
- another happening of the same scene (negative): antonyms ("admit" / "discharge" have none, but
  "open" / "close" do), sister terms (two troponyms of one verb: "injure" / "kill" under
  "harm"), and the raw MiniLM nearest neighbours of a verb that WordNet relates in none of these
  ways nor by one step up or down the hierarchy (those are the pairs MiniLM confuses most).
Pairs sharing a sense on either side are kept out of the negatives. One lemma in ten (by a hash
of its text) is held out with every pair it takes part in; the figures printed are on those
pairs: the ranking AUC of raw and projected cosines, and the share of held-out positives whose
projected cosine beats every negative of the same anchor.

The artefact is a (384, rank) float16 matrix in an .npz file (rank 128: about 90 KB), with the
cosine the fit puts between one happening and another (the pair scorer's feature is read from it).
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from itertools import combinations
from pathlib import Path

import numpy as np

from storylens.nlp.wordnet import wordnet
from storylens.story.predicate_meaning import MODEL_PATH

EVENT_NOUNS = {"noun.act", "noun.event", "noun.process", "noun.state", "noun.phenomenon"}
NEIGHBOURS = 10  # raw MiniLM nearest neighbours read for mined negatives


def readable(lemma_name: str) -> str:
    return lemma_name.replace("_", " ").lower()


def held_out(text: str) -> bool:
    return int(hashlib.sha1(text.encode()).hexdigest(), 16) % 10 == 0


def vocabulary_and_pairs():
    """Lemma texts and (a, b, label) pairs of texts from WordNet's verbs and event nouns."""
    wn = wordnet()
    positives, negatives = set(), set()
    related = set()  # pairs WordNet relates as one sense or one step of the hierarchy: never negatives

    def pair(a: str, b: str):
        return (a, b) if a < b else (b, a)

    verbs = set()
    for synset in wn.all_synsets("v"):
        names = sorted({readable(l.name()) for l in synset.lemmas()})
        verbs.update(names)
        for a, b in combinations(names, 2):
            positives.add(pair(a, b))
        for neighbour in synset.hypernyms() + synset.hyponyms() + synset.entailments() + synset.verb_groups():
            for a in names:
                for b in {readable(l.name()) for l in neighbour.lemmas()}:
                    if a != b:
                        related.add(pair(a, b))
        for lemma in synset.lemmas():
            for antonym in lemma.antonyms():
                a, b = readable(lemma.name()), readable(antonym.name())
                if a != b:
                    negatives.add(pair(a, b))
            for noun in lemma.derivationally_related_forms():
                if noun.synset().pos() == "n" and noun.synset().lexname() in EVENT_NOUNS:
                    for a in names:  # the noun names the happening of every synonym of the verb
                        b = readable(noun.name())
                        if a != b:
                            positives.add(pair(a, b))
        for hypernym in synset.hypernyms():
            for sister in hypernym.hyponyms():
                if sister == synset:
                    continue
                for a in names:
                    for b in {readable(l.name()) for l in sister.lemmas()}:
                        if a != b:
                            negatives.add(pair(a, b))
    nouns = {b for a, b in positives if b not in verbs} | {a for a, b in positives if a not in verbs}
    negatives -= positives
    negatives -= related
    return sorted(verbs), sorted(nouns), positives, negatives, related


def embed_texts(texts: list[str], cache: Path | None) -> np.ndarray:
    """MiniLM vectors of ``texts`` (kept in ``cache`` between runs when given)."""
    from storylens.nlp.minilm import embed

    if cache and cache.exists():
        with np.load(cache) as data:
            if list(data["texts"]) == texts:
                return data["vectors"]
    vectors = embed(texts, batch_size=256)
    if cache:
        np.savez(cache, texts=np.array(texts), vectors=vectors)
    return vectors


def mined_negatives(texts: list[str], vectors: np.ndarray, positives, related, verbs: set[str]) -> set:
    """Each verb's raw nearest neighbours among the verbs that WordNet does not relate to it."""
    index = [i for i, t in enumerate(texts) if t in verbs]
    sub = vectors[index]
    found = set()
    for start in range(0, len(index), 1024):
        block = sub[start:start + 1024] @ sub.T
        for row, scores in enumerate(block):
            top = np.argpartition(-scores, NEIGHBOURS + 1)[: NEIGHBOURS + 1]
            a = texts[index[start + row]]
            for column in top:
                b = texts[index[column]]
                if a == b:
                    continue
                p = (a, b) if a < b else (b, a)
                if p not in positives and p not in related:
                    found.add(p)
    return found


def auc(scores_pos: np.ndarray, scores_neg: np.ndarray) -> float:
    ranks = np.argsort(np.argsort(np.concatenate([scores_pos, scores_neg])))
    n_pos, n_neg = len(scores_pos), len(scores_neg)
    return float((ranks[:n_pos].sum() - n_pos * (n_pos - 1) / 2) / (n_pos * n_neg))


def train(vectors: np.ndarray, pairs: np.ndarray, labels: np.ndarray, rank: int, ridge: float) -> np.ndarray:
    """The (384, rank) map whose directions spread the pairs of different happenings most against
    the pairs of one happening: the leading generalised eigenvectors of the scatter of the
    negative pairs' differences against that of the positive pairs' (with ``ridge`` times the
    mean variance added to the latter, so that directions no positive pair varies along do not
    dominate). Closed form: seconds, no random start."""
    from scipy.linalg import eigh

    def scatter(rows: np.ndarray) -> np.ndarray:
        differences = vectors[rows[:, 0]] - vectors[rows[:, 1]]
        return differences.T @ differences / len(rows)

    within = scatter(pairs[labels == 1])
    between = scatter(pairs[labels == 0])
    within += ridge * np.trace(within) / len(within) * np.eye(len(within))
    values, directions = eigh(between, within)  # ascending
    order = np.argsort(values)[::-1][:rank]
    print("leading ratios: " + " ".join(f"{v:.2f}" for v in values[order][:8]), file=sys.stderr)
    return directions[:, order] * np.sqrt(values[order])  # each direction weighed by how well it separates


def boundary_of(positive: np.ndarray, negative: np.ndarray) -> float:
    """The cosine that best separates the two classes, each weighing the same."""
    candidates = np.quantile(np.concatenate([positive, negative]), np.linspace(0.01, 0.99, 197))
    accuracy = [((positive >= c).mean() + (negative < c).mean()) / 2 for c in candidates]
    return float(candidates[int(np.argmax(accuracy))])


def projected_cosines(vectors: np.ndarray, pairs: np.ndarray, weight: np.ndarray | None) -> np.ndarray:
    v = vectors if weight is None else vectors @ weight
    v = v / np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-9)
    return (v[pairs[:, 0]] * v[pairs[:, 1]]).sum(axis=1)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rank", type=int, default=128)
    parser.add_argument("--ridge", type=float, default=0.1)
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument("--vectors", type=Path, default=None, help="keep the lemmas' MiniLM vectors in this .npz")
    args = parser.parse_args(argv)
    verbs, nouns, positives, negatives, related = vocabulary_and_pairs()
    texts = verbs + nouns
    print(f"{len(verbs)} verb lemmas, {len(nouns)} event nouns; embedding", file=sys.stderr)
    vectors = embed_texts(texts, args.vectors)
    mined = mined_negatives(texts, vectors, positives, related, set(verbs))
    print(f"positives {len(positives)}, negatives {len(negatives)} (antonyms and sisters), "
          f"{len(mined - negatives)} mined", file=sys.stderr)
    at = {t: i for i, t in enumerate(texts)}
    rows = [(at[a], at[b], 1, held_out(a) or held_out(b), 0) for a, b in positives if a in at and b in at]
    rows += [(at[a], at[b], 0, held_out(a) or held_out(b), 0) for a, b in negatives - mined if a in at and b in at]
    rows += [(at[a], at[b], 0, held_out(a) or held_out(b), 1) for a, b in mined if a in at and b in at]
    table = np.array(rows, dtype=np.int64)
    train_rows, test_rows = table[table[:, 3] == 0], table[table[:, 3] == 1]
    weight = train(vectors, train_rows[:, :2], train_rows[:, 2], args.rank, args.ridge)
    fitted = projected_cosines(vectors, train_rows[:, :2], weight)
    boundary = boundary_of(fitted[train_rows[:, 2] == 1], fitted[train_rows[:, 2] == 0])
    labels, is_mined = test_rows[:, 2], test_rows[:, 4] == 1
    for name, w in (("raw MiniLM", None), ("projected", weight)):
        scores = projected_cosines(vectors, test_rows[:, :2], w)
        print(f"held-out lemmas, {name}: AUC {auc(scores[labels == 1], scores[labels == 0]):.3f} against all "
              f"negatives, {auc(scores[labels == 1], scores[is_mined]):.3f} against MiniLM's nearest "
              f"({int(labels.sum())} positive, {int((labels == 0).sum())} negative pairs, {int(is_mined.sum())} mined)",
              file=sys.stderr)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    print(f"boundary cosine {boundary:.3f}", file=sys.stderr)
    np.savez_compressed(args.out, projection=weight.astype(np.float16), boundary=np.float32(boundary))
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB)", file=sys.stderr)


if __name__ == "__main__":
    main()
