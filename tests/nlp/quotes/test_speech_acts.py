"""What is a quote and whose (round s32, an audit on invented stories): speech acts the sentence
says did not happen, agentless passives, fragments with no content, quoted words inside someone's
reported clause, demands, and bodies named by a description of their trade or by their "of"."""

from __future__ import annotations

import pytest

from storylens.nlp.quotes import QuoteFinder


def kinds_of(doc) -> dict[str, str]:
    return {doc.text[a.content[0] : a.content[1]]: a.kind for a in QuoteFinder()(doc)}


@pytest.mark.parametrize(
    "text",
    [
        "The Marsh Courier has yet to mention that not a single boat was lost in the storm.",
        "The Marsh Courier did not say that the ferry had sunk.",
        "The harbour master never mentioned that the breakwater was cracked.",
        "The radio station failed to report that the lighthouse was dark.",
        "No one said that the quay would reopen.",
        "The ferry company is yet to explain why the crossing was cancelled.",
    ],
)
def test_a_speech_act_that_did_not_happen_is_no_quote(nlp, text):
    doc = nlp(text)
    assert list(doc._.quotes) == []
    # PolNeAR marks such sentences as attributions: the finder keeps them apart for its scores.
    assert "unsaid" in kinds_of(doc).values()


def test_the_same_speech_act_that_happened_is_a_quote(quotes_of):
    quotes = quotes_of("The Marsh Courier mentioned that not a single boat was lost in the storm.")
    assert [(q.text, q.speaker_text) for q in quotes] == [("that not a single boat was lost in the storm", "Marsh Courier")]


def test_a_view_held_in_the_negative_is_still_a_view(quotes_of):
    quotes = quotes_of("The harbour master does not believe that the breakwater will hold.")
    assert [q.speaker_text for q in quotes] == ["The harbour master"]


def test_no_answer_to_requests_for_comment_is_no_quote(quotes_of):
    text = "Mayor Ines Corbel did not respond to requests for comment. The ferry company did not immediately respond to a request for comment on Tuesday."
    assert list(quotes_of(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Police held four men, who are believed to belong to the Kestrel militia, near the border.",
        "The blaze was declared contained on Sunday.",
        "It was reported that two ferries sank off the cape.",
        "The fire is thought to have started in a kitchen.",
        # round s41: an expectation about the subject, though its infinitive is a verb of saying
        "The aviation authority has opened an inquiry. It is expected to report next month.",
    ],
)
def test_an_agentless_passive_has_no_speaker_and_is_no_quote(nlp, text):
    doc = nlp(text)
    assert list(doc._.quotes) == []
    assert all(a.source is None for a in QuoteFinder()(doc) if a.kind == "unattributed")


def test_a_passive_with_its_agent_keeps_the_agent(quotes_of):
    quotes = quotes_of("The toll was criticised by Ines Varga, the mayor of Eastport.")
    assert [q.speaker_text for q in quotes] == ["Ines Varga"]


def test_the_owner_of_a_plan_speaks_through_its_passive(quotes_of):
    quotes = quotes_of("Governor Ruth Okafor's plan is intended to make sure that every ferry has a doctor aboard.")
    assert [q.speaker_text for q in quotes] == ["Ruth Okafor"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Councillor Hedda Lorne called for the port director to appear before the council.", "Hedda Lorne"),
        ("Hedda Lorne, a councillor, called for the port director to appear before the council.", "Hedda Lorne"),
    ],
)
def test_a_call_for_someone_to_act_is_the_whole_demand(quotes_of, text, speaker):
    (quote,) = quotes_of(text)
    assert quote.text.endswith("the port director to appear before the council")
    assert speaker in quote.speaker_text


@pytest.mark.parametrize(
    "text",
    [
        "A hiker found the body of a deer near the ridge.",
        "Farmers refused to leave their land.",
        "Anyone found guilty of looting will be jailed.",
        "Mayor Pell declared it.",
    ],
)
def test_perception_action_and_pronoun_fragments_are_no_quotes(quotes_of, text):
    assert list(quotes_of(text)) == []


def test_findings_a_study_states_stay_quotes(quotes_of):
    quotes = quotes_of("The Water Board's survey found that most wells in the valley were dry.")
    assert [q.text for q in quotes] == ["that most wells in the valley were dry"]


def test_a_quoted_phrase_inside_a_reported_clause_is_the_reporters(quotes_of):
    quotes = quotes_of("Dr Arla Fenn, a chemist at the lake station, said the samples showed “elevated acidity” in every bay.")
    assert [(q.kind, q.speaker_text) for q in quotes] == [("mixed", "Arla Fenn")]
    assert quotes[0].text == "the samples showed “elevated acidity” in every bay"


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Orvel Agri closed its plant near Tarnwick after the leak.\n\nThe fertiliser maker said on Sunday that the leak had been contained.", "Orvel Agri"),
        ("Orvel Agri, a fertiliser maker, closed its plant.\n\nThe producer said it would pay for the cleanup.", "Orvel Agri"),
        ("Orvel Freight, a haulage firm, lost two trucks on the pass. The company said the drivers were safe.", "Orvel Freight"),
        ("The Kelso Water Board and the army sent crews. The company said the pipes were safe.", "The company"),
        ("Ada Pruitt, the owner of Kelso Bakery, was at home. The owner said the ovens had been switched off.", "Ada Pruitt"),
    ],
)
def test_a_description_of_a_trade_goes_to_the_business_named(quotes_of, text, speaker):
    (quote,) = quotes_of(text)
    assert quote.speaker_text == speaker


def test_the_government_of_a_named_country_is_not_another_place_named_before(quotes_of):
    text = (
        "Vessia's capital, Marrow, was shaken by protests on Friday. The government of neighbouring "
        "Haldria said it “stands by its neighbour” and would send aid."
    )
    (quote,) = quotes_of(text)
    assert quote.speaker_text == "The government of neighbouring Haldria"


@pytest.mark.parametrize(
    "text, said",
    [
        ("A ward nurse, who asked not to be named, said two patients were moved to the clinic.",
         "two patients were moved to the clinic"),
        ("An official who asked not to be identified said the talks had stalled.", "the talks had stalled"),
    ],
)
def test_an_aside_on_how_the_speaker_is_to_be_named_is_no_quote(quotes_of, text, said):
    # round s41: "who asked not to be named" says how the speaker is treated, not what anyone holds
    assert [q.text for q in quotes_of(text)] == [said]


def test_a_request_of_others_is_still_a_quote(quotes_of):
    quotes = quotes_of("The governor asked residents to stay indoors.")
    assert [q.speaker_text for q in quotes] == ["The governor"]
