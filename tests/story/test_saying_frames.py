"""A clause that only frames a saying ("Mayor Ilse Varrow said on Tuesday evening") is one fact
with another outlet's clause only when that clause names the speaker (round s39). Mentions are
read by the real pipeline from articles written for this test."""

import pytest

from storylens.ingest import read_inputs
from storylens.nlp.pipeline import analyze_articles
from storylens.story.claims import located_mentions
from storylens.story.context import StoryContext
from storylens.story.saying_frames import frames_another_saying, speaker_of_frame

GAZETTE = """Ferry captain to face charges

The captain of the Orla ferry is expected to be charged this month, prosecutors in Dunmere said.

Mayor Ilse Varrow said on Tuesday evening that the harbour would stay closed until Friday.
"""

COURIER = """Dunmere harbour shut after ferry crash

The harbour at Dunmere will remain closed until Friday, according to Mayor Varrow.

Divers from the coast guard searched the wreck of the Orla on Wednesday.
"""


@pytest.fixture(scope="module")
def mentions(tmp_path_factory, nlp):
    folder = tmp_path_factory.mktemp("dunmere")
    rows = ["file,outlet,published,title"]
    for name, text, outlet in (("gazette.txt", GAZETTE, "Dunmere Gazette"), ("courier.txt", COURIER, "Coast Courier")):
        (folder / name).write_text(text, encoding="utf-8")
        rows.append(f"{name},{outlet},2031-05-06,{text.splitlines()[0]}")
    (folder / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    articles = read_inputs([str(folder)], manifest=folder / "manifest.csv").articles
    return located_mentions(StoryContext(list(analyze_articles(articles, nlp=nlp))))


def mention(mentions, fragment):
    return next(m for m in mentions if fragment in m.mention.text)


def test_a_reporting_clause_with_its_content_apart_is_a_frame_with_a_named_speaker(mentions):
    frame = mention(mentions, "Mayor Ilse Varrow said")
    assert frame.mention.kind == "frame"
    actors, words = speaker_of_frame(frame)
    assert "Varrow" in words
    # the content it frames is a mention of its own, not a frame
    assert speaker_of_frame(mention(mentions, "the harbour would stay closed")) == (set(), set())


def test_a_frame_is_not_one_fact_with_a_clause_that_leaves_its_speaker_unnamed(mentions):
    frame = mention(mentions, "Mayor Ilse Varrow said")
    assert frames_another_saying(frame, mention(mentions, "searched the wreck"))
    # "expected to be charged this month": said the same week, by someone else
    charged = next(m for m in mentions if "charged" in m.mention.text)
    assert frames_another_saying(charged, frame)


def test_a_frame_and_a_clause_that_names_its_speaker_may_be_one_fact(mentions):
    frame = mention(mentions, "Mayor Ilse Varrow said")
    told = mention(mentions, "will remain closed until Friday")
    assert told.mention.attributed_to and "Varrow" in told.mention.attributed_to
    assert not frames_another_saying(frame, told)


def test_two_clauses_neither_a_frame_are_left_to_the_scorer(mentions):
    assert not frames_another_saying(mention(mentions, "searched the wreck"), mention(mentions, "will remain closed"))
