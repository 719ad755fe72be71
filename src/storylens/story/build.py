"""Assemble a Story from the per-article analyses of its articles."""

from __future__ import annotations

import hashlib
import time
from collections import Counter
from contextlib import contextmanager
from typing import Iterator, Optional

from storylens.records import ArticleAnalysis, Story
from storylens.story.actors import merge_actors
from storylens.story.brief import write_brief
from storylens.story.brief.title import LEAD_SENTENCES, neutral_headline
from storylens.story.claims import align_claims
from storylens.story.context import StoryContext
from storylens.story.framing import build_framing
from storylens.story.quotes import collect_quotes, quote_stats
from storylens.story.timeline import build_timeline


def story_id(article_ids: list[str]) -> str:
    return "s-" + hashlib.sha1("|".join(sorted(article_ids)).encode()).hexdigest()[:12]


def story_title(analyses: list[ArticleAnalysis], context: StoryContext) -> str:
    """The title of the story: the headline the other outlets' headlines and leads echo most,
    with the fewest judging words (story/brief/title.py); without headlines, its most-mentioned
    actors."""
    from storylens.story.brief.sentences import parse

    ordered = sorted(analyses, key=lambda a: a.article.published or "")
    candidates = [
        (context.source_key(a.article.id), a.article.title or "", " ".join(s.text for s in a.sentences[:LEAD_SENTENCES]))
        for a in ordered
    ]
    headline = neutral_headline(candidates, parse)
    if headline:
        return headline
    counts = Counter()
    for actor in context.actors:
        counts[actor.name] = len(actor.mentions)
    top = [name for name, _ in counts.most_common(3)]
    return ", ".join(top) if top else "Untitled story"


@contextmanager
def _timed(timings: Optional[dict[str, float]], step: str) -> Iterator[None]:
    start = time.perf_counter()
    yield
    if timings is not None:
        timings[step] = timings.get(step, 0.0) + time.perf_counter() - start


def build_story(analyses: list[ArticleAnalysis], *, timings: Optional[dict[str, float]] = None) -> Story:
    """The story of ``analyses``; ``timings``, if given, gathers seconds per step (for the benchmark)."""
    with _timed(timings, "actors"):
        context = StoryContext(analyses)
        merge_actors(context)
        story = Story(
            id=story_id([a.article.id for a in analyses]),
            title=story_title(analyses, context),
            articles=[a.article for a in analyses],
            actors=context.actors,
        )
    with _timed(timings, "timeline"):
        story.timeline = build_timeline(context)
    with _timed(timings, "claims"):
        story.claims, story.omissions = align_claims(context)
    with _timed(timings, "quotes"):
        story.quotes = collect_quotes(context)
        story.quote_stats = quote_stats(context, story.quotes)
    with _timed(timings, "framing"):
        story.framing = build_framing(context, story.claims)
    with _timed(timings, "brief"):
        story.summary = write_brief(story, context)
    return story


def build_stories(analyses: list[ArticleAnalysis], *, cluster: bool = True, copy: bool = False) -> list[Story]:
    """Group the analyses into stories (or one story without ``cluster``) and build each, with
    the clustering decision that placed each article in ``story.membership``. ``copy``: build
    from copies, for callers that keep using the analyses (the steps annotate what they get)."""
    import copy as copying

    from storylens.story.clustering import cluster_with_reasons

    if cluster and len(analyses) > 1:
        groups = cluster_with_reasons(analyses)
    else:
        groups = [(analyses, [])]
    stories = []
    for group, decisions in groups:
        story = build_story(copying.deepcopy(group) if copy else group)
        for decision in decisions:
            decision.merged = []  # the clusterer's own ids: within one batch nothing stored was merged
        stories.append(with_membership(story, decisions))
    return stories


def with_membership(story: Story, decisions: list) -> Story:
    """``story`` with the decisions that placed its articles, each now naming the built story."""
    for decision in decisions:
        decision.story = story.id
    story.membership = decisions
    return story
