"""Evaluative adjectives in the outlet's own voice, with the noun phrase they describe.

The tagger scores "relentless" in "the regime's relentless aggression" under its seed threshold
when the sentence around it reads as plain report. An adjective whose own learned weight in the
tagger is high (``EVALUATIVE_WEIGHT``), modifying a noun, outside quotation marks, is a loaded
description by the outlet: the span is the noun phrase from its possessor or first modifier to
the noun ("regime's relentless aggression").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from storylens.nlp.doc_index import doc_text
from storylens.nlp.loaded_rules.filters import lexical_weight

if TYPE_CHECKING:  # imported when called: event_rules reaches the quotes, whose scorer reads this package
    from storylens.nlp.event_rules import QuotedText

EVALUATIVE_WEIGHT = 0.25


def evaluative_phrases(doc: Doc, quoted: QuotedText | None = None) -> list[tuple[int, int, float]]:
    """(start, end, the adjective's weight) of each evaluative noun phrase."""
    from storylens.nlp.event_rules import QuotedText

    quoted = quoted or QuotedText(doc_text(doc))
    found = []
    for token in doc:
        if token.pos_ != "ADJ" or token.dep_ != "amod" or not token.is_lower:
            continue
        weight = lexical_weight(token.text)
        head = token.head
        if weight < EVALUATIVE_WEIGHT or head.pos_ != "NOUN" or head.i < token.i:
            continue
        modifiers = [c for c in head.lefts if c.dep_ in ("poss", "amod", "compound") and c.i < token.i]
        # from the possessor ("regime's"), unless that is a name: a name is no part of the loading
        first = min([token] + [c for c in modifiers if not c.ent_type_], key=lambda t: t.i)
        last = head
        start, end = first.idx, last.idx + len(last.text)
        if not quoted.inside(start, end):
            found.append((start, end, weight))
    return found
