"""The three ways figure disputes went unseen, reproduced on a story written for this test and run
through the whole pipeline: an estimate's top against a figure far below it, a figure reported
only to reject it, and a headcount told in other words by each side. Two invented outlets, each
telling its source's side."""

import pytest

from tests.story.test_claims_on_new_stories import claim_with, story_of

UNION_PAPER = """Nurses walk out across Dalmere

Some 4,000 nurses walked out on Monday, their union said. Up to 3,000 operations were cancelled, the union said.

Forty clinics were shut for the day, the union said. The union wants a rise of 8 percent.
"""

BOARD_BULLETIN = """Strike has little effect, board says

Only 900 staff stayed away on Monday, according to the health board. About 400 operations were cancelled, the board said.

The board dismissed reports of forty clinics shut for the day. The union has 6,000 members.
"""


@pytest.fixture(scope="module")
def story(tmp_path_factory, nlp):
    return story_of(tmp_path_factory.mktemp("dalmere"), {
        "union.txt": (UNION_PAPER, "Dalmere Voice,Nurses walk out across Dalmere"),
        "board.txt": (BOARD_BULLETIN, "Board Bulletin,Strike has little effect, board says"),
    }, "2031-09-08")


def test_the_top_of_an_estimate_disputes_a_figure_far_below_it(story):
    claim = claim_with(story, "Up to 3,000 operations", "About 400 operations")
    assert claim is not None and claim.status == "contested"
    assert any(c.kind == "quantity" for c in claim.conflicts)


def test_a_figure_reported_only_to_reject_it_is_a_dispute(story):
    claim = claim_with(story, "Forty clinics were shut", "reports of forty clinics")
    assert claim is not None and claim.status == "contested"
    assert any("only to reject it" in c.detail for c in claim.conflicts)


def test_a_headcount_in_other_words_is_one_contested_claim(story):
    claim = claim_with(story, "4,000 nurses walked out", "900 staff stayed away")
    assert claim is not None and claim.status == "contested"
    (conflict,) = [c for c in claim.conflicts if "4,000" in c.detail]
    assert "900" in conflict.detail


def test_a_standing_size_is_kept_apart_from_the_headcount(story):
    claim = claim_with(story, "4,000 nurses walked out", "has 6,000 members")
    assert claim is None or not any("6,000" in c.detail for c in claim.conflicts)
