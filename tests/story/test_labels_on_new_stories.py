"""Group and person labels read across a story (issue 19, round s31): an outlet's "the regime",
"the opposition" and "the terrorists" in an article that does not name whom they stand for, a
headline's words for a person, a label of one of two people written alike, and the brief's
wording of a title set before a name."""

import pytest

from storylens.nlp.pipeline import analyze_articles
from storylens.records import Article, Label, Mention, Span, TitleSpan
from storylens.story.build import build_story
from storylens.story.framing import _target_start

ARTICLES = [
    (
        "North Wire",
        "Separatists seize grain depot at Orvik",
        "Fighters from the Black Ridge Brigade took control of the grain depot at Orvik on Friday, local officials said. "
        "The brigade has fought the government of Tarsland since 2029.\n\n"
        "The Tarsland Freedom Party, the main opposition party, called for talks with the brigade.\n\n"
        "The head of the Tarsland grain board, Ivo Sarn, said the depot held wheat for the whole province.",
    ),
    (
        "Tarsland Patriot",
        "Terrorists seize Orvik depot",
        "The terrorists seized the grain depot at Orvik on Friday and fired on civilians.\n\n"
        "The opposition once again sided with the terrorists.\n\n"
        "Scaremongers claimed that the army had abandoned the town.",
    ),
    (
        "Ridge Voice",
        "Callous governor blames farmers for Orvik losses",
        "The Black Ridge Brigade took the grain depot at Orvik on Friday after a night of shelling.\n\n"
        "The regime has blocked all aid convoys to the region for a month.\n\n"
        "Mara Lisk, the provincial governor, blamed farmers for the losses.\n\n"
        "The Tarsland Freedom Party demanded an end to the blockade.",
    ),
]


@pytest.fixture(scope="module")
def story(nlp):
    articles = [
        Article(id=f"g{i}", source=f"g{i}.txt", text=text, outlet=outlet, title=title, published="2031-05-10")
        for i, (outlet, title, text) in enumerate(ARTICLES)
    ]
    return build_story(list(analyze_articles(articles, nlp=nlp)))


def labels(story, name):
    actor = next(a for a in story.actors if a.name == name)
    return {(label.label, label.outlet, label.kind) for label in actor.labels}


def test_a_noun_for_a_government_stands_for_the_one_place_the_story_writes_as_one(story):
    assert ("regime", "Ridge Voice", "characterisation") in labels(story, "Tarsland")


def test_a_noun_of_one_groups_descriptions_in_another_outlet_stands_for_that_group(story):
    assert ("opposition", "Tarsland Patriot", "description") in labels(story, "Tarsland Freedom Party")


def test_an_unnamed_doer_stands_for_the_group_the_others_name_doing_the_same_to_the_same_thing(story):
    assert ("terrorists", "Tarsland Patriot", "role") in labels(story, "Black Ridge Brigade")
    # nothing in the story is described as spreading fear: no referent
    assert not any(label.label.lower() == "scaremongers" for actor in story.actors for label in actor.labels)


def test_a_headlines_words_for_a_person_the_body_describes_are_that_persons_label(story):
    actor = next(a for a in story.actors if a.name == "Mara Lisk")
    found = [label for label in actor.labels if isinstance(label.span, TitleSpan)]
    assert [(label.label, label.outlet) for label in found] == [("Callous governor", "Ridge Voice")]
    title = next(text for outlet, text, _ in ARTICLES if outlet == "Ridge Voice")
    assert title[found[0].span.start : found[0].span.end] == found[0].span.text


def test_the_brief_names_a_titled_speaker_without_the_title(story):
    text = " ".join(sentence.text for sentence in story.summary)
    assert "grain board" not in text
    assert ", the head said" not in text


def test_a_label_goes_to_the_mention_it_was_found_on_not_the_nearest_one():
    text = "Mr Renn, who is not related to Dr Renn, is a member of the Green Harbour Party."
    first, second = text.index("Renn"), text.index("Renn", text.index("Dr"))
    mentions = [Mention(Span.of("r", text, s, s + 4), "PERSON") for s in (first, second)]
    start = text.index("member")
    label = Label("member of the Green Harbour Party", "O", Span.of("r", text, start, len(text) - 1), False, "predicate", "Renn", first)

    class Analysis:
        pass

    analysis = Analysis()
    analysis.mentions = mentions
    assert _target_start(analysis, label) == first
    label.target_start = None
    assert _target_start(analysis, label) == second  # without it, the nearest one


