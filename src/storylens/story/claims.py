"""Claim alignment across outlets, status, conflicts and omissions (issue 4)."""

from storylens.records import Claim, Omission
from storylens.story.context import StoryContext


def align_claims(context: StoryContext) -> tuple[list[Claim], list[Omission]]:
    return [], []
