"""Labels that name a group with no name beside them: "the occupation army", "the apartheid
regime" (issue 19).

No coreference model is available, so the referent is read from the Doc's own names: a head
noun can stand for an organisation or facility whose name it heads ("army" -> "Northland Defence Army")
or for a place or group that modifies it elsewhere ("regime" -> "Northland", from "the Northland
regime"). The phrase is a label only when that leaves exactly one name and the phrase adds a
describing modifier that is not part of the name.

A plural noun standing alone ("the terrorists", "the rebels") needs no modifier: it labels the
one group whose members the article names with the same noun and the group's name ("Redhand
terrorists", "Redhand's rebels", and since round s27 "the terrorists of the Redhand Brigade",
"fighters from Redhand": the noun is the article's word for that group's people). The phrase
that names the group is no label itself: "the members of X", "the people of X" have that shape
too, and only the bare noun that stands for the group later is the article's word for it. With
two such groups, or none, it labels neither; a place ("Northland officials") is not a group of
people and gives no referent to a bare plural.
"""

from __future__ import annotations

from spacy.tokens import Doc

from storylens.nlp.doc_index import doc_entities
from storylens.nlp.label_rules.contrast import set_against
from storylens.nlp.label_rules.words import NON_DESCRIPTIVE_MODIFIERS


def _referents_by_head(doc: Doc) -> dict[str, set[str]]:
    """Head noun -> the names it can stand for in this Doc: an organisation whose name ends in it
    ("army" -> "Northland Defence Army"), and a place or group that modifies it somewhere
    ("regime" -> "Northland" from "the Northland regime", "Northland's army")."""
    found: dict[str, set[str]] = {}
    for ent in doc_entities(doc):
        if ent.label_ in ("ORG", "FAC") and len(ent) > 1:
            found.setdefault(ent.root.lemma_.lower(), set()).add(ent.text)  # "Ministry" of "Ministry of Health"
        elif ent.label_ in ("GPE", "NORP", "ORG"):
            head = ent.root.head
            if ent.root.dep_ in ("compound", "poss", "amod", "nmod") and head.i >= ent.end and head.pos_ == "NOUN" and head.is_lower:
                found.setdefault(head.lemma_.lower(), set()).add(ent.text)
    return found


# Names whose members a plural noun can stand for: organisations and groups of people, not places.
MEMBER_GROUP_TYPES = frozenset({"ORG", "NORP"})


def _member_noun_of(ent):
    """The plural noun whose members the group's name says it names: "Redhand terrorists",
    "Redhand's rebels", "the terrorists of the Redhand Brigade", "fighters from the Redhand
    Brigade"; None otherwise."""
    if ent.label_ not in MEMBER_GROUP_TYPES:
        return None
    root = ent.root
    head = root.head
    if root.dep_ in ("compound", "poss", "nmod") and head.i >= ent.end:
        noun = head
    elif root.dep_ == "pobj" and head.lower_ in MEMBERSHIP_PREPOSITIONS and head.head.i < head.i:
        noun = head.head
    else:
        return None
    return noun if noun.tag_ == "NNS" and noun.is_lower and not noun.ent_type_ else None


# "the terrorists of X", "fighters from X": the members of the group X.
MEMBERSHIP_PREPOSITIONS = frozenset({"of", "from"})


def _groups_by_member_noun(doc: Doc) -> dict[str, set[str]]:
    """Plural noun -> the groups written as its modifier, possessor or "of"/"from" phrase
    ("terrorist" -> {"Redhand"} from "Redhand terrorists" or "the terrorists of Redhand")."""
    found: dict[str, set[str]] = {}
    for ent in doc_entities(doc):
        noun = _member_noun_of(ent)
        if noun is not None:
            found.setdefault(noun.lemma_.lower(), set()).add(ent.text)
    return found


def _bare_plural(head) -> bool:
    """A plural noun in the outlet's clause, not a modifier of another noun: "the terrorists fired"."""
    if any(c.dep_ == "prep" and c.lower_ in MEMBERSHIP_PREPOSITIONS for c in head.children):
        return False  # "the people of the valley" says whose people: no group's word
    return head.tag_ == "NNS" and head.dep_ not in ("compound", "nmod", "poss")


def _phrase_key(modifiers, head) -> tuple[str, ...]:
    return (*(t.lemma_.lower() for t in modifiers), head.lemma_.lower())


def _phrases_placed_elsewhere(doc: Doc) -> dict[str, set[tuple[str, ...]]]:
    """Name -> the definite phrases (modifiers and head) that the Doc once puts in a place whose
    name is no word of that name: "the army hospital in Dunmoor" beside "Kelby General
    Hospital" is another hospital, here and wherever the Doc writes "the army hospital" again."""
    from storylens.nlp.entity_rules.head_nouns import placed_elsewhere

    names = [e.text for e in doc_entities(doc) if e.label_ in ("ORG", "FAC") and len(e) > 1]
    found: dict[str, set[tuple[str, ...]]] = {}
    for token in doc:
        if token.dep_ != "det" or token.lower_ != "the" or token.head.i <= token.i or token.head.pos_ != "NOUN":
            continue
        head = token.head
        modifiers = [t for t in doc[token.i + 1 : head.i] if not t.is_space]
        for name in names:
            if placed_elsewhere(head, {w.lower() for w in name.replace("-", " ").split()}):
                found.setdefault(name, set()).add(_phrase_key(modifiers, head))
    return found


def group_descriptions(doc: Doc) -> list[tuple[int, int, str]]:
    """ "the occupation army", "the apartheid regime": a definite noun phrase with a describing
    modifier whose head noun, in this Doc, can stand for exactly one name (see
    ``_referents_by_head``). (start, end, the name)."""
    referents = _referents_by_head(doc)
    members = _groups_by_member_noun(doc)
    elsewhere = _phrases_placed_elsewhere(doc)
    found = []
    for token in doc:
        if token.dep_ != "det" or token.lower_ != "the" or token.ent_type_:
            continue
        head = token.head
        if head.pos_ != "NOUN" or not head.is_lower or head.i <= token.i or head.ent_type_:
            continue
        if set_against(head):
            continue  # "the army, not the terrorists": denied, no word for anyone (round s33)
        names = referents.get(head.lemma_.lower(), set())
        modifiers = [t for t in doc[token.i + 1 : head.i] if not t.is_space]
        if not modifiers and _bare_plural(head):
            groups = members.get(head.lemma_.lower(), set())
            if len(groups) == 1 and head.i > min(e.start for e in doc_entities(doc) if e.text in groups):
                found.append((head.idx, head.idx + len(head.text), next(iter(groups))))
            continue
        if len(names) != 1 or not modifiers:
            continue
        if any(not t.is_lower or t.dep_ not in ("amod", "compound") or t.lower_ in NON_DESCRIPTIVE_MODIFIERS for t in modifiers):
            continue
        name = next(iter(names))
        if any(t.lower_ in name.lower().split() for t in modifiers):
            continue  # "the defence army": a shortened name, not a description
        if not any(e.text == name and e.start < token.i for e in doc_entities(doc)):
            continue  # a definite description points back: "the regular army" before any army is named is another one
        if _phrase_key(modifiers, head) in elsewhere.get(name, ()):
            continue  # "the army hospital in Dunmoor", and that phrase again later: another hospital
        found.append((modifiers[0].idx, head.idx + len(head.text), name))
    return found
