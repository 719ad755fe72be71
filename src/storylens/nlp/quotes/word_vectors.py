"""MiniLM vectors of a candidate's cue and argument words, the dense input of the scorer.

The scorer's string features give every cue lemma a weight of its own, so a cue seen a few times
in training ("contend", "insist") learns little; a vector puts it beside the cues of like meaning
("assert", "argue") and lets it borrow their strength. The vectors come from the process's one
table of word vectors (``nlp/loaded_rules/word_scorer.py``), which the judging-word scorers read
too: each distinct word is embedded once per process, whoever asks for it first.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

from storylens.nlp.loaded_rules.word_scorer import word_vectors
from storylens.nlp.quotes.arguments import Candidate, cue_lemma

__all__ = ["BLOCKS", "KINDS", "argument_kind", "dense_rows", "word_vectors"]


# The argument's relation in three kinds: a cue means more or less with a clause ("claimed that
# ..."), an object ("claimed victory") or a prepositional object ("called for ...").
OBJECT_RELATIONS = frozenset({"dobj", "attr", "oprd", "passive_subject"})
KINDS = ("clause", "object", "preposition")
# Blocks of the dense row, each EMBEDDING_DIM wide.
BLOCKS = ("cue", *(f"cue|{kind}" for kind in KINDS), "argument")


def argument_kind(candidate: Candidate) -> str:
    if candidate.relation in OBJECT_RELATIONS:
        return "object"
    return "preposition" if candidate.relation.startswith("prep:") else "clause"


def dense_rows(found: Sequence[Candidate]) -> np.ndarray:
    """Per candidate (len(found) x 5*384): the cue lemma's vector, the same vector again in the
    block of the argument's kind (zeros in the other two), the argument head lemma's vector:
    what the cue means, how it reads with this kind of content, and what it is said about
    ("claimed victory", "made a decision")."""
    cues = word_vectors([cue_lemma(c) for c in found])
    arguments = word_vectors([c.argument.lemma_.lower() if c.argument is not None else "" for c in found])
    kinds = np.array([[argument_kind(c) == kind for kind in KINDS] for c in found], dtype=np.float32).reshape(-1, len(KINDS))
    return np.hstack([cues, *(cues * kinds[:, [k]] for k in range(len(KINDS))), arguments])
