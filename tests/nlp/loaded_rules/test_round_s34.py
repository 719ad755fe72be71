"""Round s34 (issue 19): judgements in the outlet's own voice with no judging word, plain reports
and a witness's own feelings kept out of persuasive context, loaded headlines read like body
sentences, and a place's name before a generic event noun. Sentences written for these tests
(an invented ferry capsizing, a pension fund's losses, a flood in a disputed valley)."""

from __future__ import annotations

import pytest

from storylens.records import Article


def shown(nlp, text):
    """The spans the report shows as loaded language in the outlet's own voice."""
    return [s.span.text for s in nlp(text)._.loaded_spans if s.shows_words and s.voice == "outlet"]


def recorded(nlp, text):
    """Every span recorded, as (text, found_by, voice)."""
    return [(s.span.text, s.found_by, s.voice) for s in nlp(text)._.loaded_spans]


JUDGEMENTS = {
    # a denial of chance
    "The capsizing off Helmet Point was no act of God.": "no act of God",
    "The fire at the Velm depot was no accident.": "no accident",
    # an absolute antithesis
    "The rescue owed everything to the fishermen and nothing to the officials in Velm.": "nothing to the officials",
    # a warning neglected
    "Her complaint was logged and ignored.": "ignored",
    "The pilot's report was filed and forgotten.": "forgotten",
    # a verdict on a claim's truth
    "Their newspaper has falsely claimed that the levee was safe.": "falsely claimed",
    "The council wrongly stated that the dam had been inspected.": "wrongly stated",
    # force set against aid
    "The convoy brought more rifles than blankets.": "more rifles than blankets",
    # money played as a game
    "The pension fund lost 300 million crowns gambling on property loans.": "gambling on property loans",
    "The savings bank lost 90 million crowns gambling on bonds.": "gambling on bonds",
    "By March the bank had slammed the door on its own savers.": "slammed the door",
    # a door shut on people
    "The insurer had slammed the door on its own policyholders.": "slammed the door",
    # blame shifted
    "The operator's press office spent the month trying to shift the blame onto the harbour pilots.": "shift the blame",
    # a favour to one's friends
    "The treasurer cut the ferry subsidy to help his friends on the council.": "to help his friends",
    # a clique for a body
    "Now the clique wants the taxpayers to cover the losses.": "clique",
    "The junta's troops guard the bridges over the Osk.": "junta",
    # a place given a person's death
    "The dying town of Osk lost its last school.": "dying town",
}


@pytest.mark.parametrize("text", sorted(JUDGEMENTS))
def test_a_judgement_with_no_judging_word_in_the_outlets_voice_is_marked(nlp, text):
    spans = shown(nlp, text)
    assert any(JUDGEMENTS[text] in span for span in spans), recorded(nlp, text)


PLAIN = [
    "He forgot his keys at the ferry terminal.",  # forgetting a thing
    "There was no damage to the hull.",  # existential "no"
    "The union called the strike to protect its members.",  # an avowed purpose
    "The mayor visited his friends in Osk.",  # friends, no favour
    "The convoy brought more tents than blankets.",  # a count of aid
    "The survey counted more cars than bicycles on the bridge.",
    "The pilot correctly reported the fault.",  # the outlet agreeing is not read
    "The faction leader spoke for an hour.",  # a compound naming a person
    "The law protects their savings.",  # protecting is no game
    "Rescuers reached the flooded town of Osk.",  # what happened to the place
    "The bank closed its branch in Velm.",
    "The army sent soldiers and medics to the valley.",  # no contrast
]


@pytest.mark.parametrize("text", PLAIN)
def test_plain_sentences_of_the_same_shapes_are_not_marked(nlp, text):
    assert shown(nlp, text) == [], recorded(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the newspaper had falsely claimed that the dam was safe.",  # reported
        '"The cabal wants us to pay," said Ivo Brask.',  # quoted
        "Was the capsizing no accident?",  # a question
    ],
)
def test_someone_elses_judgement_or_a_question_is_not_the_outlets(nlp, text):
    assert shown(nlp, text) == [], recorded(nlp, text)


def test_adverbs_of_untruth_are_read_from_wordnet():
    from storylens.nlp.loaded_rules.rhetoric import about_truth

    assert all(about_truth(a) for a in ("falsely", "wrongly", "baselessly", "mendaciously", "erroneously"))
    assert not any(about_truth(a) for a in ("correctly", "truthfully", "loudly", "repeatedly", "publicly", "secretly"))


def test_a_clique_is_what_wordnet_reads_first_as_one():
    from storylens.nlp.loaded_rules.rhetoric import names_a_clique

    assert all(names_a_clique(w) for w in ("cabal", "junta", "clique"))
    assert not any(names_a_clique(w) for w in ("council", "committee", "government", "board", "crew"))


PLAIN_REPORTS = [
    # a source's forecast, reported
    "Analysts estimate the closure would cost the operator about 2 million crowns a week.",
    "The guarantee scheme, which normally covers up to 20,000 crowns per saver, will be topped up by the state, he said.",
    # comparisons that measure
    "Velm has one of the longest bridges in the region, and its ferry terminal was closed for the rest of Monday.",
    "The Lifeboat Institution, the country's oldest rescue charity, said it had sent four crews.",
    "The meteorological office expects stronger winds on Thursday.",
]


