"""Train the predicate adapter (storylens/story/data/predicate_adapter.npz) from WordNet 3.0 alone.

    .venv/bin/python scripts/train_predicate_adapter.py [--cache DIR] [--out FILE] [--dim 64]

Not shipped: as a feature of the claim pair scorer the adapted cosine lowered the held-out link F1
on the claims gold (0.561 -> 0.553, docs/eval-claims.md, round s29); the package neither ships the
artefact nor reads it. The script stays so the finding can be reproduced and built on.

MiniLM places a clause by its topic: "the workers were discharged from the infirmary" reads
nearer "were admitted to the infirmary" than "have gone home". The adapter is a linear map of the
shipped MiniLM sentence vectors into a small space where what the verb means counts and the
scene it is said in counts less. It learns that from sentences whose only difference is the verb,
all built from WordNet (never from the claims gold, the seeds or any benchmark):

- each of WordNet's example sentences of a verb sense, with the sense's own word in it, is a
  context; the word is swapped for another word and the sentence re-inflected;
- one happening (positive): a synonym of the same sense, a word of a sense it is a kind of (a
  hypernym: "nab" -> "seize"), or a verb WordNet derives from the same event noun;
- another happening (hard negative): an antonym, or a sister term (another kind of the same
  hypernym: "admit" / "expel" under "permit"), never a word that shares any sense with the
  original (polysemy would make it a synonym in some other sense);
- across contexts, two example sentences of one sense are one happening, and examples of a sense
  and of its sister or antonym senses two, so that the map does not learn to match the scene.

The map W (384 x dim) is fitted by gradient descent on a balanced logistic loss over the
cosine of the mapped pairs (scaled and shifted by two learned numbers), with 10 % of the verb
senses (by a hash of their name) held out to report ranking AUC. The artefact holds W as float16
and the boundary cosine (where the fitted probability is one half).
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import sys
from pathlib import Path

import numpy as np

from storylens.nlp.minilm import embed
from storylens.nlp.wordnet import wordnet

OUT = Path(__file__).resolve().parent.parent / "src" / "storylens" / "story" / "data" / "predicate_adapter.npz"
WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?|[^A-Za-z\s]")
VOWELS = set("aeiou")


def held_out(synset_name: str) -> bool:
    return int(hashlib.sha1(synset_name.encode()).hexdigest(), 16) % 10 == 0


class Inflector:
    """A verb put in the form another verb has in a sentence: base, -s, -ing or past. Irregular
    forms come from WordNet's own exception list (verb.exc), read backwards."""

    def __init__(self, wn):
        self.irregular: dict[str, list[str]] = {}
        for form, bases in wn._exception_map["v"].items():
            for base in bases:
                self.irregular.setdefault(base, []).append(form)

    @staticmethod
    def form_of(token: str, lemma: str) -> str:
        token = token.lower()
        if token == lemma:
            return "base"
        if token.endswith("ing"):
            return "ing"
        if token in (lemma + "s", lemma + "es", lemma[:-1] + "ies"):
            return "s"
        return "past"

    def inflect(self, lemma: str, form: str) -> str:
        head, _, rest = lemma.partition("_")
        tail = (" " + rest.replace("_", " ")) if rest else ""
        if form == "base":
            return head + tail
        if form == "s":
            if head.endswith(("s", "x", "z", "ch", "sh", "o")):
                return head + "es" + tail
            if head.endswith("y") and head[-2:-1] not in VOWELS:
                return head[:-1] + "ies" + tail
            return head + "s" + tail
        if form == "ing":
            if head.endswith("ie"):
                return head[:-2] + "ying" + tail
            if head.endswith("e") and not head.endswith(("ee", "ye", "oe")):
                return head[:-1] + "ing" + tail
            return head + "ing" + tail
        irregular = [f for f in self.irregular.get(head, []) if not f.endswith(("ing", "s"))]
        if irregular:
            return irregular[0] + tail
        if head.endswith("e"):
            return head + "d" + tail
        if head.endswith("y") and head[-2:-1] not in VOWELS:
            return head[:-1] + "ied" + tail
        return head + "ed" + tail


