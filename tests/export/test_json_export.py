import copy

import pytest

from storylens.errors import StorylensError
from storylens.export.json_export import export_document, span_errors, validate_document
from storylens.records import Actor, Article, Rejected, Span, Story


def small_story() -> Story:
    text = "Alexander Lukashenko brokered a deal on Saturday."
    article = Article(id="a1", source="x.txt", text=text, outlet="Outlet", published="2023-06-24")
    actor = Actor(id="alexander-lukashenko", name="Alexander Lukashenko", type="PERSON", mentions=[Span.of("a1", text, 0, 20)])
    return Story(id="s1", title="A deal", articles=[article], actors=[actor])


def test_export_of_a_small_story_is_valid():
    document = export_document([small_story()], [Rejected("bad.bin", "binary: the file is not text")])
    validate_document(document)
    assert document["rejected"] == [{"source": "bad.bin", "reason": "binary: the file is not text"}]
    assert document["stories"][0]["framing"] == {"loaded_language": [], "distinctive_terms": {}, "event_names": {}, "scare_quoted": {}, "reported_names": {}, "persuasive_context": [], "title_loaded_language": []}


def test_a_span_that_does_not_match_its_text_is_caught():
    document = export_document([small_story()])
    document["stories"][0]["actors"][0]["mentions"][0]["start"] += 1
    assert span_errors(document)
    with pytest.raises(StorylensError, match="bad spans"):
        validate_document(document)


def test_a_title_span_is_checked_against_the_title():
    # round s29: spans of the headline address article.title, in fields of their own
    from storylens.records import TitleSpan

    story = small_story()
    story.articles[0].title = "Lukashenko Brokers a Deal"
    story.actors[0].title_mentions = [TitleSpan.of("a1", story.articles[0].title, 0, 10)]
    document = export_document([story])
    assert document["stories"][0]["actors"][0]["title_mentions"][0] == {"article": "a1", "start": 0, "end": 10, "text": "Lukashenko", "field": "title"}
    validate_document(document)
    document["stories"][0]["actors"][0]["title_mentions"][0]["start"] += 1
    assert span_errors(document)


def test_a_missing_required_field_is_caught():
    document = export_document([small_story()])
    del document["stories"][0]["timeline"]
    with pytest.raises(StorylensError, match="timeline"):
        validate_document(document)


def test_seed_story_export_is_valid(seed_story):
    document = export_document([copy.deepcopy(seed_story)])
    validate_document(document)
    story = document["stories"][0]
    assert len(story["articles"]) == 5
    for key in ("timeline", "claims", "quotes", "framing", "summary", "actors"):
        assert key in story
