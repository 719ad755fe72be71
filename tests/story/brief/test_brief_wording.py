"""Issue 15, wording a journalist would correct in the brief, on sentences written here: a name
lower-cased after "X reports that", one outlet's capitals for emphasis, a speaker tag that drops
the comma closing an apposition or the person told, a reported clause's polarity read from its
reporting verb, and a repeat check that took a different figure for a repeat."""

from storylens.records import Span
from storylens.story.brief.sentences import Neutraliser, parse, reported
from storylens.story.brief.voice import Attribution, attribution_tag
from storylens.story.brief.writer import Said


def test_a_name_opening_a_reported_clause_keeps_its_capital():
    neutral = Neutraliser()
    neutral.add_names("Shares of Brenmoor Tiles fell. The regulator said Brenmoor had missed two deadlines.")
    text = "Brenmoor set up a hotline for worried tenants."
    assert reported("Dale Post", text, neutral.names) == "Dale Post reports that Brenmoor set up a hotline for worried tenants"
    assert reported("Dale Post", "The hotline opened at noon.", neutral.names) == "Dale Post reports that the hotline opened at noon"


def test_one_outlets_capitals_for_emphasis_are_lowered_but_acronyms_stay():
    neutral = Neutraliser()
    neutral.add_names("Tenants should not move out yet, the council said. The KTA inspected the block.")
    assert neutral.unshouted("Tenants should NOT move out, the KTA said.") == "Tenants should not move out, the KTA said."
    assert neutral.unshouted("The sign read “NOT SAFE”.") == "The sign read “NOT SAFE”."


def attribution(sentence: str, clause: str, speaker: str, cue: str) -> Attribution:
    span = Span(article="a", start=0, end=len(sentence), text=sentence)
    start = sentence.index(clause)
    return Attribution(start, start + len(clause), speaker, cue, span)


def test_a_speaker_tag_closes_its_apposition():
    sentence = "Its chair, Mirela Dost, said all ballots had been counted."
    tag = attribution_tag(attribution(sentence, "all ballots had been counted", "Its chair, Mirela Dost", "say"), parse)
    assert tag == ", its chair, Mirela Dost, said"


def test_a_speaker_tag_keeps_whom_it_was_told_to():
    sentence = "Union leader Arno Vell told the crowd that dockers would strike again on Friday."
    tag = attribution_tag(attribution(sentence, "dockers would strike again on Friday", "Union leader Arno Vell", "tell"), parse)
    assert tag == ", union leader Arno Vell told the crowd"


def test_a_different_figure_of_a_side_found_about_another_thing_is_no_repeat():
    said = Said(outlets={"Dale Post"})
    assert not said.repeats("The firm made a profit of 410 million crowns last year.", figures=True)
    assert not said.repeats("The firm reported sales of 140 million crowns last year.", figures=True)
    assert said.repeats("Dale Post reports that the firm made a profit of 410 million crowns last year.", figures=True)


def test_a_speaker_tag_keeps_the_determiner_its_article_wrote():
    sentence = "The harbour board's chief engineer said the quay was safe."
    tag = attribution_tag(attribution(sentence, "the quay was safe", "harbour board's chief engineer", "say"), parse)
    assert tag == ", the harbour board's chief engineer said"
