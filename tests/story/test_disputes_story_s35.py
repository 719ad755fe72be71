"""Round s35's disputes through the whole pipeline, on a story written for the test
(tests/data/claims_disputes_s35): which of its facts come out contested, and which must not."""

from pathlib import Path

import pytest

from storylens.eval.claims import build_folder_story

STORY = Path(__file__).parents[1] / "data" / "claims_disputes_s35" / "rocket-dellmoor"


def claim_with(story, *pieces):
    """The claim whose sources' text holds every piece (None when no one claim does)."""
    text = {a.id: a.text for a in story.articles}
    for claim in story.claims:
        told = " ".join(text[s.article][s.span.start:s.span.end] for s in claim.sources)
        if all(p in told for p in pieces):
            return claim
    return None


@pytest.mark.slow
def test_the_written_rocket_story():
    story = build_folder_story(STORY)
    warning = claim_with(story, "warned fishermen", "issued no warning")
    assert warning is not None and warning.status == "contested"
    assert any(c.kind == "negation" for c in warning.conflicts)
    # "no debris fell outside the closed zone" and "the debris stayed inside" agree
    place = claim_with(story, "No debris fell outside the closed zone", "stayed inside the closed zone")
    assert place is not None and not any(c.kind == "account" for c in place.conflicts)
    # a break-up and its cause, told by two outlets, are no rival accounts
    cause = claim_with(story, "faulty fuel valve")
    assert cause is None or not any("according to" in c.detail and "launch" in c.detail for c in cause.conflicts)
    counts = claim_with(story, "1.8 million customers", "three million customers")
    assert counts is not None and counts.status == "contested"
