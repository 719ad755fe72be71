"""End to end on a story written for round s32 (tests/data/actors_written/fertiliser-blast):
ingest, the spaCy pipeline and the actor merges, read as a user reads the actors."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.story.test_actor_kinds import actor_with, actors_of_story

STORY = Path(__file__).parents[1] / "data" / "actors_written" / "fertiliser-blast"


@pytest.fixture(scope="module")
def context(nlp):
    return actors_of_story(nlp, STORY)


def test_the_company_is_one_organisation_under_all_its_names(context):
    company = actor_with(context, "Dravemont Chemical Works")
    assert company.type == "ORG" and {"DCW", "Dravemont"} <= set(company.aliases), company.aliases
    texts = {span.text for span in company.mentions}
    assert {"The fertiliser maker", "The chemicals firm"} <= texts, texts


def test_the_town_is_one_place_apart_from_its_university(context):
    town = actor_with(context, "Varnholt")
    assert town.name == "Varnholt" and town.type in ("GPE", "LOC")
    assert actor_with(context, "University of Varnholt").type == "ORG"
    assert actor_with(context, "Tarvonia").type == "GPE"


def test_people_are_whole_and_apart(context):
    henrik = actor_with(context, "Henrik Aldeborn")
    assert {"Henrik", "Aldeborn"} <= set(henrik.aliases)
    assert actor_with(context, "Per Vasskog").type == "PERSON"
    assert actor_with(context, "Per Vasskog") is not actor_with(context, "Ruth Vasskog")
    assert actor_with(context, "Emrys").type == "PERSON"
    assert actor_with(context, "Cosmin Alder").type == "PERSON"


def test_no_actor_from_a_common_word_or_a_call_to_action(context):
    names = {a.name for a in context.actors}
    assert not names & {"Nitric", "Harbour Monthly", "Market Ledger Pro", "Market Ledger"}, names
    assert all("Subscribe" not in a.article.text for a in context.analyses)
