"""Fixtures of the story tests: one invented article through the whole pipeline."""

from __future__ import annotations

import copy
from typing import Callable, Optional

import pytest

from storylens.records import Article


@pytest.fixture
def speaker_in_story(nlp) -> Callable[[str], Callable[..., str]]:
    """``speaker_in_story(text)`` runs one article through ``analyze_articles`` and
    ``build_story`` and returns ``speaker_of(words, cue=None)``: the actor's name (or the speaker
    as written) of the one quote of the story that holds ``words`` (and has that cue)."""
    from storylens.nlp.pipeline import analyze_articles
    from storylens.story.build import build_story

    def run(text: str) -> Callable[..., str]:
        title = text.splitlines()[0]
        article = Article("story-test-1", title, text, outlet="Kesk Courier", published="2026-11-02")
        story = build_story(copy.deepcopy(list(analyze_articles([article], nlp=nlp))))
        names = {a.id: a.name for a in story.actors}

        def speaker_of(words: str, cue: Optional[str] = None) -> str:
            (quote,) = [q for q in story.quotes if words in q.text and cue in (None, q.cue)]
            return names.get(quote.speaker) or quote.speaker_text

        return speaker_of

    return run
