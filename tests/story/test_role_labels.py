"""One outlet's label for who did what (issue 19): "terrorists" in one outlet's own voice where the
others write "militants" is marked; the same word quoted from a speaker is not; with only two
outlets nothing tells whose word is the plain one."""

import re

import pytest

from storylens.records import Article

CHECKPOINT = {
    "North Post": "Terrorists attacked a border checkpoint near Kalvik on Sunday, killing four soldiers. The defence "
    "ministry said the attackers fled into the forest.",
    "River Herald": "Militants attacked a border checkpoint near Kalvik on Sunday, killing four soldiers. The attackers "
    "fled into the forest, the defence ministry said.",
    "Plains Journal": "Militants attacked a border checkpoint near Kalvik on Sunday and killed four soldiers. The governor "
    "called them “terrorists” and promised a response.",
}


def story_of(nlp, texts):
    from storylens.nlp.pipeline import analyze_articles
    from storylens.story.build import build_story

    articles = [
        Article(id=f"k{i}", source=f"k{i}.txt", text=text, outlet=outlet, published="2025-05-05")
        for i, (outlet, text) in enumerate(texts.items())
    ]
    return build_story(list(analyze_articles(articles, nlp=nlp)))


@pytest.fixture(scope="module")
def checkpoint(nlp):
    return story_of(nlp, CHECKPOINT)


def labels(story):
    outlet = {a.id: a.outlet for a in story.articles}
    return [(outlet[s.span.article], s.span.text) for s in story.framing.loaded_language if s.found_by == "label"]


def test_one_outlets_label_in_its_own_voice_is_marked(checkpoint):
    assert labels(checkpoint) == [("North Post", "Terrorists")]
    marked = next(s for s in checkpoint.framing.loaded_language if s.found_by == "label")
    assert marked.category == "Name_Calling,Labeling"


def test_the_brief_states_the_fact_in_the_others_plain_words(checkpoint):
    brief = " ".join(s.text for s in checkpoint.summary)
    assert "Militants attacked a border checkpoint" in brief
    # The governor's word is reported as his, in quotation marks; never in the brief's own voice.
    assert "terrorists" not in re.sub(r"“[^”]*”", " ", brief).lower(), brief


def test_with_two_outlets_nothing_tells_whose_word_is_plain(nlp):
    two = {outlet: text for outlet, text in CHECKPOINT.items() if outlet != "Plains Journal"}
    assert labels(story_of(nlp, two)) == []


NAMED_ELSEWHERE = {
    "North Post": "The terrorists attacked a border checkpoint near Kalvik on Sunday, killing four soldiers.",
    "River Herald": "Fighters of the Redhand Brigade attacked a border checkpoint near Kalvik on Sunday, killing four soldiers.",
    "Plains Journal": "The Redhand Brigade attacked a border checkpoint near Kalvik on Sunday and killed four soldiers.",
}


def role_labels_of(story):
    return {(a.name, label.outlet, label.label) for a in story.actors for label in a.labels if label.kind == "role"}


def test_an_unnamed_agent_is_a_label_of_the_one_actor_the_others_name(nlp):
    found = role_labels_of(story_of(nlp, NAMED_ELSEWHERE))
    assert found == {("Redhand Brigade", "North Post", "terrorists")}


def test_an_unnamed_agent_labels_no_one_when_the_others_name_two_actors_or_none(nlp):
    two = dict(NAMED_ELSEWHERE, **{"Plains Journal": NAMED_ELSEWHERE["Plains Journal"].replace("The Redhand Brigade", "The Greyfell Front")})
    assert role_labels_of(story_of(nlp, two)) == set()
    assert role_labels_of(story_of(nlp, CHECKPOINT)) == set()


# --- issue 19, fifth round: a side's word, quoted by the others, in one outlet's own voice ---------

