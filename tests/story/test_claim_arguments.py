"""What a claim clause is about, read for the pair scorer: pronoun subjects find their actor in
the article; acts and their roles are read through the voice and through nouns made from verbs;
counterfactuals and quoted speakers are known. Invented outlets report two invented floods (the
river Orvel; Marrowby)."""

import pytest

from storylens.ingest import read_inputs
from storylens.nlp.pipeline import analyze_articles
from storylens.story.actors import merge_actors
from storylens.story.claim_arguments import ClauseReading, other_speakers, read_clauses, role_agreement
from storylens.story.claims import align_claims, located_mentions
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


def test_a_description_is_the_person_only_when_the_story_calls_them_so(story):
    # "the engineer who signed" is not Petra Vandel, the person named last before it
    assert reading_of(story, "who signed the last report").subject == "head:engineer"


def test_a_passive_without_its_doer_names_only_what_was_done_to(story):
    closed = reading_of(story, "Three bridges were closed")
    assert closed.subject is None and closed.theme == "head:bridge"


MARROWBY_HERALD = """Floodwater cuts off Marrowby

The Harlen bridge was closed by the county council on Tuesday. Eleven passengers were taken to hospital after a bus left the road near Tollen. The builder did not respond to requests for comment. Had the council closed the road earlier, the bus would never have crashed. "Every truck we own is on the road," said Ilse Moran, who runs a haulage firm.
"""

TOLLEN_COURIER = """Marrowby waits for help as river rises

The county council closed the Harlen bridge on Tuesday. Ambulances took eleven passengers to hospital from the crash site near Tollen. The ministry did not respond to requests for comment. Had the army sent boats, the village could have been evacuated in a day. The road was out of service for about three weeks. "We need trucks, not promises," said Gunnar Pell, a farmer. Residents protested the closure of the Harlen bridge by the council.
"""


@pytest.fixture(scope="module")
def flood(tmp_path_factory, nlp):
    folder = tmp_path_factory.mktemp("marrowby")
    rows = ["file,outlet,published,title"]
    for name, text, outlet in (("herald.txt", MARROWBY_HERALD, "Marrowby Herald"),
                               ("courier.txt", TOLLEN_COURIER, "Tollen Courier")):
        (folder / name).write_text(text, encoding="utf-8")
        rows.append(f"{name},{outlet},2031-03-14,{text.splitlines()[0]}")
    (folder / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    ingest = read_inputs([str(folder)], manifest=folder / "manifest.csv")
    context = StoryContext(list(analyze_articles(ingest.articles)))
    merge_actors(context)
    items = located_mentions(context)
    return context, items, read_clauses(items, context)


def test_a_passive_and_an_active_tell_one_act_with_the_same_roles(flood):
    passive = reading_of(flood, "was closed by the county council")
    active = reading_of(flood, "The county council closed")
    assert (passive.acts[0].agent, passive.acts[0].patient) == (active.acts[0].agent, active.acts[0].patient)
    assert role_agreement(passive, active) == (1.0, 1.0, 0.0)


def test_a_passive_without_its_doer_agrees_in_what_was_done_to(flood):
    taken, took = reading_of(flood, "Eleven passengers were taken"), reading_of(flood, "Ambulances took")
    assert taken.acts[0].agent is None and taken.acts[0].patient == took.acts[0].patient
    assert role_agreement(taken, took) == (1.0, 1.0, 0.0)


def test_one_act_by_two_different_doers(flood):
    builder, ministry = reading_of(flood, "The builder did not respond"), reading_of(flood, "The ministry did not respond")
    assert role_agreement(builder, ministry) == (1.0, 0.0, 1.0)


def test_a_definite_description_is_not_the_organisation_named_before_it(flood):
    # "the county council" follows "The Harlen bridge", which the tagger may call an organisation
    assert reading_of(flood, "was closed by the county council").acts[0].agent == "head:council"


def test_a_noun_made_from_a_verb_tells_the_act_with_its_roles(flood):
    protested = reading_of(flood, "Residents protested the closure")
    closure = [act for act in protested.acts if act.nominal]
    assert closure and closure[0].predicate == "closure"
    assert role_agreement(protested, reading_of(flood, "The county council closed")) == (1.0, 1.0, 0.0)
    assert role_agreement(protested, reading_of(flood, "The county council closed"), nominal=False)[0] == 0.0


def test_a_counterfactual_tells_what_did_not_happen(flood):
    assert reading_of(flood, "Had the council closed the road").unreal
    assert reading_of(flood, "the bus would never have crashed").unreal
    assert reading_of(flood, "Had the army sent boats").unreal
    assert not reading_of(flood, "The county council closed").unreal
    assert not reading_of(flood, "The builder did not respond").unreal


def test_two_speakers_quoted_on_one_subject_are_other_speakers(flood):
    assert other_speakers(reading_of(flood, "Every truck we own"), reading_of(flood, "We need trucks")) == 1.0
    assert other_speakers(reading_of(flood, "Every truck we own"), reading_of(flood, "Every truck we own")) == 0.0


def test_one_saying_of_two_people_is_one_act_by_other_doers(story):
    assert role_agreement(reading_of(story, "She has no relation"), reading_of(story, "He has no relation"))[2] == 1.0


def test_a_counterfactual_corroborates_nothing(flood):
    # "Had the council closed the road earlier" reads close to the closed bridge and the road out
    # of service, but says the council did not close it
    context, _, _ = flood
    claims, _ = align_claims(context)
    holding = [c for c in claims if any("Had the council closed" in s.span.text for s in c.sources)]
    assert holding and all(c.status == "single_source" and len(c.sources) == 1 for c in holding)
    closed = [c for c in claims if any("The county council closed" in s.span.text for s in c.sources)]
    assert closed and closed[0].status == "corroborated"
