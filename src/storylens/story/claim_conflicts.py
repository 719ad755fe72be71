"""How two aligned claim mentions disagree: quantity, date, negation or superseded.

Each check returns a plain-English explanation, or None when the two agree on that count.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from storylens.records import ClaimMention, Quantity, Span

# Relative slack per bound: news rounds ("just 200 km short" vs "120 miles away" is 3.5% apart).
SLACK = {"exact": 0.05, "range": 0.05, "approx": 0.15, "lower": 0.05, "upper": 0.05}


@dataclass
class MentionInStory:
    """A claim mention with what alignment needs from the story around it."""

    mention: ClaimMention
    span: Span  # the clause
    outlet: Optional[str]
    published: str
    source_key: str
    actors: set[str] = field(default_factory=set)
    lemmas: set[str] = field(default_factory=set)
    align_text: str = ""

    @property
    def label(self) -> str:
        return f"{self.outlet or self.span.article} ({self.published or 'undated'})"


def interval(quantity: Quantity) -> tuple[float, float]:
    """The values a quantity's wording allows, with rounding slack."""
    slack = SLACK.get(quantity.bound, 0.05)
    low, high = (quantity.value if isinstance(quantity.value, list) else [quantity.value] * 2)[:2]
    low, high = min(low, high), max(low, high)
    if quantity.bound == "lower":
        return low * (1 - slack), float("inf")
    if quantity.bound == "upper":
        return 0.0, high * (1 + slack)
    return low * (1 - slack), high * (1 + slack)


def comparable(a: Quantity, b: Quantity) -> bool:
    """Same unit, and for bare counts the same thing counted."""
    if a.unit != b.unit:
        return False
    return a.unit != "count" or (a.surface_unit is not None and a.surface_unit == b.surface_unit)


def quantities_agree(a: Quantity, b: Quantity) -> bool:
    (a_low, a_high), (b_low, b_high) = interval(a), interval(b)
    return a_low <= b_high and b_low <= a_high


def quantity_conflict(a: MentionInStory, b: MentionInStory) -> Optional[str]:
    for qa in a.mention.quantities:
        for qb in b.mention.quantities:
            if comparable(qa, qb) and not quantities_agree(qa, qb):
                return (f"{a.label} gives {qa.span.text!s} ({_value(qa)}), {b.label} gives {qb.span.text!s} "
                        f"({_value(qb)}): more apart than the wording allows")
    return None


def quantities_match(a: MentionInStory, b: MentionInStory) -> bool:
    """Both report a measured (non-count) quantity of the same unit, and the values agree."""
    return any(comparable(qa, qb) and qa.unit != "count" and quantities_agree(qa, qb)
               for qa in a.mention.quantities for qb in b.mention.quantities)


def date_conflict(a: MentionInStory, b: MentionInStory) -> Optional[str]:
    if a.mention.predicate != b.mention.predicate or len(a.mention.dates) != 1 or len(b.mention.dates) != 1:
        return None
    da, db = a.mention.dates[0], b.mention.dates[0]
    if len(da) == len(db) and da != db:
        return f"{a.label} dates it {da}, {b.label} dates it {db}"
    return None


def negation_conflict(a: MentionInStory, b: MentionInStory) -> Optional[str]:
    if a.mention.negated == b.mention.negated:
        return None
    positive, negative = (a, b) if b.mention.negated else (b, a)
    return f"{positive.label} reports “{positive.mention.text}”; {negative.label} says it did not: “{negative.mention.text}”"


def superseded(a: MentionInStory, b: MentionInStory) -> Optional[str]:
    """A later report takes back what an earlier one stated (charges brought, then dropped)."""
    earlier, later = sorted((a, b), key=lambda m: m.published or "")
    if not earlier.published or earlier.published == later.published:
        return None
    taken_back = set(later.mention.withdrawn) & ({earlier.mention.predicate or ""} | earlier.lemmas)
    if not taken_back:
        return None
    return (f"{earlier.label} reports “{earlier.mention.text}”; a later report, {later.label}, "
            f"overturns it: “{later.mention.text}”")


def _value(quantity: Quantity) -> str:
    value = quantity.value
    shown = "–".join(f"{v:g}" for v in value) if isinstance(value, list) else f"{value:g}"
    return f"{shown} {quantity.unit}"