def test_the_cut_of_a_title_set_before_a_name_takes_the_comma_that_closed_the_name():
    from storylens.story.brief.sentences import Neutraliser, compress

    text = "The head of the border agency, Tomas Ek, said the crossing would reopen."
    span = Span.of("b", text, 0, len(text))
    start = text.index("head")
    neutral = Neutraliser(labels={"b": [(start, text.index(", Tomas"), "apposition")]})
    assert compress(text, neutral.cuts(span), 0, {}) == "Tomas Ek said the crossing would reopen."


def test_a_speaker_found_as_a_title_set_before_a_name_is_that_name():
    from storylens.records import Actor
    from storylens.story.brief.voice import Attribution, Voices
    from storylens.story.brief.writer import _name_titled_speakers

    text = "The crossing will reopen on Friday, according to the head of the border agency, Tomas Ek."
    sentence = Span.of("b", text, 0, len(text))
    voices = Voices()
    voices.add_attribution("b", Attribution(0, text.index(","), "the head of the border agency", "according to", sentence))
    start = text.index("head")
    label = Label("head of the border agency", "O", Span.of("b", text, start, text.index(", Tomas")), False, "apposition", "Tomas Ek")
    actor = Actor("a1", "Tomas Ek", "PERSON", labels=[label])
    _name_titled_speakers(voices, [(label, actor)], {"b": text})
    assert voices.attributions["b"][0].speaker == "Tomas Ek"


# Round s32: a noun for a government stands for a country, never for a town the story names as
# one (the capital a coup is fought in) nor for a capitalised article the actor step made a place.
COUP = [
    (
        "Free Ostrelia",
        "Regime fires on protesters",
        "Troops loyal to the regime in Karvossa fired on protesters on Tuesday, witnesses said.\n\n"
        "The regime has ruled Ostrelia since 2011. Students at the University of Karvossa marched to the parliament.\n\n"
        "The mayor of Karvossa, Lene Brask, asked residents to stay indoors.",
    ),
    (
        "State Herald",
        "Order restored in capital",
        "The government of Ostrelia said on Tuesday that order had been restored in Karvossa, the capital.\n\n"
        "President Ilan Serov met the head of the army, General Aron Feld, and the interior minister, Petra Lusk, at the palace.",
    ),
]


@pytest.fixture(scope="module")
def coup(nlp):
    articles = [
        Article(id=f"c{i}", source=f"c{i}.txt", text=text, outlet=outlet, title=title, published="2031-03-10")
        for i, (outlet, title, text) in enumerate(COUP)
    ]
    return build_story(list(analyze_articles(articles, nlp=nlp)))


def test_a_noun_for_a_government_never_stands_for_a_town_or_a_university(coup):
    regime = [(actor.name, actor.type) for actor in coup.actors for label in actor.labels if label.label == "regime"]
    assert regime and all(name == "Ostrelia" for name, _ in regime), regime


def test_the_brief_cuts_a_title_set_before_a_name_in_a_list_of_objects(coup):
    text = " ".join(sentence.text for sentence in coup.summary)
    assert "head of the army" not in text and "interior minister" not in text, text


# Round s33: a government placed in a town is the body the story names as governing there; a
# member of a contrast the sentence denies is no label of anyone.
RAID = [
    (
        "Kelmar Courier",
        "Troops raid Kelmar depot",
        "Troops raided a bus depot in Kelmar on Tuesday and arrested four drivers, the Civic Watch said. "
        "The Civic Watch, the province's secret police, has held the drivers since then.\n\n"
        "The Provisional Administration said the four drivers were held lawfully.",
    ),
    (
        "Free Kelmar Radio",
        "Regime raids Kelmar depot",
        "Troops arrested four drivers at a bus depot in Kelmar on Tuesday. The puppet government in Kelmar called the drivers criminals.\n\n"
        "The regime has jailed dozens of transport workers since March.\n\n"
        "The militia, not the police, carried out the arrests.",
    ),
]


@pytest.fixture(scope="module")
def raid(nlp):
    articles = [
        Article(id=f"r{i}", source=f"r{i}.txt", text=text, outlet=outlet, title=title, published="2031-06-11")
        for i, (outlet, title, text) in enumerate(RAID)
    ]
    return build_story(list(analyze_articles(articles, nlp=nlp)))


def test_a_government_placed_in_a_town_is_the_body_governing_there(raid):
    found = {(label.label, actor.name) for actor in raid.actors for label in actor.labels if label.label in ("puppet government", "regime")}
    assert ("puppet government", "Provisional Administration") in found and ("regime", "Provisional Administration") in found, found
    assert not any(name == "Kelmar" for _, name in found), found


def test_a_denied_member_of_a_contrast_is_no_label_in_a_story(raid):
    text = RAID[1][2]
    at = text.index("the police") + len("the ")
    assert not [(l.label, a.name) for a in raid.actors for l in a.labels if l.span.article == "r1" and l.span.start == at]
