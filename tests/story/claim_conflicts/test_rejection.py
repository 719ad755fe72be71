"""Rejections of what another outlet reports, on sentences written for these tests."""

from storylens.story.claim_conflicts.rejection import rejected_content, rejection_conflict
from tests.story.claim_conflicts.helpers import clause


def test_the_rejected_content_is_the_complement_of_the_noun_the_rejection_governs():
    sentence = "The ministry flatly rejects the claim that the minister walked out of the talks."
    content = rejected_content(clause(sentence, sentence.rstrip("."), "x"))
    assert content.predicate == "walk" and content.subject == "the minister" and content.rejecter == "The ministry"
    owned = "The port authority rejected Halden's claim that the leak started at its terminal."
    content = rejected_content(clause(owned, owned.rstrip("."), "x"))
    assert content.owner == "Halden" and content.predicate == "start" and "leak" in content.lemmas
    # a repeated claim, a rejection not made, a relative clause: nothing rejected
    for sentence in ("The ministry repeated the claim that the minister walked out.",
                     "The ministry did not reject the claim that the minister walked out.",
                     "The ministry rejected the offer that the union made on Monday."):
        assert rejected_content(clause(sentence, sentence.rstrip("."), "x")) is None


def test_a_rejection_disputes_the_report_of_what_it_rejects():
    rejection = clause("The ministry flatly rejects the claim that the minister walked out of the talks.",
                       "The ministry flatly rejects the claim that the minister walked out of the talks", "gazette")
    report = clause("The minister walked out of the talks on Monday, the union said.",
                    "The minister walked out of the talks on Monday", "wire", subject="The minister", predicate="walk",
                    attributed_to="the union")
    detail = rejection_conflict(report, rejection)
    assert "wire (2031-06-02) reports “The minister walked out" in detail and "reports that the ministry rejects it" in detail
    other_words = clause("The minister left the talks after twenty minutes, the union said.",
                         "The minister left the talks after twenty minutes", "wire", subject="The minister", predicate="leave",
                         attributed_to="the union")
    assert rejection_conflict(rejection, other_words) is not None
    someone_else = clause("The mediator walked out of the talks.", "The mediator walked out of the talks", "wire",
                          subject="The mediator", predicate="walk")
    assert rejection_conflict(rejection, someone_else) is None
    other_act = clause("The minister signed the pay deal.", "The minister signed the pay deal", "wire",
                       subject="The minister", predicate="sign")
    assert rejection_conflict(rejection, other_act) is None


def test_rejecting_a_party_s_claim_disputes_that_party_s_account():
    rejection = clause("The port authority rejected Halden's claim that the leak started at its terminal.",
                       "The port authority rejected Halden's claim that the leak started at its terminal", "journal")
    blame = clause("Halden blames the port authority for the leak.", "Halden blames the port authority for the leak", "wire",
                   subject="Halden", predicate="blame", lemmas=["halden", "blame", "port", "authority", "leak"])
    assert "rejects it" in rejection_conflict(rejection, blame)
    unrelated = clause("Halden hired forty new dockers.", "Halden hired forty new dockers", "wire", subject="Halden",
                       predicate="hire", lemmas=["halden", "hire", "docker"], attributed_to="Halden")
    assert rejection_conflict(rejection, unrelated) is None


def test_a_rejected_phrasal_verb_disputes_a_report_of_the_action_it_is_a_manner_of():
    rejection = clause("The council flatly rejects the claim that Councillor Ilse Varga walked out.",
                       "The council flatly rejects the claim that Councillor Ilse Varga walked out", "gazette")
    assert rejected_content(rejection).action == "walk_out"
    # long enough that the two do not read alike as wholes; "walk out" is a manner of "leave"
    report = clause("Councillor Ilse Varga left the planning committee's hearing on the Brenford bypass after ten "
                    "minutes without casting a vote, her party said.",
                    "Councillor Ilse Varga left the planning committee's hearing on the Brenford bypass after ten "
                    "minutes without casting a vote", "wire", subject="Councillor Ilse Varga", predicate="leave",
                    attributed_to="her party")
    assert rejection_conflict(rejection, report) is not None
    stayed = clause("Councillor Ilse Varga stayed at the planning committee's hearing on the Brenford bypass until the vote.",
                    "Councillor Ilse Varga stayed at the planning committee's hearing on the Brenford bypass until the vote",
                    "wire", subject="Councillor Ilse Varga", predicate="stay")
    assert rejection_conflict(rejection, stayed) is None
