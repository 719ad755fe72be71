"""Is the predicate asserted to have happened?

Read from the parse: a negation on the predicate ("did not enter"), a counterfactual ("would
have won", "had they attacked", "if they had attacked"), or a governing word of failure or
prevention ("failed to take", "the failure to capture", "prevented them from crossing"). The
last kind still dates a happening — the failure — so the trigger moves up to it.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

# Predicates that say their complement did not happen (negative implicatives).
NOT_HAPPENED = frozenset(
    "fail failure refuse refusal decline avoid prevent prevention unable inability stop thwart foil block "
    "abandon".split()
)
COUNTERFACTUAL_MODALS = frozenset({"would", "could", "might", "should"})


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in ("never", "not", "n't") for c in token.children)


def _counterfactual(token: Token) -> bool:
    auxiliaries = [c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")]
    if any(a in COUNTERFACTUAL_MODALS for a in auxiliaries) and "have" in auxiliaries:
        return True  # "they would have won in May"
    if token.dep_ == "advcl" and "had" in auxiliaries:
        if any(c.dep_ == "mark" and c.lower_ == "if" for c in token.children):
            return True  # "if they had attacked in May"
        had = next(c for c in token.children if c.dep_ in ("aux", "auxpass") and c.lower_ == "had")
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and had.i < subject.i:
            return True  # "had they attacked in May": the auxiliary before its subject
    return False


def asserted_trigger(trigger: Token) -> Optional[Token]:
    """The predicate that really happened on the date: ``trigger`` itself, the failure that
    governs it, or None when it did not happen."""
    if _negated(trigger) or _counterfactual(trigger):
        return None
    head = trigger.head
    if trigger.dep_ == "advcl" and trigger.i < head.i:
        return trigger  # "The convoy, travelling north, was stopped": set off before it, no complement of it
    if trigger.dep_ in ("xcomp", "acl", "pcomp", "advcl") or (trigger.dep_ == "pobj" and head.head.i != head.i):
        governor = head.head if head.dep_ == "prep" and head.lower_ == "from" else head
        if governor.lemma_.lower() in NOT_HAPPENED:
            if _negated(governor) or _counterfactual(governor):
                return None
            return governor
    if trigger.dep_ == "pcomp" and head.lower_ == "from" and head.head.lemma_.lower() in NOT_HAPPENED:
        return head.head  # "prevented them from crossing the river on Monday"
    return trigger
