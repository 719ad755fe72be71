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


def actors_of_story(nlp, folder) -> StoryContext:
    """A written story folder read end to end (ingest with its manifest, the pipeline) and its
    actors merged."""
    from storylens.ingest import read_inputs
    from storylens.nlp.pipeline import analyze_articles

    articles = read_inputs([str(folder)], manifest=folder / "manifest.csv").articles
    return actors_of(*analyze_articles(articles, nlp=nlp))


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


def test_an_acronym_joins_the_name_the_model_left_untagged_and_the_short_forms_join_it():
    a = analysis("a", "Corvell Mining Alliance said 14 miners were trapped.", [])
    b = analysis("b", "Corvell Mining said the collapse was not foreseen. CMA promised compensation.", [("Corvell Mining", "ORG"), ("CMA", "ORG")])
    c = analysis("c", "Corvell declined to comment.", [("Corvell", "ORG")])
    context = actors_of(a, b, c)
    assert len(context.actors) == 1, [(x.name, x.aliases) for x in context.actors]
    assert {"Corvell Mining Alliance", "Corvell Mining", "Corvell", "CMA"} == set(context.actors[0].aliases)


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
    a = analysis("a", "Volunteers came from Dunvarra to help.", [("Dunvarra", "ORG")])
    b = analysis("b", "Dunvarra sent two buses on Tuesday.", [("Dunvarra", "ORG")])
    assert types(actors_of(a, b)) == {"Dunvarra": "GPE"}
    # an offer comes from firms too
    c = analysis("c", "The offer came from Dunvarra on Monday.", [("Dunvarra", "ORG")])
    assert types(actors_of(c, b)) == {"Dunvarra": "ORG"}


def test_residents_of_a_name_make_it_a_place():
    a = analysis("a", "Varnmoor residents said the queues stretched for miles.", [("Varnmoor", "ORG")])
    assert types(actors_of(a)) == {"Varnmoor": "GPE"}


def test_the_model_reading_a_name_as_a_place_elsewhere_decides_a_name_with_no_person_sign():
    a = analysis(
        "a",
        "Velmarsk said the road would reopen. Buses from Velmarsk were full.",
        [("Velmarsk", "ORG"), ("Velmarsk", "ORG")],
    )
    b = analysis("b", "Velmarsk stayed quiet.", [("Velmarsk", "GPE")])
    assert types(actors_of(a, b)) == {"Velmarsk": "GPE"}
    assert types(actors_of(a)) == {"Velmarsk": "ORG"}  # "from X" alone: a firm's buses, maybe
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


def test_a_place_the_model_left_untagged_before_its_residents_is_found():
    a = analysis("a", "Harnby residents said the queues stretched for miles. Local residents agreed.", [])
    b = analysis("b", "Buses left Harnby at dawn.", [("Harnby", "PERSON")])
    context = actors_of(a, b)
    assert types(context) == {"Harnby": "GPE"}
    assert {s.article for s in actor_with(context, "Harnby").mentions} == {"a", "b"}


# The six kinds together, through the whole per-article pipeline.
OUTLET_A = """Harbour strike spreads as Brannick Freight Holdings halts sailings

Brannick Freight Holdings said on Monday it would halt all sailings from Felby-on-Marrow after dock workers walked out. The company, which owns the tanker Amber Tern, blamed the union.

Pollution from the Marrow river worried farmers in the Marrow valley. Dellow residents said the queues stretched for miles.
"""
OUTLET_B = """Brannick Freight blames union for Sallow-by-the-Firth chaos

Brannick Freight said the strike at Sallow-by-the-Firth had cost it millions. BFH, as the group is known, said talks would resume on Friday.

The container ship Amber Tern docked at Sallow on Wednesday. Soravian officials said the Amber Tern had been held. In Sallow, the mood was grim.
"""
OUTLET_C = """Port dispute: Brannick refuses to talk

Brannick refused to meet the union on Thursday. Emil Dask, the union leader, said workers from Felby-on-Marrow would march to Sallow.

Soravia launches an inquiry into the spill. The Amber Tern left Sallow on Friday.
"""


def test_the_six_kinds_on_a_story_through_the_pipeline(nlp):
    from storylens.nlp.pipeline import analyze_articles

    articles = [
        Article(id=name, source=f"{name}.txt", text=text, published=f"2031-04-0{day}", outlet=name)
        for day, (name, text) in enumerate([("a", OUTLET_A), ("b", OUTLET_B), ("c", OUTLET_C)], start=1)
    ]
    context = StoryContext(list(analyze_articles(articles, nlp=nlp)))
    merge_actors(context)
    found = {a.name: (a.type, set(a.aliases)) for a in context.actors}
    company = actor_with(context, "Brannick Freight Holdings")
    assert company.type == "ORG" and {"Brannick Freight", "Brannick", "BFH"} <= set(company.aliases), found
    town = actor_with(context, "Sallow-by-the-Firth")
    assert town.type == "GPE" and "Sallow" in town.aliases, found
    assert "Marrow" not in actor_with(context, "Felby-on-Marrow").aliases, found
    assert actor_with(context, "Amber Tern").type == "VESSEL", found
    assert actor_with(context, "Dellow").type == "GPE", found
    assert actor_with(context, "Emil Dask").type == "PERSON", found
    assert not any("Soravian" in aliases for _, aliases in found.values()), found
