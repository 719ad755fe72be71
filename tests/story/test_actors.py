"""Merging mentions into actors across articles and spellings."""

from __future__ import annotations

import copy
import re

import pytest

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


def merged(*analyses: ArticleAnalysis) -> tuple[StoryContext, dict[str, set[str]]]:
    context = StoryContext(list(analyses))
    merge_actors(context)
    return context, {a.id: set(a.aliases) for a in context.actors}


def actor_with(context: StoryContext, alias: str):
    found = [a for a in context.actors if alias in a.aliases]
    assert len(found) == 1, (alias, [(a.id, a.aliases) for a in context.actors])
    return found[0]


def test_transliteration_variants_and_surname_merge():
    a = analysis("a", "Yevgeny Prigozhin spoke. Prigozhin left.", [("Yevgeny Prigozhin", "PERSON"), ("Prigozhin", "ORG")])
    b = analysis("b", "Evgeny Prigozhin and Aleksandr Lukashenko met.", [("Evgeny Prigozhin", "PERSON"), ("Aleksandr Lukashenko", "PERSON")])
    c = analysis("c", "Alexander Lukashenko said Lukashenko would.", [("Alexander Lukashenko", "PERSON"), ("Lukashenko", "PERSON")])
    context, _ = merged(a, b, c)
    prigozhin = actor_with(context, "Prigozhin")
    assert {"Yevgeny Prigozhin", "Evgeny Prigozhin", "Prigozhin"} <= set(prigozhin.aliases)
    assert prigozhin.type == "PERSON" and prigozhin.id == "yevgeny-prigozhin"
    lukashenko = actor_with(context, "Lukashenko")
    assert {"Alexander Lukashenko", "Aleksandr Lukashenko"} <= set(lukashenko.aliases)


def test_shared_first_name_is_not_enough():
    a = analysis(
        "a",
        "Sergei Shoigu, Sergei Lavrov, Alexander Lukashenko and Alexander Bortnikov met.",
        [("Sergei Shoigu", "PERSON"), ("Sergei Lavrov", "PERSON"), ("Alexander Lukashenko", "PERSON"), ("Alexander Bortnikov", "PERSON")],
    )
    context, _ = merged(a)
    assert len(context.actors) == 4


def test_ambiguous_surname_follows_the_full_name_in_its_article():
    a = analysis("a", "Joe Biden spoke. Biden left.", [("Joe Biden", "PERSON"), ("Biden", "PERSON")])
    b = analysis("b", "Hunter Biden spoke. Biden left.", [("Hunter Biden", "PERSON"), ("Biden", "PERSON")])
    context, _ = merged(a, b)
    assert context.actor_of_mention[("a", 17, 22)] == "joe-biden"
    assert context.actor_of_mention[("b", 20, 25)] == "hunter-biden"


def test_organisation_generic_words_and_place_spellings():
    a = analysis(
        "a",
        "PMC Wagner, the Wagner Group and Wagner reached Rostov-on-Don; the Ministry of Defense said so.",
        [("PMC Wagner", "ORG"), ("the Wagner Group", "ORG"), ("Wagner", "NORP"), ("Rostov-on-Don", "GPE"), ("the Ministry of Defense", "ORG")],
    )
    b = analysis(
        "b", "Wagner left Rostov on Don, the Defense Ministry said.",
        [("Wagner", "ORG"), ("Rostov on Don", "GPE"), ("Defense Ministry", "ORG")],
    )
    context, _ = merged(a, b)
    wagner = actor_with(context, "PMC Wagner")
    assert wagner.name == "Wagner Group" and wagner.type == "ORG"
    assert {"Wagner", "Wagner Group"} <= set(wagner.aliases)
    rostov = actor_with(context, "Rostov on Don")
    assert rostov.name == "Rostov-on-Don" and rostov.type == "GPE"
    assert actor_with(context, "Defense Ministry") is actor_with(context, "Ministry of Defense")


def test_acronym_joins_its_long_form():
    a = analysis(
        "a", "The North Atlantic Treaty Organization met; NATO said no.",
        [("North Atlantic Treaty Organization", "ORG"), ("NATO", "ORG")],
    )
    context, _ = merged(a)
    assert len(context.actors) == 1


