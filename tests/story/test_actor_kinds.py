"""Types and merges of organisations, places, vessels and peoples across the outlets of one
story (issue 19, round s29). Every story here is invented; the mentions carry the types the
small model gives such names on fresh text."""

from __future__ import annotations

from storylens.records import Article, ArticleAnalysis, Mention, Span
from storylens.story.actors import merge_actors
from storylens.story.context import StoryContext


def analysis(article_id: str, text: str, names: list[tuple[str, str]]) -> ArticleAnalysis:
    """An analysis whose mentions are the first occurrences after one another of ``names``."""
    mentions, position = [], 0
    for name, label in names:
        start = text.index(name, position)
        mentions.append(Mention(Span.of(article_id, text, start, start + len(name)), label))
        position = start + len(name)
    return ArticleAnalysis(article=Article(id=article_id, source=article_id, text=text), mentions=mentions)


def actors_of(*analyses: ArticleAnalysis) -> StoryContext:
    context = StoryContext(list(analyses))
    merge_actors(context)
    return context


def actor_with(context: StoryContext, alias: str):
    found = [a for a in context.actors if alias in a.aliases]
    assert len(found) == 1, (alias, [(a.name, a.type, a.aliases) for a in context.actors])
    return found[0]


def types(context: StoryContext) -> dict[str, str]:
    return {a.name: a.type for a in context.actors}


# 1. An organisation's long name read as a person's, its short forms and an untagged acronym.


def test_an_organisation_read_as_a_person_joins_its_short_forms_and_its_acronym():
    a = analysis(
        "a",
        "Halder Marine Holdings said profits fell. Halder Marine Holdings will cut jobs.",
        [("Halder Marine Holdings", "PERSON"), ("Halder Marine Holdings", "ORG")],
    )
    b = analysis("b", "Halder Marine denied the report. HMH shares fell.", [("Halder Marine", "ORG")])
    c = analysis("c", "Halder refused to comment.", [("Halder", "PERSON")])
    context = actors_of(a, b, c)
    company = actor_with(context, "Halder Marine Holdings")
    assert company.type == "ORG"
    assert {"Halder Marine", "Halder", "HMH"} <= set(company.aliases), company.aliases
    assert len(context.actors) == 1
    # the acronym found in the text is a mention of the company in its article
    assert any(s.article == "b" and s.text == "HMH" for s in company.mentions)


def test_a_name_that_leads_two_different_organisations_joins_neither():
    a = analysis(
        "a",
        "Halder Marine Holdings and Halder Marine Lines are separate firms.",
        [("Halder Marine Holdings", "ORG"), ("Halder Marine Lines", "ORG")],
    )
    b = analysis("b", "Halder Marine said the strike would end.", [("Halder Marine", "ORG")])
    context = actors_of(a, b)
    assert len(context.actors) == 3, [(x.name, x.aliases) for x in context.actors]


def test_a_part_of_an_organisation_stays_apart_and_people_stay_people():
    a = analysis(
        "a",
        "The Senate Judiciary Committee met. Ann Cook and Hugo Brandt said the Senate would vote.",
        [("Senate Judiciary Committee", "ORG"), ("Ann Cook", "PERSON"), ("Hugo Brandt", "PERSON"), ("Senate", "ORG")],
    )
    b = analysis("b", "Brandt left early. Cook stayed.", [("Brandt", "PERSON"), ("Cook", "PERSON")])
    context = actors_of(a, b)
    assert actor_with(context, "Senate").id != actor_with(context, "Senate Judiciary Committee").id
    assert actor_with(context, "Ann Cook").type == "PERSON"
    assert actor_with(context, "Hugo Brandt").type == "PERSON"


# 2. Towns and countries typed PERSON or ORG, read from the evidence of the whole story.


def test_people_coming_from_a_name_make_it_a_place():
    a = analysis("a", "Volunteers came from Dunvarra to help.", [("Dunvarra", "PERSON")])
    b = analysis("b", "Dunvarra sent two buses on Tuesday.", [("Dunvarra", "ORG")])
    assert types(actors_of(a, b)) == {"Dunvarra": "GPE"}


def test_residents_of_a_name_make_it_a_place():
    a = analysis("a", "Varnmoor residents said the queues stretched for miles.", [("Varnmoor", "ORG")])
    assert types(actors_of(a)) == {"Varnmoor": "GPE"}


