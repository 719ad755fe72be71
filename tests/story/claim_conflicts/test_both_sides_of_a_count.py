"""An article that tells both sides of a headcount, run through the whole pipeline on a story
written for this test: its two clauses sit in the one contested claim with the other outlets'
counts, not in two claims."""

import pytest

from tests.story.test_claims_on_new_stories import claim_with, story_of

WIRE = """Dock strike halts Kessary port

About 5,000 dockers stopped work on Thursday, the dockers' union said. The port authority said only 1,800 dockers stayed away.

Cargo ships queued outside the harbour wall for most of the day.
"""

UNION_SHEET = """Dockers stand together

Some 5,000 dockers walked off the job at Kessary on Thursday, the union said. Pickets gathered at the north gate at dawn and stayed until the evening tide.
"""

PORT_NEWS = """Port keeps moving despite stoppage

Just 1,800 dockers joined the stoppage on Thursday, according to the port authority. Two cranes were idle on the east quay, and the grain terminal worked a full shift.
"""


@pytest.fixture(scope="module")
def story(tmp_path_factory, nlp):
    return story_of(tmp_path_factory.mktemp("kessary"), {
        "wire.txt": (WIRE, "Kessary Wire,Dock strike halts Kessary port"),
        "union.txt": (UNION_SHEET, "Dockers Voice,Dockers stand together"),
        "port.txt": (PORT_NEWS, "Port Daily,Port keeps moving despite stoppage"),
    }, "2031-10-03")


def test_an_article_telling_both_sides_of_a_count_is_in_the_one_contested_claim(story):
    claim = claim_with(story, "About 5,000 dockers stopped work", "only 1,800 dockers stayed away")
    assert claim is not None and claim.status == "contested"
    # the other outlets' counts are in it too, and the dispute names both figures
    assert {s.outlet for s in claim.sources} >= {"Kessary Wire", "Dockers Voice", "Port Daily"}
    assert any("5,000" in c.detail and "1,800" in c.detail for c in claim.conflicts)


def test_what_else_the_articles_say_stays_out_of_it(story):
    claim = claim_with(story, "About 5,000 dockers stopped work")
    texts = " ".join(s.span.text for s in claim.sources)
    assert "cranes" not in texts and "Pickets" not in texts and "Cargo ships" not in texts
