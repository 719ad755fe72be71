"""End to end on a story written for round s41 (tests/data/actors_written/harlen-wolves): wolves
escape a wildlife park named after its town; a partisan outlet writes its own epithet as the
minister's title, and a village's first word is a councillor's surname. Read as a user reads the
actors and their labels."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.story.test_actor_kinds import actor_with, actors_of_story

WRITTEN = Path(__file__).parents[1] / "data" / "actors_written"


@pytest.fixture(scope="module")
def wolves(nlp):
    return actors_of_story(nlp, WRITTEN / "harlen-wolves")


def _people(context) -> list[str]:
    return [a.name for a in context.actors if a.type == "PERSON"]


def test_a_partisan_title_before_the_ministers_name_is_her_label_not_her_name(wolves):
    minister = actor_with(wolves, "Dora Kellin")
    assert minister.type == "PERSON"
    assert len([m for m in minister.mentions]) >= 5, minister.mentions  # every outlet's, "Ms Kellin" too
    assert not [n for n in _people(wolves) if "Mayhem" in n or n == "Kellin"], _people(wolves)
    labels = {(label.label, label.target) for analysis in wolves.analyses for label in analysis.labels}
    assert ("Minister of Mayhem", "Dora Kellin") in labels


def test_a_village_that_opens_with_a_councillors_surname_is_a_place(wolves):
    village = actor_with(wolves, "Pellow Cross")
    assert village.type == "GPE"
    councillor = actor_with(wolves, "Ruth Pellow")
    assert councillor.type == "PERSON" and "Pellow Cross" not in councillor.aliases
    assert not [n for n in _people(wolves) if n.startswith("Councillor")], _people(wolves)


def test_the_wildlife_park_named_after_the_town_is_not_the_town(wolves):
    park = actor_with(wolves, "Harlen Wildlife Park")
    assert "Harlen" not in park.aliases
    town = actor_with(wolves, "Harlen")
    assert town.type == "GPE"
