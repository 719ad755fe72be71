"""The outlet's word for a group it names elsewhere (issue 19, round s29): attached to the name
only when the article shows which one, and marked as the outlet's characterisation."""

import pytest

import storylens.nlp.characterisations  # noqa: F401  (registers the component)


def characterisations_of(nlp, text):
    doc = nlp.make_doc(text)
    doc._.article_id = "t"
    doc._.outlet = "Partisan Post"
    doc = nlp(doc)
    return {(label.label, label.target) for label in doc._.labels if label.kind == "characterisation"}


LEAD = "Crowds gathered in the square on Monday.\n\n"


@pytest.mark.parametrize(
    "text, label, target",
    [
        (
            "Russia's government ordered its troops across the border on Tuesday. The regime has lied for years about its aims.",
            "regime",
            "Russia",
        ),
        ("The Harbour Workers Union called the strike on Monday. The wreckers were never interested in jobs.", "wreckers", "Harbour Workers Union"),
        ("The Delmar Coal Company closed the pit after the collapse. The profiteers chose coal over lives.", "profiteers", "Delmar Coal Company"),
        (
            "The Kessory Port Authority refused to raise pay. The bosses would rather pay for riot police than for wages.",
            "bosses",
            "Kessory Port Authority",
        ),
    ],
)
def test_a_judging_group_noun_stands_for_the_one_group_the_article_shows_acting(nlp, text, label, target):
    assert (label, target) in characterisations_of(nlp, LEAD + text)


def test_a_group_that_calls_itself_a_name_is_that_name(nlp):
    found = characterisations_of(nlp, LEAD + "The puppet council in Arnsby, which calls itself the Arn Valley Authority, cheered the decision.")
    assert found == {("puppet council", "Arn Valley Authority")}


def test_with_two_groups_acting_the_noun_stands_for_neither(nlp):
    found = characterisations_of(
        nlp,
        LEAD + "The Kessory Port Authority refused to raise pay, and the Harbour Workers Union walked out. "
        "The bosses would rather pay for riot police than for wages.",
    )
    assert found == set()


def test_with_no_group_named_the_noun_stands_for_nothing(nlp):
    assert characterisations_of(nlp, LEAD + "The company closed the pit after the collapse. The profiteers chose coal over lives.") == set()


def test_a_plain_noun_and_a_word_of_the_name_are_no_characterisation(nlp):
    found = characterisations_of(
        nlp, LEAD + "The Harbour Workers Union called the strike on Monday. The union said the workers were never consulted."
    )
    assert found == set()


def test_a_name_in_the_phrases_own_sentence_is_another_participant(nlp):
    # "X will allow the Y to ...": Y is whom X lets act, not X (read on the seeds: the Kremlin
    # was given "insurrectionists" before this rule)
    found = characterisations_of(nlp, LEAD + "The Kessory Port Authority said on Monday that it would allow the wreckers to return to work.")
    assert found == set()


def test_a_speakers_word_is_not_the_outlets(nlp):
    found = characterisations_of(
        nlp, LEAD + 'The Harbour Workers Union called the strike on Monday. "The wreckers were never interested in jobs," the mayor said.'
    )
    assert found == set()


def test_the_report_shows_a_characterisation_as_the_outlets(nlp):
    from storylens.export.report import render_report
    from storylens.nlp.pipeline import analyze_articles
    from storylens.records import Article
    from storylens.story.build import build_story

    texts = {
        "Partisan Post": "The Harbour Workers Union called the strike on Monday. The wreckers were never interested in jobs.",
        "Dock Daily": "The Harbour Workers Union called the strike on Monday after talks on pay failed.",
    }
    articles = [
        Article(id=f"c{i}", source=f"c{i}.txt", text=LEAD + text, outlet=outlet, published="2026-02-02")
        for i, (outlet, text) in enumerate(texts.items())
    ]
    story = build_story(list(analyze_articles(articles, nlp=nlp)))
    union = next(a for a in story.actors if a.name == "Harbour Workers Union")
    assert [(l.label, l.outlet, l.kind) for l in union.labels if l.kind == "characterisation"] == [
        ("wreckers", "Partisan Post", "characterisation")
    ]
    assert "outlet's characterisation" in render_report([story])


def labels_of(nlp, text):
    doc = nlp.make_doc(text)
    doc._.article_id = "t"
    doc._.outlet = "Partisan Post"
    doc = nlp(doc)
    return {(label.label, label.target, label.kind, label.attributed) for label in doc._.labels}


def test_a_noun_for_a_government_stands_for_the_place_whose_government_it_is(nlp):
    # round s30: the rebels act in the sentences around it, but a rebel front is no government
    found = labels_of(
        nlp,
        LEAD + "The Free Coast Front held the harbour for six hours on Sunday. "
        "The puppet government will answer for every death. "
        '"The puppet government in Kelsa cannot win this war," said the Front\'s commander, Ivo Marr.',
    )
    government = {(label, target, attributed) for label, target, kind, attributed in found if kind == "characterisation"}
    assert ("puppet government", "Kelsa", False) in government  # the outlet's own word
    assert ("puppet government", "Kelsa", True) in government  # the commander's, attributed
    assert not any(target == "Free Coast Front" for _, target, _ in government)


