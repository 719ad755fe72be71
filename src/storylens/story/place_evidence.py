"""What the story's text says about whether a name the model typed PERSON or ORG is a place.

A reader types a town from every sentence that names it, not from one: "the regime in Ostrow"
alone may be an organisation's, but the article that says "residents fled to Ostrow" or "the
mayor of Ostrow" settles it for the whole story. Evidence is read from the words around each
mention, with WordNet telling what those words mean:

- **strong** (only a place stands there):
  - "near X", "outside X", "the city/town/outskirts of X" (fixed words);
  - "<noun> of X" where the noun's most frequent sense is a location ("the centre of", "the
    north of", "the suburbs of") or is defined by a place ("the mayor of": "the head of a city
    government"; "residents of": "someone who lives at a particular place");
  - "<verb> to/from/into X" where the verb's most frequent sense is a motion that only people
    make ("fled to", "marched to", "were evacuated from"): not one that things make too ("the
    offer came from X", "prices returned to X") nor a sending ("sent to X", "shipped to X"),
    whose end may be an organisation;
  - "<verb> X" where the verb is a contact, attack or motion whose object WordNet allows to be
    something but never somebody ("shelled X", "entered X", "crossed X"; not "attacked X" or
    "struck X", which people and groups suffer too);
  - an apposition naming a settlement ("X, a town of 12,000"), a lower-case area word after the
    name ("the X region", "the X border"), or a river or coast it stands on ("X, on the Lesk
    river");
  - "<people> <motion verb> from X" where the noun before the verb names people and the
    verb's most frequent sense is a motion of any kind ("volunteers came from X", "families
    travelled from X"): people come from places (round s29; "to" is left out, since "investors
    turned to X" goes to a firm);
  - a noun right after the name whose most frequent sense is a person defined by a place
    ("X residents", "X villagers", "the X mayor"; round s29);
  - round s32: "X-based" ("the Halverstad-based Corvel Group": what is based in X is there, so
    X is a place) and a dateline's place ("VARNHOLT, Tarvonia — An explosion ...": the report
    names where it was filed, ``ingest/datelines.py``);
- **weak**: "in X", "into X", "from X", "to X": a place, or an organisation ("a post in the
  ministry"), never a person.

A possessive after the name ("in X's view") is no evidence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from storylens.ingest.datelines import dateline_length
from storylens.nlp.entity_rules.kinds import GEOGRAPHIC_HEADS, SETTLEMENT_NOUNS
from storylens.story.actor_merges import AREA_WORDS
from storylens.nlp.wordnet import is_kind_of, senses_of

STRONG = "strong"
WEAK = "weak"

STRONG_PLACE_CONTEXT = re.compile(
    r"\b(?:near|outside|around|across|(?:city|town|village|port|outskirts|suburbs?|streets|centre|center) of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
WEAK_PLACE_CONTEXT = re.compile(r"\b(?:in|into|from|to)\s+$", re.IGNORECASE)
# "in X": weak for an organisation ("a post in the ministry"), never said of a person's name
IN_BEFORE = re.compile(r"\bin\s+$", re.IGNORECASE)
# An apposition that says what the name is: "X, a town of 12,000", "X, the regional capital";
# the settlement noun ends its phrase ("X, a city councillor" and "X, the town's mayor" are people).
SETTLEMENT_APPOSITION = re.compile(
    r"^,\s+(?:a|an|the)\s+(?:(?!(?:of|from|in|at|for|the|a|an|and|or)\b)[\w-]+\s+){0,3}?(?:"
    + "|".join(sorted(SETTLEMENT_NOUNS))
    + r")(?=\s*(?:of|on|in|near|at|by|with|where|which|that)\b|\s*[,.;:)]|\s*$)",
    re.IGNORECASE,
)
AREA_AFTER = re.compile(r"^\s+(?:" + "|".join(sorted(AREA_WORDS)) + r")\b")
STANDS_ON = re.compile(
    r"^,?\s+(?:on|by|along|near)\s+the\s+(?:[A-Z][\w'’-]*\s+)+(?:" + "|".join(sorted(GEOGRAPHIC_HEADS)) + r")\b"
)
POSSESSIVE_AFTER = re.compile(r"^(?:'s|’s|')")
BASED_AFTER = re.compile(r"^[-‐]based\b")
# How far into an article a dateline may start (a line break or a space before it).
DATELINE_OPENING = 3
NOUN_OF_BEFORE = re.compile(r"\b([a-z]+)\s+of\s+(?:the\s+)?$")
# "volunteers came from X": a plural or collective noun, the verb, the preposition.
PEOPLE_MOVE_BEFORE = re.compile(r"\b([A-Za-z]+)\s+([a-z]+)\s+from\s+(?:the\s+)?$")
NOUN_AFTER = re.compile(r"^\s+([a-z]+)\b")
VERB_PREPOSITION_BEFORE = re.compile(r"\b([a-z]+)\s+(?:to|from|into|towards?)\s+(?:the\s+)?$")
# The word right before the name, and the one before it: after a determiner it is no verb
# ("the hit X").
VERB_BEFORE = re.compile(r"(?:\b([A-Za-z]+)\s+)?\b([a-z]+)\s+$")
DETERMINERS = frozenset("the a an this that these those its their his her our my your".split())
# A sense defined by a place: "the head of a city government", "lives at a particular place".
PLACE_IN_DEFINITION = re.compile(r"\b(?:place|city|town|village|territory|region|area|locality|district)\b")
# Verb senses whose object may be a place: touching or striking it, fighting over it, moving.
OBJECT_FILES = frozenset({"verb.contact", "verb.competition", "verb.motion"})


def _wordnet():
    from storylens.nlp.wordnet import wordnet

    return wordnet()


@lru_cache(maxsize=4096)
def noun_of_a_place(word: str) -> bool:
    """"centre", "outskirts", "mayor", "residents": the noun's most frequent sense is a location
    or is defined by a place, so "the <noun> of X" makes X a place ("the chairman of X", "the
    members of X" do not: their senses are defined by an organisation or a group)."""
    senses = senses_of(word)
    if not senses:
        return False
    first = senses[0]
    return first.lexname() == "noun.location" or bool(PLACE_IN_DEFINITION.search(first.definition()))


def _first_verb_sense(word: str):
    reader = _wordnet()
    lemma = reader.morphy(word, "v")
    if lemma is None:
        return None, []
    senses = reader.synsets(lemma, pos="v")
    if not senses:
        return None, []
    frames = [f for l in senses[0].lemmas() if l.name().lower() == lemma for f in l.frame_strings()]
    return senses[0], frames


@lru_cache(maxsize=4096)
def moves_its_subject(word: str) -> bool:
    """"fled", "returned", "evacuated": a motion verb whose subject itself goes ("Somebody flee
    PP"), not one that sends something or someone to a recipient ("Somebody send something PP")."""
    sense, frames = _first_verb_sense(word)
    if sense is None or sense.lexname() != "verb.motion":
        return False
    words = [f.split() for f in frames]
    goes = any(w[0] == "Somebody" and len(w) <= 3 and w[-1] in ("PP", w[1]) for w in words)  # "Somebody flee (PP)"
    # Things go too: "the offer came from X", "prices returned to X" name no place.
    things_go = any(w[0] == "Something" for w in words)
    sends = any(len(w) >= 4 and w[2] in ("something", "somebody") and w[-1] == "PP" for w in words)
    return goes and not things_go and not sends


@lru_cache(maxsize=4096)
def names_people_of_a_place(word: str) -> bool:
    """"residents", "villagers", "mayor": the noun's most frequent sense is a person defined by a
    place ("someone who lives at a particular place"), so "X residents" makes X a place. A word
    that may be a verb after a name ("X left") is read only through this sense: "left" is no
    person."""
    senses = senses_of(word)
    return bool(senses) and senses[0].lexname() == "noun.person" and bool(PLACE_IN_DEFINITION.search(senses[0].definition()))


@lru_cache(maxsize=4096)
def is_motion(word: str) -> bool:
    """ "came", "travelled", "returned": the verb's most frequent sense is a motion."""
    sense, _ = _first_verb_sense(word)
    return sense is not None and sense.lexname() == "verb.motion"


def _people_move(before: str) -> bool:
    """ "volunteers came from X": people, then a motion verb, then the preposition before the name."""
    from storylens.nlp.entity_rules.people import names_people

    match = PEOPLE_MOVE_BEFORE.search(before)
    return bool(match) and names_people(match.group(1)) and is_motion(match.group(2))


@lru_cache(maxsize=4096)
def takes_a_place_object(word: str) -> bool:
    """"shelled", "entered", "crossed": a verb of contact, fighting or motion whose object WordNet
    allows to be something but never somebody; "attacked" and "struck" take somebody too. A
    motion verb counts only when it is also said without its object ("troops entered", "they
    crossed"): "reached X" is said of reaching people by telephone."""
    sense, frames = _first_verb_sense(word)
    if sense is None or sense.lexname() not in OBJECT_FILES:
        return False
    words = [f.split() for f in frames]
    objects = [w[2] for w in words if len(w) >= 3 and w[0] in ("Somebody", "Something")]
    if sense.lexname() == "verb.motion" and not any(len(w) == 2 or w[-1] == "PP" for w in words):
        return False  # "reached X" is said of people ("reporters reached Brask"); "entered X" goes on alone
    return "something" in objects and "somebody" not in objects


def place_evidence(text: str, start: int, end: int) -> str:
    """STRONG, WEAK or "" for the mention at ``text[start:end]`` (see the module doc)."""
    before, after = text[max(0, start - 40) : start], text[end : end + 60]
    if POSSESSIVE_AFTER.match(after):
        return ""
    if STRONG_PLACE_CONTEXT.search(before) or SETTLEMENT_APPOSITION.match(after) or BASED_AFTER.match(after):
        return STRONG
    if start <= DATELINE_OPENING and end <= dateline_length(text[:200]):
        return STRONG
    if AREA_AFTER.match(after) or STANDS_ON.match(after):
        return STRONG
    noun = NOUN_OF_BEFORE.search(before)
    if noun and noun_of_a_place(noun.group(1)):
        return STRONG
    verb = VERB_PREPOSITION_BEFORE.search(before)
    if verb and moves_its_subject(verb.group(1)) or _people_move(before):
        return STRONG
    noun = NOUN_AFTER.match(after)
    if noun and names_people_of_a_place(noun.group(1)):
        return STRONG
    verb = VERB_BEFORE.search(before)
    if verb and (verb.group(1) or "").lower() not in DETERMINERS and takes_a_place_object(verb.group(2)):
        return STRONG
    return WEAK if WEAK_PLACE_CONTEXT.search(before) else ""


def governed_there(text: str, start: int, end: int) -> bool:
    """The name is what a government governs: "the government of X", "X's regime", "the X
    government" (a noun whose first WordNet sense is government.n.01 or a kind of it). Only
    keeps such a name from being read as the short name of an organisation it leads ("Tarsland"
    beside "Tarsland Freedom Party", round s32); as general place evidence it retyped bodies on
    real news (docs/actors.md)."""
    before, after = text[max(0, start - 40) : start], text[end : end + 60]
    noun = NOUN_OF_BEFORE.search(before) or NOUN_AFTER.match(POSSESSIVE_AFTER.sub("", after))
    return bool(noun) and _governs(noun.group(1))


@lru_cache(maxsize=4096)
def _governs(word: str) -> bool:
    from storylens.nlp.wordnet import first_sense

    sense = first_sense(word, "n")
    return is_kind_of(sense, "government.n.01")


def where_no_person_stands(text: str, start: int, end: int) -> bool:
    """Strong place evidence, or "in X" (no possessive after it): "the water rose fastest in
    Marren Ford" says a place, whatever its name's shape; "in Marren's view" says nothing."""
    if POSSESSIVE_AFTER.match(text[end : end + 3]):
        return False
    return place_evidence(text, start, end) == STRONG or bool(IN_BEFORE.search(text[max(0, start - 10) : start]))


# "moved from X", "stopped at X": a place, or a person ("a call from X"); the model's place
# reading decides (round s40).
SLOT_BEFORE = re.compile(r"\b(?:at|from|into)\s+$", re.IGNORECASE)
LOWER_WORD_AFTER = re.compile(r"^\s+([a-z]+)\b")


def in_a_place_slot(text: str, start: int, end: int) -> bool:
    """A lone name the article read as a place in a place's slot: after "at", "from" or "into",
    or before a noun for a public building ("Tressel airport": ``head_kinds.names_a_public_building``).
    The nlp layer types a surname so only there (``entity_fixes.vote_types``); the story keeps
    such a mention from the person of that surname."""
    from storylens.nlp.entity_rules.head_kinds import names_a_public_building

    after = text[end : end + 30]
    if POSSESSIVE_AFTER.match(after):
        return False
    noun = LOWER_WORD_AFTER.match(after)
    return bool(SLOT_BEFORE.search(text[max(0, start - 10) : start])) or bool(noun and names_a_public_building(noun.group(1)))


def said_to_be_a_settlement(text: str, start: int, end: int) -> bool:
    """ "X, a village on the east bank": the article says what the name is."""
    return bool(SETTLEMENT_APPOSITION.match(text[end : end + 60]))
