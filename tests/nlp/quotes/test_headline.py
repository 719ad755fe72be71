"""Title Case headlines read again in the article's own casing (round s28); invented stories."""

from __future__ import annotations

from storylens.nlp.quotes.headline import sentence_cased

STORY = (
    "Ada Morrow Slams Council for Delaying the Eastport Pier Vote\n\n"
    "The mayor, Ada Morrow, attacked the council on Monday. Morrow said the pier "
    "in Eastport was falling apart and that the council had delayed the vote twice."
)


def test_title_case_words_are_lowered_and_names_kept():
    cased = sentence_cased(STORY, 0, STORY.index("\n"))
    assert cased == "Ada Morrow slams council for delaying the Eastport pier vote"
    assert len(cased) == STORY.index("\n")  # offsets stay where they were


def test_a_headline_in_sentence_case_is_left_alone():
    text = "Mayor slams council over the pier\n\nThe mayor, Ada Morrow, spoke on Monday."
    assert sentence_cased(text, 0, text.index("\n")) is None


def test_a_title_case_headline_gives_its_verb_a_speaker(quotes_of):
    quotes = quotes_of(STORY)
    # "Slams" is a verb once the headline is read in the article's casing.
    slams = [q for q in quotes if q.cue == "slams"]
    assert [q.speaker_text for q in slams] == ["Ada Morrow"], [(q.text, q.cue, q.speaker_text) for q in quotes]
    assert "Eastport Pier Vote" in slams[0].text  # the words as the article writes them


def test_a_title_case_description_is_its_speaker(quotes_of):
    text = (
        "Eastport Mayor Says Council Is Wasting Time on the Pier\n\n"
        "The mayor of Eastport, Ada Morrow, spoke after the council meeting on Monday."
    )
    says = [q for q in quotes_of(text) if q.cue == "says"]
    assert says and says[0].text.startswith("Council Is Wasting Time"), [(q.text, q.cue) for q in quotes_of(text)]
    # the speaker in the headline's own letters, not the lowered reading's ("Eastport mayor")
    assert says[0].speaker_text in ("Eastport Mayor", "Ada Morrow"), says[0].speaker_text
