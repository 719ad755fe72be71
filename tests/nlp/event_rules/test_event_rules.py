"""What storylens_events dates as the outlet's own happenings (issue 19)."""

from storylens.nlp.pipeline import make_doc
from storylens.records import Article


def events(nlp, text, published="2023-06-28"):
    doc = nlp(make_doc(nlp, Article(id="e", source="e.txt", text=text, published=published)))
    return doc._.event_mentions


def test_a_relative_time_inside_a_quotation_anchors_nothing(nlp):
    text = 'The commander of the Northland army told the town: "We will destroy you in the morning."'
    assert events(nlp, text) == []
    found = events(nlp, 'Marr said: "We signed the accord on June 3, 2023, in Vessby."')
    assert [e.date for e in found] == ["2023-06-03"]  # a stated date is no anchor problem


def test_the_outlets_own_relative_time_still_dates(nlp):
    (event,) = events(nlp, "The Northland army shelled Velmora on Tuesday.")
    assert event.date == "2023-06-27"


def test_negated_and_counterfactual_predicates_are_not_happenings(nlp):
    assert events(nlp, "The army did not enter Velmora on June 3, 2021.") == []
    assert events(nlp, "Had they attacked in May 2020, they would have won.") == []


def test_a_failure_is_dated_as_the_failure(nlp):
    (event,) = events(nlp, "Critics pointed to the failure to capture the capital in February 2022.")
    assert event.trigger == "failure" and event.date == "2022-02"
    (event,) = events(nlp, "Troops failed to take Velmora in March 2021.")
    assert event.trigger == "fail"
    assert event.clause.text.startswith("Troops failed")


def test_a_participle_is_described_with_what_it_belongs_to(nlp):
    (event,) = events(nlp, "The plan, presented by Ilse Marr on Tuesday, was rejected.")
    assert event.clause.text.startswith("The plan")
    assert events(nlp, "Presented by Ilse Marr on Tuesday\n\nThe plan was rejected.") == []


def test_an_undated_article_uses_its_stated_year_or_waits_for_the_story(nlp):
    text = "The floods of 2021 began in July. On June 24th, the dam at Velmora broke."
    assert [e.date for e in events(nlp, text, published=None) if e.trigger == "break"] == ["2021-06-24"]
    (event,) = events(nlp, "On June 24th, the dam at Velmora broke.", published=None)
    assert event.date == "XXXX-06-24"


def test_a_relative_clause_is_described_with_the_noun_it_hangs_from(nlp):
    (declared, voted) = events(nlp, "The harbour board, which had declared an emergency on March 3, voted on Friday to end it.",
                               published="2024-03-10")
    assert declared.trigger == "declare" and declared.clause.text.startswith("The harbour board, which had declared")
    (cleared,) = events(nlp, "Residents praised the volunteers who cleared the beach on March 5.", published="2024-03-10")
    assert cleared.clause.text == "the volunteers who cleared the beach on March 5"
    (abandoned,) = events(nlp, "Police found the van that the robbers had abandoned on March 4.", published="2024-03-10")
    assert abandoned.clause.text.startswith("the van that")
