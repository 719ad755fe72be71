"""Modifiers that judge what they describe: "the bungling minister", "grudgingly agreed", "the
fat-cat firm" (issue 15).

The PTC tagger weighs a word it never saw at 0, and most evaluative adjectives and adverbs are
rare, so, as for judging nouns (:mod:`.nouns`), they are read from the word's meaning: a logistic
regression over the word's MiniLM vector (``data/evaluative_modifiers.npz``, trained by
``scripts/train_evaluative_modifiers.py``) whose positives are the modifiers PTC mostly finds
inside wording-level spans and whose negatives are modifiers it almost never finds in any span.

The modifiers are read from the parse (``modifier_words``): a lower-case adjective, an adverb
modifying a verb or an adjective ("grudgingly agreed"), and a hyphenated premodifier taken as one
word ("fat-cat", "so-called", also "two-year": the brief never cuts one holding a number), never a
name.

Nothing here marks spans in the framing output; the brief asks the score of a word only its
outlet uses (story/brief/voice.py), where one outlet's reading must stay out of the brief's voice.
"""

from __future__ import annotations

from pathlib import Path

from storylens.nlp.loaded_rules.word_scorer import WordScorer

MODEL = Path(__file__).resolve().parent.parent / "data" / "evaluative_modifiers.npz"


# Scored as the judging nouns are (word_scorer.py), from a weight vector of its own.
_SCORER = WordScorer(MODEL)


def score_modifiers(words) -> None:
    """Score every modifier not scored yet in one MiniLM batch (before many ``modifier_score`` calls)."""
    _SCORER.score_words(words)


def modifier_score(word: str) -> float:
    """The scorer's probability that ``word`` (lower-cased; a hyphenated modifier whole) judges."""
    return _SCORER.score(word)


def hyphenated_modifier(token):
    """(first token, last token) of a hyphenated premodifier ending at ``token`` ("fat-cat" in
    "the fat-cat firm"): lower-case alphabetic parts joined by hyphens, before the noun they
    modify; None otherwise."""
    doc = token.doc
    if token.dep_ not in ("amod", "compound", "nmod") or token.head.i <= token.i or not _plain(token):
        return None
    first = token
    while first.i >= 2 and doc[first.i - 1].text == "-" and not doc[first.i - 1].whitespace_ and _plain(doc[first.i - 2]) and not doc[first.i - 2].whitespace_:
        first = doc[first.i - 2]
    return (first, token) if first.i < token.i else None


def _plain(token) -> bool:
    return token.is_alpha and token.is_lower and not token.ent_type_


def modifier_words(doc):
    """(word, start, end) of each modifier that may judge: a hyphenated premodifier whole, a
    lower-case adjective, an adverb of a verb or adjective; stop words and names aside."""
    found, inside = [], set()
    for token in doc:
        parts = hyphenated_modifier(token)
        if parts is not None:
            first, last = parts
            found.append((doc[first.i : last.i + 1].text.lower(), first.idx, last.idx + len(last.text)))
            inside.update(range(first.i, last.i + 1))
    for token in doc:
        if token.i in inside or not _plain(token) or token.is_stop or len(token) < 3:
            continue
        if token.pos_ == "ADJ" or token.pos_ == "ADV" and token.dep_ == "advmod" and token.head.pos_ in ("VERB", "ADJ", "AUX"):
            found.append((token.lower_, token.idx, token.idx + len(token.text)))
    return found
