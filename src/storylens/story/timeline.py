"""Cross-outlet timeline (issue 3)."""

from storylens.records import Event
from storylens.story.context import StoryContext


def build_timeline(context: StoryContext) -> list[Event]:
    return []
