"""Counterfactual clauses in claims (issue 15, round s34).

"Had the council closed the road earlier, the bus would never have crashed" reads, word for word,
close to "The county council closed the road" and to "the bus crashed"; but it says the council did
*not* close the road, and neither of its clauses states its own words as a fact. The claims step
gives a counterfactual clause no link (``claims.scored_pairs``): it corroborates nothing and
disputes nothing.

Read from the parse: an inverted condition ("Had/Were/Should X ..." before its main clause), a
past-perfect "if" condition, or a consequence with "would/could/might have" under either.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from storylens.story.claim_conflicts.words import parsed

if TYPE_CHECKING:
    from storylens.story.claim_conflicts.mention import MentionInStory


# the auxiliaries that open an inverted condition ("Had the council closed the road, ...")
INVERTED_CONDITION = {"had", "were", "should"}
MODALS_OF_THE_UNREAL = {"would", "could", "might"}


def _inverted_condition(head) -> bool:
    """ "Had the council closed the road" before a main clause: the auxiliary comes before the subject."""
    auxiliaries = [c for c in head.children if c.dep_ in ("aux", "auxpass") and c.lower_ in INVERTED_CONDITION]
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return head.dep_ == "advcl" and bool(auxiliaries and subjects) and auxiliaries[0].i < subjects[0].i


def _past_condition(head) -> bool:
    """ "If the council had closed the road": a condition in the past perfect."""
    return (any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in head.children)
            and any(c.dep_ == "aux" and c.lower_ == "had" for c in head.children))


def _unreal_consequence(head) -> bool:
    """ "the bus would never have crashed", under a past condition."""
    auxiliaries = [c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")]
    return (any(a in MODALS_OF_THE_UNREAL for a in auxiliaries) and "have" in auxiliaries
            and any(c.dep_ == "advcl" and (_inverted_condition(c) or _past_condition(c)) for c in head.children))


def _clause_head(item: "MentionInStory"):
    """The parsed head of the clause in its sentence: its highest word (None if not found)."""
    sentence = item.mention.sentence
    offset = item.span.start - sentence.start
    end = offset + (item.span.end - item.span.start)
    doc = parsed(sentence.text)
    inside = [t for t in doc if offset <= t.idx < end]
    heads = [t for t in inside if not (offset <= t.head.idx < end) or t.head.i == t.i]
    verbs = [t for t in heads if t.pos_ in ("VERB", "AUX")]
    return (verbs or heads or [None])[0]


# the words without which a sentence holds no counterfactual: its sentence is parsed only then
UNREAL_WORDS = re.compile(r"\b(had|were|should)\b.*\b(would|could|might)\b|\b(would|could|might)\b.*\b(had|were|should)\b",
                          re.IGNORECASE)


def tells_what_did_not_happen(item: "MentionInStory") -> bool:
    """A counterfactual: the condition or the consequence of what would have been ("Had the
    council closed the road earlier, the bus would never have crashed"). It says the council did
    not close the road and the bus did crash: neither clause states its own words as a fact."""
    if not UNREAL_WORDS.search(item.mention.sentence.text):
        return False
    head = _clause_head(item)
    if head is None:
        return False
    return _inverted_condition(head) or (_past_condition(head) and head.dep_ == "advcl" and any(
        _unreal_consequence(h) for h in (head.head,))) or _unreal_consequence(head)
