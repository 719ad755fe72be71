"""Labels that name a group with no name beside them: "the occupation army", "the apartheid
regime" (issue 19).

No coreference model is available, so the referent is read from the Doc's own names: a head
noun can stand for an organisation or facility whose name it heads ("army" -> "Northland Defence Army")
or for a place or group that modifies it elsewhere ("regime" -> "Northland", from "the Northland
regime"). The phrase is a label only when that leaves exactly one name and the phrase adds a
describing modifier that is not part of the name.
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


def group_descriptions(doc: Doc) -> list[tuple[int, int, str]]:
    """ "the occupation army", "the apartheid regime": a definite noun phrase with a describing
    modifier whose head noun, in this Doc, can stand for exactly one name (see
    ``_referents_by_head``). (start, end, the name)."""
    referents = _referents_by_head(doc)
    found = []
    for token in doc:
        if token.dep_ != "det" or token.lower_ != "the" or token.ent_type_:
            continue
        head = token.head
        if head.pos_ != "NOUN" or not head.is_lower or head.i <= token.i or head.ent_type_:
            continue
        names = referents.get(head.lemma_.lower(), set())
        modifiers = [t for t in doc[token.i + 1 : head.i] if not t.is_space]
        if len(names) != 1 or not modifiers:
            continue
        if any(not t.is_lower or t.dep_ not in ("amod", "compound") or t.lower_ in NON_DESCRIPTIVE_MODIFIERS for t in modifiers):
            continue
        name = next(iter(names))
        if any(t.lower_ in name.lower().split() for t in modifiers):
            continue  # "the defence army": a shortened name, not a description
        found.append((modifiers[0].idx, head.idx + len(head.text), name))
    return found
