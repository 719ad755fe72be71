"""What a claim clause is about, read for the pair scorer: pronoun subjects find their actor in
the article, predicates and themes are compared, figures know what they count. Two invented
outlets report an invented flood on the river Orvel."""

import pytest

from storylens.ingest import read_inputs
from storylens.nlp.pipeline import analyze_articles
from storylens.story.actors import merge_actors
from storylens.story.claim_arguments import ClauseReading, agreement, read_clauses
from storylens.story.claims import located_mentions
from storylens.story.context import StoryContext

VALLEY = """Orvel floods close crossings

Mayor Tomas Reinholt closed the Dunmore bridge on Friday after the Orvel burst its banks. He also ordered two other crossings shut.

Engineers inspected the Dunmore bridge on Saturday and found cracks in two piers. Petra Vandel, a hotel owner, said the town had been warned for years. She has no relation to the engineer who signed the last report.

Twenty-three people were taken to hospital. It was the worst in years.
"""

COURIER = """Bridges shut as Orvel rises

The Dunmore bridge was inspected by county engineers on Saturday. Three bridges were closed in the town.

Lukas Ferrand, a ferry operator, said he planned to sail to Kellbrook on Monday. He has no relation to the engineer either.
"""


@pytest.fixture(scope="module")
def story(tmp_path_factory, nlp):
    folder = tmp_path_factory.mktemp("orvel")
    rows = ["file,outlet,published,title"]
    for name, text, outlet in (("valley.txt", VALLEY, "Valley Post"), ("courier.txt", COURIER, "Orvel Courier")):
        (folder / name).write_text(text, encoding="utf-8")
        rows.append(f"{name},{outlet},2031-04-12,{text.splitlines()[0]}")
    (folder / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    ingest = read_inputs([str(folder)], manifest=folder / "manifest.csv")
    context = StoryContext(list(analyze_articles(ingest.articles)))
    merge_actors(context)
    items = located_mentions(context)
    return context, items, read_clauses(items, context)


def reading_of(story, fragment) -> ClauseReading:
    _, items, readings = story
    found = [r for item, r in zip(items, readings) if fragment in item.mention.text]
    assert found, fragment
    return found[0]


def actor_named(story, word) -> str:
    context, _, _ = story
    (actor,) = [a.id for a in context.actors if word in a.name]
    return "actor:" + actor


def test_a_pronoun_subject_is_the_person_named_before_it(story):
    assert reading_of(story, "He also ordered").subject == actor_named(story, "Reinholt")
    assert reading_of(story, "She has no relation").subject == actor_named(story, "Vandel")
    assert reading_of(story, "He has no relation").subject == actor_named(story, "Ferrand")


def test_one_saying_of_two_people_is_two_facts(story):
    subjects_agree, subjects_differ, *_ = agreement(reading_of(story, "She has no relation"),
                                                    reading_of(story, "He has no relation"))
    assert (subjects_agree, subjects_differ) == (0.0, 1.0)


def test_one_act_on_other_things_and_one_act_on_one_thing(story):
    ordered, inspected = reading_of(story, "He also ordered"), reading_of(story, "Engineers inspected")
    assert agreement(ordered, inspected)[2] == 0.0  # ordering is no inspecting
    assert agreement(ordered, inspected)[1] == 1.0  # the mayor, not the engineers
    assert agreement(inspected, reading_of(story, "was inspected by county engineers"))[2:4] == (1.0, 0.0)
    assert agreement(reading_of(story, "closed the Dunmore bridge"),
                     reading_of(story, "Three bridges were closed"))[2] == 1.0


def test_figures_of_people_and_of_bridges_count_other_things(story):
    taken = reading_of(story, "Twenty-three people were taken")
    assert "person" in taken.counted or "people" in taken.counted
    assert agreement(taken, reading_of(story, "Three bridges were closed"))[4] == 1.0
    assert agreement(taken, reading_of(story, "Twenty-three people were taken"))[4] == 0.0


def test_a_description_is_the_person_only_when_the_story_calls_them_so(story):
    # "the engineer who signed" is not Petra Vandel, the person named last before it
    assert reading_of(story, "who signed the last report").subject == "head:engineer"


def test_a_passive_without_its_doer_names_only_what_was_done_to(story):
    closed = reading_of(story, "Three bridges were closed")
    assert closed.subject is None and closed.theme == "head:bridge"


def test_a_clause_that_names_nothing_of_its_own(story):
    assert reading_of(story, "who signed the last report").names_nothing
    assert not reading_of(story, "Engineers inspected").names_nothing
