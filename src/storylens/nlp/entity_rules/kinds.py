"""Types the context gives away, whatever the model said.

- **Vessels**: "the vessel Northern Gull", "the tanker Sea Lark", "MV Sea Lark", "Sea Lark, a
  research ship": a ship is named like a place or a person, and the small model types it GPE
  or ORG. It becomes a VESSEL (an actor of its own type), and so do the Doc's other mentions
  of that name.
- **Geography**: a name ending in a noun WordNet knows as a natural feature ("Peninsula",
  "Island", "Strait", "Pass", "Bay" ...) typed ORG or FAC, or typed PERSON and written after a
  place preposition or "the", is a LOC.
- **A place running into a headline verb**: in a title-cased headline the model reads "Freedonia
  Bombs Depot" as the person "Freedonia Bombs". A name whose first part is a known place (a
  country or big city, or a name the Doc types as a place) and whose next word is an inflected
  verb form (the lemmatizer's verb tables) is cut there and the place keeps its own type.
- **Places by the company they keep** (issue 19, fifth round): a one-word name typed PERSON that
  the parse coordinates with places and other lone PERSON names only ("shelling hit Orsk, Dalvik
  and Kellmouth"), or a one-word PERSON or ORG whose apposition is headed by a settlement noun
  ("Kellmouth, a port town of 9,000"), or a one-word name in apposition to one ("the capital,
  Vessen": round s34), is a GPE (an organisation listed beside countries is a
  party, not a place: "talks between Velmora and Redhand"), and so are the Doc's other mentions of that name — unless the Doc uses the
  name as a person's: a word of a longer PERSON name ("Ivo Kellmouth") or after a title. A list
  that is the doer of an active verb proves nothing ("Zelensky and Kyiv rejected the plan").
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from storylens.nlp.doc_index import sentence_of
from storylens.nlp.entity_rules.towns import pronoun_referents, speaks
from storylens.nlp.gazetteer import is_well_known_place
from storylens.nlp.names import ORG_HEAD_WORDS, TITLE_WORDS, clean_name
from storylens.nlp.wordnet import is_kind_of, senses_of

Candidate = tuple[int, int, str]

# Last words that make a name a piece of geography: "the Kestrel Peninsula" is no organisation.
GEOGRAPHIC_HEADS = frozenset(
    "peninsula island islands strait straits bay gulf sea river mountains mountain valley coast desert lake".split()
)

VESSEL = "VESSEL"
# Nouns that name a ship when they stand right before its name or as its apposition.
VESSEL_NOUNS = frozenset(
    """
    ship vessel boat tanker freighter ferry trawler yacht submarine submersible sub frigate
    destroyer cruiser corvette carrier icebreaker tugboat tug barge liner steamer schooner
    dinghy lifeboat warship gunboat minesweeper
    """.split()
)
# Letters written before a ship's name: motor vessel, Her Majesty's ship, United States ship ...
SHIP_PREFIXES = frozenset("mv ms mt hms uss rv ss sv hmcs ins fv".split())
PLACE_TYPES = frozenset({"GPE", "LOC"})
HEADLINE_CAPITALS = 0.6  # share of capitalised words that makes a sentence a headline


def _word_before(doc: Doc, i: int):
    i -= 1
    while i >= 0 and (doc[i].is_space or doc[i].lower_ == "the"):
        i -= 1
    return doc[i] if i >= 0 else None


# WordNet's craft, for travel on water or in the air: "dredger", "bulk carrier", and since
# round s31 "helicopter" and "airliner" are kinds of it (a named aircraft is a craft as a ship is).
CRAFT = "craft.n.02"


@lru_cache(maxsize=1024)
def is_vessel_noun(word: str) -> bool:
    """A noun for a ship or an aircraft: one of VESSEL_NOUNS, or a noun whose most frequent
    WordNet sense is a kind of craft ("the collier X", "the dredger X"; not "the carrier" of a disease, whose
    first sense is a person, which VESSEL_NOUNS lists for the navy's carriers)."""
    word = word.lower()
    if word in VESSEL_NOUNS:
        return True

    senses = senses_of(word)
    return bool(senses) and is_kind_of(senses[0], CRAFT)


def _names_a_vessel(doc: Doc, start: int, end: int, label: str) -> bool:
    before = _word_before(doc, start)
    if before is not None and (before.sent.start != doc[start].sent.start or any(t.is_space for t in doc[before.i : start])):
        # a headline ending in a vessel noun says nothing of the paragraph's first name ("Crew
        # rescued from stricken tanker" / "Kellport residents watched ...": round s33)
        before = None
    root = doc[start:end].root
    # the tagger often misreads the noun ("trawler" as an adjective): its written form is enough;
    # its lemma only when the tagger read a noun ("launched" is no "launch", the motorboat)
    if before is not None and before.is_lower and before.is_alpha and (is_vessel_noun(before.lower_) or before.pos_ == "NOUN" and is_vessel_noun(before.lemma_)):
        # A name the model read as a person's ("the freighter Grey Heron") must be the noun's own
        # apposition or compound in the parse, not a name that merely follows it.
        if label != "PERSON" or root.head.i == before.i or before.head.i == root.i:
            return True
    if doc[start].lower_.strip(".") in SHIP_PREFIXES and end - start > 1:
        return True
    # "Sea Lark, a research ship": an apposition headed by a singular vessel noun with its
    # article (a misparsed "Ostrander, lent boats" says nothing of what Ostrander is)
    return any(
        c.dep_ == "appos" and c.tag_ == "NN" and any(d.dep_ == "det" for d in c.children) and is_vessel_noun(c.lemma_)
        for c in root.children
    )


def _persons_names(doc: Doc, ents: list[Candidate]) -> set[str]:
    """Names the Doc gives a person's sign: after a title ("Captain Grey Heron") or a word of a
    longer PERSON name."""
    names = set()
    for s, e, label in ents:
        if label != "PERSON":
            continue
        if s > 0 and doc[s - 1].lower_.strip(".") in TITLE_WORDS:
            names.add(clean_name(doc[s:e].text).lower())
    return names


# Prepositions of place that take a town's bare name; a ship's name takes "the" ("from the Sea
# Lark"), so a name written right after one of these is a place's (round s33).
PLACE_PREPOSITIONS = frozenset("in from near at outside".split())


def _places_named(doc: Doc, ents: list[Candidate]) -> set[str]:
    """Names the Doc writes as a place: right after "in", "from", "near", "at", "outside" with no
    article ("sailed from Kellport"), or as the object of "left" ("the barge left Kellport")."""
    names = set()
    for s, e, label in ents:
        if s == 0:
            continue
        before = doc[s - 1]
        root = doc[s:e].root
        if before.lower_ in PLACE_PREPOSITIONS or (root.dep_ == "dobj" and root.head.lemma_ == "leave"):
            names.add(clean_name(doc[s:e].text).lower())
    return names


def retype_vessels(doc: Doc, ents: list[Candidate]) -> list[Candidate]:
    vessels = {clean_name(doc[s:e].text).lower() for s, e, label in ents if _names_a_vessel(doc, s, e, label)}
    vessels -= _persons_names(doc, ents)
    if vessels:
        vessels -= _places_named(doc, ents)
    if not vessels:
        return ents
    return [(s, e, VESSEL if clean_name(doc[s:e].text).lower() in vessels else label) for s, e, label in ents]


@lru_cache(maxsize=2048)
def names_a_location(word: str) -> bool:
    """ "cemetery", "park", "churchyard", "harbour": the noun's most frequent WordNet sense is a
    location; an organisation's head word ("Front", whose first sense is a location too) is none."""
    from storylens.nlp.wordnet import first_sense

    if word.lower() in ORG_HEAD_WORDS:
        return False
    sense = first_sense(word, "n")
    # a common noun, not a place's own name ("Lund", "Lakeland" are instances of a city, a region)
    return sense is not None and sense.lexname() == "noun.location" and not sense.instance_hypernyms()


# WordNet's kinds of a natural feature of the earth's surface: a ridge, a pass, an island, a bay.
NATURAL_FEATURE_KINDS = ("geological_formation.n.01", "body_of_water.n.01", "land.n.04", "location.n.01")
BODY_KINDS = ("organization.n.01", "social_group.n.01")
PLACE_PREPOSITIONS = frozenset("in on at near off over from to across along around outside through towards toward".split())


@lru_cache(maxsize=2048)
def names_a_natural_feature(word: str) -> bool:
    """ "Pass", "Bay", "Island", "Strait", "Cape", "Ridge": some WordNet sense of the noun is a natural
    object (lexicographer file noun.object) that is a geological formation, a body of water, land
    or a location ("pass": the location in a range of mountains ...), and neither of its two most
    frequent senses is a body of people ("Bank": a depository institution; "Summit": a meeting)."""
    senses = senses_of(word.lower(), "n")
    if any(is_kind_of(sense, *BODY_KINDS) for sense in senses[:2]):
        return False
    return any(sense.lexname() == "noun.object" and is_kind_of(sense, *NATURAL_FEATURE_KINDS) for sense in senses)


def _named_as_a_place(doc: Doc, start: int, end: int) -> bool:
    """Some mention of the name in the Doc stands where a place stands: after a place preposition
    or after "the" ("over Dravik Pass", "the Kell Pass"); people take neither."""
    words = [t.lower_ for t in doc[start:end]]
    size = len(words)
    for i in range(1, len(doc) - size + 1):
        if [t.lower_ for t in doc[i : i + size]] == words and (doc[i - 1].lower_ in PLACE_PREPOSITIONS or doc[i - 1].lower_ == "the"):
            return True
    return False


def retype_geographic_features(doc: Doc, ents: list[Candidate]) -> list[Candidate]:
    """A name ending in a noun for a natural feature ("Kestrel Peninsula", "Dravik Pass", "Saltmere
    Bay": ``names_a_natural_feature``, round s35) typed ORG or FAC, or typed PERSON and written
    where a place stands, or ending in a noun whose first WordNet sense is a location ("Ashgrove
    Cemetery", round s31) typed PERSON or ORG, is a LOC. A person's surname that is such a noun
    ("Damon Hill said") keeps the model's type, and so does one the model typed ORG that speaks
    ("Jonas Field said the budget would shrink": no place says anything), or becomes a PERSON
    when a "he" or "she" goes back to it."""
    out = []
    referred = spoken = None
    for start, end, label in ents:
        last = doc[end - 1]
        if end - start > 1 and last.is_title and label in ("PERSON", "ORG", "FAC"):
            feature = names_a_natural_feature(last.text) and (label != "PERSON" or _named_as_a_place(doc, start, end))
            if feature or (label != "FAC" and names_a_location(last.text)):
                if referred is None:  # read from the parse, when there is one
                    parsed = doc.has_annotation("DEP")
                    referred = pronoun_referents(doc, ents) if parsed else set()
                    spoken = {doc[s:e].text.lower() for s, e, _ in ents if parsed and speaks(doc[e - 1])}
                name = doc[start:end].text.lower()
                if label == "ORG" and name in referred:
                    label = "PERSON"
                elif name not in referred | spoken:
                    label = "LOC"
        out.append((start, end, label))
    return out


def _headline(doc: Doc, i: int) -> bool:
    words = [t for t in sentence_of(doc, i) if t.is_alpha and len(t) > 3]
    return bool(words) and sum(t.is_title or t.is_upper for t in words) >= HEADLINE_CAPITALS * len(words)


def split_headline_verbs(doc: Doc, ents: list[Candidate], verbs) -> list[Candidate]:
    places = {clean_name(doc[s:e].text).lower() for s, e, label in ents if label in PLACE_TYPES}
    out: list[Candidate] = []
    for start, end, label in ents:
        cut = None
        if label in ("PERSON", "ORG") and end - start > 1 and _headline(doc, start):
            cut = next((i for i in range(start + 1, end) if doc[i].is_title and verbs.is_verb_form(doc[i].text)), None)
        if cut is not None:
            head = doc[start:cut].text
            if head.lower() in places or is_well_known_place(head):
                out.append((start, cut, "GPE"))
                continue
        out.append((start, end, label))
    return out


# Nouns for a settlement, as the head of a name's apposition: "Kellmouth, a port town".
SETTLEMENT_NOUNS = frozenset("city town village port capital suburb hamlet settlement municipality".split())


def _conjuncts(token) -> list:
    """Every word coordinated with ``token`` ("Orsk, Dalvik and Kellmouth"), itself excluded."""
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    found, todo = [], [first]
    while todo:
        word = todo.pop()
        found.append(word)
        todo.extend(c for c in word.children if c.dep_ == "conj")
    return [w for w in found if w.i != token.i]


def _keeps_place_company(doc: Doc, start: int, end: int, label: str, ents_at: dict[int, Candidate]) -> bool:
    """The name's apposition is a settlement noun, or it is listed with at least one place (a
    name typed GPE/LOC, or a known big place) and with nothing but places and other lone names
    ("Kharkiv, Varnholm and Kessel", where the model typed the last two PERSON); the list only
    for a name typed PERSON."""
    root = doc[start:end].root
    if any(c.dep_ == "appos" and c.lemma_.lower() in SETTLEMENT_NOUNS for c in root.children):
        return True
    if root.dep_ == "appos" and root.head.is_lower and root.head.lemma_.lower() in SETTLEMENT_NOUNS:
        return True  # round s34: "the capital, Vessen": the name is what the settlement noun names
    if _set_off_after_settlement_noun(doc, start, end):
        return True
    if label != "PERSON":
        return False  # an organisation beside countries is a party ("talks between Velmora and the Front")
    conjuncts = _conjuncts(root)
    if any(w.dep_ == "nsubj" for w in [root, *conjuncts]):
        return False  # "Zelensky and Kyiv rejected the plan": a doer may be a person beside a place
    others = [ents_at.get(w.i) for w in conjuncts if w.i in ents_at]
    if not any(kind in PLACE_TYPES or is_well_known_place(doc[s:e].text) for s, e, kind in others):
        return False
    return all(kind in PLACE_TYPES or e - s == 1 and kind == "PERSON" for s, e, kind in others)


def _set_off_after_settlement_noun(doc: Doc, start: int, end: int) -> bool:
    """ "In the capital, Osterby, ministers met": the name set off by commas right after "the"
    and a settlement noun is an apposition to it, though the parser hangs it elsewhere."""
    if start < 3 or doc[start - 1].text != "," or (end < len(doc) and doc[end].text not in (",", ".")):
        return False
    noun, determiner = doc[start - 2], doc[start - 3]
    return noun.is_lower and noun.lemma_.lower() in SETTLEMENT_NOUNS and determiner.lower_ == "the"


def retype_places_by_company(doc: Doc, ents: list[Candidate]) -> list[Candidate]:
    """One-word PERSON names that the parse lists among places, and PERSON/ORG names it calls a
    town, are GPEs."""
    ents_at = {i: (s, e, label) for s, e, label in ents for i in range(s, e)}
    person_words = {doc[i].lower_ for s, e, label in ents if label == "PERSON" and e - s > 1 for i in range(s, e)}
    titled = {doc[s].lower_ for s, e, _ in ents if s > 0 and doc[s - 1].lower_ in TITLE_WORDS}
    places = {
        doc[s].lower_
        for s, e, label in ents
        if label in ("PERSON", "ORG") and e - s == 1 and doc[s].is_title and _keeps_place_company(doc, s, e, label, ents_at)
    } - person_words - titled
    if not places:
        return ents
    return [(s, e, "GPE" if e - s == 1 and label in ("PERSON", "ORG") and doc[s].lower_ in places else label) for s, e, label in ents]