def test_junk_is_dropped_and_norp_alone_makes_no_actor():
    a = analysis("a", "He said the Russian side in June was ready.", [("He", "PERSON"), ("Russian", "NORP"), ("June", "PERSON")])
    context, _ = merged(a)
    assert context.actors == []
    assert all(m.actor is None for m in a.mentions)


def test_context_lookups_and_mentions_are_filled():
    a = analysis("a", "President Vladimir Putin spoke. Putin left.", [("President Vladimir Putin", "PERSON"), ("Putin", "PERSON")])
    context, _ = merged(a)
    (putin,) = context.actors
    assert putin.name == "Vladimir Putin" and putin.aliases[0] in {"Putin", "Vladimir Putin"}
    assert all(m.actor == "vladimir-putin" for m in a.mentions)
    assert context.actor_of_name["putin"] == context.actor_of_name["vladimir putin"] == "vladimir-putin"
    assert context.actor_of_name["president vladimir putin"] == "vladimir-putin"
    assert context.actor_for("Putin", "a", 31) == "vladimir-putin"
    assert [s.text for s in putin.mentions] == ["President Vladimir Putin", "Putin"]


def test_ids_are_unique_slugs():
    a = analysis("a", "Georgia the state and Georgia the country.", [("Georgia", "GPE")])
    b = analysis("b", "Georgia the state.", [("Georgia", "PERSON")])
    context, _ = merged(a, b)
    ids = [actor.id for actor in context.actors]
    assert len(ids) == len(set(ids)) and all(re.fullmatch(r"[a-z0-9-]+", i) for i in ids)


# --- the seeds ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_context(seed_analyses):
    context = StoryContext(copy.deepcopy(seed_analyses))
    merge_actors(context)
    return context


def folded_texts(seed_analyses) -> str:
    return "\n".join(" ".join(a.article.text.split()) for a in seed_analyses)


def test_gold_actors_are_merged(seed_context, seed_analyses, gold):
    texts = folded_texts(seed_analyses)
    for expected in gold["actors"]:
        present = [form for form in expected["same_as"] if re.search(rf"(?<!\w){re.escape(form)}(?!\w)", texts)]
        holders = {context_actor.id for form in present for context_actor in seed_context.actors if form in context_actor.aliases}
        assert len(holders) == 1, (expected["name"], present, holders)
        actor = next(a for a in seed_context.actors if a.id in holders)
        assert set(present) <= set(actor.aliases), (expected["name"], actor.aliases)
        assert actor.type == expected["type"], (expected["name"], actor.type)
        assert actor.name == expected["name"]


def test_gold_must_not_merge(seed_context, gold):
    for first, second in gold["must_not_merge"]:
        a = {actor.id for actor in seed_context.actors if first in actor.aliases}
        b = {actor.id for actor in seed_context.actors if second in actor.aliases}
        assert a and b and not (a & b), (first, second)


def test_every_actor_mention_points_back(seed_context):
    for analysis_ in seed_context.analyses:
        text = analysis_.article.text
        for mention in analysis_.mentions:
            assert text[mention.span.start : mention.span.end] == mention.span.text
            if mention.actor is not None:
                key = (mention.span.article, mention.span.start, mention.span.end)
                assert seed_context.actor_of_mention[key] == mention.actor
    ids = [a.id for a in seed_context.actors]
    assert len(ids) == len(set(ids))


def test_father_and_son_and_the_main_figure_by_surname():
    a = analysis(
        "a", "Donald Trump and Donald Trump Jr. met Ivanka Trump. Donald Trump spoke; Trump left.",
        [("Donald Trump", "PERSON"), ("Donald Trump Jr.", "PERSON"), ("Ivanka Trump", "PERSON"), ("Donald Trump", "PERSON"), ("Trump", "PERSON")],
    )
    context, _ = merged(a)
    names = sorted(actor.name for actor in context.actors)
    assert names == ["Donald Trump", "Donald Trump Jr.", "Ivanka Trump"]
    assert a.mentions[-1].actor == "donald-trump"


def test_an_organisation_named_like_a_person_stays_an_organisation():
    text = "Richard Wagner wrote operas. Wagner fighters left. Wagner said no. Wagner troops moved."
    a = analysis(
        "a", text,
        [("Richard Wagner", "PERSON"), ("Wagner", "ORG"), ("Wagner", "ORG"), ("Wagner", "ORG")],
    )
    context, _ = merged(a)
    assert sorted((actor.name, actor.type) for actor in context.actors) == [("Richard Wagner", "PERSON"), ("Wagner", "ORG")]


