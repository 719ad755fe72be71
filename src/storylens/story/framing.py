"""Framing per outlet: loaded language, event names, distinctive terms (issue 6)."""

from storylens.records import Framing
from storylens.story.context import StoryContext


def build_framing(context: StoryContext) -> Framing:
    return Framing()
