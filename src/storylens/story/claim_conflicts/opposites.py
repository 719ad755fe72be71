"""Which words name opposite states or evaluations, and which name the same, read from WordNet.

Sentence vectors cannot tell an antonym from a synonym (MiniLM: "someone is dead" / "someone is
alive" 0.854, "arrested" / "detained" 0.812), so the opposition is read from WordNet 3.0's
relations (``storylens.nlp.wordnet``), not from a list of pairs:

- a word's *senses*: its three most frequent synsets as an adjective, a verb and a noun
  (WordNet's own lemmatiser reads "held" as "hold", "freed" as "free");
- its *pole*: those senses, the adjective clusters they belong to (``similar_tos``: "lifeless"
  is a kind of "dead"), the adjectives WordNet says to see also ("lawful" -> "legal"), what a verb
  causes ("kill" causes "die"), the verb it is a manner of (its hypernym: "reopen" is to "open",
  "succumb" is to "die"), what it entails ("survive" entails "live", to have life), the adjective
  naming the same value of an attribute as one of those verbs ("live", to have life, and "alive"
  both come to WordNet's attribute "animation") and the words derived from the same lemma
  ("custody" -> "detain");
- the *opposite pole*: the direct antonyms of the pole's lemmas ("dead" / "alive", "confine" /
  "free", "hold" / "let go of"), their adjective clusters and the verbs they are a manner of
  ("succumb", the antonym of "survive", is a manner of "die").

Two words are opposite when one's pole meets the other's opposite pole, but not where the two
meet only in a more general verb reached on both sides: "fall" is a kind of "change state" and so
is "open", the antonym of "close", yet "shares fell" does not deny "shares closed" (a shared
hypernym says two words are alike, not that they exclude each other). One step up on one side is
kept: "killed" causes "die", the verb "succumb" (the antonym of "survived") is a manner of.

Two words are the same when one's senses lie in the other's pole ("unsafe" and "dangerous" share a sense): a word that reads both
ways (WordNet gives every sense of every word) is read as the same, never as a dispute.
"""

from __future__ import annotations

from functools import lru_cache

from storylens.wordnet import is_kind_of, kinds_of

# the parts of speech a state or an evaluation is worded in (WordNet's: adjective, verb, noun)
PARTS_OF_SPEECH = ("a", "v", "n")
# the senses read per part of speech: WordNet lists a word's senses most frequent first, and a
# rare sense of a common word ("go": "die", "start"; "take": "claim") would oppose words the
# sentence never meant
READ_SENSES = 3


def _wordnet():
    from storylens.nlp.wordnet import wordnet

    return wordnet()


@lru_cache(maxsize=4096)
def senses(word: str) -> frozenset:
    """The most frequent synsets of ``word`` as an adjective, a verb or a noun (inflections read
    by WordNet; a phrasal verb written "go_up")."""
    reader = _wordnet()
    return frozenset(s for pos in PARTS_OF_SPEECH for s in reader.synsets(word.lower(), pos=pos)[:READ_SENSES])


def _adjectives_of_one_value(verb) -> set:
    """Adjectives that name the value of an attribute a lemma of ``verb`` is derived from, under
    the same lemma: "live" (have life) is derived from "animation", of which "alive" (whose
    lemmas include "live") is a value; "dead", the other value, has no lemma "live"."""
    out = set()
    reader = _wordnet()
    for lemma in verb.lemmas():
        derived = {related.synset() for related in lemma.derivationally_related_forms()}
        if not derived:
            continue
        for adjective in reader.synsets(lemma.name(), pos="a")[:READ_SENSES]:
            if derived & set(adjective.attributes()):
                out.add(adjective)
    return out


def _widened(synsets, derived_from: str | None = None) -> tuple[set, set]:
    """Synsets with their adjective clusters, see-alsos, what a verb causes, what it entails
    (with the adjective of the same value) and the adjectives and verbs derived from the lemma
    ``derived_from``; and apart, the verbs they are a manner of (their hypernyms)."""
    near = set(synsets)
    for synset in synsets:
        near.update(synset.similar_tos())
        near.update(synset.also_sees())
        near.update(synset.causes())
        if synset.pos() == "v":
            for entailed in synset.entailments():
                near.add(entailed)
                near.update(_adjectives_of_one_value(entailed))
            near.update(_adjectives_of_one_value(synset))
        for lemma in synset.lemmas():
            if derived_from is not None and lemma.name().lower() == derived_from:
                near.update(related.synset() for related in lemma.derivationally_related_forms()
                            if related.synset().pos() in ("a", "s", "v"))
    general = {hypernym for synset in synsets if synset.pos() == "v" for hypernym in synset.hypernyms()}
    return near, general - near


@lru_cache(maxsize=4096)
def _pole_parts(word: str) -> tuple[frozenset, frozenset]:
    own = senses(word)
    lemmas = {lemma.name().lower() for synset in own for lemma in synset.lemmas()}
    base = word.lower() if word.lower() in lemmas else None  # "held": its lemma "hold"
    if base is None:
        reader = _wordnet()
        base = next((reader.morphy(word.lower(), pos) for pos in PARTS_OF_SPEECH
                     if reader.morphy(word.lower(), pos)), None)
    near, general = _widened(own, base)
    return frozenset(near), frozenset(general)


def pole(word: str) -> frozenset:
    """What ``word`` says, widened along WordNet's relations (see the module's doc)."""
    near, general = _pole_parts(word)
    return near | general


