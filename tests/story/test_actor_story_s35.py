"""End to end on a story written for round s35 (tests/data/actors_written/orbit-loss): ingest,
the spaCy pipeline and the actor merges, read as a user reads the actors."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.story.test_actor_kinds import actor_with, actors_of_story

STORY = Path(__file__).parents[1] / "data" / "actors_written" / "orbit-loss"


@pytest.fixture(scope="module")
def context(nlp):
    return actors_of_story(nlp, STORY)


def _texts_in(actor, article_index: int, context) -> list[str]:
    article = context.analyses[article_index].article.id
    return [s.text for s in actor.mentions if s.article == article]


def test_the_agency_of_an_article_naming_two_agencies_is_the_one_it_means(context):
    space = actor_with(context, "Corvian Space Agency")
    assert [t.lower() for t in _texts_in(space, 0, context)].count("the agency") == 4, space.mentions
    maritime = actor_with(context, "Maritime Safety Agency")
    assert _texts_in(maritime, 0, context) == ["Maritime Safety Agency"]
    assert "The agency" in _texts_in(maritime, 1, context)


def test_a_form_of_address_joins_the_full_name_of_its_outlet(context):
    varga = actor_with(context, "Tomas Varga")
    assert _texts_in(varga, 0, context).count("Varga") == 2
    brannock = actor_with(context, "Ilse Brannock")
    assert brannock.type == "PERSON" and "Brannock" in brannock.aliases


def test_passes_bays_and_islands_are_places(context):
    for name in ("Dravik Pass", "Saltmere Bay", "Orrin Island"):
        assert actor_with(context, name).type == "LOC", name


def test_a_rocket_and_a_satellite_are_no_actors(context):
    assert not [a.name for a in context.actors if any("Lumen" in f or "Aster" in f for f in a.aliases)]


def test_one_company_one_central_bank_one_borough(context):
    assert "Norvale" in actor_with(context, "Norvale Grid Services").aliases
    assert "Corvian Central Bank" in actor_with(context, "Central Bank of Corvia").aliases
    borough = actor_with(context, "Maresby")
    assert borough.type == "GPE" and "Royal Borough of Maresby" in borough.aliases


def test_the_post_is_the_outlet_not_a_place(context):
    assert actor_with(context, "Post").type == "ORG"