# --- issue 19: names a normalised key cannot join -------------------------------------------


def test_acronym_joins_the_name_its_capitals_spell():
    a = analysis(
        "a",
        "The U.S. Coast Guard searched the bay. Agence France-Presse reported it.",
        [("U.S. Coast Guard", "ORG"), ("Agence France-Presse", "ORG")],
    )
    b = analysis("b", "USCG crews and the Coast Guard flew out, AFP said.", [("USCG", "ORG"), ("Coast Guard", "ORG"), ("AFP", "ORG")])
    context, _ = merged(a, b)
    guard = actor_with(context, "USCG")
    assert {"U.S. Coast Guard", "Coast Guard", "USCG"} <= set(guard.aliases)
    assert {"Agence France-Presse", "AFP"} <= set(actor_with(context, "AFP").aliases)


def test_prefixed_organisation_joins_its_short_name_only_when_it_is_the_one():
    a = analysis(
        "a",
        "The Northland Islamic Brigade fired rockets. The Islamic Brigade denied it.",
        [("Northland Islamic Brigade", "ORG"), ("Islamic Brigade", "ORG")],
    )
    context, _ = merged(a)
    assert {"Northland Islamic Brigade", "Islamic Brigade"} <= set(actor_with(context, "Islamic Brigade").aliases)
    b = analysis(
        "b",
        "The Foreign Ministry and the Defence Ministry spoke; the Ministry declined to comment.",
        [("Foreign Ministry", "ORG"), ("Defence Ministry", "ORG"), ("Ministry", "ORG")],
    )
    context, _ = merged(b)
    assert len(context.actors) == 3  # two ministries: the bare word joins neither


def test_head_noun_joins_the_one_named_hospital():
    a = analysis(
        "a",
        "A blast hit St. Agnes Memorial Hospital. Memorial Hospital staff fled. Hospital officials spoke.",
        [("St. Agnes Memorial Hospital", "ORG"), ("Memorial Hospital", "FAC"), ("Hospital", "ORG")],
    )
    context, _ = merged(a)
    assert len(context.actors) == 1
    assert context.actors[0].name == "St. Agnes Memorial Hospital"


def test_city_joins_its_longer_name_unless_the_story_has_a_wider_area_of_that_name():
    a = analysis("a", "Shells fell on Port Alden City. Port Alden was dark.", [("Port Alden City", "GPE"), ("Port Alden", "GPE")])
    context, _ = merged(a)
    assert len(context.actors) == 1
    b = analysis(
        "b",
        "Shells fell on Alden City and across Alden Province. Alden was dark.",
        [("Alden City", "GPE"), ("Alden Province", "GPE"), ("Alden", "GPE")],
    )
    context, _ = merged(b)
    assert len(context.actors) == 3


def test_people_sharing_a_name_part_never_merge():
    a = analysis(
        "a",
        "Maria Lindqvist met Tomas Lindqvist and Lindqvist Shipping.",
        [("Maria Lindqvist", "PERSON"), ("Tomas Lindqvist", "PERSON"), ("Lindqvist Shipping", "ORG")],
    )
    context, _ = merged(a)
    assert len(context.actors) == 3


def test_a_town_typed_person_is_a_place_when_the_story_puts_things_in_it():
    a = analysis("a", "Troops dug in near Velmora. Velmora was shelled.", [("Velmora", "PERSON"), ("Velmora", "PERSON")])
    b = analysis("b", "The fighting outside Velmora went on.", [("Velmora", "GPE")])
    context, _ = merged(a, b)
    assert actor_with(context, "Velmora").type == "GPE"
    c = analysis("c", "In Halvorsen's view the talks failed. Halvorsen left.", [("Halvorsen", "PERSON"), ("Halvorsen", "PERSON")])
    context, _ = merged(c)
    assert actor_with(context, "Halvorsen").type == "PERSON"


# --- issue 19, fourth round: a company's short name read as a person's ---------------------------


