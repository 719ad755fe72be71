"""Round s41's disputes through the whole pipeline, on a story written for the test
(tests/data/claims_disputes_s41/wolves-harrow): each dispute the round mends is one contested
claim holding both sides, and figures of different things raise no conflict."""

from pathlib import Path

import pytest

from storylens.eval.claims import build_folder_story, evaluate
from tests.story.test_disputes_story_s35 import claim_with
from tests.story.test_disputes_story_s37 import _text

DATA = Path(__file__).parents[1] / "data" / "claims_disputes_s41"


@pytest.fixture(scope="module")
def story():
    return build_folder_story(DATA / "wolves-harrow")


DISPUTES = ((("Five wolves escaped", "Six escaped"), "quantity"),
            (("50,000 signatures", "nearly 46,000 signatures"), "quantity"),
            (("died from an overdose", "killed by a keeper's shot"), "account"),
            (("A fallen tree broke the fence", "was a cover story"), "account"),
            (("left open by a contractor", "Pell Fencing denied any role"), "negation"))


@pytest.mark.slow
@pytest.mark.parametrize("sides,kind", DISPUTES)
def test_each_dispute_is_one_contested_claim(story, sides, kind):
    claim = claim_with(story, *sides)
    assert claim is not None and claim.status == "contested"
    told = [(c.kind, " ".join(_text(story, ref) for ref in c.sources)) for c in claim.conflicts]
    assert any(k == kind and all(s in t for s in sides) for k, t in told), told


@pytest.mark.slow
def test_figures_of_different_things_raise_no_conflict(story):
    apart = (("Five wolves", "brought back two"), ("Five wolves", "still at large"), ("Six escaped", "still at large"),
             ("valued at 40 million", "lost 12 million"), ("valued at 40 million", "for 25 million"),
             ("Five wolves", "four wolves"))  # the four is revised to six in its own sentence
    for claim in story.claims:
        for conflict in claim.conflicts:
            told = " ".join(_text(story, ref) for ref in conflict.sources)
            for one, other in apart:
                assert not (one in told and other in told), (one, other)


@pytest.mark.slow
def test_the_written_story_scores():
    figures = evaluate(DATA)
    assert figures["contested_found"] == 5 and figures["contested"] == 5
    assert figures["false_conflicts"] == 0
