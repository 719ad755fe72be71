"""Labels that name a group with no name beside them: "the occupation army", "the apartheid
regime" (issue 19).

No coreference model is available, so the referent is read from the Doc's own names: a head
noun can stand for an organisation or facility whose name it heads ("army" -> "Northland Defence Army")
or for a place or group that modifies it elsewhere ("regime" -> "Northland", from "the Northland
regime"). The phrase is a label only when that leaves exactly one name and the phrase adds a
describing modifier that is not part of the name.

A plural noun standing alone ("the terrorists", "the rebels") needs no modifier: it labels the
one group whose members the article names with the same noun and the group's name ("Redhand
terrorists", "Redhand's rebels": the noun is the article's word for that group's people). With
two such groups, or none, it labels neither; a place ("Northland officials") is not a group of
people and gives no referent to a bare plural.
"""

from __future__ import annotations

from spacy.tokens import Doc

from storylens.nlp.doc_index import doc_entities
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


def _groups_by_member_noun(doc: Doc) -> dict[str, set[str]]:
    """Plural noun -> the groups written as its modifier or possessor ("terrorist" -> {"Redhand"}
    from "Redhand terrorists")."""
    found: dict[str, set[str]] = {}
    for ent in doc_entities(doc):
        head = ent.root.head
        if ent.label_ not in MEMBER_GROUP_TYPES or ent.root.dep_ not in ("compound", "poss", "nmod"):
            continue
        if head.i >= ent.end and head.tag_ == "NNS" and head.is_lower and not head.ent_type_:
            found.setdefault(head.lemma_.lower(), set()).add(ent.text)
    return found


def _bare_plural(head) -> bool:
    """A plural noun in the outlet's clause, not a modifier of another noun: "the terrorists fired"."""
    return head.tag_ == "NNS" and head.dep_ not in ("compound", "nmod", "poss")


def group_descriptions(doc: Doc) -> list[tuple[int, int, str]]:
    """ "the occupation army", "the apartheid regime": a definite noun phrase with a describing
    modifier whose head noun, in this Doc, can stand for exactly one name (see
    ``_referents_by_head``). (start, end, the name)."""
    referents = _referents_by_head(doc)
    members = _groups_by_member_noun(doc)
    found = []
    for token in doc:
        if token.dep_ != "det" or token.lower_ != "the" or token.ent_type_:
            continue
        head = token.head
        if head.pos_ != "NOUN" or not head.is_lower or head.i <= token.i or head.ent_type_:
            continue
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
        found.append((modifiers[0].idx, head.idx + len(head.text), name))
    return found
