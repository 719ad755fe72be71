"""Who is the source, read from the parse (round s33, an audit on invented stories): a judgement
made by "calling" something so, outlets and documents that speak, descriptions of bodies, times
and operations that never speak, the owner of figures, plural pronouns, rejected claims,
perception, and the company a description of its trade names."""

from __future__ import annotations

import pytest

from storylens.nlp.quotes import QuoteFinder


def speakers_of(quotes) -> list:
    return [q.speaker_text for q in quotes]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Port director Anna Vost called the reports 'simply untrue' on Tuesday.", "Anna Vost"),
        ("Engineers at the Orrin works called the new design flawed.", "Engineers at the Orrin works"),
    ],
)
def test_calling_something_so_is_a_judgement_of_the_subject(quotes_of, text, speaker):
    (quote,) = quotes_of(text)
    assert (quote.cue, quote.speaker_text) == ("called", speaker)


def test_an_outlet_that_claims_is_the_speaker(quotes_of):
    text = "Police detained two reporters. The Harbour Daily, which backs the opposition, claimed that eleven reporters are held."
    assert speakers_of(quotes_of(text)) == ["Harbour Daily"]


def test_the_administration_is_the_body_whose_name_says_so_not_the_one_named_last(quotes_of):
    text = (
        "The Provisional Administration took control of Keld in March. The Directorate of Public "
        "Security, the administration's security arm, detained the journalist Tomas Reyne on Friday. "
        "No force was used, the administration said."
    )
    assert speakers_of(quotes_of(text)) == ["Provisional Administration"]


def test_a_time_is_never_a_speaker(quotes_of):
    (quote,) = quotes_of("The bridge over the Orrin fell on Monday. Monday evening's toll confirmed that 14 people had died.")
    assert quote.speaker_text is None


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Valdra's security service launched Operation Iron Gate in May. Reyne was detained under "
            "Operation Iron Gate, which it says is aimed at foreign-backed networks.",
            "Valdra's security service",
        ),
        (
            "Reyne was held under Operation Iron Gate, a sweep that it says is aimed at foreign-backed "
            "networks. The Interior Ministry, which runs the operation, said Reyne had been questioned.",
            "Interior Ministry",
        ),
    ],
)
def test_the_it_of_an_operation_is_the_body_running_it(quotes_of, text, speaker):
    said = [q for q in quotes_of(text) if "foreign-backed" in q.text]
    assert speakers_of(said) == [speaker]


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Halvik Shipping, which owns the tanker, said the hull was breached. Less than 300 tonnes "
            "escaped, according to the company's own measurements.",
            "Halvik Shipping",
        ),
        ("Less than 300 tonnes escaped, according to the company's own measurements.", "the company"),
    ],
)
def test_according_to_someones_figures_is_that_someone(quotes_of, text, speaker):
    said = [q for q in quotes_of(text) if q.cue == "according to"]
    assert speakers_of(said) == [speaker]


def test_their_body_goes_to_the_people_before_it(quotes_of):
    quotes = quotes_of("Fishermen in Lorne lost their nets. Their cooperative says losses have reached 4 million.")
    assert speakers_of(quotes) == ["Fishermen's cooperative"]


def test_their_body_is_left_as_written_when_two_kinds_of_people_came_before(quotes_of):
    text = (
        "Fishermen in Lorne watched the slick reach the shore. The Coast Guard's members sprayed "
        "dispersant for two days. Their cooperative says losses have reached 4 million."
    )
    assert speakers_of(quotes_of(text)) == ["Their cooperative"]


@pytest.mark.parametrize(
    "text",
    [
        "Captain Olav Saalen denied allegations that he had ignored the warnings.",
        "Captain Olav Saalen rejected the claims that the Merel was overloaded.",
    ],
)
def test_a_rejected_claim_is_not_the_rejecters(nlp, text):
    doc = nlp(text)
    for quote in doc._.quotes:
        # Saalen's quote is the rejection, with the claim inside it, never the claim alone.
        assert quote.cue in ("denied", "rejected")
    claims = [a for a in QuoteFinder()(doc) if text[a.cue[0] : a.cue[1]] in ("allegations", "claims")]
    assert all(a.speaker is None and a.kind == "unattributed" for a in claims)


def test_a_claim_made_is_the_makers(quotes_of):
    assert speakers_of(quotes_of("Captain Olav Saalen made the claim that the Merel was overloaded.")) == ["Olav Saalen"]


def test_a_document_that_calls_is_the_source_not_a_signatory(quotes_of):
    text = "Forty editors, among them Mira Holt, have signed an open letter. The letter calls on the Union to suspend talks with Valdra."
    assert speakers_of(quotes_of(text)) == ["The letter"]


def test_what_someone_found_on_the_way_is_no_quote(quotes_of):
    assert list(quotes_of("Anyone who came to the pass on Sunday found the trail closed.")) == []
    (quote,) = quotes_of("Inspectors found that the trail had been closed.")
    assert quote.speaker_text == "Inspectors"


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Tarn Energy operates the Selby dam. Water rose fast on Sunday. The operator said the spillway was working.", "Tarn Energy"),
        ("The Selby dam is run by Tarn Energy. Water rose fast on Sunday. The operator said the spillway was working.", "Tarn Energy"),
        (
            "The operator of the toll road, Sella Roads, warned of cracks in March. The operator said the warnings had been ignored.",
            "Sella Roads",
        ),
    ],
)
def test_the_operator_is_the_company_the_article_says_operates(quotes_of, text, speaker):
    said = [q for q in quotes_of(text) if q.text.startswith(("the spillway", "the warnings"))]
    assert speakers_of(said) == [speaker]


def test_the_government_is_no_newspaper_named_before_it(quotes_of):
    text = (
        "Police detained the editor Tomas Reyne. The Harbour Daily, which backs the opposition, "
        "claimed that eleven reporters are held, while the government said only two were."
    )
    said = {q.text: q.speaker_text for q in quotes_of(text)}
    assert said["only two were"] != "Harbour Daily"