@lru_cache(maxsize=4096)
def _opposite_parts(word: str) -> tuple[frozenset, frozenset]:
    antonyms = {antonym.synset() for synset in pole(word) for lemma in synset.lemmas() for antonym in lemma.antonyms()}
    near = _clustered(antonyms)
    general = {hypernym for synset in antonyms if synset.pos() == "v" for hypernym in synset.hypernyms()}
    return frozenset(near), frozenset(general - near)


def opposite_pole(word: str) -> frozenset:
    """The direct antonyms of ``word``'s pole, with their clusters and the verbs they are a
    manner of."""
    near, general = _opposite_parts(word)
    return near | general


def _clustered(synsets) -> set:
    """Synsets with their adjective clusters only ("alive" with "liveborn", "viable")."""
    out = set(synsets)
    for synset in synsets:
        out.update(synset.similar_tos())
    return out


def _meet(a: str, b: str) -> bool:
    """``a``'s pole meets ``b``'s opposite pole, not only in a hypernym reached on both sides."""
    near, general = _pole_parts(a)
    opposite_near, opposite_general = _opposite_parts(b)
    return bool(near & (opposite_near | opposite_general)) or bool(general & opposite_near)


def same_sense(a: str, b: str) -> bool:
    """One word's senses lie in the other's pole: "unsafe" / "dangerous", "lawful" / "legal"."""
    if a.lower() == b.lower():
        return True
    return bool(senses(a) & pole(b)) or bool(senses(b) & pole(a))


@lru_cache(maxsize=4096)
def is_verb(word: str) -> bool:
    """WordNet has ``word`` as a verb (a phrasal verb written "walk_out")."""
    return bool(_wordnet().synsets(word.lower(), pos="v"))


@lru_cache(maxsize=4096)
def same_action(a: str, b: str) -> bool:
    """Two verbs that name one action: one verb, or two whose most frequent senses are one synset
    ("begin" / "start" / "commence", "hold" / "keep"). Only the first sense: a rarer sense shared
    makes near neighbours one ("block" and "blockade" share "obstruct" as their second and first
    senses, yet a blockade is a kind of blocking). Narrower than ``same_sense``, which also reads
    a verb's clusters, causes and hypernyms."""
    if a.lower() == b.lower():
        return True
    reader = _wordnet()
    first_a, first_b = reader.synsets(a.lower(), pos="v")[:1], reader.synsets(b.lower(), pos="v")[:1]
    return bool(first_a) and first_a == first_b


@lru_cache(maxsize=4096)
def one_action_or_manner(a: str, b: str) -> bool:
    """``same_action``, or one verb names a manner of the other: one of its most frequent senses
    has the other's among its direct hypernyms ("walk out" is to "leave" abruptly, "plunge" is
    to "fall"). A phrasal verb is written as WordNet writes it ("walk_out")."""
    if same_action(a, b):
        return True
    reader = _wordnet()
    senses_a = reader.synsets(a.lower(), pos="v")[:READ_SENSES]
    senses_b = reader.synsets(b.lower(), pos="v")[:READ_SENSES]
    return (any(set(s.hypernyms()) & set(senses_b) for s in senses_a)
            or any(set(s.hypernyms()) & set(senses_a) for s in senses_b))


@lru_cache(maxsize=4096)
def a_kind_of_action(specific: str, general: str) -> bool:
    """The verb ``specific`` names ``general``'s action or a kind of it: ``general``'s most
    frequent sense is ``specific``'s or one of its hypernyms, however far up ("spark", to set
    off, is a kind of "cause"). Denying the general action denies every kind of it ("did not
    cause the fire" / "sparked the fire"); the converse does not hold ("did not spark the fire"
    leaves other causes open), so the order counts. Only the first senses: a rarer sense would
    make unrelated verbs kinds of one another."""
    if same_action(specific, general):
        return True
    reader = _wordnet()
    first_specific, first_general = reader.synsets(specific.lower(), pos="v")[:1], reader.synsets(general.lower(), pos="v")[:1]
    if not first_specific or not first_general:
        return False
    return is_kind_of(first_specific[0], first_general[0].name())


@lru_cache(maxsize=4096)
def one_kind_of_thing(a: str, b: str) -> bool:
    """Two nouns name one thing or one names a kind of the other, in one of their most frequent
    WordNet senses (``READ_SENSES``): "inferno" (a conflagration) is a kind of "fire". Sentence
    vectors read such pairs apart (MiniLM "the inferno" / "the fire" under 0.6)."""
    reader = _wordnet()
    senses_a = reader.synsets(a.lower(), pos="n")[:READ_SENSES]
    senses_b = reader.synsets(b.lower(), pos="n")[:READ_SENSES]
    kinds_a = set().union(*(kinds_of(s) for s in senses_a))
    kinds_b = set().union(*(kinds_of(s) for s in senses_b))
    return bool({s.name() for s in senses_a} & kinds_b or {s.name() for s in senses_b} & kinds_a)


def opposite(a: str, b: str) -> bool:
    """WordNet makes the two words opposites (and not also the same): "dead" / "alive", "held" /
    "released", "illegal" / "lawful"."""
    if same_sense(a, b):
        return False
    return _meet(a, b) or _meet(b, a)


@lru_cache(maxsize=4096)
def names_a_state(noun: str) -> bool:
    """A noun that can name what one is in ("in custody", "in danger", "among the dead"): its
    first (most frequent) sense is a state in WordNet's classes, or the word is an adjective
    used as a noun. Not a place ("in a side tunnel") nor a thing."""
    reader = _wordnet()
    first = reader.synsets(noun.lower(), pos="n")[:1]
    return bool(first and first[0].lexname() == "noun.state") or bool(reader.synsets(noun.lower(), pos="a"))
