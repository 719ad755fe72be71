"""A description of an office names nobody the article gives another office (round s40): "the
governor" after "Police chief Anya Brell" is no Brell, and "the leader" after "President Ilse
Varn" and "Engineer Tomas Roe" is Varn, whose title is a kind of leader."""

from __future__ import annotations


def _speakers(quotes_of, text):
    return {q.text: q.speaker_text for q in quotes_of(text)}


def test_an_owner_described_by_office_is_not_the_nearest_person_with_another_office(quotes_of):
    text = ("The governor's office said the roads would reopen. Police chief Anya Brell said two drivers were hurt. "
            "The governor's spokeswoman added that crews were working through the night.")
    speakers = _speakers(quotes_of, text)
    assert speakers["two drivers were hurt"] == "Anya Brell"
    assert "Brell" not in speakers["that crews were working through the night"]


def test_a_description_takes_the_person_whose_title_is_a_kind_of_it(quotes_of):
    text = ("President Ilse Varn opened the bridge on Monday. Engineer Tomas Roe said the span was sound. "
            "The leader said she was proud of the crews.")
    speakers = _speakers(quotes_of, text)
    assert speakers["the span was sound"] == "Tomas Roe"
    assert speakers["she was proud of the crews"] == "Ilse Varn"


def test_a_person_named_without_a_title_may_still_be_the_description(quotes_of):
    # No office is written beside the nearest name, so nothing says she is not the minister.
    text = "On Monday, Helena Korvald told parliament the budget would shrink. The minister said the cuts were needed."
    speakers = _speakers(quotes_of, text)
    assert speakers["the cuts were needed"] == "Helena Korvald"


def test_the_same_title_beside_the_name_is_no_other_office(quotes_of):
    text = "Mayor Ilse Varrow closed the market on Friday. The mayor said the stalls were unsafe."
    speakers = _speakers(quotes_of, text)
    assert speakers["the stalls were unsafe"] == "Ilse Varrow"


def test_a_quotation_continued_with_a_phrasal_verb_of_saying_is_the_speakers(quotes_of):
    # '"...," she went on': "go on" is first "continue", and "continue talking" among its senses;
    # beside a quotation the layout says which is meant.
    text = ('Mayor Ilse Varrow defended the closure on Monday.\n\n"We had no choice," she said.\n\n'
            '"The pipes were older than anyone knew," she went on. "We will replace every one of them."')
    speakers = _speakers(quotes_of, text)
    assert speakers['"The pipes were older than anyone knew,"'] == "Ilse Varrow"


def test_a_phrasal_verb_that_tells_no_saying_makes_no_quote(quotes_of):
    text = "The talks went on for hours. Negotiators carried on through the night."
    assert quotes_of(text) == []
