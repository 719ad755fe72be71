"""Merge entity mentions across articles and spellings into actors (issue 2)."""

from storylens.records import Actor
from storylens.story.context import StoryContext


def merge_actors(context: StoryContext) -> list[Actor]:
    actors: dict[str, Actor] = {}
    for analysis in context.analyses:
        for mention in analysis.mentions:
            key = mention.span.text.lower()
            actor = actors.get(key)
            if actor is None:
                actor = actors[key] = Actor(id=f"a{len(actors) + 1}", name=mention.span.text, type=mention.type)
            actor.mentions.append(mention.span)
            mention.actor = actor.id
            context.actor_of_mention[(mention.span.article, mention.span.start, mention.span.end)] = actor.id
            context.actor_of_name[key] = actor.id
    context.actors = list(actors.values())
    return context.actors
