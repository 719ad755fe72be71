"""End to end on stories written for round s40 (tests/data/actors_written/velbury-siege and
tressel-coach): a prison governor and a marathon coach whose surnames are their towns' names;
read as a user reads the actors."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.story.test_actor_kinds import actor_with, actors_of_story

WRITTEN = Path(__file__).parents[1] / "data" / "actors_written"


@pytest.fixture(scope="module")
def siege(nlp):
    return actors_of_story(nlp, WRITTEN / "velbury-siege")


@pytest.fixture(scope="module")
def race(nlp):
    return actors_of_story(nlp, WRITTEN / "tressel-coach")


def _texts_around(context, actor, width: int = 12) -> list[str]:
    texts = {a.article.id: a.article.text for a in context.analyses}
    return [texts[m.article][max(0, m.start - width) : m.end] for m in actor.mentions]


def test_the_town_every_place_slot_names_is_not_the_governor_who_shares_its_name(siege):
    governor = actor_with(siege, "Marta Velbury")
    around = _texts_around(siege, governor)
    assert not [t for t in around if t.endswith(("from Velbury", "in Velbury"))], around
    town = [a for a in siege.actors if a.name == "Velbury"]
    assert len(town) == 1 and town[0].type == "GPE", [(a.name, a.type) for a in siege.actors]
    assert any(t.endswith("from Velbury") for t in _texts_around(siege, town[0])), _texts_around(siege, town[0])


def test_the_prison_named_after_the_town_is_neither_the_town_nor_the_governor(siege):
    prison = actor_with(siege, "Velbury Prison")
    assert prison.type in ("FAC", "ORG")
    assert "Velbury" not in prison.aliases and "Marta Velbury" not in prison.aliases


def test_the_race_city_and_its_airport_are_not_the_coach(race):
    coach = actor_with(race, "Pieter Tressel")
    around = _texts_around(race, coach)
    assert not [t for t in around if "her Tressel" in t or "at Tressel" in t], around
    town = next(a for a in race.actors if a.name == "Tressel")
    assert town.type == "GPE" and any("at Tressel" in t for t in _texts_around(race, town)), _texts_around(race, town)


@pytest.fixture(scope="module")
def museum(nlp):
    return actors_of_story(nlp, WRITTEN / "ottilie-tiara")


def test_a_bodys_partisan_short_form_and_its_acronym_are_the_body(museum):
    body = actor_with(museum, "National Museum of Caldora")
    assert {"National Museum", "NMC"} <= set(body.aliases), body.aliases
    assert [a.name for a in museum.actors if "National Museum" in a.aliases] == ["National Museum of Caldora"]


def test_what_a_theft_is_called_after_the_body_it_robbed_is_no_label_of_the_body(museum):
    body = actor_with(museum, "National Museum of Caldora")
    assert not [l.label for l in body.labels if "humiliation" in l.label], body.labels


def test_the_tiara_named_after_a_queen_is_not_the_queen(museum):
    queen = actor_with(museum, "Ottilie")
    assert not [a for a in queen.aliases if "Tiara" in a], queen.aliases
    assert not [a for a in museum.actors if "Tiara" in a.name], [a.name for a in museum.actors]
