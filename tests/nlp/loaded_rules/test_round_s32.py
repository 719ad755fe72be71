"""Round s32 (issue 19): loaded depictions in the outlet's own voice, plain reports of damage and
counts left unmarked, plain reports read as such, and headlines read word by word. Sentences
written for these tests (invented towns, agencies and people)."""

from __future__ import annotations

import pytest

from storylens.records import Article


def shown(nlp, text):
    """The loaded spans the report shows (persuasive context is kept apart)."""
    return [s.span.text for s in nlp(text)._.loaded_spans if s.shows_words]


def every_span(nlp, text):
    return [(s.found_by, s.span.text) for s in nlp(text)._.loaded_spans]


@pytest.mark.parametrize(
    "text, part",
    [
        ("Dozens of villagers were dragged from their homes by police in Tarnby overnight.", "dragged from their homes"),
        ("Police hauled the strikers from their cars outside the mill.", "hauled the strikers from their cars"),
        ("Among those held was Mira Dovan, a teacher whose only crime was signing a petition.", "only crime was signing a petition"),
        ("The ban conveniently covers the districts where the opposition is strongest.", "conveniently covers the districts"),
        ("The strikers, egged on by foreign paymasters, blocked the Kestrel bridge.", "egged on by foreign paymasters"),
    ],
)
def test_depictions_in_the_outlets_voice_are_marked(nlp, text, part):
    spans = shown(nlp, text)
    assert any(part in span for span in spans), spans


@pytest.mark.parametrize(
    "text",
    [
        "Rescuers pulled two survivors from the rubble.",
        "The crew dragged the boat ashore.",
        "Rescuers dragged three survivors from the rubble of the hotel.",
        "Divers hauled two fishermen from the water near Orrin.",
        "Fishermen hauled their nets onto the quay.",
        "The station is conveniently located near the port.",
        "The hotel conveniently sits next to the station.",
        "The mayor said residents were dragged from their homes.",
        "His only crime conviction dates from 1998.",
        "The strike was called by the dockers' union.",
        "The mayor said the strikers were egged on by foreign paymasters.",
    ],
)
def test_plain_moves_and_places_are_not_depictions(nlp, text):
    assert shown(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "By evening the three hamlets were deserted; a few farmers refused to leave their cattle.",
        "By evening the three hamlets were empty; a few farmers refused to abandon their cattle.",
        "Some 8,000 acres burned and 214 houses were destroyed, officials said.",
    ],
)
def test_plain_reports_of_damage_and_counts_are_not_loaded(nlp, text):
    assert shown(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The rebels crossed from Ostrava, whose government the opposition accuses of arming them.",
        "Twelve hours later, at 4 a.m. on June 9, the ministry ordered the dam opened.",
        "According to a memo seen by the newspaper, the regulator recommended on April 2nd that the plant close.",
        "Sulphuric acid is used to make batteries.",
        "The assembly is due to vote on the budget on October 14th.",
        "The village had warned the ministry about the levee.",
    ],
)
def test_plain_reports_are_read_as_plain(nlp, text):
    """``reports_plainly``: since round s33 such spans are recorded as "plain", out of persuasive
    context; the brief still reads them (docs/framing.md, rounds s32 and s33)."""
    from storylens.nlp.loaded_rules import reports_plainly

    assert reports_plainly(nlp(text), 0, len(text))
    assert shown(nlp, text) == []


def test_a_verb_done_to_people_is_still_read(nlp):
    from storylens.nlp.loaded_rules.filters import judges

    text = "Troops slaughtered villagers in Dunmore."
    assert judges(nlp(text), 0, len(text))


def test_a_question_or_a_threat_to_us_is_not_plain_report(nlp):
    from storylens.nlp.loaded_rules import reports_plainly

    for text in (
        "Why did the ministry wait nine hours before it ordered the dam opened?",
        "If the levee breaks, our farms will be next.",
        "The ministry did not warn the village about the levee.",
    ):
        assert not reports_plainly(nlp(text), 0, len(text)), text


HEADLINES = {
    "Chaos as Harbour Board botches rescue": "botches",
    "Union scaremongering clouds recovery": "scaremongering",
    "Junta uses treason farce to jail its opponents": "farce",
}
PLAIN_HEADLINES = [
    "Floods force thousands from homes in Dunmere",
    "Mayor opens new bridge over Tarn",
    "Fire destroys 40 homes in Kelby",
    "Court jails former mayor for fraud",
    "Police arrest three after market clash",
]


@pytest.fixture(scope="module")
def headline_spans(nlp):
    from storylens.nlp.titles import analyze_titles

    titles = [*HEADLINES, *PLAIN_HEADLINES]
    body = "The Harbour Board said on Monday that work in Kelby and Tarn would go on."
    articles = [Article(id=f"t{i}", source=f"t{i}", text=body, title=title) for i, title in enumerate(titles)]
    found = analyze_titles(articles, nlp=nlp, entity_types=frozenset({"PERSON", "ORG", "GPE"}))
    return {title: [s for s in spans if s.shows_words] for title, (_, spans) in zip(titles, found)}


@pytest.mark.parametrize("title", sorted(HEADLINES))
def test_a_loaded_headline_is_read_like_a_body_sentence(headline_spans, title):
    spans = headline_spans[title]
    assert any(HEADLINES[title] in s.span.text for s in spans), spans
    assert all(title[s.span.start : s.span.end] == s.span.text for s in spans)


@pytest.mark.parametrize("title", PLAIN_HEADLINES)
def test_a_plain_headline_is_not_marked(headline_spans, title):
    assert headline_spans[title] == []
