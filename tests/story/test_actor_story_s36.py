"""End to end on a story written for round s36 (tests/data/actors_written/caskell-riot): a
governor whose surname is the name of her town and of its prison, a race and a trophy named after
its founder, a sceptre named after a queen, and acronyms defined in brackets; read as a user
reads the actors."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.story.test_actor_kinds import actor_with, actors_of_story

STORY = Path(__file__).parents[1] / "data" / "actors_written" / "caskell-riot"


@pytest.fixture(scope="module")
def context(nlp):
    return actors_of_story(nlp, STORY)


def _texts_of(actor) -> list[str]:
    return [s.text for s in actor.mentions]


def test_the_town_and_the_prison_are_not_the_governor_who_shares_their_name(context):
    governor = actor_with(context, "Mira Caskell")
    assert governor.type == "PERSON"
    assert _texts_of(governor).count("Caskell") == 2, governor.mentions  # "Caskell told", "Caskell said"
    assert "Caskell Prison" not in governor.aliases
    town = [a for a in context.actors if a.name == "Caskell"]
    assert len(town) == 1 and town[0].type == "GPE" and len(town[0].mentions) == 3, [(a.name, a.type) for a in context.actors]
    prison = actor_with(context, "Caskell Prison")
    assert prison.type in ("FAC", "ORG")


def test_a_race_a_trophy_and_a_sceptre_are_no_actors(context):
    names = [a.name for a in context.actors]
    assert not [n for n in names if "Marathon" in n or "Cup" in n or "Sceptre" in n or "Isolde" in n], names
    assert actor_with(context, "Pavel Dunmore").mentions[0].text == "Pavel Dunmore"


def test_acronyms_defined_in_brackets_join_their_names(context):
    assert "POF" in actor_with(context, "Prison Officers Federation").aliases
    assert "CRV" in actor_with(context, "Coastal Rescue Volunteers").aliases


def test_an_acronym_the_article_defines_joins_its_name_though_its_letters_spell_another(nlp):
    from storylens.nlp.pipeline import analyze_articles
    from storylens.records import Article
    from tests.story.test_actor_kinds import actors_of

    articles = [
        Article(id="k1", source="k1.txt", outlet="Wenmore Gazette", title="Search of the bay", published="2036-04-13",
                text="Search of the bay\n\nThe Coastal Watch Service (KWD) paid for the fuel on Monday. The KWD said it would review the case."),
        Article(id="k2", source="k2.txt", outlet="Dalby Courier", title="Search goes on", published="2036-04-14",
                text="Search goes on\n\nThe KWD declined to comment on Tuesday. Divers searched the bay again."),
    ]
    context = actors_of(*analyze_articles(articles, nlp=nlp))
    service = actor_with(context, "Coastal Watch Service")
    assert "KWD" in service.aliases and len(service.mentions) == 4, service.mentions
