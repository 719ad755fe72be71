"""Who speaks (round s36, an audit on fresh stories): a kin or role noun owned by a pronoun for
a person brought in without a name, "it" as the subject of a speech verb, "according to" a
body whose own sentence names another, "which he said" inside a relative clause, a thing named
after a body; and two shapes of the text that cut a quote from its cue or its clause."""

from __future__ import annotations

import pytest


def said(quotes) -> list[tuple[str, str]]:
    return [(q.text, q.speaker_text) for q in quotes]


def speaker_of(quotes, words: str) -> str:
    (quote,) = [q for q in quotes if words in q.text]
    return quote.speaker_text


@pytest.mark.parametrize(
    "text",
    [
        "Ada Pruitt, a nurse, treated the injured on Monday. The blast hurt an officer who guarded the pier. "
        "His wife said he had not slept since.",
        "Ada Pruitt, a nurse, treated the injured on Monday. The blast hurt an officer who guarded the pier. "
        "“He has not slept since,” said his wife.",
    ],
)
def test_his_wife_is_the_wife_of_the_unnamed_man_not_a_named_woman(quotes_of, text):
    speaker = speaker_of(quotes_of(text), "slept since")
    assert speaker.lower() == "an officer's wife"


def test_his_lawyer_goes_to_the_man_the_sentence_before_brings_in(quotes_of):
    text = (
        "Dana Rusk, a councillor, spoke at the vigil on Tuesday. Police arrested a docker at the gate. "
        "His lawyer said the docker was innocent."
    )
    assert speaker_of(quotes_of(text), "innocent").lower() == "a docker's lawyer"


def test_it_said_is_the_body_last_heard_not_one_mentioned_since(quotes_of):
    text = (
        "The Ministry of Fisheries denied that any boats had been seized. "
        "Protesters gathered outside the offices of Orvel Freight on Friday. "
        "It said the boats were released at dawn."
    )
    assert speaker_of(quotes_of(text), "released at dawn") == "Ministry of Fisheries"


def test_according_to_the_coalition_is_not_the_side_its_sentence_names(quotes_of):
    text = (
        "The Kelmar Alliance, a coalition of harbour towns, has held the port since May. "
        "Government troops drove the Valdra Front out of Ossa on Sunday, according to the coalition."
    )
    assert speaker_of(quotes_of(text), "Valdra Front out of Ossa") == "Kelmar Alliance"
    text = "The Valdra Front shelled the port of Ossa on Sunday, killing four, according to the coalition."
    assert speaker_of(quotes_of(text), "shelled the port") == "the coalition"


@pytest.mark.parametrize(
    "text",
    [
        "Inspector Karl Vos blamed the depot owned by Piet Ostrel for the fire, which he said had started at dawn.",
        "Karl Vos told reporters that Piet Ostrel had lied, and he said the levy was unfair.",
    ],
)
def test_a_subject_pronoun_continues_the_subject_of_the_clause_above(quotes_of, text):
    (quote,) = [q for q in quotes_of(text) if q.cue == "said"]
    assert quote.speaker_text == "Karl Vos"


def test_a_pronoun_in_a_persons_apposition_lends_that_person_no_gender(quotes_of):
    text = (
        "Ms Ada Pruitt, the harbour director, spoke on Monday. Karl Vos, her deputy, left early. "
        "She pointed to the levy, which he said was unfair."
    )
    (quote,) = [q for q in quotes_of(text) if q.text.startswith("which")]
    assert quote.speaker_text == "Karl Vos"


@pytest.mark.parametrize(
    "text",
    [
        "The Varn Museum Tiara was stolen on Tuesday night from a display case. "
        "The museum said the alarm had been switched off.",
        "The Kelmar Council Trophy was stolen on Tuesday night. The council said the alarm had been switched off.",
    ],
)
def test_a_thing_named_after_a_body_is_not_the_body(quotes_of, text):
    speaker = speaker_of(quotes_of(text), "alarm")
    assert "Tiara" not in speaker and "Trophy" not in speaker


def test_the_museum_is_the_museum_the_article_names(quotes_of):
    text = "Thieves broke into the Varn Museum on Tuesday. The museum said the alarm had been switched off."
    assert speaker_of(quotes_of(text), "alarm") == "Varn Museum"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Lena Brun agreed that the plan would raise the port fees. ''There's a lot of new paperwork,'' "
            "said Mr. Tal.",
            "new paperwork",
            "Tal",
        ),
        (
            "The minister argues there is little point for Kesk to respond now. ''We must not overreact,'' "
            "he told me.",
            "overreact",
            "he",
        ),
    ],
)
def test_a_typewriter_quote_after_a_full_stop_keeps_its_own_cue(nlp, text, words, speaker):
    from storylens.nlp.quotes import QuoteFinder

    doc = nlp(text)
    (found,) = [a for a in QuoteFinder()(doc) if words in doc.text[slice(*a.content)] and a.kind == "direct"]
    assert doc.text[slice(*found.source)].endswith(speaker)
    assert doc.text[slice(*found.cue)] in ("said", "told")


def test_a_quote_in_a_clause_coordinated_with_the_cue_keeps_the_whole_report(quotes_of):
    text = (
        "At a briefing in Kesk, the mayor also said that it was too early to tell whether the blast was "
        "caused by a bomb, and there was “no evidence” yet that it was an attack."
    )
    (quote,) = [q for q in quotes_of(text) if "no evidence" in q.text]
    assert quote.text.startswith("that it was too early") and quote.text.endswith("an attack")
    assert (quote.kind, quote.speaker_text) == ("mixed", "the mayor")


def test_a_title_in_quotation_marks_before_a_participle_leaves_its_object_no_speaker(quotes_of):
    text = (
        "Ida Saalen agreed to an interview for the Courier's series on \"Women at Sea,\" answering questions "
        "about how the strike had changed the port."
    )
    assert speaker_of(quotes_of(text), "questions about") == "Ida Saalen"
    assert said(quotes_of("“We will not reopen the road,” added a harbour engineer.")) == [
        ("“We will not reopen the road,”", "a harbour engineer")
    ]
