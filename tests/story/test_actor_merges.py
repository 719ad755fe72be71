"""Head-noun phrases ("the hospital", "the city's hospital") as mentions of the one named actor
they stand for, on invented stories run through the whole pipeline (issue 19)."""

from __future__ import annotations

from storylens.nlp.pipeline import analyze_articles
from storylens.records import Article, ArticleAnalysis, NounMention, Span
from storylens.story.actors import merge_actors
from storylens.story.context import StoryContext
from storylens.story.framing import attach_labels

GAZETTE = """Blast at Hospital

An explosion tore through the Westmoor Baptist Hospital in Port Selden on Monday night. The hospital's \
director, Omar Haddad, said the city's hospital had run out of fuel days before. Staff at the Baptist \
hospital said dozens were hurt."""

COURIER = """Dozens hurt at Port Selden clinic

Doctors at the Westmoor Baptist Hospital said on Tuesday that the besieged hospital could not treat the \
wounded. The Lakeland Ministry of Health said the ministry would send generators."""

HERALD = """Wounded moved after blast

The wounded were taken from the Westmoor Baptist Hospital to St. Agnes Hospital, where the hospital \
staff worked through the night. Omar Haddad said the hospital would reopen."""


def story(nlp, *articles: tuple[str, str, str]) -> StoryContext:
    items = [Article(id=i, source=i, text=text, outlet=outlet) for i, outlet, text in articles]
    context = StoryContext(list(analyze_articles(items, nlp=nlp)))
    merge_actors(context)
    return context


def mention_texts(context: StoryContext, alias: str) -> dict[str, list[str]]:
    """Article id -> the texts of the actor's mentions there."""
    (actor,) = [a for a in context.actors if alias in a.aliases]
    found: dict[str, list[str]] = {}
    for span in actor.mentions:
        found.setdefault(span.article, []).append(span.text)
    return found


def test_the_hospital_the_citys_hospital_and_the_baptist_hospital_are_the_named_hospital(nlp):
    context = story(nlp, ("g", "Gazette", GAZETTE), ("c", "Courier", COURIER))
    found = mention_texts(context, "Westmoor Baptist Hospital")
    assert {"Hospital", "The hospital", "the city's hospital", "the Baptist hospital"} <= set(found["g"]), found
    assert "the besieged hospital" in found["c"], found
    # spans are exact and point back to the actor
    hospital = next(a for a in context.actors if "Westmoor Baptist Hospital" in a.aliases)
    text = {a.article.id: a.article.text for a in context.analyses}
    for span in hospital.mentions:
        assert text[span.article][span.start : span.end] == span.text
        assert context.actor_of_mention[(span.article, span.start, span.end)] == hospital.id
    # the phrases are mentions, not names: the actor's name and aliases stay the written names
    assert hospital.name == "Westmoor Baptist Hospital"
    assert not any(alias.islower() or alias.lower().startswith("the ") for alias in hospital.aliases)


def test_the_ministry_joins_the_named_ministry(nlp):
    context = story(nlp, ("c", "Courier", COURIER))
    found = mention_texts(context, "Lakeland Ministry of Health")
    assert "the ministry" in found["c"], found


def test_two_named_hospitals_in_an_article_leave_the_hospital_to_neither(nlp):
    context = story(nlp, ("g", "Gazette", GAZETTE), ("h", "Herald", HERALD))
    for name in ("Westmoor Baptist Hospital", "St. Agnes Hospital"):
        found = mention_texts(context, name)
        assert "the hospital" not in found.get("h", []), (name, found)
    # the other article's phrases still join the hospital it names
    assert "The hospital" in mention_texts(context, "Westmoor Baptist Hospital")["g"]


def test_each_outlet_keeps_its_own_labels_of_the_hospital(nlp):
    context = story(nlp, ("g", "Gazette", GAZETTE), ("c", "Courier", COURIER))
    attach_labels(context)
    hospital = next(a for a in context.actors if "Westmoor Baptist Hospital" in a.aliases)
    labels = {(label.outlet, label.label) for label in hospital.labels}
    assert ("Courier", "besieged hospital") in labels, labels


def test_people_sharing_a_name_part_stay_apart(nlp):
    text = (
        "Omar Haddad, a surgeon, and Lina Haddad, a nurse, left the Westmoor Baptist Hospital on Monday. "
        "The hospital was closed."
    )
    context = story(nlp, ("p", "Gazette", text))
    people = [a for a in context.actors if a.type == "PERSON"]
    assert {a.name for a in people} == {"Omar Haddad", "Lina Haddad"}
    assert all(not any(span.text.lower() == "the hospital" for span in a.mentions) for a in people)


