"""Round s36's rival accounts through the whole pipeline, on a story written for the test
(tests/data/claims_rivals_s36): the two sides of each dispute end up in one contested claim, and
the false friends are never paired as rivals."""

from pathlib import Path

import pytest

from storylens.eval.claims import build_folder_story
from tests.story.test_disputes_story_s35 import claim_with

STORY = Path(__file__).parents[1] / "data" / "claims_rivals_s36" / "flood-tessel"


@pytest.fixture(scope="module")
def paired(monkeypatch_module):
    """The story, and the clause texts of every pair ``rival_pairs`` joined in it."""
    from storylens.story import claims

    joined = []
    real = claims.rival_pairs

    def recording(items, probability_of, disputes):
        pairs = real(items, probability_of, disputes)
        joined.extend({items[i].mention.text, items[j].mention.text} for i, j in pairs)
        return pairs

    monkeypatch_module.setattr(claims, "rival_pairs", recording)
    return build_folder_story(STORY), joined


@pytest.fixture(scope="module")
def monkeypatch_module():
    with pytest.MonkeyPatch.context() as patch:
        yield patch


@pytest.mark.slow
def test_each_dispute_is_one_contested_claim(paired):
    story, _ = paired
    for sides in (("warned residents", "issued no warning"), ("A ferry was struck", "No boat was hit"),
                  ("240,000 households", "600,000 households"), ("Police arrested", "Marsh had been arrested")):
        claim = claim_with(story, *sides)
        assert claim is not None and claim.status == "contested", sides
    assert any(c.kind == "negation" for c in claim_with(story, "warned residents", "issued no warning").conflicts)
    assert any(c.kind == "quantity" for c in claim_with(story, "240,000 households", "600,000 households").conflicts)


@pytest.mark.slow
def test_false_friends_are_never_paired_as_rivals(paired):
    _, joined = paired
    assert joined  # the disputes above are paired
    for pair in joined:
        told = " ".join(pair)
        assert not ("union rejected" in told and "did not reject" in told)  # one verb, two acts, two doers
        assert not ("flooded the main road" in told and "not closed" in told)  # a cause and an effect
        assert "1.1 million households" not in told  # a network's standing size