def sisters(synset) -> list:
    return [s for h in synset.hypernyms() for s in h.hyponyms() if s != synset]


def lemma_names(synsets) -> list[str]:
    return [name for s in synsets for name in s.lemma_names()]


def build_examples(wn, rng: random.Random, per_context: int = 2):
    """(sentences, pairs): every sentence once; pairs (i, j, one_happening, synset name)."""
    inflector = Inflector(wn)
    senses_of: dict[str, set] = {}

    def senses(lemma: str) -> set:
        if lemma not in senses_of:
            senses_of[lemma] = set(wn.synsets(lemma, "v"))
        return senses_of[lemma]

    sentences: dict[str, int] = {}

    def index(text: str) -> int:
        return sentences.setdefault(text, len(sentences))

    pairs: list[tuple[int, int, int, str]] = []
    examples_of: dict[str, list[int]] = {}
    for synset in wn.all_synsets("v"):
        own = {name.lower() for name in synset.lemma_names() if "_" not in name}
        for example in synset.examples():
            tokens = WORD.findall(example)
            slot = next((k for k, t in enumerate(tokens)
                         if (wn.morphy(t.lower(), "v") or "") in own), None)
            if slot is None:
                continue
            word = wn.morphy(tokens[slot].lower(), "v")
            form = Inflector.form_of(tokens[slot], word)
            original = index(example)
            examples_of.setdefault(synset.name(), []).append(original)
            taken = senses(word)

            def swapped(lemma: str) -> int:
                words = tokens[:slot] + [inflector.inflect(lemma.lower(), form)] + tokens[slot + 1:]
                return index(re.sub(r" ([.,;:!?)])", r"\1", " ".join(words)))

            positives = [n for n in synset.lemma_names() if n.lower() != word]
            positives += lemma_names(synset.hypernyms())
            for lemma in synset.lemmas():
                for noun in lemma.derivationally_related_forms():
                    positives += [v.name() for v in noun.derivationally_related_forms()
                                  if v.synset().pos() == "v" and v.synset() != synset and v.name().lower() != word]
            negatives = [a.name() for lemma in synset.lemmas() for a in lemma.antonyms()]
            negatives += lemma_names(sisters(synset))
            # a substitute sharing a sense with the original word is a synonym somewhere
            negatives = [n for n in dict.fromkeys(negatives) if not senses(n) & taken and n.lower() != word]
            positives = list(dict.fromkeys(positives))
            rng.shuffle(positives)
            rng.shuffle(negatives)
            antonyms = [a.name() for lemma in synset.lemmas() for a in lemma.antonyms()]
            chosen_negatives = [n for n in negatives if n in antonyms][:1]
            chosen_negatives += [n for n in negatives if n not in chosen_negatives][:per_context - len(chosen_negatives)]
            for lemma, label in [(n, 1) for n in positives[:per_context]] + [(n, 0) for n in chosen_negatives]:
                other = swapped(lemma)
                if other != original:
                    pairs.append((original, other, label, synset.name()))
    # across contexts: two examples of one sense; an example of a sense and one of a sister or antonym
    for name, found in examples_of.items():
        synset = wn.synset(name)
        if len(found) > 1:
            pairs.append((found[0], found[1], 1, name))
        others = [s.name() for s in sisters(synset)]
        others += [a.synset().name() for lemma in synset.lemmas() for a in lemma.antonyms()]
        others = [o for o in others if o in examples_of]
        if others:
            pairs.append((found[0], examples_of[rng.choice(others)][0], 0, name))
    return list(sentences), pairs


