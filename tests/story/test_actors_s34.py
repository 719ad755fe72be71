"""Actors of issue 19, round s34, on stories written for this round (every bank, town and person
is invented): a title before a surname, descriptions of a body's kind across outlets."""

from __future__ import annotations

from storylens.records import NounMention, Span
from tests.story.test_actor_kinds import actor_with, actors_of, analysis


def test_a_title_before_a_surname_joins_the_person_who_holds_it():
    mayor = analysis("a", "Piet Ostrel, the mayor of Brenmoor, said the town would help.", [("Piet Ostrel", "PERSON"), ("Brenmoor", "GPE")])
    surgeon = analysis("b", "Dr Ilse Ostrel, a surgeon, waited four hours at the bank.", [("Ilse Ostrel", "PERSON")])
    titled = analysis("c", "Mayor Ostrel said the lender would survive.", [("Ostrel", "PERSON")])
    context = actors_of(surgeon, titled, mayor)
    piet, ilse = actor_with(context, "Piet Ostrel"), actor_with(context, "Ilse Ostrel")
    assert sorted(s.article for s in piet.mentions) == ["a", "c"]
    assert [s.article for s in ilse.mentions] == ["b"]


def test_a_title_nobody_in_the_story_holds_does_not_join_a_surgeon():
    surgeon = analysis("b", "Dr Ilse Ostrel, a surgeon, waited four hours at the bank.", [("Ilse Ostrel", "PERSON")])
    titled = analysis("c", "Mayor Ostrel said the lender would survive.", [("Ostrel", "PERSON")])
    context = actors_of(surgeon, titled)
    assert [s.article for s in actor_with(context, "Ilse Ostrel").mentions] == ["b"]


def test_an_open_description_joins_the_body_of_its_kind_its_article_named_last():
    first = analysis(
        "a",
        "The Central Bank of Valdoria lent money to the Tarvel Mutual Building Society.",
        [("Central Bank of Valdoria", "ORG"), ("Tarvel Mutual Building Society", "ORG")],
    )
    text = "Tarvel Mutual capped withdrawals. Savers said the bank had failed them."
    second = analysis("b", text, [("Tarvel Mutual", "ORG")])
    start = text.index("the bank")
    second.noun_mentions = [NounMention(span=Span.of("b", text, start, start + len("the bank")), head="bank")]
    context = actors_of(first, second)
    society = actor_with(context, "Tarvel Mutual Building Society")
    assert "the bank" in [s.text for s in society.mentions], society.mentions
