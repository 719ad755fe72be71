"""Who speaks and what is said, read from the parse (round s34, an audit on invented stories):
names in apposition to a description, officials speaking for their body, descriptions the
article gave a name earlier, coordinated sources, subjects the parser hung elsewhere, and
wishes, requests and silences that state nothing."""

from __future__ import annotations

import pytest

from storylens.nlp.quotes import QuoteFinder


def speakers_of(quotes) -> list:
    return [q.speaker_text for q in quotes]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('The Red Cross sent a team to Kesk. Its director, Halina Vostra, put it plainly: "We need boats."', "Halina Vostra"),
        (
            "The separatists run a news site. Their propaganda outlet, Velmark Free Voice, has falsely "
            "claimed that the army opened the dams.",
            "Velmark Free Voice",
        ),
    ],
)
def test_the_name_in_apposition_speaks_not_the_description(quotes_of, text, speaker):
    assert speakers_of(quotes_of(text)) == [speaker]


def test_a_description_before_a_name_is_not_part_of_it(quotes_of):
    text = (
        "Ledgerline covers banks in the region. The financial newsletter Ledgerline reported on "
        "Tuesday that Morrow Savings had lost a third of its deposits."
    )
    assert speakers_of(quotes_of(text)) == ["Ledgerline"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Officials at the Deposit Guarantee Fund, known as the DGF, said every account up to 50,000 was safe.", "Deposit Guarantee Fund"),
        ("A spokesman for Velta Air said the crew had followed procedure.", "Velta Air"),
        ("Engineers at Soren Aviation said the gear had been checked in March.", "Engineers at Soren Aviation"),
    ],
)
def test_officials_of_a_body_speak_for_it(quotes_of, text, speaker):
    assert speakers_of(quotes_of(text)) == [speaker]


def test_a_subject_hung_on_a_fronted_place_is_the_speaker(quotes_of):
    text = "The river rose two metres overnight. In Kesk, Piet Ostrel, the mayor, told the Observer that the dikes would hold."
    (quote,) = quotes_of(text)
    assert (quote.cue, quote.speaker_text) == ("told", "Piet Ostrel")


def test_a_speech_verb_after_spending_time_is_its_subjects(quotes_of):
    text = "Depositors lost faith in Morrow Savings. Finance Minister Paavo Rennick spent the week insisting that the bank was sound."
    (quote,) = quotes_of(text)
    assert (quote.cue, quote.speaker_text) == ("insisting", "Paavo Rennick")


def test_a_description_goes_to_the_name_an_earlier_apposition_gave_it(quotes_of):
    text = (
        "Dr Anwen Ostrel, the hospital's chief surgeon, met reporters. Mayor Piet Ostrel praised the "
        "staff. Jon Berg led the rescuers. Ilse Varga brought food. Tomas Kell opened the school. "
        "Mira Lode drove the bus. The river fell at noon. The surgeon said patients had been moved upstairs."
    )
    said = [q for q in quotes_of(text) if "upstairs" in q.text]
    assert speakers_of(said) == ["Anwen Ostrel"]


def test_a_coordinated_source_gives_every_body_its_quote(quotes_of):
    text = (
        "Velta Air, the national carrier, grounded its fleet. The Civil Aviation Authority, the "
        "country's aviation regulator, opened an inquiry. The gear had been inspected in March, the "
        "national carrier and the country's aviation regulator said."
    )
    said = [q for q in quotes_of(text) if "inspected" in q.text]
    assert speakers_of(said) == ["Velta Air", "Civil Aviation Authority"]
    assert len({(q.span.start, q.span.end) for q in said}) == 1


def test_coordinated_people_both_speak(quotes_of):
    assert speakers_of(quotes_of("Piet Ostrel and Greta Halm said the dikes had failed.")) == ["Piet Ostrel", "Greta Halm"]


@pytest.mark.parametrize(
    "text",
    [
        "Velta Air flight 212 landed on its belly at Kesk on Monday. The gear failed to deploy. All 140 passengers left the plane by the slides, the airline said.",
        "The Civil Aviation Authority sent inspectors to Kesk. Velta Air flew the passengers home. Eleven passengers were taken to hospital, according to the airline.",
    ],
)
def test_the_airline_is_the_one_company_of_unknown_kind(quotes_of, text):
    assert speakers_of(quotes_of(text)) == ["Velta Air"]


def test_the_government_is_no_bank_or_town(quotes_of):
    text = "Depositors queued outside Morrow Savings in the town of Lensk. The queues shrank after the government promised to stand behind every account."
    assert speakers_of(quotes_of(text)) == ["the government"]


def test_she_after_a_quote_that_ends_its_sentence_says_her_own_clause(quotes_of):
    text = (
        '"The water came up fast," said Aino Saarela, a retired teacher. "I had never seen it so high." '
        "She said the warehouse had been under water since Sunday."
    )
    quotes = quotes_of(text)
    said = [q for q in quotes if "warehouse" in q.text]
    assert [(q.kind, q.speaker_text) for q in said] == [("indirect", "Aino Saarela")]
    assert speakers_of(quotes) == ["Aino Saarela"] * 3


def test_a_first_name_the_recogniser_cut_off_stays_with_the_surname(quotes_of):
    assert speakers_of(quotes_of("Halina Vostra said the water came up fast.")) == ["Halina Vostra"]


@pytest.mark.parametrize(
    "text, kind",
    [
        (
            "The pilots' union blamed the maintenance company. Soren did not respond to requests for comment "
            "on whether other operators had been told to inspect their fleets.",
            "unsaid",
        ),
        ("Engineers warned in May that the dikes were weak. Mayor Ostrel has said nothing about the engineers' warning.", "unsaid"),
        ("Mechanics at the base are believed to have been told to check the gear on every aircraft.", "unattributed"),
        ("The bank's owners took the deposits abroad. Now the cabal wants the public to pay for their losses.", "wish"),
        ("The flood was made worse by the dams upstream, a fact the separatists prefer to ignore.", "wish"),
    ],
)
def test_requests_silences_beliefs_and_wishes_state_nothing(nlp, quotes_of, text, kind):
    doc = nlp(text)
    said = [a for a in QuoteFinder()(doc) if "warned" not in text[a.cue[0] : a.cue[1]] and "blamed" not in text[a.cue[0] : a.cue[1]]]
    # "had been told to inspect" inside the request is an agentless passive of its own.
    assert said and kind in {a.kind for a in said} <= {kind, "unattributed"}
    assert [q for q in quotes_of(text) if q.cue not in ("warned", "blamed")] == []


def test_a_hope_with_a_clause_is_still_a_view(quotes_of):
    (quote,) = quotes_of("The mayor hopes that the dikes will hold.")
    assert (quote.kind, quote.speaker_text) == ("indirect", "The mayor")


@pytest.mark.parametrize(
    "text, content",
    [
        ("Farmers in Lensk lost their savings. Their cooperative now claims 4 million in losses.", "4 million in losses"),
        ("The hospital in Kesk confirmed 11 injuries among the passengers on Monday.", "11 injuries among the passengers"),
    ],
)
def test_a_figure_claimed_is_a_statement(quotes_of, text, content):
    (quote,) = quotes_of(text)
    assert quote.kind == "indirect" and quote.text == content
