"""End to end on a story written for round s34 (tests/data/actors_written/savings-run): ingest,
the spaCy pipeline and the actor merges, read as a user reads the actors."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.story.test_actor_kinds import actor_with, actors_of_story

STORY = Path(__file__).parents[1] / "data" / "actors_written" / "savings-run"


@pytest.fixture(scope="module")
def context(nlp):
    return actors_of_story(nlp, STORY)


def test_descriptions_of_a_bank_join_the_building_society_the_article_is_about(context):
    society = actor_with(context, "Brenmoor Mutual Building Society")
    texts = [s.text for s in society.mentions]
    for description in ("The cooperative bank", "The bank", "the bank", "The savings bank"):
        assert description in texts, texts
    central = actor_with(context, "Central Bank of Valdoria")
    assert {s.text for s in central.mentions} == {"Central Bank of Valdoria", "The central bank"}, central.mentions


def test_mayor_ostrel_is_the_mayor_not_the_surgeon(context):
    piet, ilse = actor_with(context, "Piet Ostrel"), actor_with(context, "Ilse Ostrel")
    assert len({s.article for s in piet.mentions}) == 2
    assert len(ilse.mentions) == 1


def test_types_from_the_noun_a_name_is_introduced_with(context):
    assert actor_with(context, "Osterby").type == "GPE"
    assert actor_with(context, "Tallyhouse").type == "ORG"
    for child in ("Liesel", "Tamsin", "Emil"):
        assert actor_with(context, child).type == "PERSON", child
