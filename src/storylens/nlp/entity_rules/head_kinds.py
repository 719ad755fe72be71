"""What a name is, read from the WordNet kind of its last word (issue 19, round s36).

English puts what a thing is at the end of its name: "Caskell Prison" is a prison, "the Orvane
Marathon" a race, "the Pavel Dunmore Cup" a cup. The small model types such names from the
letters of their first words, so a prison named after a town whose name is also the governor's
surname comes out a PERSON, a race a FAC or an ORG, a trophy named after its founder a PERSON or
an ORG. The last word's WordNet senses say the type:

- a **contest or a social event** (one of its two most frequent senses is a kind of contest or
  social event: race, marathon, regatta, tournament, games), and neither of those two senses a
  body of people ("Party", "Rally", "League" are bodies first) -> EVENT: nobody is quoted by a
  race;
- a **structure or facility** (prison, hospital, bridge, museum, station) -> FAC, and an
  **organisation** first (school, church, council) -> ORG, for a name the model typed PERSON;
- a **made object, an award or an emblem** (one of its two most frequent senses is an artifact
  that is no structure or facility, or a symbol: cup, tiara, trophy, medal, sceptre) -> PRODUCT, spaCy's type
  for objects, which makes no actor: "the Queen Isolde Sceptre" is a sceptre, not the queen.

A name typed PERSON is read so only when something says it is no one's name: "the" before it
(people take no article), a place preposition before it ("at Caskell Prison"), or its words
before the head are another name of the Doc (the surname of someone else, a place, a name
written alone: "Caskell" of "Governor Mira Caskell"). "Kenneth Hall said" stays a person.
A thing named after someone is a thing whatever the model typed it only when its first words
are a person's name the Doc writes ("Pavel Dunmore" of "the Pavel Dunmore Cup"), so that an
organisation whose last word is also an object's ("the Harbour Watch") keeps its type. A title
run before such a name after "the" ("the Queen Isolde Sceptre", the model's "Isolde Sceptre")
is part of the object's name.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from storylens.nlp.names import ORG_HEAD_WORDS, TITLE_WORDS
from storylens.wordnet import is_kind_of, senses_of

Candidate = tuple[int, int, str]

CONTESTS = ("contest.n.01", "social_event.n.01")
BODIES = ("organization.n.01", "social_group.n.01")
BUILDINGS = ("structure.n.01", "facility.n.01")
OBJECTS = ("artifact.n.01",)
# An award (trophy, medal) and an emblem of office (sceptre: "a staff carried by a ruler as a
# symbol of authority") are filed under symbols, not artifacts.
AWARDS = ("symbol.n.01", "prize.n.01")
# The types of names that make actors; a PERSON needs the signs above. (A race the model typed
# LAW or WORK_OF_ART makes no actor already and is left to the event-name reading as it was.)
READ_TYPES = frozenset({"PERSON", "ORG", "FAC", "GPE", "LOC", "NORP"})
PLACE_PREPOSITIONS = frozenset({"at", "in", "inside", "outside", "near", "into", "from"})
EVENT, FAC, ORG, PRODUCT = "EVENT", "FAC", "ORG", "PRODUCT"


@lru_cache(maxsize=4096)
def head_kind(word: str) -> str:
    """EVENT, FAC, ORG, PRODUCT or "" for a name ending in ``word`` (see the module doc)."""
    if not word.isalpha() or word.lower() in ORG_HEAD_WORDS:
        return ""  # "the Maresby Post", "Kell Tribune": an outlet's or a body's name, read by ``retype_by_form``
    senses = senses_of(word, "n")[:2]
    if not senses:
        return ""
    if any(is_kind_of(s, *BODIES) for s in senses):
        return ORG if is_kind_of(senses[0], "organization.n.01") else ""
    if any(is_kind_of(s, *CONTESTS) for s in senses):
        return EVENT
    if any(is_kind_of(s, *BUILDINGS) for s in senses):
        return FAC  # "Hall": a room first, a building second
    if any(is_kind_of(s, *AWARDS) or is_kind_of(s, *OBJECTS) and not is_kind_of(s, *BUILDINGS) for s in senses):
        return PRODUCT
    return ""


# A home is someone's: "the Velbury home", "the Tressel villa" are the family's, not the town's.
DWELLINGS = ("housing.n.01", "dwelling.n.01")


@lru_cache(maxsize=4096)
def names_a_public_building(word: str) -> bool:
    """ "airport", "prison", "station", "stadium": the noun's most frequent sense is a structure
    or a facility, and neither of its two most frequent senses a dwelling ("home", "house",
    "villa" are a family's). A one-word name compounded with such a noun ("Tressel airport") is
    the town the building serves, not a person of that surname (round s40)."""
    senses = senses_of(word, "n")[:2]
    if not senses or not is_kind_of(senses[0], *BUILDINGS):
        return False
    return not any(is_kind_of(s, *DWELLINGS) for s in senses)


def _people_words(doc: Doc, ents: list[Candidate]) -> tuple[set[str], set[str]]:
    """The Doc's persons' names written in full (lower-case) and every word of them."""
    full = {doc[s:e].text.lower() for s, e, label in ents if label == "PERSON"}
    return full, {w for name in full for w in name.split()}


def _other_names(doc: Doc, ents: list[Candidate], start: int, end: int) -> set[str]:
    """Lower-cased words of the Doc's other names: a place, a name written alone, a surname."""
    found: set[str] = set()
    for s, e, _ in ents:
        if (s, e) != (start, end):
            found.add(doc[s:e].text.lower())
            found.add(doc[e - 1].lower_)
    return found


def _not_someones_name(doc: Doc, start: int, end: int, others: set[str]) -> bool:
    before = doc[start - 1] if start > 0 else None
    if before is not None and (before.lower_ == "the" or before.lower_ in PLACE_PREPOSITIONS):
        return True
    return doc[start : end - 1].text.lower() in others


def _surnames(doc: Doc, ents: list[Candidate]) -> set[str]:
    """Lower-cased last words of the Doc's PERSON names of several words ("tressel" of "Pieter
    Tressel")."""
    return {doc[e - 1].lower_ for s, e, label in ents if label == "PERSON" and e - s > 1}


def _surnames_alone(doc: Doc, ents: list[Candidate]) -> set[str]:
    """Lower-cased one-word PERSON names of the Doc ("Sanders said")."""
    return {doc[s].lower_ for s, e, label in ents if label == "PERSON" and e - s == 1}


def _after_the_and_a_title(doc: Doc, start: int, titled: int) -> bool:
    """ "the Queen Isolde Sceptre": "the" and a title, whether the model's name starts after the
    title or with it."""
    if titled < start:
        return True
    return start > 0 and doc[start - 1].lower_ == "the" and doc[start].is_title and doc[start].lower_ in TITLE_WORDS


def _title_start(doc: Doc, start: int) -> int:
    """ "the Queen Isolde Sceptre": the start of the title words between "the" and the name, or
    the name's own start."""
    i = start
    while i > 0 and doc[i - 1].is_title and doc[i - 1].lower_ in TITLE_WORDS:
        i -= 1
    return i if i < start and i > 0 and doc[i - 1].lower_ == "the" else start


def retype_by_head_kind(doc: Doc, ents: list[Candidate]) -> list[Candidate]:
    full_people, people_words = _people_words(doc, ents)
    out: list[Candidate] = []
    for start, end, label in ents:
        last = doc[end - 1]
        kind = head_kind(last.text) if label in READ_TYPES and end - start > 1 and last.is_title else ""
        if kind == "" or kind == label:
            out.append((start, end, label))
            continue
        first_words = doc[start : end - 1].text.lower()
        if kind == PRODUCT:
            titled = _title_start(doc, start)
            # "the" alone is no sign here: a surname is often an object's noun ("the Bernie
            # Sanders campaign" is no sander), so a name typed PERSON becomes a thing only after a
            # title run ("the Queen Isolde Sceptre") and never when its last word is written
            # alone as a person elsewhere ("Sanders said").
            # Nor is a first name written alone: "Bernie" of "Bernie Sanders" is the same person.
            named_after = last.lower_ not in _surnames_alone(doc, ents) and (
                (first_words in full_people and " " in first_words)
                or (label == "PERSON" and _after_the_and_a_title(doc, start, titled))
            )
            out.append((titled, end, PRODUCT) if named_after else (start, end, label))
        elif label == "PERSON":
            # A person's name written before the head is the person's own ("Kenneth Hall", where
            # "Kenneth" is written alone) unless it is another person's surname: a surname comes
            # last in a name, so "Tressel Marathon" beside "Pieter Tressel" is the race (round s40).
            own = first_words in full_people and first_words not in _surnames(doc, ents)
            others = _other_names(doc, ents, start, end) - ({first_words} if own else set())
            out.append((start, end, kind) if _not_someones_name(doc, start, end, others) else (start, end, label))
        elif kind == EVENT:
            out.append((start, end, EVENT))
        else:
            out.append((start, end, label))
    return out
