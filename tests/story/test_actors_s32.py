"""Actors of one story under several names, and names the small model types wrongly (issue 19,
round s32). Every story, company, town and person here is invented; the mentions carry the
types the small model gives such names on fresh text."""

from __future__ import annotations

from storylens.records import Article, ArticleAnalysis, Mention, NounMention, Span
from tests.story.test_actor_kinds import actor_with, actors_of


def analysis(article_id: str, text: str, names: list[tuple[str, str]], phrases: list[str] = ()) -> ArticleAnalysis:
    """Mentions at the first occurrences after one another of ``names``; ``phrases``: open
    head-noun phrases (no names of their article), their head the last word."""
    mentions, position = [], 0
    for name, label in names:
        start = text.index(name, position)
        mentions.append(Mention(Span.of(article_id, text, start, start + len(name)), label))
        position = start + len(name)
    nouns = []
    for phrase in phrases:
        start = text.index(phrase)
        nouns.append(NounMention(span=Span.of(article_id, text, start, start + len(phrase)), head=phrase.split()[-1].lower()))
    return ArticleAnalysis(article=Article(id=article_id, source=article_id, text=text), mentions=mentions, noun_mentions=nouns)


FIRST = "The Halvik-based Orsenne Fertiliser Works (OFW) employs 400 people. A blast hit its plant."
SECOND = '"Orsenne knew the tanks were old," a worker said. Orsenne cut corners, he added.'
THIRD = "The fertiliser maker said it would cooperate. The chemicals firm has run the site since 1990."


def test_a_company_short_name_typed_a_place_its_acronym_and_its_descriptions_are_one_company():
    context = actors_of(
        analysis("a", FIRST, [("Halvik", "ORG"), ("Orsenne Fertiliser Works", "ORG"), ("OFW", "ORG")]),
        analysis("b", SECOND, [("Orsenne", "GPE"), ("Orsenne", "GPE")]),
        analysis("c", THIRD, [], phrases=["The fertiliser maker", "The chemicals firm"]),
    )
    company = actor_with(context, "Orsenne Fertiliser Works")
    assert company.type == "ORG" and {"Orsenne", "OFW"} <= set(company.aliases)
    described = {s.text for s in company.mentions if s.article == "c"}
    assert described == {"The fertiliser maker", "The chemicals firm"}, described
    # "X-based": X is a place, not the company
    assert actor_with(context, "Halvik").type == "GPE"


def test_a_description_joins_no_company_when_the_story_has_two():
    context = actors_of(
        analysis("a", "Orsenne Fertiliser Works and Brakka Shipping Group signed a deal.", [("Orsenne Fertiliser Works", "ORG"), ("Brakka Shipping Group", "ORG")]),
        analysis("c", THIRD, [], phrases=["The fertiliser maker"]),
    )
    assert not any(s.article == "c" for a in context.actors for s in a.mentions)


def test_a_university_or_a_council_is_no_business_for_a_description():
    context = actors_of(
        analysis("a", "Orsenne Fertiliser Works thanked the University of Halvik and the Halvik Town Council.", [
            ("Orsenne Fertiliser Works", "ORG"), ("University of Halvik", "ORG"), ("Halvik Town Council", "ORG")
        ]),
        analysis("c", THIRD, [], phrases=["The fertiliser maker"]),
    )
    assert "The fertiliser maker" in {s.text for s in actor_with(context, "Orsenne Fertiliser Works").mentions}


def test_a_short_name_typed_a_place_that_the_story_places_stays_a_place():
    context = actors_of(
        analysis("a", "Workers of Orsenne Fertiliser Works marched on Monday.", [("Orsenne Fertiliser Works", "ORG")]),
        analysis("b", "Families fled from Orsenne on Monday.", [("Orsenne", "GPE")]),
    )
    assert actor_with(context, "Orsenne").type == "GPE"
    assert "Orsenne" not in actor_with(context, "Orsenne Fertiliser Works").aliases


def test_a_town_typed_organisation_is_not_the_university_named_after_it():
    context = actors_of(
        analysis("a", "VARSKOG, Tellund — Smoke rose over the port on Tuesday.", [("VARSKOG", "ORG"), ("Tellund", "GPE")]),
        analysis("b", "Students at the University of Varskog opened a shelter.", [("University of Varskog", "ORG")]),
    )
    town = actor_with(context, "VARSKOG")
    assert town.type == "GPE" and "University of Varskog" not in town.aliases


def test_a_capital_district_beside_another_area_of_the_name_keeps_the_area_apart():
    context = actors_of(
        analysis("a", "Shelling hit Varskog overnight.", [("Varskog", "GPE")]),
        analysis("b", "Floods covered the Varskog Province.", [("Varskog Province", "LOC")]),
    )
    assert "Varskog Province" not in actor_with(context, "Varskog").aliases


def test_a_first_name_typed_a_place_joins_the_one_person_who_has_it():
    context = actors_of(
        analysis("a", '"Gustav and Nadia were at the pier," said Ida Brekke. Brekke wept.', [("Gustav", "PERSON"), ("Nadia", "GPE"), ("Ida Brekke", "PERSON"), ("Brekke", "PERSON")]),
        analysis("b", "Nadia Brekke, 30, was a welder.", [("Nadia Brekke", "PERSON")]),
    )
    person = actor_with(context, "Nadia Brekke")
    assert "Nadia" in person.aliases and person.type == "PERSON"
    assert not any(a.type == "GPE" for a in context.actors), [(a.name, a.type) for a in context.actors]


def test_a_first_name_where_only_a_place_stands_stays_a_place():
    context = actors_of(
        analysis("a", "Refugees fled to Nadia on Monday, said Ida Brekke.", [("Nadia", "GPE"), ("Ida Brekke", "PERSON")]),
        analysis("b", "Nadia Brekke, 30, was a welder. Brekke said so.", [("Nadia Brekke", "PERSON")]),
    )
    assert "Nadia" not in actor_with(context, "Nadia Brekke").aliases


def test_the_chairman_of_an_organisation_leaves_it_an_organisation():
    context = actors_of(
        analysis("a", "The chairman of Brakka Holdings resigned. Brakka Holdings said so.", [("Brakka Holdings", "ORG"), ("Brakka Holdings", "ORG")]),
    )
    assert actor_with(context, "Brakka Holdings").type == "ORG"


def test_a_sentence_opening_the_before_a_noun_for_people_is_no_place():
    # "The residents of ..." looks like "Harnby residents": a capitalised word before a noun for
    # the people of a place. "The" had become an untagged place, then every "The" a mention of it.
    context = actors_of(
        analysis("a", "The residents of Vellow were told to leave. The bridge in Vellow fell on Monday.", [("Vellow", "GPE"), ("Vellow", "GPE")]),
        analysis("b", "The villagers said the water rose fast. Harnby residents left by boat.", []),
    )
    names = {alias for actor in context.actors for alias in actor.aliases}
    assert "The" not in names, names
    assert actor_with(context, "Harnby").type == "GPE"


def test_a_country_a_government_governs_is_no_short_name_of_a_party_it_leads():
    # The model types the invented country a place; nothing says "in Norvesk", but its government does.
    context = actors_of(
        analysis("a", "The rebels have fought the government of Norvesk since 2029. The Norvesk Unity Party called for talks.", [("Norvesk", "GPE"), ("Norvesk Unity Party", "ORG")]),
    )
    assert actor_with(context, "Norvesk").type == "GPE"
    assert "Norvesk" not in actor_with(context, "Norvesk Unity Party").aliases
