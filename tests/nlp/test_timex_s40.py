"""Round s40 (issue 19): a photo caption in the simple present, alone on its line, shows a past
scene: "Smoke rises from the depot on Sunday evening" is the last Sunday, not the next. Sentences
written for this test."""

from __future__ import annotations

from tests.nlp.test_timex import expressions

PUBLISHED = "2037-11-18"  # a Wednesday; the last Sunday is 15 November, the next 22 November


def test_a_caption_of_a_scene_in_a_line_of_its_own_is_the_last_such_day(nlp):
    text = ("A fire gutted the Corran fuel depot on Sunday evening.\n\n"
            "Smoke rises from the Corran depot on Sunday evening.\n\n"
            "Firefighters said the blaze was out by midnight.")
    caption = "Smoke rises from the Corran depot on Sunday evening."
    text_alone = "Crews worked through the night.\n\n" + caption
    assert expressions(nlp, text_alone, PUBLISHED)["Sunday evening"].value == "2037-11-15"
    # among other lines, the caption's day is the one the fire was told on
    ((value),) = {e.value for e in expressions_all(nlp, text, PUBLISHED) if e.span.text == "Sunday evening"}
    assert value == "2037-11-15"


def expressions_all(nlp, text, published):
    from storylens.nlp.pipeline import make_doc
    from storylens.records import Article

    doc = nlp(make_doc(nlp, Article(id="t", source="t.txt", text=text, published=published)))
    return list(doc._.time_expressions)


def test_a_schedule_in_a_line_of_its_own_and_a_scene_inside_a_paragraph_keep_the_next_day(nlp):
    # what is planned travels: the ferry leaves on the next Sunday evening
    ferry = "The depot reopened on Monday.\n\nThe ferry to Ostend leaves Corran on Sunday evening.\n\nTickets are on sale."
    assert expressions(nlp, ferry, PUBLISHED)["Sunday evening"].value == "2037-11-22"
    # the layout is what tells a caption: inside running text the present stays a schedule
    running = "The depot reopened on Monday. Smoke rises from the Corran depot on Sunday evening, officials expect."
    assert expressions(nlp, running, PUBLISHED)["Sunday evening"].value == "2037-11-22"
