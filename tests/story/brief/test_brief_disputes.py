"""Issue 15, the brief's disputes and citations, on a story written here (an invented warehouse
fire): a dispute is written only when its sides' own clauses give two versions of one thing;
a sentence framed as one outlet's report cites that outlet only, and another outlet that
reports it as someone's claim keeps that attribution."""

from dataclasses import replace

import pytest

from storylens.records import Claim, Conflict, SourceRef, Span
from storylens.story.brief.disputes import SideReader, disagreeing
from storylens.story.brief.writer import unsupported_facts, write_brief
from storylens.story.context import StoryContext
from tests.story.brief.invented import build_invented_story

FIRE = [
    ("Vale Courier", "2032-03-08", "Fire guts Tollan warehouse",
     "A fire gutted the Tollan fertiliser warehouse in Dunmore on Sunday night. "
     "Inspectors had switched off the warehouse's sprinklers for repairs two days before the fire. "
     "Forty firefighters fought the blaze for six hours. "
     "The firm reported sales of 140 million crowns last year. "
     "There was no evidence that any worker had been hurt, the company said. "
     "The roof of the east hall collapsed shortly after midnight. "
     "The firm, which has 640 staff, runs three depots in the valley. "
     "The company says a faulty forklift charger started the fire. "
     "The company denied that any chemicals had reached the river."),
    ("Harlow Wire", "2032-03-08", "Warehouse fire in Dunmore",
     "A fire gutted the Tollan fertiliser warehouse in Dunmore on Sunday night. "
     "Fire officials said inspectors had switched off the warehouse's sprinklers for repairs two days before the fire. "
     "Sixty firefighters fought the blaze for six hours. "
     "The firm made a profit of 410 million crowns last year. "
     "No worker was hurt in the fire. "
     "The roof of the east hall did not collapse, the fire service said. "
     "The fire forced 520 staff to stay at home on Monday. "
     "The company blames a faulty forklift charger for the fire. "
     "No chemicals reached the river, the company said."),
    ("Ridge Times", "2032-03-09", "Dunmore counts the cost of warehouse fire",
     "A fire gutted the Tollan fertiliser warehouse in Dunmore on Sunday night. "
     "Residents of three streets were told to keep their windows shut. "
     "The town council will meet on Wednesday to discuss the site."),
]


@pytest.fixture(scope="module")
def fire(nlp):
    return build_invented_story(FIRE, "f", nlp)


def side(context: StoryContext, article: str, words: str) -> SourceRef:
    """The source of the sentence of ``article`` holding ``words``."""
    text = context.articles[article].text
    at = text.index(words)
    sentence = context.sentence_of(Span.of(article, text, at, at + len(words)))
    return SourceRef(article, context.articles[article].outlet, sentence)


@pytest.mark.parametrize("first, second, differ", [
    ("Forty firefighters", "Sixty firefighters", True),  # two counts of one thing
    ("The roof of the east hall collapsed", "did not collapse", True),  # one predication, opposite polarity
    ("sales of 140 million", "profit of 410 million", False),  # amounts of different things
    ("no evidence that any worker", "No worker was hurt", False),  # both deny it
    ("Forty firefighters", "profit of 410 million", False),  # nothing in common
    ("which has 640 staff", "forced 520 staff", False),  # a standing size against those a happening involved
    ("denied that any chemicals", "No chemicals reached", False),  # a denial agrees with "no"
])
def test_a_dispute_needs_two_versions_of_one_thing(fire, first, second, differ):
    _, context = fire
    sources = [side(context, "f0", first), side(context, "f1", second)]
    assert (disagreeing(sources, SideReader(context)) == {0, 1}) is differ


def contested(context: StoryContext, sources: list[SourceRef]) -> Claim:
    return Claim(id="c-test", text=sources[0].span.text, status="contested", sources=sources,
                 conflicts=[Conflict("quantity", "test", sources)])


def test_a_false_dispute_is_stated_as_separate_facts_each_cited(fire):
    story, context = fire
    sources = [side(context, "f0", "sales of 140 million"), side(context, "f1", "profit of 410 million")]
    brief = write_brief(replace(story, claims=[*story.claims, contested(context, sources)]), context)
    assert not [s.text for s in brief if "Reports differ" in s.text and "crowns" in s.text]
    for figure, outlet in (("140 million", "Vale Courier"), ("410 million", "Harlow Wire")):
        stating = [s for s in brief if figure in s.text]
        assert stating, figure
        assert all({x.outlet for x in s.sources} == {outlet} for s in stating), [s.text for s in stating]


def test_a_true_dispute_is_written_as_one(fire):
    story, context = fire
    sources = [side(context, "f0", "Forty firefighters"), side(context, "f1", "Sixty firefighters")]
    brief = write_brief(replace(story, claims=[*story.claims, contested(context, sources)]), context)
    disputes = [s for s in brief if s.text.startswith("Reports differ") and "firefighters" in s.text]
    assert disputes and {x.outlet for x in disputes[0].sources} == {"Vale Courier", "Harlow Wire"}


def test_a_sentence_framed_as_one_outlets_report_cites_that_outlet(fire):
    story, _ = fire
    outlets = [a.outlet for a in story.articles]
    for sentence in story.summary:
        for outlet in outlets:
            if sentence.text.startswith(f"{outlet} reports that"):
                named = {o for o in outlets if o in sentence.text}
                assert {s.outlet for s in sentence.sources} <= named, sentence.text
        assert unsupported_facts(sentence, story) == [], sentence.text


def test_an_attributed_report_keeps_its_attribution(fire):
    story, _ = fire
    stating = [s for s in story.summary if "sprinklers" in s.text]
    for sentence in stating:
        outlets = {s.outlet for s in sentence.sources}
        if "Harlow Wire" in outlets:
            # the wire reports it only as what fire officials said
            assert "officials" in sentence.text, sentence.text
        if "Vale Courier reports that" in sentence.text:
            assert outlets == {"Vale Courier"}, sentence.text


def test_what_two_outlets_state_as_fact_is_not_framed_as_one(fire):
    story, _ = fire
    stating = [s for s in story.summary if "gutted" in s.text]
    assert stating
    assert not any(" reports that" in s.text for s in stating), [s.text for s in stating]


def test_a_report_of_what_someone_says_cites_outlets_naming_that_speaker(fire):
    story, _ = fire
    stating = [s for s in story.summary if "forklift" in s.text]
    assert stating
    assert {"Vale Courier", "Harlow Wire"} <= {x.outlet for x in stating[0].sources}, stating[0].text
