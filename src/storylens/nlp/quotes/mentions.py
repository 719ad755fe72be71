"""How speaker resolution reads a mention: its phrase and span, the entity it names, the subject
of a sentence, a noun's own words, and what is kept per Doc while a Doc is read (the tokens
inside quotation marks, the speakers of its cues).
"""

from __future__ import annotations

from typing import Optional
from weakref import WeakKeyDictionary

from spacy.tokens import Doc, Span, Token

from storylens.nlp.doc_index import entity_at
from storylens.nlp.quotes.marks import quoted_tokens


SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Entities that name places: standing alone as a subject, a government by metonymy.
PLACE_TYPES = frozenset({"GPE", "LOC"})
NAMED_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})
# Dependents that belong to the name of a body ("Russia’s Foreign Ministry", "the State Duma").
NAME_DEPS = frozenset({"compound", "amod", "poss", "case", "det", "nmod", "flat"})
# How many pronoun subjects in a row a pronoun follows back to a name ("X toured ... She met ...
# She said").
PRONOUN_CHAIN = 3
# What speaker resolution reads many times per Doc besides its entities (which come from
# nlp/doc_index.py): the named speakers of its cues (see speakers._speech_subjects) and the tokens inside
# quotation marks. Held by a weak reference to the Doc, like the index, and dropped by
# forget(doc) when the finder starts on a Doc that may have changed since.
_memo: WeakKeyDictionary = WeakKeyDictionary()


def memo_of(doc: Doc) -> dict:
    memo = _memo.get(doc)
    if memo is None or memo.get("length") != len(doc):
        memo = _memo[doc] = {"length": len(doc)}
    return memo


def forget(doc: Doc) -> None:
    """Drop what was kept of ``doc`` (its cues' speakers, its quoted tokens)."""
    _memo.pop(doc, None)


def is_time_phrase(token: Token) -> bool:
    """"on Monday", "last week": when the speaker spoke, not who."""
    if token.dep_ == "prep":
        return any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in token.children)
    return token.ent_type_ in ("DATE", "TIME") and token.dep_ == "npadvmod"


def phrase_offsets(head: Token) -> tuple[int, int]:
    """Character span of a source phrase: the subject's subtree, without a trailing clause."""
    cut = {
        t.i
        for child in head.children
        if (child.i > head.i and (child.dep_ in ("relcl", "acl") or is_time_phrase(child)))
        or (child.i < head.i and child.dep_ == "prep")  # "among them a priest": "a priest"
        for t in child.subtree
    }
    tokens = [t for t in head.subtree if t.i not in cut]
    left = min(t.i for t in tokens)
    right = head.i
    for t in tokens:
        if t.i > head.i and all(head.doc[k] in tokens for k in range(head.i, t.i + 1)):
            right = t.i
    while right > left and head.doc[right].is_punct:
        right -= 1
    doc = head.doc
    return doc[left].idx, doc[right].idx + len(doc[right])


def entity_of(token: Token) -> Optional[Span]:
    if token.ent_type_ in NAMED_TYPES:
        return entity_at(token.doc, token.i)
    return None


def phrase_name(head: Token) -> str:
    """An organisation or document named by a noun phrase: its words up to the head, without
    the article ("Russia’s Foreign Ministry", "Nezavisimaya Gazeta")."""
    left = head.i
    # Walk left over the words that modify the name itself, not over clauses before it.
    while left > 0 and head.doc[left - 1].dep_ in NAME_DEPS and head in head.doc[left - 1].ancestors:
        left -= 1
    words = list(head.doc[left : head.i + 1])
    while words and words[0].dep_ == "det":
        words = words[1:]
    return "".join(t.text_with_ws for t in without_description(words)).strip() or head.text


def without_description(words: list[Token]) -> list[Token]:
    """A name's words without the lower-case description written before it ("the financial
    newsletter Ledgerline", "the nonpartisan Congressional Budget Office"); an owner stays
    ("the country's Defence Ministry")."""
    first_proper = next((n for n, t in enumerate(words) if t.pos_ == "PROPN" and not t.is_lower), None)
    if not first_proper:
        return words
    before = words[:first_proper]
    if all(t.is_lower and t.pos_ in ("NOUN", "ADJ", "VERB") for t in before):
        return words[first_proper:]
    return words


def named_in(token: Token) -> Optional[tuple[Span, Token]]:
    """The named entity a subject token stands for: itself, a name in apposition or
    coordination with it ("The president of Belarus, Alexander Lukashenko", "the head of the
    committee and former minister Andrei Kartapolov"), or a name it is the title of."""
    ent = entity_of(token)
    if ent is not None:
        return ent, token
    stack = [(child, False) for child in token.children]
    while stack:
        node, linked = stack.pop(0)
        linked = linked or node.dep_ in ("appos", "conj")
        ent = entity_of(node)
        if ent is not None and linked and ent.label_ == "PERSON":
            return ent, node
        if node.dep_ not in ("relcl", "acl", "ccomp"):
            stack.extend((child, linked) for child in node.children)
    return None


def subject_of(sentence: Span) -> Optional[Token]:
    root = sentence.root
    return next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)


def own_words(noun: Token) -> list[Token]:
    """A noun phrase's words without the phrases coordinated with it ("the national carrier" of
    "the national carrier and the country's aviation regulator")."""
    tail = {t.i for c in noun.children if c.dep_ in ("conj", "cc") for t in c.subtree}
    return [t for t in noun.subtree if t.i not in tail]


def quoted_token_indices(doc: Doc) -> set[int]:
    memo = memo_of(doc)
    if "quoted" not in memo:
        memo["quoted"] = quoted_tokens(doc)
    return memo["quoted"]
