"""storylens_timex on small Docs: news usage of dates, weekdays and relative expressions."""

import pytest

from storylens.nlp.pipeline import make_doc
from storylens.records import Article


def expressions(nlp, text, published="2023-06-26", inferred=False):
    doc = nlp(make_doc(nlp, Article(id="t", source="t.txt", text=text, published=published, published_inferred=inferred)))
    return {e.span.text: e for e in doc._.time_expressions}


@pytest.mark.parametrize(
    "text, published, expression, value",
    [
        ("Putin met Prigozhin on June 29.", "2023-07-10", "June 29", "2023-06-29"),
        ("The talks ended on 10 July 2023.", "2023-07-12", "10 July 2023", "2023-07-10"),
        ("He said the deal was signed December 30.", "2024-01-04", "December 30", "2023-12-30"),
        ("On Tuesday, Lukashenko gave a press conference.", "2023-06-27", "Tuesday", "2023-06-27"),
        ("Prigozhin launched his coup attempt Friday night.", "2023-06-26", "Friday night", "2023-06-23"),
        ("Prigozhin announced a retreat Saturday evening.", "2023-06-26", "Saturday evening", "2023-06-24"),
        ("The minister will travel to Minsk on Monday.", "2023-06-25", "Monday", "2023-06-26"),
        ("Troops left yesterday.", "2023-06-26", "yesterday", "2023-06-25"),
        ("In 2014, he established the group.", "2023-06-28", "2014", "2014"),
        ("Since the intervention in February 2022, prices rose.", "2023-06-28", "February 2022", "2022-02"),
        ("Contractors must accept the command by July 1.", "2023-06-26", "July 1", "2023-07-01"),
        ("The offensive stalled last month.", "2023-06-26", "last month", "2023-05"),
        ("Prices rose last year.", "2023-06-26", "last year", "2022"),
    ],
)
def test_dates_resolve_against_the_article_date(nlp, text, published, expression, value):
    found = expressions(nlp, text, published)
    assert found[expression].value == value


def test_relative_days_count_from_the_last_dated_anchor(nlp):
    found = expressions(nlp, "The mutiny began on June 23. The next day the march stopped. Two days later talks began.")
    assert found["June 23"].value == "2023-06-23"
    assert found["The next day"].value == "2023-06-24"
    assert found["Two days later"].value == "2023-06-25"


def test_durations_have_no_calendar_value(nlp):
    found = expressions(nlp, "Wagner held the city for 24 hours and left within two weeks.")
    assert found["24 hours"].kind == "duration" and found["24 hours"].value is None
    assert found["24 hours"].timeml == "PT24H"
    assert found["two weeks"].timeml == "P2W"


def test_timeml_values_for_references_parts_of_day_and_decades(nlp):
    found = expressions(nlp, "He is now in Belarus. Fighting began Friday morning. Such firms grew in the 1990s.")
    assert found["now"].timeml == "PRESENT_REF" and found["now"].value is None
    assert found["Friday morning"].timeml == "2023-06-23TMO" and found["Friday morning"].value == "2023-06-23"
    assert found["the 1990s"].timeml == "199"


def test_without_an_article_date_only_absolute_expressions_get_values(nlp):
    found = expressions(nlp, "On Tuesday the army moved, as it did in March 2014.", published=None)
    assert found["Tuesday"].value is None
    assert found["March 2014"].value == "2014-03"


def test_an_inferred_article_date_lowers_confidence(nlp):
    stated = expressions(nlp, "On Tuesday the army moved.", inferred=False)["Tuesday"]
    inferred = expressions(nlp, "On Tuesday the army moved.", inferred=True)["Tuesday"]
    assert inferred.value == stated.value and inferred.confidence < stated.confidence


def test_names_that_look_like_times_are_not_times(nlp):
    found = expressions(nlp, "Lavrov told Russia Today about the now-dissolved party.")
    assert "Today" not in found and "now" not in found


def test_span_extension_carries_the_timeml_value(nlp):
    doc = nlp(make_doc(nlp, Article(id="t", source="t.txt", text="They met on June 29.", published="2023-07-10")))
    expression = doc._.time_expressions[0]
    span = doc.char_span(expression.span.start, expression.span.end)
    assert span._.timex_value == "2023-06-29"
