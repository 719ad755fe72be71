"""Predicates whose own subtree is a fragment, described with the noun or clause they belong to:
participles without a subject ("the plan, presented by X on Tuesday", "Seen by an agency on
Thursday, the letter ...") and relative clauses ("the board, which had declared an emergency on
March 3": "which had declared ..." does not say who did it). A caption line that is nothing but
a participle dates nothing."""

from __future__ import annotations

from spacy.tokens import Token

SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def _has_subject(token: Token) -> bool:
    return any(c.dep_ in SUBJECTS for c in token.children)


def described_by(trigger: Token) -> Token:
    """The token whose subtree describes the happening readably: the trigger when it is a verb
    with its own subject (or an event noun); otherwise the nearest word above it in the parse
    that is one, or the noun a participle or relative clause belongs to. "sworn in after
    winning 80% of the vote in 2020" is described from "Lukashenko, sworn in after winning ...";
    "told operators to suspend all crossings until Wednesday" from the clause with "told"."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return trigger
    token, seen = trigger, set()
    while token.i not in seen:
        seen.add(token.i)
        if token.dep_ == "relcl":  # its subject, if any, is a relative word; the noun is who or what
            return token.head
        if token.pos_ in ("VERB", "AUX") and _has_own_subject(token):
            return token
        if token.i != trigger.i and token.pos_ in ("NOUN", "PROPN", "PRON"):
            return token
        if token.head.i == token.i:
            return token
        token = token.head
    return trigger


def _has_own_subject(token: Token) -> bool:
    """A subject that is not a relative word ("which had run aground")."""
    return any(c.dep_ in SUBJECTS and c.tag_ not in ("WDT", "WP") for c in token.children)


def is_caption_fragment(trigger: Token) -> bool:
    """A sentence whose root is a participle with no subject and no auxiliary ("Presented by X
    on Tuesday"): a caption or a label, not a report."""
    return (
        trigger.dep_ == "ROOT"
        and trigger.tag_ in ("VBN", "VBG")
        and not _has_subject(trigger)
        and not any(c.dep_ in ("aux", "auxpass") for c in trigger.children)
    )
