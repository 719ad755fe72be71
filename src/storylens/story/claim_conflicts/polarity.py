"""The polarity a sentence states of a clause in it: one reading for the claims step and the brief.

A clause cut from its sentence can read the other way round from what the sentence states: "any
patient had been harmed" in "there was no evidence that any patient had been harmed", "its
members had damaged the ramp" in "the union denied that its members had damaged the ramp". The
claims step compares clauses, so it must read each one's polarity as its sentence states it, or
"no evidence that any patient had been harmed" disputes "no patient has been harmed" (both say
no patient was). The brief compares what it writes with what its sources state the same way.

The polarity is the clause's own predicate's (``nlp.claims.modality.negated``: "did not",
"never", "no one was charged"), turned round by each word outside the clause that governs it and
negates it or denies its content. A report's polarity is that of what is said ("..., the board
said"; "X says no patient has been harmed"); a negated verb of saying denies the saying, not what
is said ("did not say that the dam broke": the dam's breaking keeps its polarity, and
``negation.reporting_frame_denied`` reads the saying), except when the whole sentence is read,
which then states that the dam did not break as far as that source goes.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from storylens.nlp.claims.clauses import REPORTING_VERBS
from storylens.nlp.claims.modality import negated
from storylens.records import ClaimMention
from storylens.story.claim_conflicts.measured_frame import rejection_of
from storylens.story.claim_conflicts.words import parsed

# Predicates that deny what their complement says ("denied that X", "rejects the claim that X"):
# a clause under one of them states the opposite of what it says alone.
NEGATING_HEADS = {"deny", "denial", "reject", "rejection", "dispute", "refute", "dismiss", "doubt", "contradict", "disprove"}
NEGATIVE_DETERMINERS = {"no", "never", "nothing", "none", "neither", "nor", "without"}
# the words above, as written (any inflection), and "not": a sentence with none of them outside
# the clause cannot turn it round, so it need not be parsed again
_MAY_NEGATE = re.compile(
    r"n't|\b(?:not|" + "|".join(sorted(NEGATIVE_DETERMINERS)) + r"|deni|deny|reject|disput|refut|dismiss|doubt|contradict|disprov)",
    re.IGNORECASE,
)


def under_a_negation(top, ids: set[int]) -> bool:
    """A word governing ``top`` outside ``ids`` (token indexes) negates it or denies its content.
    A verb ``top`` is coordinated with does not govern it ("denied that the ferry was overloaded
    and said it carried 160 people": the saying is not denied), though what governs both does."""
    current = top
    while current.head.i != current.i:
        governor, coordinated = current.head, current.dep_ == "conj"
        current = governor
        if coordinated or governor.i in ids:
            continue
        if governor.lemma_.lower() in NEGATING_HEADS or governor.lower_ in NEGATIVE_DETERMINERS:
            return True
        if any(c.dep_ == "neg" or c.dep_ in ("det", "advmod", "prep") and c.lower_ in NEGATIVE_DETERMINERS for c in governor.children):
            return True
    return False


def _said_polarity(root) -> bool:
    """A whole sentence's polarity: that of what is said when its main verb is one of saying."""
    if root.lemma_.lower() in REPORTING_VERBS:
        said = [c for c in root.children if c.dep_ in ("ccomp", "parataxis") and c.pos_ in ("VERB", "AUX")]
        if said:
            return negated(root) != negated(said[0])
    return negated(root)


def stated_negation(doc, start: int = 0, end: Optional[int] = None, *, own: Optional[bool] = None) -> bool:
    """Whether the sentence ``doc`` states the clause at character offsets ``start``..``end``
    negated (the whole sentence when no offsets are given). ``own`` is the clause's own
    polarity when the caller has read it already (a claim mention's ``negated``); else it is read
    from the clause's top predicate."""
    end = len(doc.text) if end is None else end
    inside = [t for t in doc if start <= t.idx and t.idx + len(t) <= end and not t.is_punct and not t.is_space]
    if not inside:
        return bool(own)
    ids = {t.i for t in inside}
    tops = [t for t in inside if t.head.i not in ids or t.head.i == t.i]
    top = tops[0]
    if own is None:
        own = _said_polarity(top) if top.dep_ == "ROOT" else negated(top)
    # "did not say that P" denies the saying, not P: a verb of saying above the clause is passed
    saying = {t.i for t in top.ancestors if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() not in NEGATING_HEADS}
    return own != under_a_negation(top, ids | saying)


def negated_by_its_sentence(sentence: str, start: int, end: int) -> bool:
    """Whether a word of ``sentence`` outside the clause at ``start``..``end`` turns the clause's
    polarity round ("no evidence that ...", "denied that ...")."""
    return stated_negation(parsed(sentence), start, end, own=False)


def as_stated(mention: ClaimMention) -> ClaimMention:
    """The claim mention with the polarity its sentence states of its clause: "any patient had
    been harmed" under "there was no evidence that" is negated, as "no patient has been harmed"."""
    sentence = mention.sentence.text
    start = sentence.find(mention.text)
    if start < 0:
        return mention
    end = start + len(mention.text)
    if not _MAY_NEGATE.search(sentence[:start]) and not _MAY_NEGATE.search(sentence[end:]):
        return mention
    if any(_figure_rejected(mention, quantity) for quantity in mention.quantities):
        return mention  # "dismissed reports of forty clinics shut": the figure's own check says it
    if negated_by_its_sentence(sentence, start, end):
        return replace(mention, negated=not mention.negated)
    return mention


def _figure_rejected(mention: ClaimMention, quantity) -> bool:
    """The figure is reported only to reject it (``measured_frame``'s reading): the quantity
    check states that dispute with its figure, so the clause's polarity is left as it is."""
    return rejection_of(mention.sentence, quantity) is not None
