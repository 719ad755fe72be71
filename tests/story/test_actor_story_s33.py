"""End to end on a story written for round s33 (tests/data/actors_written/bridge-barge): ingest,
the spaCy pipeline and the actor merges, read as a user reads the actors."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.story.test_actor_kinds import actor_with, actors_of_story

STORY = Path(__file__).parents[1] / "data" / "actors_written" / "bridge-barge"


@pytest.fixture(scope="module")
def context(nlp):
    return actors_of_story(nlp, STORY)


def test_the_shipping_company_is_one_organisation_with_its_legal_name(context):
    company = actor_with(context, "Garrow Bulk Shipping")
    assert company.type == "ORG" and "Garrow Bulk Shipping Ltd" in company.aliases, company.aliases
    assert not any(" of " in alias or alias == "Bulk Shipping" for alias in company.aliases), company.aliases
    assert len({s.article for s in company.mentions}) == 3


def test_the_river_is_not_the_district_named_after_it(context):
    river, district = actor_with(context, "Tamsel"), actor_with(context, "Upper Tamsel")
    assert river.id != district.id and river.type == "LOC"


def test_the_port_town_is_a_place(context):
    assert actor_with(context, "Brannock").type == "GPE"


def test_ms_varrick_is_the_woman_the_article_introduced(context):
    ilse = actor_with(context, "Ilse Varrick")
    assert len(ilse.mentions) == 7, [(s.text, s.start) for s in ilse.mentions]  # her full name and six "Ms Varrick"
    assert not [a for a in context.actors if a.name == "Varrick"]
    for other in ("Tomas Varrick", "Anton Varrick", "Petra Varrick", "Jonas Varrick"):
        assert actor_with(context, other).id != ilse.id


def test_a_portfolio_makes_no_organisation(context):
    assert not [a for a in context.actors if "Transport" in a.aliases]
    assert actor_with(context, "Aurel Vost").type == "PERSON"


def test_the_fire_service_holds_no_description_of_a_firm(context):
    service = actor_with(context, "Kestovian Fire Service")
    assert {s.text for s in service.mentions} == {"Kestovian Fire Service"}, service.mentions
