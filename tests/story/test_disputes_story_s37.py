"""Round s37's disputes through the whole pipeline, on a story written for the test
(tests/data/claims_disputes_s37/storm-kaldera): each of its four disputes is one contested claim
holding both sides, and the false friends raise no conflict."""

from pathlib import Path

import pytest

from storylens.eval.claims import build_folder_story, evaluate
from tests.story.test_disputes_story_s35 import claim_with

DATA = Path(__file__).parents[1] / "data" / "claims_disputes_s37"


def _text(story, ref):
    article = next(a for a in story.articles if a.id == ref.article)
    return article.text[ref.span.start:ref.span.end]


@pytest.fixture(scope="module")
def story():
    return build_folder_story(DATA / "storm-kaldera")


@pytest.mark.slow
def test_each_dispute_is_one_contested_claim(story):
    for sides, kind in ((("Authority warned fishermen", "denied having warned"), "negation"),
                        (("patrol boat was hit", "No vessel was struck"), "negation"),
                        (("fell 3 km from the site", "No debris fell outside"), "negation"),
                        (("1.8 million customers", "three million customers"), "quantity")):
        claim = claim_with(story, *sides)
        assert claim is not None and claim.status == "contested", sides
        assert any(c.kind == kind and all(any(s in _text(story, ref) for ref in c.sources) for s in sides)
                   for c in claim.conflicts), sides


@pytest.mark.slow
def test_a_fall_inside_the_bound_raises_no_conflict(story):
    for claim in story.claims:
        for conflict in claim.conflicts:
            told = " ".join(_text(story, ref) for ref in conflict.sources)
            assert not ("inside the fenced area" in told and "No debris" in told)


@pytest.mark.slow
def test_the_written_story_scores():
    figures = evaluate(DATA)
    assert figures["contested_found"] == figures["contested"] == 4
    assert figures["false_conflicts"] == 0
