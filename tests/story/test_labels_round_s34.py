"""Labels and the brief's voice on invented stories (issue 19, round s34): a ferry that ran
aground and a flood in a contested valley, each told by outlets that disagree. A place keeps no
description no place can have, a title owned by "its" never reaches the brief as "Its
spokesman", a body is written by its name rather than another outlet's title for it, and a
sentence that judged in one outlet's voice is that outlet's report."""

import pytest

from storylens.nlp.pipeline import analyze_articles
from storylens.records import Article
from storylens.story.build import build_story

FERRY = [
    (
        "Coast Ledger",
        "Ferry runs aground near Pellby",
        "The passenger ferry Arla Queen ran aground on Tuesday shortly after leaving Vossholm. "
        "The ferry later docked at Velby, the crippled vessel listing badly.\n\n"
        "Halvik Lines operates the route. Its spokesman, Ivo Dren, said no passenger was hurt.",
    ),
    (
        "Harbour Tribune",
        "Ferry stranded off Vossholm",
        "A ferry operated by Halvik Lines ran aground off Vossholm on Tuesday, the company said. "
        "It was towed to the town of Velby, where passengers left the ship.\n\n"
        "Residents of Velby brought blankets to the harbour.",
    ),
]

FLOOD = [
    (
        "Free Dalmor Voice",
        "Soldiers, not sandbags, for Kessa",
        "Soldiers turned back a relief barge at a checkpoint near Kessa on Monday. "
        "The regime's soldiers are manning checkpoints around Kessa.\n\n"
        "The so-called Operation Dawnwall has brought more rifles than sandbags to Kessa.",
    ),
    (
        "Dalmor State News",
        "Government sends troops to flooded Kessa",
        "The Provisional Government sent troops to Kessa on Monday under Operation Dawnwall to reinforce the flood defences. "
        "The Kessa Liberation Front, a separatist group, has attacked two army posts this month.\n\n"
        "A relief barge was held for hours by soldiers, their propaganda outlet, Free Dalmor Voice, has claimed.",
    ),
    (
        "Valley Wire",
        "Troops and floods in Kessa",
        "Operation Dawnwall has brought 400 soldiers and sandbags to Kessa, the Provisional Government said. "
        "A relief barge was stopped at a checkpoint for three hours, aid workers said.",
    ),
    (
        "River Post",
        "Kessa braces for more rain",
        "Operation Dawnwall has brought soldiers and sandbags to Kessa since Monday. The river is expected to peak on Thursday.",
    ),
]


def _story(nlp, outlets, tag):
    articles = [
        Article(id=f"{tag}{i}", source=f"{tag}{i}.txt", text=text, outlet=outlet, title=title, published="2031-05-10")
        for i, (outlet, title, text) in enumerate(outlets)
    ]
    return build_story(list(analyze_articles(articles, nlp=nlp)))


@pytest.fixture(scope="module")
def ferry(nlp):
    return _story(nlp, FERRY, "f")


@pytest.fixture(scope="module")
def flood(nlp):
    return _story(nlp, FLOOD, "k")


def _brief(story):
    return " ".join(sentence.text for sentence in story.summary)


def _labels(story, name):
    actor = next(a for a in story.actors if a.name == name)
    return {(label.label, label.outlet, label.kind) for label in actor.labels}


def test_a_place_keeps_no_description_no_place_can_have(ferry):
    velby = next(a for a in ferry.actors if a.name == "Velby")
    assert velby.type in ("GPE", "LOC")
    assert not any("vessel" in label.label for label in velby.labels)


def test_a_title_owned_by_its_is_written_as_the_bodys_title_and_never_reaches_the_brief(ferry):
    assert ("spokesman of Halvik Lines", "Coast Ledger", "apposition") in _labels(ferry, "Ivo Dren")
    assert "Its spokesman" not in _brief(ferry)


def test_the_brief_writes_a_body_by_its_name_not_another_outlets_title_for_it(flood):
    assert any(label.startswith("propaganda outlet") for label, *_ in _labels(flood, "Free Dalmor Voice"))
    assert "propaganda outlet" not in _brief(flood)


def test_a_noun_for_a_government_owning_the_doers_goes_to_the_storys_governing_body(flood):
    assert ("regime", "Free Dalmor Voice", "characterisation") in _labels(flood, "Provisional Government")
    assert not any(label.label == "regime" for label in next(a for a in flood.actors if a.name == "Kessa").labels)


def test_a_governing_body_named_with_of_is_headed_by_the_word_before_of():
    from storylens.records import Actor
    from storylens.story.group_referents import _governing_body

    actors = [Actor("a1", "Government of Dalmor", "ORG", ["Government of Dalmor"]), Actor("a2", "Kessa Liberation Front", "ORG", ["Kessa Liberation Front"])]
    assert _governing_body(actors).name == "Government of Dalmor"
