"""Round s41 (issue 19): the animals a story is about are no name-calling. An article that counts
them ("six wolves", "two of the wolves") names them plainly, though a second WordNet sense makes
"wolf" an insult for people; a word for people counted ("six thugs") still judges. Sentences
written for these tests (an invented wildlife park)."""

from __future__ import annotations

from storylens.nlp.loaded_rules.nouns import evaluative_nouns


def read(nlp, text):
    doc = nlp(text)
    return [doc.text[start:end] for start, end, _ in evaluative_nouns(doc)]


def test_counted_animals_the_story_is_about_are_not_name_calling(nlp):
    text = (
        "Six wolves escaped from the Harlen Wildlife Park on Sunday night after a storm. "
        "Police said the wolves were last seen near a school. Keepers caught two of the wolves on Monday."
    )
    assert read(nlp, text) == []


def test_counted_people_judged_by_their_noun_still_are(nlp):
    assert read(nlp, "Six thugs attacked the reporters. The thugs fled.") == ["thugs", "thugs"]
