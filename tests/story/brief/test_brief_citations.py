"""What a brief sentence may cite and say (issue 15, second written set's failure kinds), on
stories and sentences written here: a cited outlet's own span carries the sentence's figure, day
and polarity; one outlet's judging modifiers go; fragments never reach the brief; a dispute names
what its sides measure."""

import re

import pytest

from storylens.records import Article, Quantity, SourceRef, Span
from storylens.story.brief.writer import DATE_WORDS
from storylens.story.brief.evidence import Evidence, Stated, same_figure
from storylens.story.brief.sentences import Neutraliser, _subject_is_anaphor, compress, is_full_sentence, parse

# An invented flood: the coast guard's toll, carried by two outlets, and the governor's, far
# higher, by a third; one outlet's evacuation figure in other words; a negated report.
FLOOD = {
    "Delta Herald": "Floods in the Marlow delta have killed at least 12 people, the coast guard said on Sunday. "
    "About 4,000 residents were moved to shelters in Pellin. The dam at Hollow Creek did not break, engineers said.",
    "Lowland Post": "Floods in the Marlow delta have killed 31 people, the regional governor said on Sunday. "
    "Some 4,000 residents were moved to shelters in Pellin. The dam at Hollow Creek broke on Saturday, a farmer said.",
    "River Courier": "The floods in the Marlow delta have killed at least 12 people, according to the coast guard. "
    "Rescue boats moved 4,000 residents to shelters in Pellin. Engineers said the dam at Hollow Creek did not break.",
}


@pytest.fixture(scope="module")
def flood(nlp):
    from storylens.nlp.pipeline import analyze_articles
    from storylens.story.build import build_story
    from storylens.story.context import StoryContext

    articles = [
        Article(id=f"f{i}", source=f"f{i}.txt", text=text, outlet=outlet, published="2026-04-13")
        for i, (outlet, text) in enumerate(FLOOD.items())
    ]
    analyses = list(analyze_articles(articles, nlp=nlp))
    return build_story(analyses), StoryContext(analyses)


def numbers(text: str) -> set[str]:
    """Figures written in digits, dates aside (a relative day becomes its date in the brief)."""
    text = DATE_WORDS.sub(" ", text)
    return {n.replace(",", "") for n in re.findall(r"\d[\d,]*", text)}


def source_of(context, outlet: str, part: str) -> SourceRef:
    article = next(a.article for a in context.analyses if a.article.outlet == outlet)
    start = article.text.index(part)
    return SourceRef(article.id, outlet, Span(article.id, start, start + len(part), part))


def test_a_cited_outlet_carries_the_figure_of_the_sentence(flood):
    story, _ = flood
    assert story.summary
    for sentence in story.summary:
        if sentence.text.startswith("Reports differ"):
            continue
        for source in sentence.sources:
            # every figure written in digits is in each cited span: "12 dead" never cites a span giving 31
            assert numbers(sentence.text) <= numbers(source.span.text), (sentence.text, source.span.text)


def test_evidence_keeps_outlets_that_say_the_figure_and_drops_the_others(flood):
    _, context = flood
    evidence = Evidence(context)
    chosen = source_of(context, "Delta Herald", "Floods in the Marlow delta have killed at least 12 people")
    stated = evidence.stated("Floods in the Marlow delta have killed at least 12 people.", chosen)
    assert [q.value for q in stated.figures] == [12.0]
    same = source_of(context, "River Courier", "The floods in the Marlow delta have killed at least 12 people")
    other = source_of(context, "Lowland Post", "Floods in the Marlow delta have killed 31 people")
    assert evidence.carrying(stated, [same, other]) == [same]


def test_the_figure_most_outlets_give_is_the_one_stated(flood):
    story, context = flood
    sentences = [s for s in story.summary if re.search(r"\b12 people", s.text)]
    assert sentences, [s.text for s in story.summary]
    assert {"Delta Herald", "River Courier"} <= {s.outlet for s in sentences[0].sources}
    assert not [s.text for s in story.summary if "31" in s.text and not s.text.startswith("Reports differ")]
    sources = [
        source_of(context, "Lowland Post", "Floods in the Marlow delta have killed 31 people"),
        source_of(context, "Delta Herald", "Floods in the Marlow delta have killed at least 12 people"),
        source_of(context, "River Courier", "The floods in the Marlow delta have killed at least 12 people"),
    ]
    assert Evidence(context).most_shared(sources) == sources[1:]


def test_evidence_compares_polarity_and_wording_slack(flood):
    _, context = flood
    evidence = Evidence(context)
    held = source_of(context, "Delta Herald", "The dam at Hollow Creek did not break")
    stated = evidence.stated("The dam at Hollow Creek did not break.", held)
    assert stated.negated
    broke = source_of(context, "Lowland Post", "The dam at Hollow Creek broke on Saturday")
    agrees = source_of(context, "River Courier", "the dam at Hollow Creek did not break")
    assert evidence.carrying(stated, [broke, agrees]) == [agrees]
    # "about 4,000" and "some 4,000" and "4,000" are one figure
    moved = evidence.stated("About 4,000 residents were moved to shelters in Pellin.", source_of(context, "Delta Herald", "About 4,000 residents were moved to shelters in Pellin"))
    others = [source_of(context, "Lowland Post", "Some 4,000 residents were moved"), source_of(context, "River Courier", "Rescue boats moved 4,000 residents")]
    assert evidence.carrying(moved, others) == others