def test_a_company_short_name_typed_person_joins_its_longer_name():
    a = analysis(
        "a",
        "The barge was run by Orvane Logistics. Orvane's chief executive, Lise Brask, declined to comment.",
        [("Orvane Logistics", "PERSON"), ("Orvane", "PERSON"), ("Lise Brask", "PERSON")],
    )
    b = analysis("b", "Orvane denied that the barge was overloaded.", [("Orvane", "PERSON")])
    context, _ = merged(a, b)
    company = actor_with(context, "Orvane")
    assert company.type == "ORG" and "Orvane Logistics" in company.aliases and company.name == "Orvane Logistics"
    assert actor_with(context, "Lise Brask").type == "PERSON"


def test_a_short_name_joins_a_longer_organisation_only_when_it_was_read_as_a_person():
    a = analysis(
        "a",
        "Orvane said the barge was safe. Orvane Logistics runs it.",
        [("Orvane", "PERSON"), ("Orvane Logistics", "ORG")],
    )
    context, _ = merged(a)
    assert len(context.actors) == 1 and context.actors[0].type == "ORG"
    # A short name the model read as an organisation is the body, the longer one a part of it.
    b = analysis(
        "b",
        "The Assembly voted. The Assembly Budget Committee had approved the bill.",
        [("Assembly", "ORG"), ("Assembly Budget Committee", "ORG")],
    )
    context, _ = merged(b)
    assert len(context.actors) == 2
    # Two longer names it could lead: the story does not say which is meant.
    c = analysis(
        "c",
        "Orvane said so. Orvane Logistics and Orvane Ferries disagreed.",
        [("Orvane", "PERSON"), ("Orvane Logistics", "ORG"), ("Orvane Ferries", "ORG")],
    )
    context, _ = merged(c)
    assert len(context.actors) == 3
    # A place is not the organisation named after it, nor a big city a common noun.
    d = analysis(
        "d",
        "Storms hit Kellmouth. The Kellmouth Coast Guard said so. Orvane Tower Cairo opened; Orvane Tower closed.",
        [("Kellmouth", "GPE"), ("Kellmouth Coast Guard", "ORG"), ("Orvane Tower Cairo", "PERSON"), ("Orvane Tower", "PERSON")],
    )
    context, _ = merged(d)
    assert actor_with(context, "Kellmouth").type == "GPE" and actor_with(context, "Kellmouth Coast Guard") is not actor_with(context, "Kellmouth")
    assert actor_with(context, "Orvane Tower") is not actor_with(context, "Orvane Tower Cairo")


def test_a_person_named_by_surname_alone_stays_a_person():
    a = analysis(
        "a",
        "Minister Edda Baker ordered an inquiry. Baker said it would report in May. Baker Holdings was not named.",
        [("Edda Baker", "PERSON"), ("Baker", "PERSON"), ("Baker Holdings", "ORG")],
    )
    context, _ = merged(a)
    person = actor_with(context, "Edda Baker")
    assert person.type == "PERSON" and "Baker" in person.aliases
    assert "Baker Holdings" not in person.aliases


# --- round s27: an apposition that says the name is a town ---------------------------------------


def test_a_town_one_article_calls_a_town_is_a_place_and_joins_its_official_name():
    a = analysis(
        "a",
        "Brenna, a town of 9,000 on the Orrin river, lost power. Brenna-on-Orrin, as it is officially called, waits.",
        [("Brenna", "GPE"), ("Brenna-on-Orrin", "GPE")],
    )
    b = analysis("b", "Brenna sent buses to the border. Brenna said the buses would run daily.", [("Brenna", "PERSON"), ("Brenna", "PERSON")])
    context, _ = merged(a, b)
    town = actor_with(context, "Brenna")
    assert town.type == "GPE" and "Brenna-on-Orrin" in town.aliases


def test_a_person_whose_apposition_names_a_town_stays_a_person():
    a = analysis("a", "Ivo Brenna, a city councillor, said the buses would run. Brenna, the town's mayor, agreed.", [("Ivo Brenna", "PERSON"), ("Brenna", "PERSON")])
    b = analysis("b", "Brenna, a nurse from the town of Orrin, said the buses were late.", [("Brenna", "PERSON"), ("Orrin", "GPE")])
    context, _ = merged(a, b)
    assert actor_with(context, "Brenna").type == "PERSON"


# --- round s28: the story's place evidence, read with WordNet; event names ------------------------