def test_a_noun_for_a_kind_of_group_stands_only_for_a_group_of_that_kind(nlp):
    rebels_only = LEAD + "The Free Coast Front held the harbour for six hours. The militia killed forty civilians."
    assert not any(label == "militia" for label, *_ in labels_of(nlp, rebels_only))
    with_guard = (
        LEAD + "The Free Coast Front held the harbour for six hours. "
        "The Harbour Guard, a pro-government militia, patrolled the roads. The militia killed forty civilians."
    )
    assert {(t, k) for label, t, k, _ in labels_of(nlp, with_guard) if label == "militia"} == {("Harbour Guard", "description")}


def test_a_plain_noun_for_a_government_in_a_quotation_is_no_characterisation(nlp):
    found = labels_of(nlp, LEAD + '"The government in Kelsa has agreed to talks," said the Front\'s commander, Ivo Marr.')
    assert not any(kind == "characterisation" for _, _, kind, _ in found)


# Round s31: a noun for people stands for no name that only reports, nor for people the article
# brought in unnamed; a bare noun of one group's descriptions stands for that group.


@pytest.mark.parametrize(
    "text",
    [
        "The Interior Ministry said the siege by gunmen at the town hall had ended. The gunmen released the last hostages at noon.",
        "Police surrounded the town hall. The Interior Ministry confirmed that two guards were dead. The gunmen later fled.",
    ],
)
def test_a_noun_for_people_does_not_stand_for_a_name_that_only_reports(nlp, text):
    doc = nlp.make_doc(LEAD + text)
    doc._.article_id, doc._.outlet = "t", "Partisan Post"
    doc = nlp(doc)
    assert not any(label.label == "gunmen" for label in doc._.labels)


def test_a_bare_noun_of_one_groups_description_stands_for_that_group(nlp):
    doc = nlp.make_doc(LEAD + "The Civic Union Party, the main opposition party, demanded an inquiry. The opposition has exploited the tragedy for weeks.")
    doc._.article_id, doc._.outlet = "t", "Partisan Post"
    doc = nlp(doc)
    found = {(label.label, label.target, label.kind) for label in doc._.labels}
    assert ("opposition", "Civic Union Party", "description") in found


# Round s33: the phrase's own evidence says whom a judging group noun stands for; a member of a
# contrast that the sentence denies stands for no one.


def test_an_of_phrase_naming_a_body_gives_that_body_the_label(nlp):
    text = (
        LEAD + "The Civil Guard arrested four men in Tollen on Tuesday. "
        "The terrorists of the Brannic Freedom Front bombed a bus depot in the city last week."
    )
    assert {target for label, target in characterisations_of(nlp, text) if label == "terrorists"} == {"Brannic Freedom Front"}


@pytest.mark.parametrize(
    "text, target",
    [
        # the one name the article blames before the phrase, not the agency that acted first
        (
            "The Harbour Agency closed the port of Selby on Friday. Fishermen blame the Selwick Shipping Company for the spill. "
            "The company has offered them nothing. The polluters are hiding behind their lawyers.",
            "Selwick Shipping Company",
        ),
        # the names acting in the nearest sentence before it, not every name acting before it
        (
            "The Harbour Agency closed the port of Selby on Friday after oil was found in the water. "
            "A tanker owned by Marrow Line leaked oil near the harbour mouth. Marrow Line has offered fishermen nothing. "
            "The polluters are hiding behind their lawyers.",
            "Marrow Line",
        ),
    ],
)
def test_a_judging_noun_follows_the_sentences_own_evidence(nlp, text, target):
    assert {t for label, t in characterisations_of(nlp, LEAD + text) if label == "polluters"} == {target}


def test_a_government_placed_in_a_town_is_the_body_governing_there(nlp):
    text = (
        LEAD + "The Provisional Administration took control of the province in March. "
        "The puppet government in Dravo arrested six students on Monday."
    )
    assert ("puppet government", "Provisional Administration") in characterisations_of(nlp, text)
    assert not any(target == "Dravo" for _, target in characterisations_of(nlp, text))


# Round s34: a judging phrase for a group owned by a name is that name's; "the <noun>" after it too.


def test_a_judging_group_phrase_owned_by_a_name_is_that_names(nlp):
    found = characterisations_of(
        nlp,
        LEAD + "Finance minister Aldo Rennick announced new taxes on Tuesday. Rennick's cabal has emptied the treasury. "
        "Now the cabal wants the public to pay.",
    )
    assert found == {("cabal", "Rennick")}


def test_a_judging_modifier_makes_an_owned_group_phrase_a_characterisation(nlp):
    found = characterisations_of(nlp, LEAD + "Meridel Air cancelled 22 flights on Friday. Meridel Air's greedy management has cut maintenance crews.")
    assert ("greedy management", "Meridel Air") in found


def test_a_plain_owned_group_phrase_is_no_characterisation(nlp):
    found = characterisations_of(nlp, LEAD + "Meridel Air cancelled 22 flights on Friday. Meridel Air's management has cut maintenance crews.")
    assert found == set()
