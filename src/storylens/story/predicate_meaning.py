"""What a clause's predicate means, as a vector in which one happening told in other verbs reads close.

MiniLM places a predicate by its topic ("were admitted" and "were discharged" read as one thing,
both being about a hospital). A linear map trained on WordNet alone
(``scripts/train_predicate_meaning.py``: synonyms and a verb's event nouns close; antonyms, sister
terms and the verbs MiniLM confuses apart) projects the MiniLM vector of the predicate phrase into a
space where the cosine says "one happening".

The predicate phrase is the clause's predicate lemma, with the words after it when WordNet lists
the phrase as a verb ("called the match off" stays "call", "called off the match" is "call off",
"have gone home" is "go home"). A phrase that says little of its own ("be", "say", "go") has no
vector: its clause's meaning is in its complement, which the clause vectors already read.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import numpy as np

from storylens.records import ClaimMention
from storylens.story.claim_blocks import GENERIC_PREDICATES
from storylens.story.embeddings import embed_sentences

MODEL_PATH = Path(__file__).parent / "data" / "predicate_meaning.npz"
PHRASE_WORDS = 3  # the longest WordNet verb phrase tried: the predicate and two words after it
WORD = re.compile(r"[A-Za-z]+")


@lru_cache(maxsize=1)
def projection(path: Path = MODEL_PATH) -> tuple[np.ndarray, float]:
    """The (384, rank) map and the projected cosine its training put between one happening and
    another."""
    with np.load(path) as data:
        return data["projection"].astype(np.float32), float(data["boundary"])


@lru_cache(maxsize=65536)
def _is_verb_phrase(phrase: str) -> bool:
    from storylens.nlp.wordnet import wordnet

    return bool(wordnet().lemmas(phrase, "v"))


@lru_cache(maxsize=65536)
def _lemma_of(word: str, predicate: str) -> bool:
    """Whether ``word`` as written is a form of ``predicate`` (WordNet's morphology: "held" -> "hold")."""
    from storylens.nlp.wordnet import wordnet

    lower = word.lower()
    if lower == predicate:
        return True
    wn = wordnet()
    return predicate in {wn.morphy(lower, "v"), wn.morphy(lower, "n")}


def predicate_phrase(mention: ClaimMention) -> str | None:
    """The predicate with the words WordNet takes as part of it, as plain text ("call off"), or
    None when the clause has no predicate that says what happened."""
    predicate = (mention.predicate or "").lower()
    if not predicate or not predicate.isalpha():
        return None
    words = WORD.findall(mention.text)
    at = next((i for i, w in enumerate(words) if _lemma_of(w, predicate)), None)
    phrase = predicate
    if at is not None:
        for n in range(PHRASE_WORDS, 1, -1):
            following = words[at + 1:at + n]
            if len(following) == n - 1:
                candidate = "_".join([predicate] + [w.lower() for w in following])
                if _is_verb_phrase(candidate):
                    phrase = candidate
                    break
    if phrase in GENERIC_PREDICATES:
        return None
    return phrase.replace("_", " ")


def predicate_vectors(mentions: list[ClaimMention]) -> np.ndarray:
    """One unit vector per mention in the projected space (a zero row when it has no predicate
    phrase). Each distinct phrase is embedded once, through the story's embedding table."""
    phrases = [predicate_phrase(m) for m in mentions]
    known = sorted({p for p in phrases if p})
    weight, _ = projection()
    out = np.zeros((len(mentions), weight.shape[1]), dtype=np.float32)
    if not known:
        return out
    raw = embed_sentences(known) @ weight
    raw /= np.maximum(np.linalg.norm(raw, axis=1, keepdims=True), 1e-9)
    row_of = {p: r for r, p in enumerate(known)}
    for i, p in enumerate(phrases):
        if p:
            out[i] = raw[row_of[p]]
    return out


def same_happening(a: ClaimMention, b: ClaimMention) -> float:
    """The projected cosine of two clauses' predicates (0.0 when either has none): for tests and
    for reading one pair; the pair scorer reads ``predicate_vectors`` of the whole story."""
    vectors = predicate_vectors([a, b])
    return float(vectors[0] @ vectors[1])

