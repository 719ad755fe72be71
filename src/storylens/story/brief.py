"""The neutral brief: every sentence cites its sources (issue 9)."""

from storylens.records import Story, SummarySentence
from storylens.story.context import StoryContext


def write_brief(story: Story, context: StoryContext) -> list[SummarySentence]:
    return []