def auc(scores: np.ndarray, labels: np.ndarray) -> float:
    order = np.argsort(scores)
    ranks = np.empty(len(scores))
    ranks[order] = np.arange(1, len(scores) + 1)
    positives = labels == 1
    n_pos, n_neg = positives.sum(), (~positives).sum()
    return float((ranks[positives].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))


def mapped_cosine(w: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    pa, pb = a @ w, b @ w
    pa /= np.linalg.norm(pa, axis=1, keepdims=True) + 1e-9
    pb /= np.linalg.norm(pb, axis=1, keepdims=True) + 1e-9
    return (pa * pb).sum(axis=1)


def train(vectors: np.ndarray, pairs: np.ndarray, labels: np.ndarray, dim: int, epochs: int, seed: int):
    import torch

    torch.manual_seed(seed)
    x = torch.from_numpy(vectors)
    i, j = torch.from_numpy(pairs[:, 0]), torch.from_numpy(pairs[:, 1])
    y = torch.from_numpy(labels.astype(np.float32))
    weight = torch.where(y == 1, 0.5 / y.mean(), 0.5 / (1 - y.mean()))
    w = torch.nn.Parameter(torch.nn.init.orthogonal_(torch.empty(vectors.shape[1], dim)))
    scale = torch.nn.Parameter(torch.tensor(10.0))
    shift = torch.nn.Parameter(torch.tensor(0.5))
    optimiser = torch.optim.Adam([w, scale, shift], lr=0.01)
    order = torch.randperm(len(y))
    batch = 4096
    for epoch in range(epochs):
        order = order[torch.randperm(len(order))]
        for start in range(0, len(order), batch):
            rows = order[start:start + batch]
            a = torch.nn.functional.normalize(x[i[rows]] @ w, dim=1)
            b = torch.nn.functional.normalize(x[j[rows]] @ w, dim=1)
            logit = scale * ((a * b).sum(dim=1) - shift)
            loss = torch.nn.functional.binary_cross_entropy_with_logits(logit, y[rows], weight=weight[rows])
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
    return w.detach().numpy(), float(shift.detach())


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cache", type=Path, default=None, help="keep the sentences' MiniLM vectors here")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--dim", type=int, default=64)
    parser.add_argument("--epochs", type=int, default=30)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    wn = wordnet()
    sentences, pairs = build_examples(wn, random.Random(args.seed))
    print(f"{len(sentences)} sentences, {len(pairs)} pairs ({sum(p[2] for p in pairs)} one happening)", file=sys.stderr)
    cached = args.cache / "predicate_adapter_sentences.npz" if args.cache else None
    if cached and cached.exists() and list(np.load(cached, allow_pickle=False)["texts"]) == sentences:
        vectors = np.load(cached)["vectors"]
    else:
        vectors = embed(sentences)
        if cached:
            cached.parent.mkdir(parents=True, exist_ok=True)
            np.savez(cached, texts=np.array(sentences), vectors=vectors)
    index = np.array([(a, b) for a, b, _, _ in pairs], dtype=np.int64)
    labels = np.array([y for _, _, y, _ in pairs], dtype=np.int64)
    test = np.array([held_out(name) for _, _, _, name in pairs])
    w, _ = train(vectors, index[~test], labels[~test], args.dim, args.epochs, args.seed)
    raw = (vectors[index[test, 0]] * vectors[index[test, 1]]).sum(axis=1)
    mapped = mapped_cosine(w, vectors[index[test, 0]], vectors[index[test, 1]])
    print(f"held-out senses ({test.sum()} pairs): AUC raw cosine {auc(raw, labels[test]):.3f}, "
          f"adapted {auc(mapped, labels[test]):.3f}", file=sys.stderr)
    w, boundary = train(vectors, index, labels, args.dim, args.epochs, args.seed)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out, weights=w.astype(np.float16), boundary=np.float32(boundary))
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB), boundary cosine {boundary:.3f}", file=sys.stderr)


if __name__ == "__main__":
    main()