def _context(text: str, names: list[tuple[str, str]], phrase: str) -> StoryContext:
    """A one-article story with ``names`` as its mentions and ``phrase`` standing for all of them."""
    from storylens.records import Mention

    spans = []
    for name, label in names:
        start = text.index(name)
        spans.append((Span.of("a", text, start, start + len(name)), label))
    start = text.index(phrase)
    noun = NounMention(Span.of("a", text, start, start + len(phrase)), phrase.split()[-1], [s for s, _ in spans])
    analysis = ArticleAnalysis(
        article=Article(id="a", source="a", text=text),
        mentions=[Mention(span, label) for span, label in spans],
        noun_mentions=[noun],
    )
    context = StoryContext([analysis])
    merge_actors(context)
    return context


def test_names_that_are_one_actor_take_the_phrase_and_other_types_do_not():
    text = "Northgate Memorial Hospital and Memorial Hospital staff said the hospital was full."
    context = _context(text, [("Northgate Memorial Hospital", "FAC"), ("Memorial Hospital", "FAC")], "the hospital")
    (actor,) = context.actors
    assert "the hospital" in [s.text for s in actor.mentions]
    text = "Rio Verde Town and the town council met."
    context = _context(text, [("Rio Verde Town", "GPE")], "the town")
    assert all("the town" not in [s.text for s in a.mentions] for a in context.actors)


def _story_of(*articles: tuple[str, str, list[tuple[str, str]]]) -> StoryContext:
    from storylens.records import Mention

    analyses = []
    for article_id, text, names in articles:
        mentions, position = [], 0
        for name, label in names:
            start = text.index(name, position)
            mentions.append(Mention(Span.of(article_id, text, start, start + len(name)), label))
            position = start + len(name)
        analyses.append(ArticleAnalysis(article=Article(id=article_id, source=article_id, text=text), mentions=mentions))
    context = StoryContext(analyses)
    merge_actors(context)
    return context


def test_a_name_after_another_owners_possessive_does_not_join_a_longer_name_of_another_owner():
    context = _story_of(
        ("a", "Velmora's Foreign Ministry condemned the raid.", [("Velmora", "GPE"), ("Foreign Ministry", "ORG")]),
        ("b", "The Northland Foreign Ministry said the raid was lawful.", [("Northland Foreign Ministry", "ORG")]),
    )
    ministries = [a for a in context.actors if a.type == "ORG"]
    assert len(ministries) == 2, [(a.name, a.aliases) for a in ministries]
    context = _story_of(
        ("a", "Northland's Foreign Ministry condemned the raid.", [("Northland", "GPE"), ("Foreign Ministry", "ORG")]),
        ("b", "The Northland Foreign Ministry said the raid was lawful.", [("Northland Foreign Ministry", "ORG")]),
    )
    (ministry,) = [a for a in context.actors if a.type == "ORG"]
    assert {"Foreign Ministry", "Northland Foreign Ministry"} <= set(ministry.aliases)


BULLETIN = """Power cut at hospital

The hospital ran out of fuel on Wednesday, its staff said. The Baptist hospital had asked the ministry for help."""

DISPATCH = """Generators arrive

Generators reached the hospital on Thursday, a day after the hospital's fuel ran out."""


def test_the_hospital_of_an_article_naming_none_joins_the_one_hospital_of_the_story(nlp):
    context = story(nlp, ("g", "Gazette", GAZETTE), ("b", "Bulletin", BULLETIN))
    found = mention_texts(context, "Westmoor Baptist Hospital")
    assert {"The hospital", "The Baptist hospital"} <= set(found.get("b", [])), found
    # the ministry of another story is not there to join: "the ministry" stays no one's
    assert all("the ministry" not in [s.text for s in a.mentions] for a in context.actors)


def test_an_open_phrase_joins_nothing_when_the_story_has_two_of_its_kind(nlp):
    context = story(nlp, ("h", "Herald", HERALD), ("d", "Dispatch", DISPATCH))
    for actor in context.actors:
        assert not any(span.article == "d" for span in actor.mentions if span.text.lower().startswith("the hospital")), actor


def test_a_capitalised_word_the_named_one_lacks_keeps_an_open_phrase_apart(nlp):
    text = "Power cut\n\nThe Mercy hospital ran out of fuel on Wednesday."
    context = story(nlp, ("g", "Gazette", GAZETTE), ("m", "Monitor", text))
    found = mention_texts(context, "Westmoor Baptist Hospital")
    assert "m" not in found, found
