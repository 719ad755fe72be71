"""Actors of issue 19, round s33, on stories written for this round (every town, river, firm,
ship and person is invented); the mentions carry the types the small model gives such names on
fresh text."""

from __future__ import annotations

from tests.story.test_actor_kinds import actor_with, actors_of
from tests.story.test_actors_s32 import analysis


def test_ms_x_joins_the_woman_of_that_surname_named_in_the_article_not_her_son():
    text = (
        "Ilse Varrick has not slept since Tuesday. She is the daughter of a fisherman. "
        '"The river was too high," Ms Varrick said. Ms Varrick said her son, Tomas Varrick, had joined the search. '
        '"We were left alone," Ms Varrick said. Ms Varrick added that no one had called.'
    )
    names = [("Ilse Varrick", "PERSON"), ("Varrick", "PERSON"), ("Varrick", "PERSON"), ("Tomas Varrick", "PERSON"), ("Varrick", "PERSON"), ("Varrick", "PERSON")]
    other = analysis("b", "Petra Varrick and her brother Jonas Varrick said the company ignored warnings.", [("Petra Varrick", "PERSON"), ("Jonas Varrick", "PERSON")])
    context = actors_of(analysis("a", text, names), other)
    ilse = actor_with(context, "Ilse Varrick")
    assert len(ilse.mentions) == 5, [(s.text, s.start) for s in ilse.mentions]
    assert len(actor_with(context, "Tomas Varrick").mentions) == 1
    assert not [a for a in context.actors if a.name == "Varrick"], [(a.name, a.aliases) for a in context.actors]


def test_mr_x_set_apart_from_his_son_with_no_full_name_stays_his_own_person():
    text = "Mr Orsak and his son Jan Orsak ran the farm. Mr Orsak said the river rose overnight."
    context = actors_of(analysis("a", text, [("Orsak", "PERSON"), ("Jan Orsak", "PERSON"), ("Orsak", "PERSON")]))
    assert len(actor_with(context, "Jan Orsak").mentions) == 1


def test_a_river_stays_apart_from_the_district_named_after_it():
    first = analysis(
        "a",
        "The barge cut the only road crossing of the Tamsel. Residents of Upper Tamsel were told to avoid the banks of the Tamsel.",
        [("Tamsel", "LOC"), ("Upper Tamsel", "ORG"), ("Tamsel", "LOC")],
    )
    second = analysis("b", "The Orvel Bridge over the Tamsel was a scandal waiting to happen.", [("Tamsel", "ORG")])
    context = actors_of(first, second)
    river, district = actor_with(context, "Tamsel"), actor_with(context, "Upper Tamsel")
    assert river.id != district.id and river.type == "LOC"


def test_a_port_town_named_after_from_is_a_place_though_one_article_typed_it_a_vessel():
    first = analysis(
        "a",
        "Crew rescued from stricken tanker. Kellport watched as the tanker Sea Lark listed.",
        [("Kellport", "VESSEL"), ("Sea Lark", "VESSEL")],
    )
    second = analysis("b", "The Sea Lark had sailed from Kellport on Monday. Kellport residents gathered.", [("Sea Lark", "ORG"), ("Kellport", "GPE"), ("Kellport", "GPE")])
    context = actors_of(first, second)
    assert actor_with(context, "Kellport").type == "GPE"
    assert actor_with(context, "Sea Lark").type == "VESSEL"


def test_a_description_of_a_firm_never_joins_a_fire_service():
    first = analysis(
        "a",
        "The Kestovian Fire Service sent four crews. Firefighters worked through the night.",
        [("Kestovian Fire Service", "ORG")],
    )
    second = analysis("b", "The building firm denied wrongdoing.", [], phrases=["The building firm"])
    context = actors_of(first, second)
    service = actor_with(context, "Kestovian Fire Service")
    assert {s.text for s in service.mentions} == {"Kestovian Fire Service"}, service.mentions


def test_a_description_of_a_firm_joins_the_one_firm_beside_a_public_body():
    first = analysis(
        "a",
        "The Kestovian Coast Guard searched the river. Pellham Construction Group built the bridge.",
        [("Kestovian Coast Guard", "ORG"), ("Pellham Construction Group", "ORG")],
    )
    second = analysis("b", "The building firm denied wrongdoing.", [], phrases=["The building firm"])
    context = actors_of(first, second)
    firm = actor_with(context, "Pellham Construction Group")
    assert "The building firm" in {s.text for s in firm.mentions}, firm.mentions
