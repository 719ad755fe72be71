"""Speaker labels (round s28): a paragraph that opens with a speaker's name and a colon is that
speaker's turn, as transcripts and interviews are laid out; invented stories throughout."""

from __future__ import annotations

TRANSCRIPT = (
    "Ferry chief defends the winter timetable\n\n"
    "Radio host Mira Kolbe spoke on Tuesday with the ferry chief, Tomas Reyne, about the crossings.\n\n"
    "KOLBE: Do you think the island towns will accept fewer crossings this winter?\n\n"
    "REYNE: I think they will, because the boats will finally run on time.\n\n"
    "KOLBE: And the night ferry?\n\n"
    "REYNE: We are keeping it until March, and then the board decides."
)


def turns_of(quotes, label_speaker: str) -> list[str]:
    return [q.text for q in quotes if q.cue == ":" and q.speaker_text == label_speaker]


def test_transcript_turns_go_to_the_named_speaker(quotes_of):
    quotes = quotes_of(TRANSCRIPT)
    reyne = turns_of(quotes, "Tomas Reyne")
    kolbe = turns_of(quotes, "Mira Kolbe")
    assert any(t.startswith("I think they will") for t in reyne), [(q.text, q.speaker_text) for q in quotes]
    assert any(t.startswith("We are keeping it until March") for t in reyne)
    assert any(t.startswith("Do you think the island towns") for t in kolbe)
    # The label and its colon are not part of the words.
    assert not any(q.text.startswith(("REYNE", "KOLBE")) for q in quotes)


def test_a_turn_keeps_the_attributions_inside_it(quotes_of):
    quotes = quotes_of(TRANSCRIPT)
    # "I think they will ...": the belief the turn holds is still found on its own.
    assert any(q.cue == "think" and q.text.startswith("they will") for q in quotes), [(q.text, q.cue) for q in quotes]


def test_a_label_that_names_nobody_is_no_speaker(quotes_of):
    text = (
        "Harbour board delays the vote\n\n"
        "The harbour board met on Tuesday to discuss the new pier in Eastport.\n\n"
        "Update: The board voted to delay the decision until the spring.\n\n"
        "EASTPORT: Crews began clearing the old pier on Wednesday morning."
    )
    assert not [q for q in quotes_of(text) if q.cue == ":"]


def test_a_caption_after_a_name_is_no_turn(quotes_of):
    text = (
        "Ferry chief retires\n\n"
        "Tomas Reyne ran the island ferries for twenty years and retired on Friday.\n\n"
        "Tomas Reyne: ferry chief, 1998 to 2018."
    )
    assert not [q for q in quotes_of(text) if q.cue == ":"]


def test_a_name_and_a_colon_introduce_a_quotation(quotes_of):
    text = (
        "Harbour fees split the island\n\n"
        "The timing of the fee rise does not surprise the harbour economist Lena Varga: "
        "“Fees always rise in the winter, when nobody is sailing.”\n\n"
        "FERRIES RUN LATE AGAIN - Omar Bell: “The boats have been late every day this week, and the board knows why.”"
    )
    quotes = quotes_of(text)
    assert [q.speaker_text for q in quotes if "Fees always rise" in q.text and q.cue == ":"] == ["Lena Varga"]
    # The tagger may run a name across the dash of a headline before it; the name stops there.
    assert [q.speaker_text for q in quotes if "late every day" in q.text and q.cue == ":"] == ["Omar Bell"]


def test_a_colon_after_a_place_or_a_plain_phrase_names_no_speaker(quotes_of):
    text = (
        "Pier closes\n\n"
        "Here is the notice posted in Eastport: “The pier is closed until the storm has passed.”"
    )
    assert not [q for q in quotes_of(text) if q.cue == ":"]


def test_a_transcript_quoted_whole_gives_each_turn_its_speaker(quotes_of):
    # The outlet quotes the exchange: every paragraph reopens the quotation mark before its label.
    text = (
        "Councillor presses ferry director on the night crossing\n\n"
        "Councillor Ada Karst questioned the ferry director, Tomas Vollan, at Monday's meeting:\n\n"
        '"KARST: Will the night ferry run through the winter?\n\n'
        '"VOLLAN: We intend to keep it running until the ice closes the strait."'
    )
    quotes = quotes_of(text)
    assert [q.text for q in quotes if q.speaker_text == "Tomas Vollan" and q.cue == ":"] == [
        "We intend to keep it running until the ice closes the strait."
    ], [(q.text, q.speaker_text, q.cue) for q in quotes]
    assert [q.speaker_text for q in quotes if q.text.startswith("Will the night ferry")] == ["Ada Karst"]


def test_a_dash_and_a_name_sign_a_quotation(quotes_of):
    text = (
        "Readers on the harbour debate\n\n"
        "We asked readers in Eastport what they made of Tuesday's debate. Here is a selection.\n\n"
        "“The bridge plan is a fantasy. Nobody on the east bank believes the tolls will pay for it.” ― Marta Ilves\n\n"
        "“I came away thinking Dorrin understands the fishermen better than anyone.” — Jonas Petrak, 58, a trawler captain"
    )
    quotes = quotes_of(text)
    by_speaker = {q.speaker_text: q for q in quotes if q.cue in ("―", "—")}
    found = [(q.text, q.speaker_text) for q in quotes]
    assert by_speaker["Marta Ilves"].text.startswith("“The bridge plan is a fantasy"), found
    assert by_speaker["Jonas Petrak"].text.startswith("“I came away thinking")


def test_a_dash_before_a_clause_is_no_signature(quotes_of):
    # After the dash a sentence goes on (a verb): the name is not signing the quote.
    text = (
        "Bridge plan\n\n"
        "The mayor calls the toll “a fair price for a bridge the town has waited for” — Marta Ilves disagrees, "
        "and says so at every meeting."
    )
    quotes = quotes_of(text)
    assert not [q for q in quotes if q.cue in ("—", "―")], [(q.text, q.speaker_text, q.cue) for q in quotes]