@pytest.mark.parametrize("text", PLAIN_REPORTS)
def test_figures_forecasts_and_descriptions_are_no_persuasive_context(nlp, text):
    spans = nlp(text)._.loaded_spans
    assert [s for s in spans if s.found_by in ("model", "context", "evaluative")] == [], recorded(nlp, text)


def test_measures_and_judgements_are_told_apart(nlp):
    from storylens.nlp.loaded_rules.filters import compares_a_measure

    doc = nlp("the longest bridge, the oldest charity, stronger winds, more rain, the worst betrayal, a more shameful act")
    read = {t.text + " " + t.head.text: compares_a_measure(t) for t in doc if t.tag_ in ("JJR", "JJS", "RBR", "RBS")}
    assert read["longest bridge"] and read["oldest charity"] and read["stronger winds"] and read["more rain"], read
    assert not read["worst betrayal"] and not read["more shameful"], read


def test_an_outlets_own_forecast_or_superlative_judgement_stays_persuasive(nlp):
    from storylens.nlp.loaded_rules.filters import reports_plainly

    for text in ("Tourists will stay away from Velm for years.", "This was the worst betrayal of the town in memory."):
        doc = nlp(text)
        assert not reports_plainly(doc, 0, len(text) - 1), text


@pytest.mark.parametrize(
    "text",
    [
        '"They came back for us, and I am thankful," said Mira Holt, a passenger.',
        '"We were devastated when the water came in," said Ola Berg, a farmer.',
    ],
)
def test_a_witness_telling_their_own_feelings_is_not_loaded(nlp, text):
    spans = [s for s in nlp(text)._.loaded_spans if s.shows_words]
    assert spans == [], recorded(nlp, text)


def test_a_quoted_insult_is_still_marked_as_the_speakers(nlp):
    text = '"The ministry is corrupt and cowardly," said Ola Berg, a farmer.'
    spans = [s for s in nlp(text)._.loaded_spans if s.shows_words]
    assert spans and all(s.voice == "quoted" for s in spans), recorded(nlp, text)


BODY = (
    "The Velm savings bank closed its doors on Monday. The treasury said deposits were safe. "
    "Floods reached Osk on Tuesday, and the Osk council opened shelters."
)
LOADED_HEADLINES = {
    "Treasurer's cabal rescues its property friends with your pension": ["cabal", "friends"],
    # "drowning Osk" is not read here: alone in a headline the model types "Osk" as a person
    "Junta sends troops, not tents, to drowning Osk": ["troops, not tents"],
    "Junta sends troops, not tents, to the dying town of Osk": ["troops, not tents", "dying town"],
}
PLAIN_HEADLINES = [
    "Savers return to Velm as deposit guarantee holds",
    "Queues shrink in Velm as savers trust state guarantee",
    "How to protect your savings when a bank fails",
    "Army sends troops and tents to flooded Osk",
]


@pytest.fixture(scope="module")
def headline_spans(nlp):
    from storylens.nlp.titles import analyze_titles

    titles = [*LOADED_HEADLINES, *PLAIN_HEADLINES]
    articles = [Article(id=f"t{i}", source=f"t{i}", text=BODY, title=title) for i, title in enumerate(titles)]
    found = analyze_titles(articles, nlp=nlp, entity_types=frozenset({"PERSON", "ORG", "GPE"}))
    return {title: [s.span.text for s in spans if s.shows_words] for title, (_, spans) in zip(titles, found)}


@pytest.mark.parametrize("title", sorted(LOADED_HEADLINES))
def test_a_loaded_headline_is_read_like_a_body_sentence(headline_spans, title):
    for words in LOADED_HEADLINES[title]:
        assert any(words in span for span in headline_spans[title]), headline_spans[title]


@pytest.mark.parametrize("title", PLAIN_HEADLINES)
def test_a_plain_headline_of_the_same_shape_is_not_marked(headline_spans, title):
    assert headline_spans[title] == []


@pytest.mark.parametrize(
    "text, name",
    [
        ("Investigators reached the runway on Monday, a day after the Tamsby incident.", "Tamsby incident"),
        ("Savers in Velm, a port town, queued for hours during the Velm crisis.", "Velm crisis"),
    ],
)
def test_a_place_before_a_generic_event_noun_makes_it_one_happenings_name(nlp, text, name):
    names = [e for e in nlp(text)._.event_names if e.term == name]
    assert names and names[0].place_named, [(e.term, e.place_named) for e in nlp(text)._.event_names]


@pytest.mark.parametrize(
    "text",
    [
        "The war has reached the valley.",  # bare generic
        "The Velm Crisis Centre opened on Monday.",  # a body named for a crisis
        "The crisis deepened on Monday.",
    ],
)
def test_no_place_named_event_without_a_place(nlp, text):
    assert not any(e.place_named for e in nlp(text)._.event_names)
