"""The story's title is the headline every outlet would accept, not the first outlet's angle
(issue 15): invented headlines of a ferry strike, a dam, a vote."""

import re

from storylens.records import Article, ArticleAnalysis, Span
from storylens.story.brief.sentences import parse
from storylens.story.brief.title import judging_words, neutral_headline
from storylens.story.build import story_title
from storylens.story.context import StoryContext


def analysis(article_id: str, outlet: str, published: str, title: str, text: str) -> ArticleAnalysis:
    article = Article(id=article_id, source=f"{article_id}.txt", text=text, outlet=outlet, published=published, title=title)
    sentences = [Span.of(article_id, text, m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text)]
    return ArticleAnalysis(article=article, sentences=sentences)


FERRY = [
    analysis(
        "f1", "Morning Standard", "2031-05-02", "The greedy dockers who left a whole island stranded",
        "Once again the dockers have shown their contempt for ordinary islanders. Ferries to Tamsey did not sail on Monday.",
    ),
    analysis(
        "f2", "Harbour Wire", "2031-05-02", "Ferry crews strike over pay, halting sailings to Tamsey",
        "Ferry crews walked out on Monday in a dispute over pay, halting all sailings between Port Aske and Tamsey.",
    ),
    analysis(
        "f3", "Tamsey Gazette", "2031-05-03", "Island cut off as ferry crews strike",
        "No ferry left Port Aske for Tamsey on Monday as crews went on strike over pay.",
    ),
]


def test_the_title_is_the_headline_the_other_outlets_echo_not_the_first_ones_angle():
    analyses = FERRY
    title = story_title(analyses, StoryContext(analyses))
    # the tabloid published first, but the wire's and the local paper's headlines say the event
    assert title in {"Ferry crews strike over pay, halting sailings to Tamsey", "Island cut off as ferry crews strike"}


def test_a_headline_with_judging_words_loses_to_a_plain_one_that_says_as_much():
    candidates = [
        ("outlet:a", "Reckless council bulldozes beloved park for car park", "The council cleared Elm Park for a car park on Friday."),
        ("outlet:b", "Council clears park for car park", "Elm Park was cleared by the council on Friday to make way for a car park."),
        ("outlet:c", "Elm Park cleared to build car park", "Contractors for the council cleared Elm Park on Friday."),
    ]
    assert "reckless" in judging_words(parse([candidates[0][1]])[0])
    assert neutral_headline(candidates, parse) != candidates[0][1]


def test_one_outlet_keeps_its_headline_and_no_headline_falls_back_on_the_actors():
    lone = [analysis("v1", "Valley Times", "2031-01-01", "Voters back new bridge", "Voters in Orrin backed a new bridge on Sunday.")]
    assert story_title(lone, StoryContext(lone)) == "Voters back new bridge"
    untitled = [analysis("v2", "Valley Times", "2031-01-01", "", "Voters in Orrin backed a new bridge on Sunday.")]
    assert story_title(untitled, StoryContext(untitled)) == "Untitled story"
