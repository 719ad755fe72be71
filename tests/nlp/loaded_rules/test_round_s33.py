"""Round s33 (issue 19): plain event words in headlines and bodies, motives imputed in the
outlet's own voice, plain descriptions kept out of persuasive context, and a place's name for a
happening as an event name. Sentences and headlines written for these tests (invented towns,
rivers, ships and people)."""

from __future__ import annotations

import pytest

from storylens.records import Article


def shown(nlp, text):
    """The loaded spans the report shows (persuasive context and plain report are kept apart)."""
    return [s.span.text for s in nlp(text)._.loaded_spans if s.shows_words]


BODY = (
    "The Harrow viaduct over the Selne river gave way on Sunday. Engineers from the Marl roads agency said the "
    "viaduct at Harrow had last been inspected in 2020. Police in Tolby held Ines Ravik, an editor."
)
PLAIN_HEADLINES = [
    "Viaduct Collapses Over Selne River",
    "Rail Union Warns Of Further Closures",
    "Trawler Aground Off Tolby Head",
    "Press Council Condemns Editor's Arrest",
    "Harrow Collapse: What We Know So Far",
    "Police Detain Editor Over Leaked Report",
    "Dockers block harbour as wage talks collapse",
]
JUDGING_HEADLINES = {
    "Negligent Roads Agency Let Viaduct Crumble": "Negligent",
    "Chaos as Port Authority botches evacuation": "botches",
    "Cowardly council hides behind consultants": "Cowardly",
}


@pytest.fixture(scope="module")
def headline_spans(nlp):
    from storylens.nlp.titles import analyze_titles

    titles = [*PLAIN_HEADLINES, *JUDGING_HEADLINES]
    articles = [Article(id=f"h{i}", source=f"h{i}", text=BODY, title=title) for i, title in enumerate(titles)]
    found = analyze_titles(articles, nlp=nlp, entity_types=frozenset({"PERSON", "ORG", "GPE"}))
    return {title: [s for s in spans if s.shows_words] for title, (_, spans) in zip(titles, found)}


@pytest.mark.parametrize("title", PLAIN_HEADLINES)
def test_plain_event_verbs_and_nouns_of_a_headline_are_not_loaded(headline_spans, title):
    assert headline_spans[title] == []


@pytest.mark.parametrize("title", sorted(JUDGING_HEADLINES))
def test_a_headlines_judging_word_is_marked_with_its_own_score(headline_spans, title):
    spans = headline_spans[title]
    assert any(JUDGING_HEADLINES[title] in s.span.text for s in spans), spans
    # the score is the word's own reading, not a fixed 1
    assert all(s.score < 1.0 for s in spans if s.found_by == "evaluative"), spans


@pytest.mark.parametrize(
    "text, part",
    [
        ("The mayor's remarks turned a minor leak into a regional panic.", "turned a minor leak into a regional panic"),
        ("Officers arrested the editor to silence reporting of the fire.", "to silence reporting of the fire"),
    ],
)
def test_motives_imputed_in_the_outlets_voice_are_marked(nlp, text, part):
    assert any(part in s for s in shown(nlp, text)), shown(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Officers arrested the editor to question her about the fire.",
        "The crew turned the old depot into a shelter.",
        "Firefighters used foam to silence the alarm in the depot.",
    ],
)
def test_plain_purposes_and_changes_are_not_motives(nlp, text):
    from storylens.nlp.event_rules import QuotedText
    from storylens.nlp.loaded_rules import imputed_motives

    assert imputed_motives(nlp(text), QuotedText(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Tolby Head has a light on its northern tip and is marked on every chart.",
        "Ms Ravik, 41, is a senior editor at the weekly.",
        "Foreign reporters need a licence to work in the province.",
        "The agency has faced questions over claims by an inspector that checks were skipped.",
    ],
)
def test_plain_descriptions_are_no_persuasive_context(nlp, text):
    """A span the tagger reads as persuasive from its context, in a sentence that reports plainly,
    is recorded as "plain": neither shown nor listed with a technique (round s33)."""
    doc = nlp(text)
    assert not [s for s in doc._.loaded_spans if s.found_by == "context"], doc._.loaded_spans
    assert shown(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Why did the agency wait a decade before it checked the viaduct?",
        "If the viaduct falls, our town will be cut off for years.",
    ],
)
def test_a_question_or_a_threat_to_us_is_never_plain(nlp, text):
    doc = nlp(text)
    assert not [s for s in doc._.loaded_spans if s.found_by == "plain"], doc._.loaded_spans


def plain_event_word_of(token):
    from storylens.nlp.loaded_rules.filters import plain_event_word

    return plain_event_word(token)


def test_plain_event_words_are_not_read_as_judging(nlp):
    from storylens.nlp.loaded_rules.filters import plain_event_word

    doc = nlp("The union warned of closures after the viaduct collapsed, and the minister boasted of the repairs.")
    words = {t.text: plain_event_word(t) for t in doc}
    assert words["warned"] and words["collapsed"]
    assert not words["boasted"]  # a speech verb WordNet makes a kind of overstating: the outlet's charge
    doc = nlp("Troops ravaged the valley after the crash.")
    words = {t.text: plain_event_word(t) for t in doc}
    assert not words["ravaged"] and words["crash"]


@pytest.mark.parametrize("noun", ["fiasco", "debacle", "catastrophe"])
def test_a_happening_noun_with_no_verb_behind_it_is_a_verdict(nlp, noun):
    # "collapse" names the act of collapsing; a "fiasco" is a judgement of how something went.
    doc = nlp(f"The rescue was a {noun}, and the viaduct's collapse closed the road.")
    words = {t.text: plain_event_word_of(t) for t in doc}
    assert not words[noun] and words["collapse"]


@pytest.mark.parametrize(
    "text, name",
    [
        ("A week after the Harrow disaster, divers were still searching the Selne.", "Harrow disaster"),
        ("Residents of Harrow met on Friday. The Harrow collapse killed four people.", "Harrow collapse"),
    ],
)
def test_a_place_and_a_happening_noun_name_the_event(nlp, text, name):
    assert name in [e.term for e in nlp(text)._.event_names]


@pytest.mark.parametrize(
    "text",
    [
        "The disaster killed four people.",  # no place: the common noun
        "The Harrow viaduct was closed.",  # a thing made, not a happening
        "Dockers joined a protest march in Harrow.",  # "march" stays generic
    ],
)
def test_no_event_name_without_a_place_or_a_happening(nlp, text):
    from storylens.nlp.event_names import is_generic

    assert [e.term for e in nlp(text)._.event_names if not is_generic(e.term)] == []
