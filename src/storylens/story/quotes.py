"""Quotes gathered per story, speakers resolved to actors (issue 5)."""

from storylens.records import Quote
from storylens.story.context import StoryContext


def collect_quotes(context: StoryContext) -> list[Quote]:
    return []
