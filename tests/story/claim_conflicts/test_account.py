"""Account disputes of who was acted on, on sentences written for these tests."""

from storylens.story.claim_conflicts import account_conflict

from tests.story.claim_conflicts.helpers import clause


def test_one_meeting_told_from_either_side_is_no_dispute_of_parties():
    one_side = clause("Councillor Ines Varga met the developer Otto Brask at a hotel in Lindau in May.",
                      "Councillor Ines Varga met the developer Otto Brask at a hotel in Lindau in May", "one",
                      predicate="meet", subject="Councillor Ines Varga", theme="the developer Otto Brask")
    other_side = clause("Brask told the court he had met Varga in Lindau in the spring.", "he had met Varga in Lindau in the spring",
                        "two", predicate="meet", subject="he", theme="Varga")
    assert account_conflict(one_side, other_side, set()) is None


def test_the_same_act_done_to_different_named_parties_is_a_dispute():
    one = clause("Police arrested Otto Brask in Lindau on Friday.", "Police arrested Otto Brask in Lindau on Friday", "one",
                 predicate="arrest", subject="Police", theme="Otto Brask")
    other = clause("Police arrested Ines Varga in Lindau on Friday.", "Police arrested Ines Varga in Lindau on Friday", "two",
                   predicate="arrest", subject="Police", theme="Ines Varga")
    assert account_conflict(one, other, set()) is not None
