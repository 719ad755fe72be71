"""A denial bounded by a place: "no debris fell outside the safety perimeter" (round s37).

Such a denial does not say the act did not happen; it says it did not happen beyond a bound. It
disputes a report that puts the act at a distance ("debris fell 3 km from the site": a measured
length hung from the act's verb, the place away from where it started), and no report that puts
it within the bound ("most of the debris fell inside the fenced area") or names no place at all.
Read from the parse of each clause: the prepositions hung from the predicate. Prepositions are a
closed class of English, so the few that set an outer bound are named here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from storylens.nlp.quantities.units import TARGETS
from storylens.story.claim_conflicts.negation import predicate_token

if TYPE_CHECKING:
    from storylens.story.claim_conflicts.mention import MentionInStory

# prepositions that name what lies past a bound ("outside the perimeter", "beyond the fence")
OUTER = {"outside", "beyond", "past"}
LENGTH = TARGETS["length"][1]


def outer_bound(item: MentionInStory) -> Optional[str]:
    """The preposition of an outer bound hung from the clause's predicate ("fell outside the
    perimeter": "outside"), or None."""
    verb = predicate_token(item.mention)
    if verb is None:
        return None
    return next((c.lower_ for c in verb.children if c.dep_ == "prep" and c.lower_ in OUTER), None)


def _at_a_distance(item: MentionInStory) -> bool:
    """The clause puts its act at a measured distance ("fell 3 km from the site"): a length
    among its figures, inside a phrase hung from its predicate."""
    verb = predicate_token(item.mention)
    if verb is None:
        return False
    starts = {item.mention.sentence.start + t.idx for t in verb.subtree if t.i != verb.i}
    return any(q.unit == LENGTH and any(q.span.start <= s < q.span.end for s in starts) for q in item.mention.quantities)


def bounded_denial(negative: MentionInStory, positive: MentionInStory) -> Optional[bool]:
    """None when the denial sets no outer bound (read it as any denial); else whether the report
    puts the act beyond it: a distance disputes "no debris fell outside the perimeter", a place
    inside it or no place at all does not."""
    if outer_bound(negative) is None:
        return None
    return outer_bound(positive) is not None or _at_a_distance(positive)