def quantity(value, bound="exact", counted="people") -> Quantity:
    return Quantity(span=Span("a", 0, 1, "x"), value=value, unit="count", bound=bound, surface_unit=counted)


def test_a_bound_word_is_no_other_figure():
    assert same_figure(quantity(300.0, "lower"), quantity(300.0, "lower"))
    assert same_figure(quantity(9000.0, "approx"), quantity(9000.0))
    assert not same_figure(quantity(14.0, "lower"), quantity(22.0))
    assert not same_figure(quantity(300.0, counted="home"), quantity(300.0, counted="people"))
    assert Stated().figures == [] and not Stated().negated


# fragments --------------------------------------------------------------------------------
def test_fragments_are_no_sentences():
    for fragment in (
        "A week after the council approved the budget of the harbour district, which the mayor signed on Friday.",
        "Nearly twice the amount the ministry has announced.",
    ):
        assert not is_full_sentence(parse([fragment])[0]), fragment
    assert is_full_sentence(parse(["The council approved the budget of the harbour district a week later."])[0])


def test_a_subject_with_no_noun_or_built_on_a_pronoun_points_back():
    for text in ("The last, in 2019, destroyed about 90 homes.", "Some of them have not eaten since Friday."):
        assert _subject_is_anaphor(parse([text])[0]), text
    assert not _subject_is_anaphor(parse(["The last storm, in 2019, destroyed about 90 homes."])[0])


# one outlet's judging modifiers ---------------------------------------------------------------
def cut(text: str, others: str) -> str:
    neutral = Neutraliser()
    neutral.voices.add_words("a", "Outlet A", text)
    neutral.voices.add_words("b", "Outlet B", others)
    span = Span("a", 0, len(text), text)
    return compress(text, neutral.voices.one_outlet_cuts(span, parse([text])[0]), 0, {})


def test_a_judging_adverb_of_the_verb_goes():
    assert cut("The council has meekly approved the harbour budget.", "The council approved the harbour budget on Friday.") == (
        "The council has approved the harbour budget."
    )


def test_a_hyphenated_epithet_goes_whole_and_a_factual_one_stays():
    assert cut("The fat-cat developer bought the harbour site.", "A developer bought the harbour site.") == "The developer bought the harbour site."
    text = "The country's second-largest port bought a two-storey warehouse."
    assert cut(text, "The port bought a warehouse.") == text


def test_a_judging_participle_before_a_title_goes():
    assert cut("The spineless Harbour Minister, Ola Brenn, visited Pellin on Monday.", "Harbour Minister Ola Brenn visited Pellin.") == (
        "The Harbour Minister, Ola Brenn, visited Pellin on Monday."
    )


def test_an_article_before_a_cut_word_and_a_number_goes_with_it():
    assert cut("Tarel Vonn won the seat by a mere 57 votes.", "Tarel Vonn won the seat by 57 votes.") == "Tarel Vonn won the seat by 57 votes."


def test_the_article_left_before_a_cut_word_follows_the_sound_of_the_next_word():
    # "a ruthless unit" -> "a unit", not "an unit"; "a brutal hour-long raid" -> "an hour-long raid"
    assert cut("Guards fled before a ruthless unit stormed the wing.", "A unit stormed the wing on Sunday.") == (
        "Guards fled before a unit stormed the wing."
    )
    assert cut("Guards fled after a brutal hour-long raid on the wing.", "An hour-long raid on the wing ended on Sunday.") == (
        "Guards fled after an hour-long raid on the wing."
    )


def test_plain_modifiers_only_one_outlet_uses_stay():
    text = "Engineers found a sealed box in a wooden shed near the dam."
    assert cut(text, "Engineers inspected the dam on Monday.") == text


# what a dispute measures ----------------------------------------------------------------------
# An invented storm: this year's toll of homes and the last storm's, in one outlet's paragraph.
STORM = {
    "Pellow Ledger": "The storm destroyed 40 homes in Pellow on Tuesday, the council said. The last, in 2019, "
    "destroyed about 90 homes. Crews cleared the coast road on Wednesday.",
    "Coast Daily": "The storm destroyed 40 homes in Pellow on Tuesday. Crews cleared the coast road on Wednesday, "
    "the council said.",
    "Bay Wire": "More than 40 homes in Pellow were destroyed by Tuesday's storm. The coast road was cleared on Wednesday.",
}


def test_no_dispute_sets_a_figure_against_one_of_another_thing(nlp):
    from storylens.nlp.pipeline import analyze_articles
    from storylens.story.build import build_story

    articles = [
        Article(id=f"s{i}", source=f"s{i}.txt", text=text, outlet=outlet, published="2026-02-11")
        for i, (outlet, text) in enumerate(STORM.items())
    ]
    story = build_story(list(analyze_articles(articles, nlp=nlp)))
    assert story.summary
    for sentence in story.summary:
        # "The last, in 2019, ..." says nothing of which storm out of its article
        assert "The last" not in sentence.text and "the last, in 2019" not in sentence.text, sentence.text
        if sentence.text.startswith("Reports differ"):
            assert not ("90" in sentence.text and "40" in sentence.text), sentence.text
        if sentence.text.startswith("Reports differ on the number"):
            # with the other storm's side gone, "40" and "more than 40" homes are no dispute
            assert len(numbers(sentence.text)) >= 2, sentence.text
