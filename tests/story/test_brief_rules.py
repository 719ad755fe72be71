"""The brief's rules on a story written for them (issue 15): a contested figure is written as a
disagreement citing both sides, an attributed fact keeps who says it, and one outlet's
evaluative adjective stays out of the brief."""

import re

import pytest

from storylens.records import Span
from storylens.story.brief import unsupported_facts
from storylens.story.brief_sentences import Neutraliser, compress, parse

# An invented blast: two outlets give figures far apart, each from its own source; one outlet
# calls the militia "notorious", the others do not.
BLAST = {
    "Harbour Daily": "A car bomb exploded at the central market of Velmora on Tuesday. More than 300 people were killed "
    "in the explosion, officials said. The notorious militia of the Dravik hills claimed the attack. Rescue teams "
    "searched the ruins of the market through the night.",
    "Coast Courier": "A car bomb exploded at the central market of Velmora on Tuesday. Between 40 and 90 people died in "
    "the blast, independent monitors estimate. The Dravik hills militia claimed the attack in a statement. Rescue "
    "teams searched the ruins of the market through the night.",
    "Valley Times": "A car bomb went off at the central market of Velmora on Tuesday. The Dravik hills militia said it "
    "carried out the attack. Rescue teams searched the ruins through the night, the city fire service said.",
}


@pytest.fixture(scope="module")
def blast(nlp):
    from storylens.nlp.pipeline import analyze_articles
    from storylens.records import Article
    from storylens.story.build import build_story

    articles = [
        Article(id=f"b{i}", source=f"b{i}.txt", text=text, outlet=outlet, published="2025-03-12")
        for i, (outlet, text) in enumerate(BLAST.items())
    ]
    analyses = list(analyze_articles(articles, nlp=nlp))
    mentions = [(a.article.id, m) for a in analyses for m in a.claim_mentions]
    return build_story(analyses), mentions


def disputes(story):
    return [s for s in story.summary if s.text.startswith("Reports differ")]


def test_every_sentence_is_cited_and_supported(blast):
    story, _ = blast
    assert story.summary
    for sentence in story.summary:
        assert sentence.sources
        assert unsupported_facts(sentence, story) == [], sentence.text


def test_a_contested_figure_is_written_as_a_disagreement_citing_both_sides(blast):
    story, _ = blast
    stated = [s for s in disputes(story) if "300" in s.text and "40 and 90" in s.text]
    assert stated, [s.text for s in story.summary]
    sentence = stated[0]
    assert {"Harbour Daily", "Coast Courier"} <= {s.outlet for s in sentence.sources}
    assert "Harbour Daily reports" in sentence.text and "Coast Courier reports" in sentence.text


def test_a_disputed_figure_is_never_stated_as_plain_fact(blast):
    story, _ = blast
    plain = [s.text for s in story.summary if not s.text.startswith("Reports differ")]
    assert plain
    assert not [t for t in plain if re.search(r"\b(?:300|40|90)\b", t)], plain


def test_an_attributed_figure_keeps_who_says_it(blast):
    story, _ = blast
    text = " ".join(s.text for s in disputes(story))
    assert "officials said" in text and "independent monitors estimate" in text


def test_no_brief_sentence_drops_the_attribution_of_what_it_cites(blast):
    story, mentions = blast
    for sentence in story.summary:
        for source in sentence.sources[:1] + [s for s in sentence.sources if sentence.text.startswith("Reports differ")]:
            for article, mention in mentions:
                start = mention.sentence.start + mention.sentence.text.find(mention.text)
                overlaps = article == source.article and start < source.span.end and source.span.start < start + len(mention.text)
                if overlaps and mention.attributed_to and mention.cue != "quotation" and mention.text in sentence.text:
                    assert mention.attributed_to.split()[-1].lower() in sentence.text.lower(), sentence.text


def test_one_outlets_adjective_stays_out_but_the_fact_stays_in(blast):
    story, _ = blast
    brief = " ".join(s.text for s in story.summary)
    assert "notorious" not in brief.lower()
    assert "claimed the attack" in brief


def _neutraliser_for(text, others):
    neutral = Neutraliser()
    neutral.add_words("a", "Outlet A", {w.lower() for w in re.findall(r"[\w’'-]+", text)})
    neutral.add_words("b", "Outlet B", {w.lower() for w in re.findall(r"[\w’'-]+", others)})
    span = Span("a", 0, len(text), text)
    return neutral, span, parse([text])[0]


def test_one_outlet_modifiers_are_cut_with_their_article_mended():
    text = "An infamous militia and the ruthless gunmen attacked the old harbour of the Russian port."
    neutral, span, doc = _neutraliser_for(text, "A militia attacked the harbour of the Russian port; gunmen fled.")
    out = compress(text, neutral.one_outlet_modifiers(span, doc), 0, {})
    # The other outlet names the harbour without "old", so "old" goes too; "Russian" is a proper
    # adjective and stays.
    assert out == "A militia and the gunmen attacked the harbour of the Russian port."


def test_quoted_and_shared_adjectives_stay():
    text = "The governor called them “brutal gunmen” and said the deadly blast hit the market."
    neutral, span, doc = _neutraliser_for(text, "A deadly blast hit the market; gunmen fled.")
    assert neutral.one_outlet_modifiers(span, doc) == []


def test_a_cut_that_leaves_out_the_speaker_drops_the_attribution():
    text = "More than 300 people were killed in the explosion, officials said."
    neutral = Neutraliser()
    clause = text.index(", officials")
    neutral.add_attribution("a", 0, clause, "officials")
    span = Span("a", 0, len(text), text)
    assert neutral.drops_attribution(span, "More than 300 people were killed in the explosion.")
    assert not neutral.drops_attribution(span, text)