def test_a_town_typed_organisation_is_a_place_when_another_article_places_it():
    # one article writes only "in"/"from" before the name and lets it act; another says where
    # people fled to and who its mayor is: the story types it a place everywhere
    a = analysis(
        "a",
        "The council in Dunmere refused the plan. Convoys seen from Dunmere turned back. Dunmere said it would ration water. Dunmere buried two sailors.",
        [("Dunmere", "ORG"), ("Dunmere", "ORG"), ("Dunmere", "ORG"), ("Dunmere", "ORG")],
    )
    b = analysis(
        "b",
        "Hundreds of families fled to Dunmere on Monday. The mayor of Dunmere asked for tents.",
        [("Dunmere", "ORG"), ("Dunmere", "ORG")],
    )
    context, _ = merged(a, b)
    assert actor_with(context, "Dunmere").type == "GPE"
    context, _ = merged(a)  # "in" and "from" alone: a place or an organisation
    assert actor_with(context, "Dunmere").type == "ORG"


@pytest.mark.parametrize(
    "sentence",
    [
        "Artillery shelled Dunmere overnight.",  # a verb whose object is something, never somebody
        "The residents of Dunmere queued for water.",  # a noun WordNet defines by a place
        "Water ran out in the centre of Dunmere.",
        "Food ran short in the Dunmere region.",  # an area word after the name
        "Dunmere, on the Orrin river, lost power.",
        "Families were evacuated from Dunmere.",
    ],
)
def test_each_kind_of_place_evidence_types_an_organisation_a_place(sentence):
    a = analysis("a", "The council in Dunmere refused the plan. Dunmere said it would ration water.", [("Dunmere", "ORG"), ("Dunmere", "ORG")])
    b = analysis("b", sentence, [("Dunmere", "ORG")])
    context, _ = merged(a, b)
    assert actor_with(context, "Dunmere").type == "GPE", sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Mediators attacked Corvex for the delay.",  # people and groups are attacked too
        "The offer came from Corvex on Monday.",  # things come from organisations
        "A letter was sent to Corvex.",  # a sending ends at an organisation as well
        "The chairman of Corvex resigned.",  # a sense defined by an organisation
        "Gunmen struck Corvex offices.",
    ],
)
def test_an_organisation_where_an_organisation_may_stand_stays_one(sentence):
    a = analysis("a", sentence, [("Corvex", "ORG")])
    b = analysis("b", "Corvex said it would appeal.", [("Corvex", "ORG")])
    context, _ = merged(a, b)
    assert actor_with(context, "Corvex").type == "ORG", sentence


def test_an_invented_country_is_a_place_and_its_bank_and_club_stay_organisations():
    a = analysis(
        "a",
        "Troops from Varland crossed the Varland border. The Varland Bank froze accounts. Protesters gathered outside the Varland Bank.",
        [("Varland", "ORG"), ("Varland", "ORG"), ("Varland Bank", "ORG"), ("Varland Bank", "ORG")],
    )
    b = analysis(
        "b",
        "Refugees fled to Varland last week. Varland said it would close the border. Varland Rovers lost.",
        [("Varland", "ORG"), ("Varland", "ORG"), ("Varland Rovers", "ORG")],
    )
    context, _ = merged(a, b)
    assert actor_with(context, "Varland").type == "GPE"
    assert actor_with(context, "Varland Bank").type == "ORG"
    assert actor_with(context, "Varland Rovers").type == "ORG"


def test_a_small_town_that_speaks_is_a_place_when_the_story_places_it():
    # a town too small for GeoNames' lists, typed PERSON as the subject of "said"
    a = analysis("a", "Tollerby said the ferry would resume on Friday.", [("Tollerby", "PERSON")])
    b = analysis("b", "The residents of Tollerby were told to boil water.", [("Tollerby", "PERSON")])
    context, _ = merged(a, b)
    assert actor_with(context, "Tollerby").type == "GPE"
    context, _ = merged(a)  # nothing in the story places it: the model's PERSON stays
    assert actor_with(context, "Tollerby").type == "PERSON"


def test_an_event_name_is_no_actor(nlp):
    from storylens.nlp.pipeline import analyze_articles

    text = (
        "The army launched Operation Silver Heron on Monday to retake the Varn ridge. "
        "Commanders of Operation Silver Heron said the ridge was taken. "
        "Officers said Silver Heron had ended. The March on Dunmere began on Tuesday."
    )
    article = Article(id="o", source="o.txt", text=text, published="2031-05-15", outlet="Harbour Lamp")
    context = StoryContext(list(analyze_articles([article], nlp=nlp)))
    merge_actors(context)
    assert not any("Heron" in alias for actor in context.actors for alias in actor.aliases), [
        (a.name, a.type) for a in context.actors
    ]


