"""Account disputes of who was acted on, on a sentence written for this test."""

from storylens.story.claim_conflicts import account_conflict

from tests.story.claim_conflicts.helpers import clause


def test_the_same_act_done_to_different_named_parties_is_a_dispute():
    one = clause("Police arrested Otto Brask in Lindau on Friday.", "Police arrested Otto Brask in Lindau on Friday", "one",
                 predicate="arrest", subject="Police", theme="Otto Brask")
    other = clause("Police arrested Ines Varga in Lindau on Friday.", "Police arrested Ines Varga in Lindau on Friday", "two",
                   predicate="arrest", subject="Police", theme="Ines Varga")
    assert account_conflict(one, other, set()) is not None
