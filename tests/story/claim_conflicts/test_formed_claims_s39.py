"""Readings of round s39, on sentences written for these tests: two lengths of one happening, in
any units of time, and those aboard at the time of a happening counted through "had"."""

from storylens.story.claim_conflicts.readings import LENGTHS_OF_ONE_HAPPENING
from storylens.story.claims import IN_FORMED_CLAIMS, _conflict
from tests.story.claim_conflicts.figures import stated


def _in_one_claim(a, b, readings=IN_FORMED_CLAIMS):
    return _conflict(a, b, 1.0, same_fact=True, aligned=True, readings=readings)


def test_two_lengths_of_one_happening_that_cannot_both_hold_are_a_dispute():
    raid = stated("The raid on the Orvell Gallery lasted seven minutes.", [("seven minutes", 7, "minute", "exact")], "one")
    inside = stated("The thieves were inside the Orvell Gallery for under four minutes.",
                    [("four minutes", 4, "minute", "upper")], "two")
    assert _in_one_claim(raid, inside, IN_FORMED_CLAIMS - {LENGTHS_OF_ONE_HAPPENING}) is None
    conflict = _in_one_claim(raid, inside)
    assert conflict is not None and conflict.kind == "quantity" and "lengths of one happening" in conflict.detail


def test_lengths_compare_across_units_of_time():
    days = stated("The supply to the east wing was cut off for four days.", [("four days", 4, "day", "exact")], "one")
    under_a_day = stated("The supply to the east wing had been interrupted for less than a day.",
                         [("a day", 1, "day", "upper")], "two")
    hours = stated("The supply to the east wing was interrupted for 96 hours.", [("96 hours", 96, "hour", "exact")], "three")
    assert _in_one_claim(days, under_a_day).kind == "quantity"
    assert _in_one_claim(days, hours) is None  # four days are 96 hours
    assert _in_one_claim(under_a_day, hours).kind == "quantity"


def test_a_time_after_a_happening_is_not_its_length():
    cut = stated("The supply to the east wing was cut off for two days.", [("two days", 2, "day", "exact")], "one")
    after = stated("Inmates fell ill three days after the supply to the east wing was cut off.",
                   [("three days", 3, "day", "exact")], "two")
    assert _in_one_claim(cut, after) is None


def test_those_aboard_when_it_happened_are_one_count_whatever_the_verb():
    had = stated("The Marisol had 140 passengers on board when it struck rocks.",
                 [("140", 140, "count:passenger", "exact")], "one")
    carrying = stated("The ferry Marisol was carrying 212 passengers.", [("212", 212, "count:passenger", "exact")], "two")
    conflict = _in_one_claim(had, carrying)
    assert conflict is not None and conflict.kind == "quantity"
    # a body's timeless size is no count of those a happening involved
    staff = stated("The ferry company has 900 employees.", [("900", 900, "count:employee", "exact")], "three")
    searched = stated("About 300 employees joined the search.", [("300", 300, "count:employee", "approx")], "four")
    assert _in_one_claim(staff, searched) is None


def test_two_concentrations_of_one_substance_written_differently_are_a_dispute():
    # a unit of several words takes the substance on its last word ("per millilitre of the ...")
    lab = stated("Tests found 3.2 nanograms per millilitre of the banned stimulant in the sample of the runner.",
                 [("3.2 nanograms per millilitre", 3.2, "nanogram per milliliter:nanogram per milliliter", "exact")], "one")
    lawyers = stated("Her sample contained only 0.3 ng/mL of the stimulant.",
                     [("0.3 ng/mL", 0.3, "nanogram per milliliter:nanogram per milliliter", "exact")], "two")
    conflict = _in_one_claim(lab, lawyers)
    assert conflict is not None and conflict.kind == "quantity"