def test_a_name_beside_an_event_noun_that_is_no_part_of_its_name_stays_an_actor():
    from storylens.records import EventName

    text = "Failed Brask mutiny shocked Velmora. The March on Velmora began. The War Ministry said Brask fled."
    a = analysis("a", text, [("Brask", "ORG"), ("Velmora", "GPE"), ("Velmora", "GPE"), ("War Ministry", "ORG"), ("Brask", "ORG")])
    a.event_names = [
        EventName(term=term, span=Span.of("a", text, text.index(term), text.index(term) + len(term)))
        for term in ("Failed Brask mutiny", "March on Velmora", "War")
    ]
    context, _ = merged(a)
    assert {"Brask", "Velmora", "War Ministry"} <= {alias for actor in context.actors for alias in actor.aliases}

# --- issue 19, round s28: people who share a surname ---------------------------------------------


def test_a_surname_with_a_form_of_address_names_the_person_whose_gender_fits():
    text = (
        "Mara Velt, head of the port authority, told reporters the cranes would run. "
        "Her husband, Anton Velt, said the strike had cost his firm dearly. "
        "Ms Velt said the port would pay the dockers. Mr Velt declined to comment."
    )
    a = analysis("a", text, [("Mara Velt", "PERSON"), ("Anton Velt", "PERSON"), ("Velt", "PERSON"), ("Velt", "PERSON")])
    context, _ = merged(a)
    ms, mr = (text.index("Ms Velt") + 3, text.index("Mr Velt") + 3)
    assert context.actor_of_mention[("a", ms, ms + 4)] == actor_with(context, "Mara Velt").id
    assert context.actor_of_mention[("a", mr, mr + 4)] == actor_with(context, "Anton Velt").id


def test_a_surname_set_apart_from_a_full_name_in_its_phrase_is_another_person():
    text = (
        "Mr Orsak and his son Jan Orsak run the largest haulage firm at the port. "
        "Mr Orsak said his lorries had waited for a week. The younger Orsak said little."
    )
    a = analysis("a", text, [("Orsak", "PERSON"), ("Jan Orsak", "PERSON"), ("Orsak", "PERSON"), ("Orsak", "PERSON")])
    context, _ = merged(a)
    jan = actor_with(context, "Jan Orsak")
    first, second, younger = (m.start() + 3 for m in re.finditer(r"Mr Orsak|he Orsak|er Orsak", text))
    father = context.actor_of_mention[("a", first, first + 5)]
    assert father != jan.id
    assert context.actor_of_mention[("a", second, second + 5)] == father
    assert context.actor_of_mention[("a", younger, younger + 5)] == jan.id


def test_a_kinship_phrase_keeps_the_two_relatives_apart():
    text = "Dr Lind's brother, Oskar Lind, drives one of the lorries. Dr Lind said the hospital had treated two dockers."
    a = analysis("a", text, [("Lind", "PERSON"), ("Oskar Lind", "PERSON"), ("Lind", "PERSON")])
    context, _ = merged(a)
    oskar = actor_with(context, "Oskar Lind")
    assert all(m.text == "Oskar Lind" for m in oskar.mentions)
    doctor = [a for a in context.actors if a.id != oskar.id]
    assert len(doctor) == 1 and len(doctor[0].mentions) == 2


def test_a_surname_the_article_leaves_ambiguous_joins_no_one():
    text = "Mara Velt and Anton Velt ran the port together for years. Velt said the strike was over."
    a = analysis("a", text, [("Mara Velt", "PERSON"), ("Anton Velt", "PERSON"), ("Velt", "PERSON")])
    context, _ = merged(a)
    start = text.rindex("Velt said")
    lone = context.actor_of_mention[("a", start, start + 4)]
    assert lone not in {actor_with(context, "Mara Velt").id, actor_with(context, "Anton Velt").id}


# --- issue 19, round s29: forms of address and titles across two people of one surname -----------


def _actor_at(context, article: str, text: str, needle: str, nth: int = 0) -> str:
    """The actor of the surname in the nth occurrence of ``needle`` ("Ms Marsk")."""
    starts = [m.start() for m in re.finditer(re.escape(needle), text)]
    start = starts[nth] + needle.rindex(" ") + 1
    return context.actor_of_mention[(article, start, start + len(needle) - needle.rindex(" ") - 1)]


