"""An upper bound read as a careful reader takes its cue ("up to" is an estimate near its top,
"nearly" just short, "fewer than" a limit), on sentences written for these tests."""

from storylens.story.claim_conflicts import quantity_conflict
from storylens.story.claim_conflicts.quantity import read_interval

from tests.story.claim_conflicts.figures import stated

UTILITY = stated("About 12,000 litres of sewage escaped from the pumping station, the utility said.",
                 [("12,000 litres", 12000, "l:litre", "approx")], "gazette", source="the utility")


def authority(sentence: str, figure: str, value: float, bound: str, **kw):
    return stated(sentence, [(figure, value, "l:litre", bound)], "coastline", source="the coastal authority", **kw)


def test_the_top_of_an_estimate_disputes_a_figure_far_below_it():
    for sentence in ("Up to 60,000 litres of sewage flowed into Bracken Bay, the coastal authority said.",
                     "As much as 60,000 litres of sewage flowed into Bracken Bay, the coastal authority said.",
                     "The coastal authority put the spill at up to 60,000 litres of sewage."):
        top = authority(sentence, "60,000 litres", 60000, "upper")
        detail = quantity_conflict(UTILITY, top)
        assert detail and "12,000" in detail and "60,000" in detail, sentence


def test_a_lower_bound_far_above_disputes_too():
    least = authority("At least 60,000 litres of sewage reached the bay, the coastal authority said.", "60,000 litres",
                      60000, "lower")
    assert quantity_conflict(UTILITY, least)


def test_an_estimate_agrees_with_figures_near_its_top_and_with_other_bounds():
    top = authority("Up to 60,000 litres of sewage flowed into Bracken Bay.", "60,000 litres", 60000, "upper")
    near = stated("Some 45,000 litres of sewage escaped, the utility said.", [("45,000 litres", 45000, "l:litre", "approx")],
                  "gazette")
    least = authority("At least 50,000 litres of sewage reached the bay.", "50,000 litres", 50000, "lower")
    assert quantity_conflict(near, top) is None
    assert quantity_conflict(least, top) is None


def test_up_to_in_what_may_happen_is_a_limit():
    # "could face fines of up to": the most the law allows, not an estimate of what happened
    limit = stated("The utility could face fines of up to 90,000 euros.", [("90,000 euros", 90000, "EUR:euro", "upper")],
                   "coastline", modality="could")
    low, high = read_interval(limit, limit.mention.quantities[0])
    assert low == 0.0 and high >= 90000
    happened = stated("Up to 90,000 euros of damage was done.", [("90,000 euros", 90000, "EUR:euro", "upper")], "coastline")
    assert read_interval(happened, happened.mention.quantities[0])[0] == 45000


def test_nearly_is_just_short_and_fewer_than_is_a_limit():
    crowd = stated("About 2,000 fans watched the final in Lorvik, police said.", [("2,000", 2000, "count:fan", "approx")],
                   "herald", source="police")
    nearly = stated("Nearly 5,000 fans watched the final in Lorvik, the club said.", [("5,000", 5000, "count:fan", "upper")],
                    "sport", source="the club")
    fewer = stated("Fewer than 5,000 fans watched the final in Lorvik, the club said.", [("5,000", 5000, "count:fan", "upper")],
                   "sport", source="the club")
    assert quantity_conflict(crowd, nearly)
    assert quantity_conflict(crowd, fewer) is None
