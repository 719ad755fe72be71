"""Superseded: a later report takes back what an earlier one stated."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

if TYPE_CHECKING:
    from storylens.story.claim_conflicts.mention import MentionInStory


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