def test_mr_and_ms_of_one_surname_go_to_the_man_and_the_woman():
    text = (
        "Teodor Marsk, the mine's safety officer, told the inquiry the fans had failed. Mr Marsk said he "
        "had warned the board. His sister, Nina Marsk, a lawyer for the families, said she would appeal. "
        "Ms Marsk said the fine was too small. Mr Marsk left early. Ms Marsk stayed."
    )
    names = [("Teodor Marsk", "PERSON"), ("Marsk", "PERSON"), ("Nina Marsk", "PERSON"), ("Marsk", "PERSON"), ("Marsk", "PERSON"), ("Marsk", "PERSON")]
    context, _ = merged(analysis("a", text, names))
    teodor, nina = actor_with(context, "Teodor Marsk").id, actor_with(context, "Nina Marsk").id
    assert {_actor_at(context, "a", text, "Mr Marsk", n) for n in (0, 1)} == {teodor}
    assert {_actor_at(context, "a", text, "Ms Marsk", n) for n in (0, 1)} == {nina}
    assert len([a for a in context.actors if a.type == "PERSON"]) == 2


def test_a_form_of_address_reaches_the_one_person_it_fits_in_another_article():
    first = "Oskar Dunmore, who owns the ferry line, said the boat was safe. Mr Dunmore said he was sorry."
    second = "Lotte Dunmore, who co-owns the line, said she had asked for new engines. Mr Dunmore did not reply. Ms Dunmore said the board refused."
    a = analysis("a", first, [("Oskar Dunmore", "PERSON"), ("Dunmore", "PERSON")])
    b = analysis("b", second, [("Lotte Dunmore", "PERSON"), ("Dunmore", "PERSON"), ("Dunmore", "PERSON")])
    context, _ = merged(a, b)
    oskar, lotte = actor_with(context, "Oskar Dunmore").id, actor_with(context, "Lotte Dunmore").id
    assert _actor_at(context, "b", second, "Mr Dunmore") == oskar
    assert _actor_at(context, "b", second, "Ms Dunmore") == lotte
    assert len(context.actors) == 2


def test_a_woman_named_elsewhere_takes_ms_and_no_man_does():
    first = "Lotte Dunmore, who co-owns the line, said she had asked for new engines."
    second = "Oskar Dunmore, the captain, said his crew did well. Ms Dunmore said the board refused."
    a = analysis("a", first, [("Lotte Dunmore", "PERSON")])
    b = analysis("b", second, [("Oskar Dunmore", "PERSON"), ("Dunmore", "PERSON")])
    context, _ = merged(a, b)
    assert _actor_at(context, "b", second, "Ms Dunmore") == actor_with(context, "Lotte Dunmore").id


@pytest.mark.parametrize(
    "text, names, doctor",
    [
        (
            "Sergeant Piet Hollis was killed at the bridge. Kasia Hollis, a surgeon at the field hospital, "
            "treated the wounded. Dr Hollis said three men were stable.",
            [("Piet Hollis", "PERSON"), ("Kasia Hollis", "PERSON"), ("Hollis", "PERSON")],
            "Kasia Hollis",
        ),
        (
            "Dr Mira Tolk, the duty consultant, said the injured were stable. Her brother, Gustav Tolk, a crane "
            "driver, helped pull men out. Dr Tolk said the ward had called in extra staff.",
            [("Mira Tolk", "PERSON"), ("Gustav Tolk", "PERSON"), ("Tolk", "PERSON")],
            "Mira Tolk",
        ),
    ],
)
def test_dr_goes_to_the_person_introduced_as_a_doctor(text, names, doctor):
    context, _ = merged(analysis("a", text, names))
    start = text.rindex("Dr ") + 3
    end = text.index(" ", start)
    assert context.actor_of_mention[("a", start, end)] == actor_with(context, doctor).id


# Round s31 (issue 19): types from the story's mentions as a whole, people the model missed.


def test_a_two_word_name_the_story_puts_only_in_places_is_a_place():
    text = "The water rose fastest in Marren Ford. Shops in Marren Ford stayed shut. Marren Ford waited."
    context, _ = merged(analysis("a", text, [("Marren Ford", "PERSON")] * 3))
    (town,) = context.actors
    assert town.type == "GPE" and len(town.mentions) == 3


