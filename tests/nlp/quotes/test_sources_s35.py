"""Who speaks and what is said (round s35, an audit on fresh stories): runs of quotation
paragraphs, short quoted sentences, nominal speakers that the article described earlier, clauses
the parser took for a subject, and verbs that take an object but report no words."""

from __future__ import annotations

import pytest

from storylens.nlp.quotes import QuoteFinder


def said(quotes) -> list[tuple[str, str]]:
    return [(q.text, q.speaker_text) for q in quotes]


def test_a_quote_over_two_paragraphs_takes_the_speaker_named_where_it_closes(quotes_of):
    text = (
        "Mayor Piet Ostrel praised the rescuers on Monday.\n"
        "“The water came fast. We had no boats.\n"
        "“Nobody came for two days,” said Greta Halm, who runs the shelter."
    )
    assert [q.speaker_text for q in quotes_of(text) if "boats" in q.text] == ["Greta Halm"]


def test_quotation_paragraphs_go_to_the_person_the_run_opens_with(quotes_of):
    text = (
        "Mayor Piet Ostrel said the rescuers had done their best.\n"
        "Greta Halm, who runs the shelter, saw it differently.\n"
        "“We had no boats. The army sent trucks on Thursday.”\n"
        "“Nobody came for two days.”"
    )
    quoted = [q for q in quotes_of(text) if q.kind == "direct"]
    assert [q.speaker_text for q in quoted] == ["Greta Halm", "Greta Halm"]


def test_a_quotation_paragraph_without_a_cue_continues_the_quotation_before(quotes_of):
    text = (
        "Mayor Piet Ostrel praised the rescuers on Monday. Greta Halm runs the shelter on Dock Street.\n"
        "“The water came fast. We had no boats.”\n"
        "“Nobody came for two days.”"
    )
    quoted = [q for q in quotes_of(text) if q.kind == "direct"]
    assert [q.speaker_text for q in quoted] == ["Greta Halm", "Greta Halm"]


@pytest.mark.parametrize(
    "text",
    [
        "The water reached the school by noon, Mr Tal said. “Nobody came.”",
        "Velta Air grounded its fleet. The inspectors arrived at noon, Mr Tal said.\n“Nobody came.”",
    ],
)
def test_a_short_quoted_sentence_continues_the_speaker_before(quotes_of, text):
    assert ("“Nobody came.”", "Tal") in said(quotes_of(text))


def test_a_short_quoted_sentence_with_its_cue_is_direct_and_a_scare_quote_is_nothing(quotes_of):
    (quote,) = quotes_of("“Nobody came,” Mr Tal said.")
    assert (quote.kind, quote.speaker_text) == ("direct", "Tal")
    assert quotes_of("The Dock Street “patriots” marched again.") == []


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Valdra's interior ministry sent two battalions to Orsk on Friday. Governor Lena Arvo met the "
            "protesters. The army closed the road. The ministry said the battalions would stay until calm returned.",
            "Valdra's interior ministry",
        ),
        (
            "Emergencies Minister Ola Berg flew to Kesk. His ministry sent pumps on Monday. The Kesk Water "
            "Board said the pumps were too small. The ministry said more would arrive.",
            "Ola Berg's ministry",
        ),
        (
            "The Ministry of Emergency Situations flew in pumps on Monday. The Kesk Water Board said the pumps "
            "were too small. The ministry said more would arrive on Wednesday.",
            "Ministry of Emergency Situations",
        ),
        ("Kesk Mining, a mining company, owns the dam. The company said the dam was safe.", "Kesk Mining"),
    ],
)
def test_the_ministry_is_the_one_the_article_described_or_named(quotes_of, text, speaker):
    quotes = quotes_of(text)
    assert quotes[-1].speaker_text == speaker


@pytest.mark.parametrize(
    "text, content",
    [
        ("Mayor Piet Ostrel walked the dikes on Monday. The dikes held, he told the Observer.", "The dikes held"),
        ("Mayor Piet Ostrel walked the dikes on Monday. The dikes held, he said.", "The dikes held"),
    ],
)
def test_a_clause_the_parser_took_for_a_second_subject_is_what_he_said(quotes_of, text, content):
    assert said(quotes_of(text)) == [(content, "Piet Ostrel")]


@pytest.mark.parametrize(
    "text, kind",
    [
        ("The Herald devoted two pages to the blast.", "act"),
        ("The Kesk Gazette devoted its front page to the flood on Tuesday.", "act"),
        ("State media have barely mentioned the protests.", "act"),
        ("The militia wants everyone to know that it runs the valley.", "wish"),
        ("The regime wants the world to believe that the dams broke on their own.", "wish"),
    ],
)
def test_statements_that_are_no_speech_are_no_quotes(nlp, quotes_of, text, kind):
    # QuoteFinder keeps them for the PolNeAR scores, with a kind that is no quote.
    assert {a.kind for a in QuoteFinder()(nlp(text))} == {kind}
    assert quotes_of(text) == []


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Velta Air flight 212 landed on its belly at Kesk on Monday. Aeronav, the state aviation regulator, "
            "grounded three jets on Tuesday, according to the airline.",
            "Velta Air",
        ),
        (
            "A Velta jet landed on its belly at Kesk on Monday. Aeronav, the state aviation regulator, grounded "
            "three jets on Tuesday, according to the airline.",
            "the airline",
        ),
        (
            "Depositors queued outside Morrow Savings on Monday. The Lensk municipality asked for calm. The "
            "government promised to stand behind every account.",
            "The government",
        ),
    ],
)
def test_the_airline_and_the_government_are_not_the_regulator_or_the_town_beside_them(quotes_of, text, speaker):
    # Guards: the audit's shapes could not be reproduced on these stories (docs/quotes.md, round s35).
    assert quotes_of(text)[-1].speaker_text == speaker
