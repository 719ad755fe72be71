"""Participles without a subject: "the plan, presented by X on Tuesday", "Seen by an agency on
Thursday, the letter ...". Their own subtree is a fragment, so the description is cut from the
noun or clause they belong to; a caption line that is nothing but one dates nothing."""

from __future__ import annotations

from spacy.tokens import Token

SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def _has_subject(token: Token) -> bool:
    return any(c.dep_ in SUBJECTS for c in token.children)


def described_by(trigger: Token) -> Token:
    """The token whose subtree describes the happening readably."""
    if trigger.tag_ in ("VBN", "VBG") and not _has_subject(trigger) and trigger.dep_ in ("acl", "advcl"):
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