def test_a_person_named_after_in_once_stays_a_person():
    text = "Marta Kell said the dam held. In Marta Kell's view the council waited. Trust in Marta Kell fell."
    context, _ = merged(analysis("a", text, [("Marta Kell", "PERSON")] * 3))
    assert actor_with(context, "Marta Kell").type == "PERSON"


def test_an_organisation_an_apposition_calls_a_village_is_a_place():
    text = "Most of the dead lived in Hollin Cross, a village on the east bank. Rescuers worked in Hollin Cross."
    context, _ = merged(analysis("a", text, [("Hollin Cross", "ORG"), ("Hollin Cross", "ORG")]))
    assert actor_with(context, "Hollin Cross").type == "GPE"


def test_untagged_surnames_and_a_lone_first_name_join_the_person():
    first = analysis("a", "Anders Brenn, 52, a ferryman, drowned. Edda Varrow, the treasurer, resigned.", [("Anders Brenn", "PERSON"), ("Edda Varrow", "PERSON")])
    second = analysis(
        "b",
        "Mrs Brenn, whose husband Anders drowned on Monday, spoke. Anders had worked the crossing for years. Varrow told the union she would pay.",
        [("Brenn", "PERSON")],
    )
    context, _ = merged(first, second)
    anders, edda = actor_with(context, "Anders Brenn"), actor_with(context, "Edda Varrow")
    assert sum(m.article == "b" for m in anders.mentions) == 2, anders.mentions  # "Anders" twice, not "Mrs Brenn"
    assert [m.text for m in edda.mentions if m.article == "b"] == ["Varrow"]


def test_a_first_name_without_the_surname_in_its_article_stays_alone():
    first = analysis("a", "Anders Brenn, 52, a ferryman, drowned.", [("Anders Brenn", "PERSON")])
    second = analysis("b", "A man called Anders phoned the radio.", [])
    context, _ = merged(first, second)
    assert [m.article for m in actor_with(context, "Anders Brenn").mentions] == ["a"]


def test_a_town_known_only_by_its_official_name_goes_by_its_own_name():
    text = "Floodwater swept through the Borough of Selham-on-Lune on Monday."
    context, _ = merged(analysis("a", text, [("Borough of Selham-on-Lune", "GPE")]))
    assert [a.name for a in context.actors] == ["Selham-on-Lune"]


def test_a_firm_named_in_apposition_with_a_company_noun_is_an_organisation():
    text = "The Ostrander family's company, Ostrander, lent boats. Ostrander said two boats were damaged."
    context, _ = merged(analysis("a", text, [("Ostrander", "PERSON"), ("Ostrander", "PERSON")]))
    assert actor_with(context, "Ostrander").type == "ORG"


def test_a_first_name_the_model_tagged_alone_joins_the_only_person_with_it():
    first = analysis("a", "Jorund Kessel, 47, a lock keeper, drowned.", [("Jorund Kessel", "PERSON")])
    second = analysis("b", "Mrs Kessel, whose husband Jorund drowned, spoke on Monday.", [("Kessel", "PERSON"), ("Jorund", "PERSON")])
    context, _ = merged(first, second)
    jorund = actor_with(context, "Jorund Kessel")
    assert [m.text for m in jorund.mentions if m.article == "b"] == ["Jorund"], jorund.mentions
    assert not [a for a in context.actors if a.name == "Jorund"]


def test_a_body_named_of_a_town_is_not_the_town():
    # "University of Tarnwick": the head comes before "of"; Tarnwick is where it is, and the
    # town stays an actor of its own, while the university keeps both its forms together.
    a = analysis(
        "a",
        "The river burst its banks in Tarnwick on Monday. Professor Ilse Marrow of the University of Tarnwick said "
        "the defences were old.",
        [("Tarnwick", "GPE"), ("Ilse Marrow", "PERSON"), ("University of Tarnwick", "ORG")],
    )
    b = analysis(
        "b",
        "Tarnwick was under water. Scientists at the University of Tarnwick disagreed with the council.",
        [("Tarnwick", "GPE"), ("University of Tarnwick", "ORG")],
    )
    context, groups = merged(a, b)
    town, university = actor_with(context, "Tarnwick"), actor_with(context, "University of Tarnwick")
    assert town is not university
    assert university.type == "ORG" and town.type == "GPE"
