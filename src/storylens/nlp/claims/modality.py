"""What qualifies a predication: negation, hedges, modality, retraction, and whether it is the
writer's own opinion rather than a statement of fact."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

HEDGES = {"reportedly", "allegedly", "apparently", "purportedly", "supposedly", "unconfirmed", "rumored", "rumoured"}
# the writer's evaluative modals; "would"/"could" in reported speech are future-in-the-past, kept
OPINION_MODALS = {"should", "must", "ought"}
MODALS = {"should", "must", "ought", "might", "could", "would", "may", "can", "will", "shall"}
FIRST_PERSON = {"i", "we", "us", "our", "my", "me"}
# verbs and nouns that take back an earlier fact: "the dropping of charges", "withdrew the claim"
REVERSALS = {"drop", "dropping", "withdraw", "withdrawal", "lift", "dismiss", "dismissal", "revoke", "overturn",
             "cancel", "cancellation", "retract", "scrap", "rescind", "reverse", "quash", "annul", "abandon"}


def negated(head: Token) -> bool:
    """"did not", "never", "no one was charged", "nor will any of them face charges"."""
    for child in head.children:
        if child.dep_ == "neg" and child.i + 1 < len(child.doc) and child.nbor(1).lower_ == "only":
            continue  # "not only A but also B" affirms both
        if child.dep_ == "neg" or child.lower_ == "never":
            return True
        if child.lower_ in ("nor", "neither") and child.i < head.i:
            return True
        if child.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") and any(
            g.lower_ in ("no", "none", "neither") and g.dep_ in ("det", "neg") for g in child.children
        ):
            return True
        if child.lower_ in ("none", "nothing", "nobody", "neither") and child.dep_ in ("nsubj", "nsubjpass", "dobj"):
            return True
    return False


def modality_of(head: Token) -> Optional[str]:
    """The modal verb that qualifies the predicate ("could", "will"), if any."""
    return next((c.lower_ for c in head.children if c.dep_ == "aux" and c.lower_ in MODALS), None)


def is_writer_opinion(head: Token, tokens: list[Token], quoted: bool) -> bool:
    """An evaluative modal, an imperative, or the writer's first person outside a quotation."""
    if quoted:
        return False
    children = list(head.children)
    if any(c.dep_ == "aux" and c.lower_ in OPINION_MODALS for c in children):
        return True
    subject = next((c for c in children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and head.tag_ == "VB" and head.dep_ == "ROOT":
        return True  # imperative: "Think about it"
    return any(t.lower_ in FIRST_PERSON and t.dep_ in ("nsubj", "poss", "nsubjpass") for t in tokens)


def withdrawn(tokens: list[Token]) -> list[str]:
    """Lemmas of what the clause says was dropped or overturned."""
    found = []
    for token in tokens:
        if token.lemma_.lower() in REVERSALS or token.lower_ in REVERSALS:
            for child in token.children:
                target = child
                if child.dep_ == "prep" and child.lower_ == "of":
                    target = next((g for g in child.children if g.dep_ == "pobj"), None)
                elif child.dep_ not in ("dobj", "nsubjpass"):
                    continue
                if target is not None:
                    found.append(target.lemma_.lower())
    return found
