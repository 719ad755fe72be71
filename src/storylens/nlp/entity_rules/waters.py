"""Rivers, lakes and seas named like towns (issue 19, round s33).

A river's name is a bare capitalised word, as a town's is, and the small model types it GPE or
ORG; a story about a town on the river then joins the two ("the only road crossing of the
Tamsel" made "Tamsel" a name of the district "Upper Tamsel"). English gives a body of water away
by the words around it, and WordNet says what those words mean:

- a noun for a body of water right after the name, or capitalised right before it: "the Tamsel
  river", "River Tamsel", "Lake Orn" (the noun's most frequent sense is a kind of
  ``body_of_water.n.01``: river, lake, stream, sea, estuary);
- "the <noun> of the X", where a WordNet sense of the noun is defined by a body of water or a
  stream: "the banks of the Tamsel" (bank: "sloping land ... beside a body of water"), "the mouth
  of the Tamsel", "the only road crossing of the Tamsel" (crossing, as a ford: "a shallow area in
  a stream"), "the waters of the Tamsel". Towns take no "the", so the article before the name is
  required.

Such a name is a LOC in every mention of the Doc; a country ("the mouth of the Congo") keeps its
type. The story layer keeps a LOC out of the town, district or body named after it
(``story/actor_merges.py``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from storylens.nlp.entity_rules.common_words import is_a_word_of_the_language
from storylens.nlp.gazetteer import is_country
from storylens.nlp.names import clean_name
from storylens.nlp.wordnet import senses_of

Candidate = tuple[int, int, str]

BODY_OF_WATER = "body_of_water.n.01"
# How WordNet defines a thing that belongs to a body of water: "beside a body of water", "a
# shallow area in a stream", "the wide part of a river".
WATER_DEFINITION = re.compile(r"\b(?:body of water|stream|river)\b")
RETYPED = frozenset({"PERSON", "ORG", "GPE", "FAC", "LOC", "NORP"})


@lru_cache(maxsize=2048)
def names_a_body_of_water(word: str) -> bool:
    """ "river", "lake", "estuary": the noun's most frequent WordNet sense is a body of water."""
    from storylens.nlp.wordnet import first_sense
    from storylens.wordnet import is_kind_of

    return is_kind_of(first_sense(word.lower(), "n"), BODY_OF_WATER)


# How many of a noun's most frequent senses are read: "mouth" is a river's in its fourth sense;
# "branch" (a bank's, first) and "head" (of a body, first) are left to their common senses.
COMMON_SENSES = 4


@lru_cache(maxsize=2048)
def belongs_to_water(word: str) -> bool:
    """ "bank", "mouth", "crossing", "shore", "waters": one of the noun's most frequent WordNet
    senses is a natural object (WordNet's noun.object: land, not an office) that is a body of
    water or is defined by one."""
    from storylens.wordnet import is_kind_of

    lowered = word.lower()
    senses = senses_of(lowered)[:COMMON_SENSES]
    return any(
        s.lexname() == "noun.object" and (is_kind_of(s, BODY_OF_WATER) or WATER_DEFINITION.search(s.definition()))
        for s in senses
    )


def _is_water_noun(token) -> bool:
    return token.is_alpha and names_a_body_of_water(token.lemma_ if token.pos_ == "NOUN" else token.text)


def _shows_water(doc: Doc, start: int, end: int) -> bool:
    after = doc[end] if end < len(doc) else None
    if after is not None and after.is_lower and _is_water_noun(after):
        return True  # "the Tamsel river"
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.is_title and _is_water_noun(before):
        return True  # "River Tamsel"
    # "the banks of the Tamsel": a name of its own, not a word of the language ("the head of the
    # Senate") nor the modifier of a noun ("the banks of the Tamsel bridge" is no evidence)
    if start < 3 or doc[start - 1].text != "the" or doc[start - 2].lower_ != "of":
        return False
    if after is not None and after.pos_ in ("NOUN", "PROPN") and doc[start:end].root.head.i == after.i:
        return False
    if any(is_a_word_of_the_language(t.text) for t in doc[start:end]):
        return False
    noun = doc[start - 3]
    return noun.is_lower and noun.pos_ == "NOUN" and belongs_to_water(noun.lemma_)


def retype_bodies_of_water(doc: Doc, ents: list[Candidate]) -> list[Candidate]:
    """Every mention of a name the Doc shows to be a body of water is a LOC."""
    waters = {
        clean_name(doc[s:e].text).lower()
        for s, e, label in ents
        if label in RETYPED and _shows_water(doc, s, e) and not is_country(clean_name(doc[s:e].text))
    }
    if not waters:
        return ents
    return [(s, e, "LOC" if label in RETYPED and clean_name(doc[s:e].text).lower() in waters else label) for s, e, label in ents]
