"""Plural nouns that judge the people they name, in the outlet's own voice (issue 19): found by
the noun scorer; plain nouns for people, names and quoted words are not."""

from __future__ import annotations

import pytest

from storylens.nlp.loaded_rules import evaluative_nouns
from storylens.nlp.loaded_rules.nouns import NOUN_SCORE, noun_score


def nouns_of(nlp, text: str) -> list[str]:
    doc = nlp(text)
    return [text[s:e] for s, e, _ in evaluative_nouns(doc)]


def test_the_scorer_reads_judging_nouns_above_plain_ones():
    for judging in ("thugs", "puppets", "bigots"):
        for plain in ("residents", "officials", "doctors", "workers", "soldiers"):
            assert noun_score(judging) > noun_score(plain), (judging, plain)
    assert all(noun_score(w) < NOUN_SCORE for w in ("residents", "officials", "doctors", "soldiers", "militants"))


def test_a_judging_noun_in_the_outlets_voice_is_marked(nlp):
    text = "The governor and his puppets in the Velmora council blocked the vote again on Monday."
    assert nouns_of(nlp, text) == ["puppets"]
    doc = nlp(text)
    marked = [s for s in doc._.loaded_spans if s.found_by == "evaluative" and s.span.text == "puppets"]
    assert marked and marked[0].category == "Name_Calling,Labeling"


def test_a_quoted_judging_noun_is_the_speakers(nlp):
    assert nouns_of(nlp, 'The mayor of Velmora said: "They are puppets of the governor." Talks resumed.') == []


@pytest.mark.parametrize(
    "text",
    [
        "Residents and doctors left the town as soldiers and officials arrived on Tuesday.",
        "The Kalvik Workers Union and the Greyfell Traders met the militants near the border.",
        "Six people died and the workers went home.",
    ],
)
def test_plain_nouns_for_people_and_names_are_not_marked(nlp, text):
    assert nouns_of(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # plain nouns for a side, as the doers of violence in the outlet's own voice
        "Fighters shelled the grain depot in Kellmouth on Monday.",
        "Troops and police sealed the Orlan road after soldiers were wounded.",
        "Protesters blocked the bridge while officials and residents watched.",
        "The fighters of the Redhand Brigade burned two barns near Orlan.",
        # names of agencies and cities, and plain verbs
        "The Velmora Relief Agency said six people died in Kellmouth.",
    ],
)
def test_plain_role_nouns_for_a_side_names_and_verbs_are_not_marked(nlp, text):
    assert nouns_of(nlp, text) == []


# --- issue 19, fourth round: a singular noun that says what a named person or group is -----------


@pytest.mark.parametrize(
    "text, noun",
    [
        ("Governor Edda Lorn is a puppet of the Tarnland council.", "puppet"),
        ("Ivo Brask, a thug from the docks, ran the port.", "thug"),
        ("Tarnland is a puppet of Velmora.", "puppet"),
    ],
)
def test_a_singular_judging_noun_said_of_someone_is_marked(nlp, text, noun):
    assert nouns_of(nlp, text) == [noun]


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Brask, a fighter in the Redhand Brigade, was killed near Kellmouth.",
        "Edda Lorn is the official in charge of the Kellmouth port.",
        "Edda Lorn, a protester, was detained in Kellmouth.",
        "Ivo Brask is a farmer and a founder of the union.",
        "Edda Lorn, an activist, spoke in Kellmouth on Monday.",
        'Edda Lorn said Ivo Brask "is a puppet of the council".',
        "The puppet show opened in Kellmouth.",
    ],
)
def test_plain_singular_roles_quotes_and_places_are_not_marked(nlp, text):
    assert nouns_of(nlp, text) == []


def test_a_word_is_scored_in_both_its_forms():
    from storylens.nlp.loaded_rules.nouns import both_forms_score, plural_of

    assert [plural_of(w) for w in ("thug", "lackey", "bully", "gunman", "witness")] == ["thugs", "lackeys", "bullies", "gunmen", "witnesses"]
    assert both_forms_score("puppet") >= NOUN_SCORE > both_forms_score("protester")


# --- issue 19, fifth round: "the thug" pointing back to someone named before -----------------------


@pytest.mark.parametrize(
    "text, noun",
    [
        ("Ivo Brask ran the Kellmouth docks for a decade. The thug was arrested on Tuesday.", "thug"),
        ("Edda Lorn spoke for an hour. Few in the hall believed the traitor.", "traitor"),
    ],
)
def test_the_and_a_judging_noun_pointing_back_to_a_named_one_is_marked(nlp, text, noun):
    assert nouns_of(nlp, text) == [noun]


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Brask was stopped on the bridge. The driver was arrested on Tuesday.",
        "Edda Lorn spoke for an hour. The mayor of Kellmouth listened.",
        "Ivo Brask said a bully had hit him. The bully was arrested on Tuesday.",
        "Ivo Brask was hurt. The suspect fled towards Kellmouth.",
        "The thug was arrested on Tuesday after the fight.",
    ],
)
def test_a_definite_role_a_new_person_or_no_named_one_is_not_marked(nlp, text):
    assert nouns_of(nlp, text) == []


# --- issue 19, sixth round: one article alone marks the outlet's judging word for a group ---------