def test_the_model_reading_a_name_as_a_place_elsewhere_decides_a_name_with_no_person_sign():
    a = analysis("a", "Velmarsk said the road would reopen.", [("Velmarsk", "PERSON")])
    b = analysis("b", "Shops in Velmarsk stayed shut.", [("Velmarsk", "GPE")])
    assert types(actors_of(a, b)) == {"Velmarsk": "GPE"}
    # a title makes the lone name someone's, whatever another article reads
    c = analysis("c", "Mayor Orrin said the road would reopen. Orrin left.", [("Orrin", "PERSON"), ("Orrin", "PERSON")])
    d = analysis("d", "Orrin arrived late.", [("Orrin", "GPE")])
    assert types(actors_of(c, d)) == {"Orrin": "PERSON"}


def test_a_country_whose_people_the_story_names_is_a_place():
    a = analysis("a", "Soravia accuses the company of hiding the spill.", [("Soravia", "PERSON")])
    b = analysis("b", "Soravia launches an inquiry. Many Soravians work at the port.", [("Soravia", "ORG"), ("Soravians", "NORP")])
    assert types(actors_of(a, b)) == {"Soravia": "GPE"}


def test_a_person_with_a_first_name_stays_a_person():
    a = analysis("a", "Emil Dask said the union would not back down. Dask left.", [("Emil Dask", "PERSON"), ("Dask", "PERSON")])
    b = analysis("b", "Workers in Kostrel cheered Dask.", [("Kostrel", "GPE"), ("Dask", "PERSON")])
    context = actors_of(a, b)
    assert actor_with(context, "Emil Dask").type == "PERSON"
    assert actor_with(context, "Kostrel").type == "GPE"


# 3. and 4. Hyphenated official place names, their short form, and the river they are named after.


def test_a_river_is_not_the_town_named_after_it():
    a = analysis(
        "a",
        "Carrow-on-Mell flooded. Pollution from the Mell river worried farmers in the Mell valley.",
        [("Carrow-on-Mell", "GPE"), ("Mell", "LOC"), ("Mell", "LOC")],
    )
    b = analysis("b", "In Carrow, shops were shut.", [("Carrow", "GPE")])
    context = actors_of(a, b)
    town = actor_with(context, "Carrow-on-Mell")
    assert "Carrow" in town.aliases and "Mell" not in town.aliases
    assert actor_with(context, "Mell").id != town.id


def test_a_place_with_an_article_in_its_name_joins_its_short_form():
    a = analysis("a", "Dockers in Dunholm-by-the-Sea walked out.", [("Dunholm-by-the-Sea", "GPE")])
    b = analysis("b", "The strike in Dunholm ended.", [("Dunholm", "GPE")])
    context = actors_of(a, b)
    assert len(context.actors) == 1
    assert set(context.actors[0].aliases) == {"Dunholm-by-the-Sea", "Dunholm"}


# 5. A ship one outlet introduces with a vessel noun is a ship in every outlet.


def test_a_ship_is_a_vessel_in_every_outlet():
    a = analysis("a", "The bulk carrier Northern Wren ran aground.", [("Northern Wren", "VESSEL")])
    b = analysis("b", "The Northern Wren docked at noon.", [("Northern Wren", "ORG")])
    c = analysis("c", "Northern Wren was towed away.", [("Northern Wren", "PERSON")])
    context = actors_of(a, b, c)
    assert types(context) == {"Northern Wren": "VESSEL"}


# 6. Names of peoples are no organisations.


def test_a_people_typed_organisation_points_to_its_country_or_is_no_actor():
    a = analysis(
        "a",
        "Morvani officials rejected the claim. Talks in Morvan failed.",
        [("Morvani", "ORG"), ("Morvan", "GPE")],
    )
    b = analysis("b", "Many Tavrenians live in the port.", [("Tavrenians", "ORG")])
    context = actors_of(a, b)
    assert types(context) == {"Morvan": "GPE"}
    morvan = actor_with(context, "Morvan")
    assert "Morvani" not in morvan.aliases  # not one of its names ...
    assert any(s.text == "Morvani" for s in morvan.mentions)  # ... but it points there
