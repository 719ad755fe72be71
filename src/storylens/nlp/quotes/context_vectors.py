"""Contextual MiniLM vectors of a candidate's cue, argument head and source, the dense input of the scorer.

The string features and a word's static vector give "support" or "call" one reading wherever
they stand; whether "the senator called for a recount" is an attribution and "the storm called
for evacuations" is not depends on the sentence. The transformer's vector of each word in its
sentence (``nlp.contextual``: the mean of its word-pieces' last hidden states, one pass per
sentence) carries that reading. Only the sentences holding a candidate are embedded, all of an
article's in one batched call.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np
from spacy.tokens import Doc

from storylens.nlp.contextual import DIM, encode_sentences
from storylens.nlp.quotes.arguments import Candidate, subject_of

# Blocks of the dense row, each DIM wide, then the three cosines.
BLOCKS = ("cue", "argument", "source", "cue*argument", "cue*source")
COSINES = ("cue~argument", "cue~source", "argument~source")
WIDTH = len(BLOCKS) * DIM + len(COSINES)


@dataclass(frozen=True)
class _Word:
    text: str
    start: int
    end: int
    sentence: int


def candidate_tokens(candidate: Candidate) -> tuple[int, int | None, int | None]:
    """Token indices of the cue, the argument's head and the cue's subject (None when absent)."""
    subject = subject_of(candidate.cue)
    argument = candidate.argument
    return candidate.cue.i, (argument.i if argument is not None else None), (subject.i if subject is not None else None)


# Vectors computed before, by text (set by use_vectors: the training script's cache, so that
# trying thresholds on held-out articles does not embed them again).
_known: dict[str, dict[int, np.ndarray]] = {}


def use_vectors(table: dict[str, dict[int, np.ndarray]] | None) -> None:
    """Read the vectors of these texts' tokens from ``table`` (text -> token index -> vector)
    instead of embedding them; None: embed again."""
    _known.clear()
    _known.update(table or {})


def token_vectors(doc: Doc, tokens: set[int]) -> dict[int, np.ndarray]:
    """The contextual vector of each token in ``tokens``: one transformer pass over each sentence
    that holds one of them (the other sentences are not embedded)."""
    if not tokens:
        return {}
    known = _known.get(doc.text)
    if known is not None and tokens <= known.keys():
        return {i: known[i] for i in tokens}
    sentence_of = np.zeros(len(doc), dtype=np.int64)
    for number, sentence in enumerate(doc.sents):
        sentence_of[sentence.start : sentence.end] = number
    kept = [t for t in doc if not t.is_space]
    words = [_Word(t.text, t.idx, t.idx + len(t), int(sentence_of[t.i])) for t in kept]
    position = {t.i: n for n, t in enumerate(kept)}
    wanted = {int(sentence_of[i]) for i in tokens}
    vectors, _ = encode_sentences(words, doc.text, wanted)
    zero = np.zeros(DIM, dtype=np.float32)
    return {i: (vectors[position[i]] if i in position else zero) for i in tokens}


def _unit(rows: np.ndarray) -> np.ndarray:
    return rows / np.maximum(np.linalg.norm(rows, axis=1, keepdims=True), 1e-9)


def dense_rows(found: Sequence[Candidate], vectors: dict[int, np.ndarray]) -> np.ndarray:
    """Per candidate (len(found) x WIDTH): the cue's, the argument head's and the source's
    contextual vectors (zeros when there is none), the cue's elementwise products with the other
    two, and the three cosines."""
    zero = np.zeros(DIM, dtype=np.float32)
    picked = [candidate_tokens(c) for c in found]
    cue = np.array([vectors[c] for c, _, _ in picked], dtype=np.float32).reshape(-1, DIM)
    argument = np.array([vectors[a] if a is not None else zero for _, a, _ in picked], dtype=np.float32).reshape(-1, DIM)
    source = np.array([vectors[s] if s is not None else zero for _, _, s in picked], dtype=np.float32).reshape(-1, DIM)
    uc, ua, us = _unit(cue), _unit(argument), _unit(source)
    cosines = np.stack([(uc * ua).sum(1), (uc * us).sum(1), (ua * us).sum(1)], axis=1)
    return np.hstack([cue, argument, source, cue * argument, cue * source, cosines]).astype(np.float32)


def candidate_rows(doc: Doc, found: Sequence[Candidate]) -> np.ndarray:
    """``dense_rows`` with the vectors read from the Doc's own sentences."""
    tokens = {i for c in found for i in candidate_tokens(c) if i is not None}
    return dense_rows(found, token_vectors(doc, tokens))
