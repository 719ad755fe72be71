"""Competing causes of one effect, read from the parse, on sentences written for these tests."""

from storylens.story.claim_conflicts.causes import cause_relations, rival_causes
from tests.story.claim_conflicts.helpers import clause


def relations(sentence: str, text: str | None = None, **fields):
    return [(r.effect_head, r.cause_head, r.source, r.strong)
            for r in cause_relations(clause(sentence, text or sentence.rstrip("."), "x", **fields))]


def test_cause_relations_are_read_from_the_parse():
    assert relations("The flooding was caused by a blocked drain.") == [("flooding", "drain", None, True)]
    assert relations("Heavy rain caused the landslide.") == [("landslide", "rain", None, True)]
    assert relations("The council blamed the flooding on a blocked drain.") == [("flooding", "drain", "The council", True)]
    assert relations("Residents blame the council for the flooding.") == [("flooding", "council", "Residents", True)]
    assert relations("The engineers attributed the collapse to subsidence.") == [("collapse", "subsidence", "The engineers", True)]
    assert relations("The outage was due to a software fault.") == [("outage", "fault", None, True)]
    assert relations("Ferries were cancelled because of the storm.") == [("ferry", "storm", None, True)]
    assert relations("Campaigners say a corroded valve was to blame.", "a corroded valve was to blame",
                     attributed_to="Campaigners") == [(None, "valve", "Campaigners", True)]
    assert relations("The pipe burst after a lightning strike, the company said.", "The pipe burst after a lightning strike",
                     attributed_to="the company") == [("pipe", "strike", "the company", False)]


def test_after_with_a_time_gives_no_cause():
    assert relations("The talks collapsed after twenty minutes.") == []
    assert relations("The bridge reopened after a week.") == []
    assert relations("The pump failed after 40 hours of use.") == []


def test_two_sources_giving_one_effect_different_causes_dispute_it():
    company = clause("The pipe burst after a lightning strike, the company said.", "The pipe burst after a lightning strike",
                     "wire", attributed_to="the company")
    campaigners = clause("Campaigners say a corroded valve was to blame.", "a corroded valve was to blame", "blog",
                         attributed_to="Campaigners")
    detail = rival_causes(company, campaigners)
    assert detail.startswith("Why the pipe burst: a lightning strike, according to the company (wire")
    assert "a corroded valve, according to campaigners (blog" in detail


def test_one_cause_in_other_words_or_from_one_source_is_no_dispute():
    strike = clause("The pipe burst after a lightning strike, the company said.", "The pipe burst after a lightning strike",
                    "wire", attributed_to="the company")
    bolt = clause("Residents blame a bolt of lightning for the burst pipe.", "Residents blame a bolt of lightning for the burst pipe",
                  "paper")
    assert rival_causes(strike, bolt) is None  # the same cause in other words
    storm = clause("The company says the storm was to blame.", "the storm was to blame", "paper", attributed_to="The company")
    assert rival_causes(strike, storm) is None  # one source, one account
    unsourced = clause("The pipe burst after a storm.", "The pipe burst after a storm", "paper")
    valve = clause("Campaigners say a corroded valve was to blame.", "a corroded valve was to blame", "blog",
                   attributed_to="Campaigners")
    assert rival_causes(unsourced, valve) is None  # a sequence told by no one is no account
    landslide = clause("Geologists say heavy rain caused the landslide.", "heavy rain caused the landslide", "blog",
                       attributed_to="Geologists")
    outage = clause("The utility said the outage was due to a software fault.", "the outage was due to a software fault",
                    "wire", attributed_to="The utility")
    assert rival_causes(landslide, outage) is None  # two effects
