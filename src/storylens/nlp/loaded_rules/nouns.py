"""Nouns that name people by judging them, in the outlet's own voice: "lackeys", "puppets",
"thugs" (issue 19).

The PTC tagger weighs a word it never saw at 0, and such nouns are rare, so they are read from
the word's meaning instead: a logistic regression over the word's MiniLM vector
(``data/evaluative_nouns.npz``, trained by ``scripts/train_evaluative_nouns.py``) whose positives
are the nouns PTC mostly finds inside Name_Calling,Labeling spans and whose negatives are nouns
it almost never finds in any span. A noun is marked when

- it is a plural common noun heading its phrase ("their corporate media lackeys"): a judgement
  of a group of people; a singular noun is too often a plain role ("founder", "farmer");
- the scorer gives it at least ``NOUN_SCORE``;
- it is outside quotation marks (a speaker's word is reported, not the outlet's).

The span is the noun alone: the brief quotes it ("“lackeys”") and the modifiers stay.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np
from spacy.tokens import Doc

from storylens.nlp.doc_index import doc_text
from storylens.nlp.event_rules import QuotedText

MODEL = Path(__file__).resolve().parent.parent / "data" / "evaluative_nouns.npz"
NOUN_SCORE = 0.85
CATEGORY = "Name_Calling,Labeling"


@lru_cache(maxsize=1)
def _weights() -> tuple[np.ndarray, float]:
    data = np.load(MODEL)
    return data["weights"], float(data["bias"])


@lru_cache(maxsize=65536)
def noun_score(word: str) -> float:
    """The scorer's probability that ``word`` (lower-cased) is a judging noun."""
    from storylens.nlp.minilm import embed

    weights, bias = _weights()
    return float(1.0 / (1.0 + np.exp(-(embed([word.lower()])[0] @ weights + bias))))


def judging_noun_candidate(token) -> bool:
    """A plural common noun heading its phrase, not a name: what may judge a group of people."""
    return (
        token.pos_ == "NOUN"
        and token.tag_ == "NNS"
        and token.is_alpha
        and token.is_lower
        and not token.ent_type_
        and token.dep_ not in ("compound", "nmod", "poss", "amod")
    )


def evaluative_nouns(doc: Doc, quoted: QuotedText | None = None) -> list[tuple[int, int, float]]:
    """(start, end, score) of each judging plural noun in the outlet's own voice."""
    quoted = quoted or QuotedText(doc_text(doc))
    found = []
    for token in doc:
        if not judging_noun_candidate(token):
            continue
        start, end = token.idx, token.idx + len(token.text)
        if quoted.inside(start, end):
            continue
        score = noun_score(token.lower_)
        if score >= NOUN_SCORE:
            found.append((start, end, score))
    return found
