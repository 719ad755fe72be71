"""What WordNet says about the words of two claim clauses, for the pair scorer (``claim_linker``).

MiniLM reads a short predicate by its topic: "the tank burst" and "the tank gave way" read apart,
"released from hospital" and "admitted to hospital" read alike. WordNet knows which words name
one sense: "discharge" and "release" share a verb sense, "arrest" and "apprehension" a noun
sense; "admit" and "discharge" share none. This module reads a clause's content lemmas and its
predicate against WordNet 3.0 (``storylens.nlp.wordnet``):

- ``LexicalSenses``: a clause's senses, each lemma's WordNet synsets (nouns, verbs, adjectives)
  with their rank in the lemma's list, which WordNet orders by frequency in its tagged corpus.
- ``synonym_matches``: the lemmas of one clause that the other does not use but names by a shared
  sense. A shared sense counts when it is among the first ``FREQUENT`` senses of at least one of
  the two words: "arrest" (its second noun sense) and "apprehension" (its fourth) count; two
  words that meet only in rare senses of both ("take" / "get" in their thirtieth) do not.
- ``predicate_relatedness``: how close two predicates are as verbs: 1 for one lemma, 1 for a
  shared sense (as above), else the best Wu-Palmer similarity over the first ``FREQUENT`` senses
  of each (how deep their closest common hypernym lies), 0 when either is no verb WordNet knows.

Every WordNet call is cached per lemma (or pair of lemmas), so a story costs a few thousand
look-ups at most, whatever the number of pairs compared.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

FREQUENT = 3  # senses per word taken as its usual ones (WordNet lists them most frequent first)
POSES = ("n", "v", "a")


def _wordnet():
    from storylens.nlp.wordnet import wordnet

    return wordnet()


@lru_cache(maxsize=32768)
def word_senses(lemma: str) -> tuple[frozenset[str], frozenset[str]]:
    """(the usual senses, every sense) of ``lemma`` as synset names, over nouns, verbs and
    adjectives. A lemma WordNet does not know (a name, a number) has none."""
    word = lemma.strip().lower().replace(" ", "_")
    if not word or not any(c.isalpha() for c in word):
        return frozenset(), frozenset()
    usual, every = set(), set()
    wordnet = _wordnet()
    for pos in POSES:
        for rank, synset in enumerate(wordnet.synsets(word, pos)):
            every.add(synset.name())
            if rank < FREQUENT:
                usual.add(synset.name())
    return frozenset(usual), frozenset(every)


@dataclass(frozen=True)
class LexicalSenses:
    """A clause's lemmas and, per lemma, its usual and all its WordNet senses."""

    lemmas: frozenset[str]
    usual: frozenset[str]  # the union of its lemmas' usual senses
    every: frozenset[str]  # the union of all their senses

    @classmethod
    def of(cls, lemmas: Iterable[str]) -> "LexicalSenses":
        lemmas = frozenset(lemmas)
        usual, every = set(), set()
        for lemma in lemmas:
            u, e = word_senses(lemma)
            usual |= u
            every |= e
        return cls(lemmas, frozenset(usual), frozenset(every))


def names_a_sense_of(lemma: str, other: LexicalSenses) -> bool:
    """``lemma`` shares a sense with one of ``other``'s lemmas, usual for at least one side."""
    usual, every = word_senses(lemma)
    return bool(usual & other.every) or bool(every & other.usual)


def synonym_matches(a: LexicalSenses, b: LexicalSenses) -> set[str]:
    """The lemmas of either clause that the other does not use but names by a shared sense."""
    if not (a.every & b.every):
        return set()
    return ({w for w in a.lemmas - b.lemmas if names_a_sense_of(w, b)}
            | {w for w in b.lemmas - a.lemmas if names_a_sense_of(w, a)})


@lru_cache(maxsize=65536)
def _verb_relatedness(a: str, b: str) -> float:
    wordnet = _wordnet()
    senses_a = wordnet.synsets(a.replace(" ", "_"), "v")
    senses_b = wordnet.synsets(b.replace(" ", "_"), "v")
    if not senses_a or not senses_b:
        return 0.0
    names_a = {s.name() for s in senses_a}
    names_b = {s.name() for s in senses_b}
    if {s.name() for s in senses_a[:FREQUENT]} & names_b or {s.name() for s in senses_b[:FREQUENT]} & names_a:
        return 1.0
    best = 0.0
    for x in senses_a[:FREQUENT]:
        for y in senses_b[:FREQUENT]:
            best = max(best, x.wup_similarity(y) or 0.0)
    return best


def predicate_relatedness(a: str | None, b: str | None) -> float:
    """1 for one predicate or two verbs sharing a usual sense; else the best Wu-Palmer similarity
    of their usual verb senses; 0 when either is missing or no verb."""
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    return _verb_relatedness(*sorted((a, b)))
