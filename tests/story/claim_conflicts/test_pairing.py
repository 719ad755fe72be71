"""Rival accounts the pair scorer does not link, joined into one contested claim: a story written
for this test (two invented outlets on an invented dam flood), run through the whole pipeline."""

import pytest

from tests.story.test_claims_on_new_stories import claim_with, story_of

GAZETTE = """Flood at Tessin dam: villages evacuated

Water poured over the Tessin dam late on Sunday, flooding three villages below it. The sluice gate failed after a power cut, the dam operator Harl Energy said.

The regional minister walked out of Monday's emergency meeting with the operator, the farmers' union said. The farmers' union called the evacuation order unlawful.

About 1,400 people spent the night in a sports hall in Orvik.
"""

LEDGER = """Tessin flood: operator and farmers at odds

Farmers at Tessin say a rusted gate hinge was to blame. The ministry flatly rejects the claim that the regional minister walked out of the emergency meeting.

Around 1,400 residents slept in a sports hall in Orvik on Sunday night. Harl Energy says the evacuation order was lawful.
"""


@pytest.fixture(scope="module")
def story(tmp_path_factory, nlp):
    return story_of(tmp_path_factory.mktemp("tessin"), {
        "gazette.txt": (GAZETTE, "Valley Gazette,Flood at Tessin dam: villages evacuated"),
        "ledger.txt": (LEDGER, "River Ledger,Tessin flood: operator and farmers at odds"),
    }, "2031-09-08")


def test_competing_causes_told_in_other_words_are_one_contested_claim(story):
    claim = claim_with(story, "failed after a power cut", "rusted gate hinge was to blame")
    assert claim is not None and claim.status == "contested"
    detail = " ".join(c.detail for c in claim.conflicts)
    assert "a power cut" in detail and "a rusted gate hinge" in detail


def test_a_rejection_of_what_an_outlet_reports_is_a_dispute_not_a_corroboration(story):
    claim = claim_with(story, "minister walked out of Monday", "flatly rejects the claim")
    assert claim is not None and claim.status == "contested"


def test_opposite_evaluations_of_one_act_are_one_contested_claim(story):
    claim = claim_with(story, "called the evacuation order unlawful", "evacuation order was lawful")
    assert claim is not None and claim.status == "contested"


def test_facts_told_alike_stay_corroborated(story):
    claim = claim_with(story, "About 1,400 people", "Around 1,400 residents")
    assert claim is None or claim.status != "contested"


def test_the_brief_writes_a_dispute_as_reports_differ(story):
    differ = [s.text for s in story.summary if s.text.startswith("Reports differ")]
    assert differ, [s.text for s in story.summary]
