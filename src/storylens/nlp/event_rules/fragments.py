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
    """The token whose subtree describes the happening readably."""
    if trigger.tag_ in ("VBN", "VBG") and not _has_subject(trigger) and trigger.dep_ in ("acl", "advcl"):
        return trigger.head
    if trigger.dep_ == "relcl":  # its subject, if any, is a relative word; the noun is who or what
        return trigger.head
    return trigger


def is_caption_fragment(trigger: Token) -> bool:
    """A sentence whose root is a participle with no subject and no auxiliary ("Presented by X
    on Tuesday"): a caption or a label, not a report."""
    return (
        trigger.dep_ == "ROOT"
        and trigger.tag_ in ("VBN", "VBG")
        and not _has_subject(trigger)
        and not any(c.dep_ in ("aux", "auxpass") for c in trigger.children)
    )