DEPOT = {
    "Valley Courier": "The terrorists attacked a grain depot near Osterholm on Friday, killing two guards.",
    "Coast Gazette": "Fighters of the Greyfell Front attacked a grain depot near Osterholm on Friday, killing two guards. "
    "The regional governor called them “terrorists” and ordered a curfew.",
    "Upland Times": "The Greyfell Front attacked a grain depot near Osterholm on Friday and killed two guards.",
}


def test_a_label_the_other_outlets_only_quote_is_marked_in_the_outlet_that_adopts_it(nlp):
    story = story_of(nlp, DEPOT)
    assert role_labels_of(story) == {("Greyfell Front", "Valley Courier", "terrorists")}
    assert labels(story) == [("Valley Courier", "terrorists")]


def test_a_plain_noun_for_the_side_is_not_marked(nlp):
    # "the raiders" stands for the same group, but no outlet quotes it as someone's word.
    plain = dict(DEPOT, **{"Valley Courier": DEPOT["Valley Courier"].replace("The terrorists", "The raiders")})
    story = story_of(nlp, plain)
    assert role_labels_of(story) == {("Greyfell Front", "Valley Courier", "raiders")}
    assert labels(story) == []


# --- round s27: the adopting outlet names the group in the noun's own phrase ------------------------

FERRY_RAID = {
    "Harbour Lamp": "The bandits of the Saltwind Company seized a ferry near Carrowby on Monday. "
    "Two crewmen were hurt when the bandits boarded.",
    "Morning Quay": "Gunmen seized a ferry near Carrowby on Monday. The port chief called the raiders “bandits” and "
    "closed the harbour.",
    "Tern Bulletin": "The Saltwind Company said its men had taken a ferry near Carrowby on Monday.",
}


def test_a_groups_members_word_that_the_others_only_quote_is_marked(nlp):
    # No fact is told with the same verb by the others, so no role label: the outlet's own phrase
    # names the group ("the bandits of the Saltwind Company"), and the later bare "the bandits" is
    # its word for that group; another outlet writes the word only inside quotation marks.
    story = story_of(nlp, FERRY_RAID)
    assert ("Harbour Lamp", "bandits") in labels(story)
    assert {o for o, _ in labels(story)} == {"Harbour Lamp"}


def test_a_groups_members_word_another_outlet_also_uses_is_not_marked(nlp):
    shared = dict(FERRY_RAID, **{"Tern Bulletin": "Bandits seized a ferry near Carrowby on Monday, the Saltwind Company said."})
    # (two outlets now agree on "bandits", so the older rule may mark the third's "Gunmen")
    assert not [text for _, text in labels(story_of(nlp, shared)) if text.lower() == "bandits"]


def test_a_relative_clauses_subject_is_no_role_label(nlp):
    # round s29: "whose crews" was an outlet's label for the group the others name
    story = story_of(
        nlp,
        {
            "Harbour Times": "Crews of the Ferry Alliance blocked the ferry ramp at Kessory on Friday. Passengers waited for hours.",
            "Coast Daily": "The Ferry Alliance blocked the ferry ramp at Kessory on Friday. Passengers waited for hours.",
            "Port Post": "The Ferry Alliance, whose crews blocked the ferry ramp at Kessory on Friday, met the minister.",
        },
    )
    found = [(l.label, l.outlet) for a in story.actors for l in a.labels if l.kind == "role"]
    assert not any(label.lower().startswith(("whose", "which", "who")) for label, _ in found), found


def test_a_things_noun_or_the_writers_own_people_are_no_role_label(nlp):
    # round s31: "Flowers" of a caption and an aid agency's "our teams" were marked as labels
    story = story_of(
        nlp,
        {
            "Relief Desk": "Our teams reached the flooded village of Arnvik on Monday and handed out water.",
            "North Post": "Aid workers reached the flooded village of Arnvik on Monday and handed out water.",
            "River Herald": "Aid workers reached the flooded village of Arnvik on Monday with water.",
            "Plains Journal": "Aid workers reached the flooded village of Arnvik on Monday and handed out water.",
        },
    )
    assert labels(story) == []
