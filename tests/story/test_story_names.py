"""Names of the story found again where the model left them untagged, official long names
joined to their town, and surnames after a title joined to the one person of the story (issue
19, round s30), on invented stories run through the whole pipeline."""

from __future__ import annotations

import pytest

from storylens.nlp.pipeline import analyze_articles
from storylens.records import Article, ArticleAnalysis
from storylens.story.actors import merge_actors
from storylens.story.context import StoryContext
from storylens.story.framing import attach_title_mentions

FIRST = """A tram carrying forty passengers left the rails near Marrowby on Sunday, killing six people, \
the Corvanian Mountain Rescue Service said.

Governor Edda Ostrow said the line had been closed for repairs since May. Ostrow spoke to reporters in \
Marrowby.

Lena Farr, a baker from Quellby, was among the dead. Quellby lost four of its people.

Marrowby reopened its two schools on Monday."""

SECOND = """Ambulances sent by the Mountain Rescue Service took the injured to the hospital in Marrowby.

Governor Ostrow said the province would pay for the funerals. The Borough of Marrowby and Fenn declared \
three days of mourning. Residents of Quellby held a vigil.

Families waited at the Fenn Community Hall, known as the Kettlehouse, until late. The Kettlehouse stayed \
open all night."""

THIRD = """Corvania's transport minister promised an inquiry on Tuesday.

Dr Ostrow, who leads the inquiry, said the tram had passed its inspection."""


@pytest.fixture(scope="module")
def context(nlp) -> StoryContext:
    texts = [("a", "Gazette", FIRST, None), ("b", "Courier", SECOND, None), ("c", "Radio", THIRD, "Corvania Mourns as Tram Derails")]
    items = [Article(id=i, source=i, text=text, outlet=outlet, title=title) for i, outlet, text, title in texts]
    context = StoryContext(list(analyze_articles(items, nlp=nlp)))
    merge_actors(context)
    attach_title_mentions(context)
    return context


def actor_with(context: StoryContext, alias: str):
    (actor,) = [a for a in context.actors if alias in a.aliases]
    return actor


def texts_by_article(actor) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for span in actor.mentions:
        found.setdefault(span.article, []).append(span.text)
    return found


def test_a_town_as_the_subject_of_a_verb_is_a_mention(context):
    town = actor_with(context, "Marrowby")
    found = texts_by_article(town)
    assert len(found["a"]) == 3, found  # near Marrowby, in Marrowby, Marrowby reopened
    assert town.type == "GPE" and town.name == "Marrowby"


def test_an_official_long_name_joins_its_town(context):
    town = actor_with(context, "Marrowby")
    assert "Borough of Marrowby and Fenn" in town.aliases
    assert not [a for a in context.actors if a.name in ("Fenn", "Borough")]


def test_an_untagged_village_after_from_gathers_its_mentions(context):
    village = actor_with(context, "Quellby")
    assert village.type == "GPE"
    found = texts_by_article(village)
    assert len(found["a"]) == 2 and len(found["b"]) == 1, found


def test_an_organisation_without_its_national_prefix_joins_the_full_name(context):
    service = actor_with(context, "Corvanian Mountain Rescue Service")
    assert "Mountain Rescue Service" in service.aliases


def test_a_title_and_a_surname_join_the_one_person_of_the_story(context):
    governor = actor_with(context, "Edda Ostrow")
    found = texts_by_article(governor)
    assert found.get("b") == ["Ostrow"] and found.get("c") == ["Ostrow"], found


def test_a_country_in_a_title_case_headline_is_a_title_mention(context):
    actors = {a.name: a for a in context.actors}
    assert "Corvania Mourns" not in actors
    country = actor_with(context, "Corvania")
    assert [span.text for span in country.title_mentions] == ["Corvania"]


def test_a_nickname_joins_the_name_it_follows(context):
    hall = actor_with(context, "Fenn Community Hall")
    assert "Kettlehouse" in hall.aliases


# Round s31: people's names in headlines, and a headline name read again without its first words.


def _titled(article_id: str, title: str, text: str, names, title_names=()):
    from storylens.records import Mention, Span, TitleSpan

    mentions, position = [], 0
    for name, label in names:
        start = text.index(name, position)
        mentions.append(Mention(Span.of(article_id, text, start, start + len(name)), label))
        position = start + len(name)
    title_mentions = [
        Mention(TitleSpan.of(article_id, title, title.index(n), title.index(n) + len(n)), label) for n, label in title_names
    ]
    return ArticleAnalysis(
        article=Article(id=article_id, source=article_id, text=text, title=title), mentions=mentions, title_mentions=title_mentions
    )


def test_a_surname_alone_as_a_headlines_subject_is_the_persons_title_mention():
    first = _titled("a", "Floods close the valley road", "Edda Varrow, the treasurer, said the barrier was late.", [("Edda Varrow", "PERSON")])
    second = _titled(
        "b",
        "Scaremongering Orlen inflates toll",
        "Halla Orlen said eleven people had died. Orlen blamed the council.",
        [("Halla Orlen", "PERSON"), ("Orlen", "PERSON")],
        [("Scaremongering Orlen", "ORG")],
    )
    third = _titled("c", "Varrow orders inquiry as typhoid spreads", "The inquiry opens on Monday.", [])
    context = StoryContext([first, second, third])
    merge_actors(context)
    attach_title_mentions(context)
    varrow, orlen = actor_with(context, "Edda Varrow"), actor_with(context, "Halla Orlen")
    assert [m.text for m in varrow.title_mentions] == ["Varrow"]
    assert [m.text for m in orlen.title_mentions] == ["Orlen"]
    assert not [a for a in context.actors if "Scaremongering" in a.name]
