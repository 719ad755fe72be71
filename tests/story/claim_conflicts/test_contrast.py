""""X, not Y, did Z" denies that Y did Z; on sentences written for these tests."""

from storylens.story.claim_conflicts.contrast import contrast_conflict, contrasts

from tests.story.claim_conflicts.helpers import clause


def test_the_parse_gives_the_excluded_party_and_its_role():
    found = contrasts("The council, not the developer, will pay for the new footbridge.")
    assert [(c.action, c.role, c.kept, c.excluded) for c in found] == [("pay", "agent", "The council", "the developer")]
    cleft = contrasts("It was the harbour police, not the coastguard, who towed the trawler to Keldon.")
    assert [(c.action, c.role, c.excluded) for c in cleft] == [("tow", "agent", "the coastguard")]
    passive = contrasts("The petition was signed by the mayor and not by her deputy.")
    assert [(c.action, c.role, c.kept, c.excluded) for c in passive] == [("sign", "agent", "the mayor", "her deputy")]
    assert [(c.action, c.role) for c in contrasts("Guards searched the driver, not the passenger.")] == [("search", "theme")]


def test_an_apposition_without_not_or_a_list_with_not_only_is_no_contrast():
    assert contrasts("The council, the town's largest employer, will pay for the new footbridge.") == []
    assert contrasts("Not only the police but also the army sealed off the road.") == []


def test_a_cleft_contrast_denies_that_the_excluded_party_did_it():
    sentence = "It was the harbour police, not the coastguard, who towed the trawler to Keldon."
    cleft = clause(sentence, "who towed the trawler to Keldon", "tide", predicate="tow", agent="who", subject="who")
    report = clause("The coastguard towed the trawler to Keldon on Friday.", "The coastguard towed the trawler to Keldon on Friday",
                    "bay", predicate="tow", agent="The coastguard", theme="the trawler")
    found = contrast_conflict(report, cleft)
    assert found is not None
    detail, reported, contrasting = found
    assert reported is report and contrasting is cleft
    assert "not the coastguard" in detail
    # the clause that agrees with the contrast is not denied by it
    agreeing = clause("Harbour police towed the trawler.", "Harbour police towed the trawler", "bay", predicate="tow",
                      agent="Harbour police", theme="the trawler")
    assert contrast_conflict(agreeing, cleft) is None


def test_a_contrasted_subject_denies_the_same_action_only():
    sentence = "The council, not the developer, will pay for the new footbridge."
    contrasting = clause(sentence, sentence.rstrip("."), "tide", predicate="pay", agent="The council",
                         subject="The council, not the developer")
    pays = clause("The developer will pay for the footbridge.", "The developer will pay for the footbridge", "bay",
                  predicate="pay", agent="The developer")
    designs = clause("The developer designed the footbridge.", "The developer designed the footbridge", "bay",
                     predicate="design", agent="The developer", theme="the footbridge")
    assert contrast_conflict(contrasting, pays) is not None
    assert contrast_conflict(contrasting, designs) is None
    # a report that the developer did not pay agrees with the contrast
    denies = clause("The developer will not pay for the footbridge.", "The developer will not pay for the footbridge", "bay",
                    predicate="pay", agent="The developer", negated=True)
    assert contrast_conflict(contrasting, denies) is None


def test_a_contrasted_object_denies_what_was_done_to_the_excluded_party():
    sentence = "Guards searched the driver, not the passenger."
    contrasting = clause(sentence, sentence.rstrip("."), "tide", predicate="search", agent="Guards", theme="the driver")
    passive = clause("The passenger was searched at the border.", "The passenger was searched at the border", "bay",
                     predicate="search", theme="The passenger")
    assert contrast_conflict(passive, contrasting) is not None
