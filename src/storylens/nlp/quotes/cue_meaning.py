"""What a candidate's cue word means and which complements it takes, as features a cue seldom
seen in training shares with common ones.

The scorer's string features (:func:`.arguments.features`) give every cue lemma a weight of its
own, so a cue PolNeAR's train part holds once or twice ("contend", "adamant", "would reveal")
learns little, and one it never holds nothing. What the lemma feature cannot carry, WordNet
says of any word: the lexicographer file of its most frequent senses (a verb of communication,
of cognition, a social act; a noun of communication or of cognition), whether one of those
senses takes a clause ("Somebody ----s that CLAUSE") or an infinitive, each crossed with the
kind of content the candidate offers (a clause, an object, a prepositional object), and with
what the parse says of who holds it (a person, a body or a pronoun as subject; a noun cue's
owner, "his claim that"). "The union has long argued that ..." and "Critics contend ..." read
alike through these features, however often each verb is seen.

WordNet does not know every cue's meaning (an adjective is filed in one file for all: "adamant",
"sure"), so the cue word's MiniLM vector is read too, reduced to one number per kind of content:
a logistic regression over the vector, fitted by scripts/train_attribution.py on train's
(word, kind) pairs (how often a candidate of that word and kind is an attribution), stored in the
model's artefact (``cue_word_weights``, ``cue_word_bias``: kinds x 384 and kinds). The number
enters the linear model in bins, crossed with the kind and the relation, so a word the train part
never marks borrows from the words nearest it in meaning. Vectors come from the process's one
table of word vectors (``nlp/loaded_rules/word_scorer.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Mapping

import numpy as np
from spacy.tokens import Token

from storylens.nlp.entity_rules.people import is_group_noun, is_person_noun
from storylens.nlp.quotes.arguments import ARGUMENT_KINDS, SUBJECT_DEPS, Candidate, argument_kind, cue_lemma, subject_of
from storylens.wordnet import word_frames

# WordNet's sentence frames with a clause or an infinitive after the verb (NLTK's
# VERB_FRAME_STRINGS): 26 "Somebody ----s that CLAUSE", 34 "It ----s that CLAUSE"; 24, 25, 28,
# 32, 35 "... to INFINITIVE" / "... INFINITIVE".
CLAUSE_FRAMES = frozenset({26, 34})
INFINITIVE_FRAMES = frozenset({24, 25, 28, 32, 35})
# How many of a word's most frequent senses are read.
SENSES_READ = 3
# Entity types of a subject that can hold a view (a person, a body, a people).
SPEAKER_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
WORDNET_POS = {"VERB": "v", "AUX": "v", "NOUN": "n", "ADJ": "a"}


@lru_cache(maxsize=16384)
def _meaning(word: str, pos: str) -> tuple[str, frozenset[str], bool, bool]:
    """(the first sense's file, every file of the first senses, takes a clause, takes an
    infinitive). An adjective that is a verb's participle ("frustrated", "convinced") is read as
    the verb: WordNet files adjectives in one file, which says nothing."""
    readings = word_frames(word, pos, SENSES_READ)
    if pos == "a" and (not readings or all(f == "adj.all" for f, _ in readings)):
        readings = word_frames(word, "v", SENSES_READ) or readings
    if not readings:
        return "", frozenset(), False, False
    frames = frozenset().union(*(f for _, f in readings))
    return (
        readings[0][0],
        frozenset(f for f, _ in readings),
        not frames.isdisjoint(CLAUSE_FRAMES),
        not frames.isdisjoint(INFINITIVE_FRAMES),
    )


def _holder(candidate: Candidate) -> str:
    """Who the parse says holds the content: a person or body named as the subject, a personal
    pronoun, an owner of a noun cue ("his claim", "the union's demand"), something else, none."""
    cue = candidate.cue
    if cue.pos_ == "NOUN" and any(c.dep_ == "poss" for c in cue.children):
        return "owner"
    subject = subject_of(cue)
    if subject is None:
        return "none"
    if subject.ent_type_ in SPEAKER_ENTITIES:
        return "named"
    if subject.pos_ == "PRON":
        return "pronoun" if subject.lower_ not in ("it", "this", "that", "which", "what") else "thing"
    if is_person_noun(subject):
        return "person"
    return "group" if is_group_noun(subject) else "noun"


def _word_read(candidate: Candidate) -> tuple[str, str | None]:
    """The word whose meaning the cue carries, and its WordNet part of speech. A copula with a
    predicate adjective is read as the adjective ("is adamant that ...", "was confident the
    ..."): the parser hangs the clause on the verb "be", which means nothing by itself."""
    cue = candidate.cue
    predicate = next((c for c in cue.children if c.dep_ == "acomp" and c.i < candidate.content[0]), None)
    if predicate is not None:
        return predicate.lemma_.lower(), WORDNET_POS.get(predicate.pos_)
    return cue_lemma(candidate), WORDNET_POS.get(cue.pos_)


def _clause_has_subject(argument: Token | None) -> bool:
    return argument is not None and any(c.dep_ in SUBJECT_DEPS for c in argument.children)


# Bins of the cue word's learned score (a probability).
SCORE_BINS = (0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)

WordKey = tuple[str, str]  # (the word read, the content's kind)


def word_key(candidate: Candidate) -> WordKey:
    return _word_read(candidate)[0], argument_kind(candidate)


@dataclass(frozen=True)
class CueWordScorer:
    """P(a candidate of this cue word and this kind of content is an attribution), from the
    word's MiniLM vector: one logistic regression per kind (``ARGUMENT_KINDS``)."""

    weights: np.ndarray  # kinds x 384
    bias: np.ndarray  # kinds

    def scores(self, keys: Iterable[WordKey]) -> dict[WordKey, float]:
        from storylens.nlp.loaded_rules.word_scorer import word_vectors

        keys = sorted({k for k in keys if k[0]})
        if not keys:
            return {}
        logits = word_vectors([w for w, _ in keys]) @ self.weights.T + self.bias  # keys x kinds
        column = [ARGUMENT_KINDS.index(kind) for _, kind in keys]
        chosen = logits[np.arange(len(keys)), column]
        return {k: float(p) for k, p in zip(keys, 1.0 / (1.0 + np.exp(-chosen)))}


def _score_bin(p: float) -> str:
    return str(sum(p >= b for b in SCORE_BINS))


def meaning_features(candidate: Candidate, word_scores: Mapping[WordKey, float] | None = None) -> list[str]:
    """WordNet's reading of the cue crossed with the content's kind and its holder, and the cue
    word's learned score (when the model has a cue-word part) crossed with the kind and relation."""
    word, pos = _word_read(candidate)
    if candidate.relation == "according":
        return []
    out = []
    kind = argument_kind(candidate)
    score = (word_scores or {}).get((word, kind))
    if score is not None:
        out += [f"word_score={_score_bin(score)}|{kind}", f"word_score_rel={_score_bin(score)}|{candidate.relation}"]
    if pos is None:
        return out
    first, files, clause, infinitive = _meaning(word, pos)
    holder = _holder(candidate)
    out += [f"wn_first={first or 'none'}|{kind}", f"wn_first_holder={first or 'none'}|{kind}|{holder}"]
    out.extend(f"wn_file={f}|{kind}" for f in sorted(files))
    if word != cue_lemma(candidate):
        out.append(f"predicate_adjective|{kind}|{holder}")
    if clause:
        out.append(f"wn_that|{kind}")
        out.append(f"wn_that_holder|{kind}|{holder}|{_clause_has_subject(candidate.argument)}")
    if infinitive:
        out.append(f"wn_to|{candidate.relation}")
    return out
