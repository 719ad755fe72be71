"""The member of a contrast that is set against the other (issue 19, round s33): "the militia,
not the police, carried out the arrest", "the army, rather than the militia", "by the army and
not by the militia". The phrase after the contrast word names whom the sentence denies; it is
no label of anyone, and it stands for no one the sentence's other member stands for.

Read from the words just before the phrase: a contrast word (``words.CONTRAST_WORDS``), with at
most one preposition between ("rather than", "not by", "instead of"). The parse hangs "not" on
the other member ("militia"), so the phrase's own children do not show it.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from storylens.nlp.label_rules.words import CONTRAST_WORDS

_CONTRAST_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(CONTRAST_WORDS))})\s+(?:(?:by|than|of|from|with|for|to|in|at|on)\s+)?(?:(?:the|a|an)\s+)?$",
    re.IGNORECASE,
)


def set_against(token: Token) -> bool:
    """The noun phrase headed by ``token`` follows a contrast word: "not the police"."""
    return follows_a_contrast(token.doc, token.left_edge.i)


def follows_a_contrast(doc: Doc, start: int) -> bool:
    """The phrase starting at token ``start`` follows a contrast word: "the police, not the
    Coast Guard" (a name, its determiner aside), "not the police", "rather than the militia",
    "not by the militia". One reading for a phrase's head (``set_against``) and for a name
    (``nlp/labels.py``), which the parse may hang anywhere (round s35)."""
    i = start - 1
    while i >= 0 and (doc[i].is_space or doc[i].dep_ in ("det", "predet")):
        i -= 1
    if i >= 0 and doc[i].pos_ == "ADP" and doc[i].lower_ not in CONTRAST_WORDS:
        i -= 1
    return i >= 0 and doc[i].lower_ in CONTRAST_WORDS


def set_against_in_text(text: str, start: int) -> bool:
    """The phrase starting at ``text[start]`` (its determiner included or not) follows a
    contrast word: the same reading for the story layer, which holds the text, not the parse."""
    return bool(_CONTRAST_BEFORE.search(text[max(0, start - 40) : start]))
