"""Types read from the common noun a name is introduced with (issue 19, round s34).

News introduces a name with what it is: "his daughter Mira", "Her son, Emil", "the financial
weekly Tallyhouse", "Ledgerline, a newsletter for savers", "its cutter, the Ardent Wren", "Its
director, Halina Vostra". The small model types such names from their letters alone (a GPE
"Mira", a GPE "Tallyhouse", two GPEs "Halina" and "Vostra"). The noun says the type, read
from its most frequent WordNet sense:

- a person (a relative, a director) -> PERSON, and one-word names run together after it
  ("Halina" "Vostra") are one; a name the model typed ORG becomes a person only after a word
  for a relative ("the broadcaster RTK" is a firm, though WordNet's broadcaster is a person);
- a publication or a report (weekly, newspaper, newsletter) -> ORG (an outlet);
- a craft, by any of its senses, when the name has its own article or the noun a possessor
  ("its cutter, the Ardent Wren") -> VESSEL;
- a vehicle or a piece of equipment ("the Aster-2 rocket", "the Lumen satellite", "the satellite
  Lumen"; round s35) -> PRODUCT, spaCy's type for objects and vehicles, which makes no actor: a
  rocket does not speak. Every mention of the name in the Doc follows, unless some mention acts
  as a body does (the subject of a verb of speech, a possessor: "Norvale said", "Norvale's
  plant"), for a maker's name before its product ("the Norvale truck") is the maker's.

The noun must stand right before the name (with a comma or the name's own "the" between) after
a determiner or possessor and describing adjectives, or be the name's apposition in the parse
("Ledgerline, a newsletter").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from storylens.nlp.entity_rules.kinds import CRAFT, VESSEL, is_vessel_noun
from storylens.wordnet import is_kind_of, senses_of

Candidate = tuple[int, int, str]
DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "my", "your"})
PERSON, RELATIVE = "person.n.01", "relative.n.01"
PUBLICATIONS = ("publication.n.01", "news.n.02")
# A made thing that carries or works: a vehicle, a rocket ("vehicle self-propelled by a rocket
# engine"), a satellite ("man-made equipment that orbits ...").
THINGS = ("conveyance.n.03", "equipment.n.01")
PRODUCT = "PRODUCT"
SETTLEMENTS = ("settlement.n.06", "urban_area.n.01")
RETYPED = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})


def _noun_before(doc: Doc, start: int) -> tuple[Token | None, bool]:
    """The common noun right before a name, and whether the name has its own "the"."""
    i, own_article = start - 1, False
    if i >= 0 and doc[i].lower_ == "the":
        i, own_article = i - 1, True
    if i >= 0 and doc[i].text == ",":
        i -= 1
    if i < 1 or not (doc[i].is_lower and doc[i].is_alpha and doc[i].pos_ in ("NOUN", "ADJ")):
        return None, False
    j = i - 1
    while j >= 0 and doc[j].is_lower and doc[j].pos_ == "ADJ":
        j -= 1  # "the financial weekly"
    if j < 0 or doc[j].lower_ not in DETERMINERS and doc[j].tag_ != "POS":
        return None, False
    return doc[i], own_article


def _apposition_noun(doc: Doc, start: int, end: int) -> Token | None:
    root = doc[start:end].root
    for child in root.children:
        if child.dep_ == "appos" and child.is_lower and child.pos_ == "NOUN" and any(d.dep_ == "det" for d in child.children):
            return child
    return None


def type_from_noun(noun: Token, own_article: bool, label: str) -> str:
    """The type the noun gives a name, or "" when it gives none."""
    word = noun.lower_
    senses = senses_of(word) or senses_of(noun.lemma_.lower())
    if not senses:
        return ""
    possessed = any(c.dep_ == "poss" for c in noun.children) or doc_word_before(noun) in ("its", "their")
    if is_vessel_noun(word) or (own_article or possessed) and any(is_kind_of(s, CRAFT) for s in senses):
        return VESSEL
    first = senses[0]
    if label in ("PERSON", "ORG") and names_a_settlement(senses):
        return "GPE"  # "Pellow Cross, a village north of Brackton" (round s41)
    if is_kind_of(first, PERSON):
        return "PERSON" if label != "ORG" or is_kind_of(first, RELATIVE) else ""
    if is_kind_of(first, *PUBLICATIONS):
        return "ORG"
    if is_kind_of(first, *THINGS):
        return PRODUCT
    return ""


def names_a_settlement(senses) -> bool:
    """ "village", "town", "city", "hamlet": a noun one of whose two most frequent WordNet senses
    is a settlement or an urban area ("village" is first a community of people, then "a
    settlement smaller than a town")."""
    return any(is_kind_of(sense, *SETTLEMENTS) for sense in senses[:2])


def _called_a_settlement(doc: Doc, start: int, end: int) -> bool:
    """ "the village of Pellow Cross", "the town of X", "Pellow Cross, a village north of
    Brackton" (the parser heads that apposition with "north" and compounds "village" to it): the
    name is what the settlement noun names. A person's or a body's noun before "of" says nothing
    of the name's type ("the director of X"), so only a settlement noun is read there."""
    nouns = []
    if start >= 3 and doc[start - 1].lower_ == "of" and doc[start - 3].lower_ in DETERMINERS:
        nouns.append(doc[start - 2])
    for child in doc[start:end].root.children:
        if child.dep_ == "appos":
            nouns.append(child)
            nouns.extend(c for c in child.children if c.dep_ == "compound")
    return any(
        noun.is_lower and noun.pos_ == "NOUN" and names_a_settlement(senses_of(noun.lemma_.lower(), "n"))
        for noun in nouns
    )


def _noun_after(doc: Doc, start: int, end: int) -> Token | None:
    """The common noun a name modifies, right after it, when the name has an article or stands
    first: "the Lumen satellite", "the Aster-2 rocket"."""
    if end >= len(doc):
        return None
    noun = doc[end]
    if not (noun.is_lower and noun.is_alpha and noun.pos_ == "NOUN" and doc[start:end].root.head == noun):
        return None
    return noun if start > 0 and doc[start - 1].lower_ in DETERMINERS else None


def _acts_as_a_body(doc: Doc, name: str, ents: list[Candidate]) -> bool:
    """Some mention of the name speaks or owns: the subject of a verb of communication, or a
    possessor."""
    for s, e, _ in ents:
        ent = doc[s:e]
        if ent.text != name:
            continue
        root = ent.root
        if root.dep_ == "poss" or e < len(doc) and doc[e].tag_ == "POS":
            return True
        if root.dep_ == "nsubj" and root.head.pos_ == "VERB":
            senses = senses_of(root.head.lemma_, "v")
            if senses and senses[0].lexname() == "verb.communication":
                return True
    return False


def doc_word_before(token: Token) -> str:
    return token.doc[token.i - 1].lower_ if token.i > 0 else ""


def retype_by_apposition(doc: Doc, ents: list[Candidate]) -> list[Candidate]:
    """Names retyped by the noun they are introduced with; one-word pieces run together after a
    person noun joined into one PERSON."""
    ents = sorted(ents)
    out: list[Candidate] = []
    things: set[str] = set()
    skip_until = -1
    for n, (s, e, label) in enumerate(ents):
        if s < skip_until:
            continue
        if label not in RETYPED:
            out.append((s, e, label))
            continue
        noun, own_article = _noun_before(doc, s)
        noun = noun or _apposition_noun(doc, s, e)
        kind = type_from_noun(noun, own_article, label) if noun is not None else ""
        if not kind and label in ("PERSON", "ORG") and _called_a_settlement(doc, s, e):
            kind = "GPE"
        if kind == PRODUCT and noun.i < s and any(t.text == "," for t in doc[noun.i : s]):
            kind = ""  # "the driver of the bus, Ada Penn": the name is the driver's, not the bus's
        after = _noun_after(doc, s, e) if not kind and label in ("ORG", "PERSON", "GPE", "FAC") else None
        if after is not None and type_from_noun(after, False, label) == PRODUCT:
            things.add(doc[s:e].text)
            kind = ""
        if kind == "PERSON":
            # "Its director, Halina Vostra": the model's "Halina" and "Vostra" are one name
            for s2, e2, label2 in ents[n + 1 : n + 3]:
                if s2 == e and e2 - s2 == 1 and label2 in RETYPED and doc[s2].is_title:
                    e = skip_until = e2
        if kind == PRODUCT:
            things.add(doc[s:e].text)
            kind = ""
        out.append((s, e, kind or label))
    # a name introduced as a thing is a thing in every mention, unless it acts as a body somewhere
    things = {name for name in things if not _acts_as_a_body(doc, name, out)}
    return [(s, e, PRODUCT if doc[s:e].text in things else label) for s, e, label in out]
