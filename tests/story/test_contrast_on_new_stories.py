""""It is X, not Y, that did Z" against "Y did Z", through the whole pipeline on a story written
for this test: the contrast disputes the report instead of corroborating it."""

import pytest

from tests.story.test_claims_on_new_stories import story_of

POST = """Tainted water in Melrick

Residents of Melrick fell ill after drinking tap water on Sunday. The Health Authority is responsible for testing the town's wells, the mayor said. The Health Authority closed two wells on Monday.
"""

NEWS = """Melrick water scare

Dozens of people in Melrick were sick on Sunday. It is the Water Board, not the Health Authority, that is responsible for testing the town's wells. The Water Board, not the Health Authority, closed two wells on Monday.
"""


@pytest.fixture(scope="module")
def story(tmp_path_factory, nlp):
    return story_of(tmp_path_factory.mktemp("melrick"), {
        "post.txt": (POST, "Melrick Post,Tainted water in Melrick"),
        "news.txt": (NEWS, "Valley News,Melrick water scare"),
    }, "2031-04-02")


def claim_holding(story, fragment):
    return next(c for c in story.claims if any(fragment in s.span.text for s in c.sources))


def test_a_cleft_contrast_disputes_the_report_it_excludes(story):
    claim = claim_holding(story, "The Health Authority is responsible")
    assert claim.status == "contested"
    assert any(c.kind == "negation" and "not the Health Authority" in c.detail for c in claim.conflicts)


def test_a_contrasted_subject_disputes_the_report_it_excludes(story):
    claim = claim_holding(story, "The Health Authority closed two wells")
    assert claim.status == "contested"
    assert any("Water Board, not the Health Authority" in s.span.text for s in claim.sources)


def test_what_both_tell_alike_stays_corroborated(story):
    assert claim_holding(story, "fell ill after drinking tap water").status == "corroborated"
