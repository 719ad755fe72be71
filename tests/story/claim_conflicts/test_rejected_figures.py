"""A figure reported only to be rejected does not corroborate the clause that states it: it is
the dispute. Read from the parse, on sentences written for these tests."""

import pytest

from storylens.story.claim_conflicts import quantity_conflict
from storylens.story.claim_conflicts.measured_frame import rejected_by

from tests.story.claim_conflicts.figures import stated


def figure_in(sentence: str, figure: str, value: float, unit: str, article: str = "rejecting"):
    item = stated(sentence, [(figure, value, unit, "exact")], article)
    return item, item.mention.quantities[0]


@pytest.mark.parametrize("sentence, figure, word", [
    ('A claim of 80 tonnes of dead salmon was "wildly inflated", the inspector said.', "80 tonnes", "inflated"),
    ("The toll was 14, not 140, as the rebels claimed.", "140", "not"),
    ("The ministry dismissed reports of 300 arrests.", "300", "dismissed"),
    ("The council denied that 300 people had been evicted.", "300", "denied"),
    ("The governor said the organisers' figure of 9,000 marchers was pure fiction.", "9,000", "fiction"),
    ("Police said reports that 60 shops were looted were false.", "60", "false"),
])
def test_a_rejected_figure_is_read_as_rejected(sentence, figure, word):
    item, quantity = figure_in(sentence, figure, 1, "count:x")
    assert rejected_by(item, quantity) == word


@pytest.mark.parametrize("sentence, figure", [
    ("The toll was 14, not 140, as the rebels claimed.", "14"),
    ("Officials did not dismiss reports of 300 arrests.", "300"),
    ("The union rejected the 4 percent offer.", "4 percent"),  # an offer turned down, its figure not called false
    ("The organisers said 9,000 people marched.", "9,000"),
    ("Eighty tonnes of salmon have died, fish farmers say.", "Eighty tonnes"),
])
def test_a_stated_figure_is_not_rejected(sentence, figure):
    item, quantity = figure_in(sentence, figure, 1, "count:x")
    assert rejected_by(item, quantity) is None


def test_a_rejected_figure_disputes_the_clause_stating_it():
    farmers = stated("Eighty tonnes of salmon have died in the pens, fish farmers say.", [("Eighty tonnes", 80000, "kg:tonne", "exact")],
                     "weekly", source="fish farmers")
    inspector = stated('A claim of 80 tonnes of dead salmon was "wildly inflated", the inspector said.',
                       [("80 tonnes", 80000, "kg:tonne", "exact")], "courier", source="the inspector")
    detail = quantity_conflict(farmers, inspector)
    assert detail and "only to reject it" in detail and "inflated" in detail
    assert quantity_conflict(inspector, farmers)


def test_a_figure_negated_beside_the_stated_one():
    rebels = stated("140 people were killed in the shelling, the rebels said.", [("140", 140, "count:people", "exact")], "wire")
    army = stated("The toll was 14, not 140, as the rebels claimed.", [("14", 14, "count:people", "exact"),
                                                                        ("140", 140, "count:people", "exact")], "daily")
    army_only = stated("14 people were killed in the shelling, the army said.", [("14", 14, "count:people", "exact")], "gazette")
    assert "reject" in quantity_conflict(rebels, army)
    assert quantity_conflict(army_only, army) is None  # the army's own figure agrees
