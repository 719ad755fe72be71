"""A group written by its kind, read across the outlets of a story (issue 19, round s30): "the
militia" is the group some outlet describes as a militia, never the other side's group."""

import pytest

from storylens.nlp.pipeline import analyze_articles
from storylens.records import Article
from storylens.story.build import build_story

LEAD = "Crowds gathered in the square on Monday.\n\n"
TEXTS = {
    "Coast Wire": "Forty civilians were killed in Dunmere on Sunday. The Free Coast Front, a rebel group, held the harbour "
    "for six hours. The killings were carried out by the militia, not the army, witnesses said.",
    "State Daily": "Order returned to Dunmere on Sunday. The Harbour Guard, a pro-government militia, patrolled the roads "
    "around the town, the ministry said.",
}


@pytest.fixture(scope="module")
def story(nlp):
    articles = [
        Article(id=f"k{i}", source=f"k{i}.txt", text=LEAD + text, outlet=outlet, published="2031-06-09")
        for i, (outlet, text) in enumerate(TEXTS.items())
    ]
    return build_story(list(analyze_articles(articles, nlp=nlp)))


def labels(story, name):
    actor = next(a for a in story.actors if a.name == name)
    return {(label.label, label.outlet, label.kind) for label in actor.labels}


def test_the_kind_noun_labels_the_group_another_outlet_describes_as_that_kind(story):
    assert ("militia", "Coast Wire", "description") in labels(story, "Harbour Guard")


def test_the_other_sides_group_and_a_kind_no_group_is_get_nothing(story):
    assert not any(label in ("militia", "army") for label, _, _ in labels(story, "Free Coast Front"))
    assert not any(label.label == "army" for actor in story.actors for label in actor.labels)


MODIFIED = {
    "Coast Wire": "Shells fell on Dunmere on Sunday. The regular army crossed the river at dawn, and the formation "
    "moved north. The Kessel Army, a rebel force, withdrew from the harbour.",
    "State Daily": "The Kessel Army left Dunmere on Sunday, the ministry said.",
}


def test_a_kind_noun_with_a_modifier_or_no_organisation_sense_labels_no_group(nlp):
    # "the regular army" is another army than the story's one named army; "the formation" is an
    # arrangement, not a kind of organisation.
    articles = [
        Article(id=f"m{i}", source=f"m{i}.txt", text=LEAD + text, outlet=outlet, published="2031-06-09")
        for i, (outlet, text) in enumerate(MODIFIED.items())
    ]
    story = build_story(list(analyze_articles(articles, nlp=nlp)))
    texts = {label.label for actor in story.actors for label in actor.labels if label.kind == "description"}
    assert not texts & {"regular army", "army", "formation"}