@pytest.mark.parametrize(
    "text, noun",
    [
        ("Thugs from the Redhand Brigade stormed the grain depot in Kellmouth on Monday.", "Thugs"),
        ("The puppet Velmora Council approved the levy on Monday.", "puppet"),
        ("The Velmora Council met on Monday. The puppet council approved the levy.", "puppet"),
    ],
)
def test_a_judging_word_for_a_group_in_the_outlets_voice_is_marked(nlp, text, noun):
    assert nouns_of(nlp, text) == [noun]


@pytest.mark.parametrize(
    "text",
    [
        "Workers from the Redhand Brigade repaired the grain depot in Kellmouth on Monday.",
        "The harbour Velmora Council approved the levy on Monday.",
        'The Velmora Council met on Monday. Its critics said: "The puppet council approved the levy."',
        "The puppet theatre of Kellmouth opened on Monday.",
    ],
)
def test_a_plain_word_for_a_group_or_a_quoted_one_is_not_marked(nlp, text):
    assert nouns_of(nlp, text) == []


# --- issue 19, seventh round: a judging word for a group the article does not name ------------


@pytest.mark.parametrize(
    "text, noun",
    [
        ("The puppet regime raised fuel prices in Orlan again on Monday.", "puppet"),
        ("Villagers said the thug militia burned three barns near the Teller river.", "thug"),
        ("The puppet government signed the grain treaty on Tuesday.", "puppet"),
    ],
)
def test_a_judging_word_for_an_unnamed_group_is_marked(nlp, text, noun):
    assert nouns_of(nlp, text) == [noun]


@pytest.mark.parametrize(
    "text",
    [
        # plain roles modifying a noun for a group
        "The student union met the farmer cooperative in Orlan on Monday.",
        "The police force closed the Teller bridge on Monday.",
        "The border army moved two brigades north on Friday.",
        "The soldier council met in the barracks on Friday.",
        # a judging word modifying a noun that is not a group
        "The puppet show in Orlan drew two hundred children on Sunday.",
        # the speaker's word
        'Critics said: "The puppet regime will fall before winter."',
    ],
)
def test_a_plain_word_for_an_unnamed_group_a_thing_or_a_quote_is_not_marked(nlp, text):
    assert nouns_of(nlp, text) == []


def test_a_group_is_what_wordnet_reads_first_as_one():
    from storylens.nlp.loaded_rules.nouns import names_a_group

    assert all(names_a_group(w) for w in ("regime", "militia", "armies", "junta", "council"))
    assert not any(names_a_group(w) for w in ("theatre", "show", "prices", "bridge"))


# --- issue 19, round s28: "the puppet state", "terrorists" in one article alone -------------------


@pytest.mark.parametrize(
    "text, noun",
    [
        ("The puppet state on the Drava once again rained shells on the villages.", "puppet"),
        ("The puppet nation across the Drava raised taxes on grain again.", "puppet"),
    ],
)
def test_a_word_for_a_person_on_a_noun_for_a_polity_is_marked(nlp, text, noun):
    assert nouns_of(nlp, text) == [noun]


@pytest.mark.parametrize(
    "text",
    [
        "The island state on the Drava raised taxes on grain again.",
        "The member state on the Drava raised taxes on grain again.",
        "The welfare state paid the pensions in March.",
        "The client state signed the grain treaty on Tuesday.",
    ],
)
def test_a_plain_modifier_of_a_polity_is_not_marked(nlp, text):
    assert nouns_of(nlp, text) == []


def test_a_polity_and_a_person_are_read_from_wordnet():
    from storylens.nlp.loaded_rules.nouns import names_a_person, names_a_polity

    assert all(names_a_polity(w) for w in ("state", "nation", "country", "regime"))
    assert not any(names_a_polity(w) for w in ("theatre", "show", "bridge", "province"))
    assert names_a_person("puppet") and names_a_person("rogue")
    assert not any(names_a_person(w) for w in ("island", "welfare", "border"))


@pytest.mark.parametrize(
    "text, noun",
    [
        ("Terrorists from the Ostvald Republic fired rockets at the grain terminal overnight.", "Terrorists"),
        ("Terrorists Strike Kelmar Fuel Depot\n\nRockets hit the depot on the edge of Kelmar overnight.", "Terrorists"),
        ("The terrorists fired rockets at the grain terminal in Kelmar overnight.", "terrorists"),
    ],
)
def test_terrorists_in_the_outlets_own_voice_is_marked_in_one_article(nlp, text, noun):
    assert nouns_of(nlp, text) == [noun]
    doc = nlp(text)
    start = text.index(noun)
    assert any(s.span.start <= start < s.span.end for s in doc._.loaded_spans), doc._.loaded_spans


@pytest.mark.parametrize(
    "text",
    [
        "Fighters from the Ostvald Republic fired rockets at the grain terminal overnight.",
        "Soldiers Reach Kelmar Fuel Depot\n\nThe convoy arrived at noon.",
        "Mourners gathered at the cemetery in Kelmar on Sunday.",
        'The governor called them "terrorists" on Monday.',
    ],
)
def test_plain_nouns_for_a_side_headlines_and_quoted_terrorists_are_not_marked(nlp, text):
    assert nouns_of(nlp, text) == []


def test_a_word_for_people_named_after_fear_or_hatred_is_read_from_wordnet():
    from storylens.nlp.loaded_rules.nouns import named_after_hostile_feeling

    assert named_after_hostile_feeling("terrorists") and named_after_hostile_feeling("terrorist")
    plain = ("fighters", "militants", "rebels", "insurgents", "nationalists", "mourners", "soldiers", "attackers")
    assert not any(named_after_hostile_feeling(w) for w in plain)
