"""storylens_events: dated happenings, their triggers and actors; citations date nothing."""

from storylens.nlp.pipeline import make_doc
from storylens.records import Article


def events(nlp, text, published="2023-06-28"):
    doc = nlp(make_doc(nlp, Article(id="e", source="e.txt", text=text, published=published)))
    return doc._.event_mentions


def test_a_dated_clause_is_an_event_with_trigger_and_actors(nlp):
    (event,) = events(nlp, "On Tuesday, Belarusian President Alexander Lukashenko gave a press conference in Minsk.")
    assert event.date == "2023-06-27"
    assert event.trigger == "give"
    assert event.trigger_span.text == "gave"
    assert "Alexander Lukashenko" in event.actors
    assert event.time_expression.text == "Tuesday"
    assert event.clause.text.startswith("On Tuesday") or "Lukashenko gave" in event.clause.text


def test_citations_and_bounds_make_no_events(nlp):
    text = "Aid was announced in Kyiv. (AP, June 20) The contractor ran restaurants prior to 2014."
    assert events(nlp, text) == []


def test_durations_make_no_events(nlp):
    assert events(nlp, "Wagner controlled the city for almost a day.") == []


def test_seed_events_cover_the_mutiny(seed_analyses):
    mentions = [m for a in seed_analyses for m in a.event_mentions]
    assert {"2023-06-23", "2023-06-24", "2014", "2022-02"} <= {m.date for m in mentions}
    for m in mentions:
        assert m.sentence.start <= m.trigger_span.start < m.sentence.end


def test_a_year_naming_a_thing_dates_nothing(nlp):
    assert events(nlp, "The 2020 candidates demanded the report.", published="2019-03-25") == []
    (event,) = events(nlp, "In 2014, he established the Wagner Group.", published="2023-06-28")
    assert event.date == "2014" and event.trigger == "establish"
