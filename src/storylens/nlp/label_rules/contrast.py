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

from spacy.tokens import Token

from storylens.nlp.label_rules.words import CONTRAST_WORDS

_CONTRAST_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(CONTRAST_WORDS))})\s+(?:(?:by|than|of|from|with|for|to|in|at|on)\s+)?(?:(?:the|a|an)\s+)?$",
    re.IGNORECASE,
)


def set_against(token: Token) -> bool:
    """The noun phrase headed by ``token`` follows a contrast word: "not the police"."""
    doc = token.doc
    i = token.left_edge.i - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i >= 0 and doc[i].pos_ == "ADP" and doc[i].lower_ not in CONTRAST_WORDS:
        i -= 1
    return i >= 0 and doc[i].lower_ in CONTRAST_WORDS


def set_against_in_text(text: str, start: int) -> bool:
    """The phrase starting at ``text[start]`` (its determiner included or not) follows a
    contrast word: the same reading for the story layer, which holds the text, not the parse."""
    return bool(_CONTRAST_BEFORE.search(text[max(0, start - 40) : start]))
