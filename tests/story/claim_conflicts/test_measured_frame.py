"""Figures measure one thing only when the parse says so: the counted noun's own modifiers and the
clause's year, on sentences written for these tests."""

from storylens.records import ClaimMention, Quantity, Span
from storylens.story.claim_conflicts import quantity_conflict
from storylens.story.claim_conflicts.measured_frame import different_things, figure_years, measured_frame
from storylens.story.claim_conflicts.mention import MentionInStory


def counted(text: str, figure: str, value: float, noun: str, outlet: str, *, dates=(), bound="exact"):
    span = Span(outlet, 0, len(text), text)
    at = text.find(figure)
    quantity = Quantity(Span(outlet, at, at + len(figure), figure), value, "count", bound, surface_unit=noun)
    mention = ClaimMention(span, text, predicate="x", quantities=[quantity], dates=list(dates))
    return MentionInStory(mention, span, outlet, "2031-04-14", outlet)


def figure_of(item):
    return item.mention.quantities[0]


def test_the_counted_noun_and_its_own_modifiers_are_read_from_the_parse():
    calls = counted("The hotline had taken more than 8,000 calls to the hotline by Friday", "8,000", 8000, "calls", "one")
    frame = measured_frame(calls, figure_of(calls))
    assert frame.noun == "call"
    assert frame.phrases == {"to the hotline"}
    postal = counted("Officials said 120 absentee ballots from Northside were never counted", "120", 120, "ballots", "two")
    frame = measured_frame(postal, figure_of(postal))
    assert frame.noun == "ballot" and "absentee" in frame.attributes and frame.phrases == {"from Northside"}
    share = counted("The thieves took the records of about 2.6 million of its subscribers", "2.6 million", 2.6e6,
                    "subscribers", "three")
    assert measured_frame(share, figure_of(share)).noun == "subscriber"  # "2.6 million of its subscribers"


def test_calls_to_one_place_and_calls_from_other_people_are_different_calls():
    hotline = counted("The hotline had taken more than 8,000 calls to the hotline by Friday", "8,000", 8000, "calls", "one",
                      bound="lower")
    strangers = counted("She said she had received three calls from strangers", "three", 3, "calls", "two")
    assert different_things(hotline, figure_of(hotline), strangers, figure_of(strangers))
    assert quantity_conflict(hotline, strangers) is None


def test_ballots_from_one_district_and_ballots_across_the_county_are_different_ballots():
    district = counted("Officials said 120 absentee ballots from Northside were never counted", "120", 120, "ballots", "one")
    county = counted("Some 45 absentee ballots across the county were ruled invalid", "45", 45, "ballots", "two")
    assert quantity_conflict(district, county) is None


def test_a_figure_of_another_year_is_another_figure():
    now = counted("More than 500 houses were flattened by the storm", "500", 500, "houses", "one", bound="lower")
    before = counted("The previous storm, in 2019, destroyed about 90 houses", "90", 90, "houses", "two", dates=["2019"])
    assert different_things(now, figure_of(now), before, figure_of(before)) == "dated to different years"
    assert quantity_conflict(now, before) is None


def test_one_thing_counted_differently_is_still_a_dispute():
    stolen = counted("Hackers stole the account details of 2.6 million subscribers", "2.6 million", 2.6e6, "subscribers", "one")
    held = counted("The open server held the details of about 5.1 million subscribers", "5.1 million", 5.1e6,
                   "subscribers", "two", bound="approx")
    assert different_things(stolen, figure_of(stolen), held, figure_of(held)) is None
    assert quantity_conflict(stolen, held) is not None
    # a modifier on one side only names nothing the other contradicts
    town = counted("More than 500 houses in Dorrow were flattened", "500", 500, "houses", "three", bound="lower")
    fewer = counted("The storm destroyed 200 houses", "200", 200, "houses", "four")
    assert quantity_conflict(town, fewer) is not None


def test_a_year_written_after_another_figure_of_the_clause_is_not_this_figures():
    # "from a peak of 90,000 in 2004" dates the peak, not this year's 12,000
    text = "Sightings have fallen to 12,000 this season from a peak of 90,000 in 2004"
    span = Span("one", 0, len(text), text)
    figures = [Quantity(Span("one", text.find(w), text.find(w) + len(w), w), v, "count") for w, v in
               (("12,000", 12000), ("90,000", 90000))]
    year_at = text.find("2004")
    mention = ClaimMention(span, text, predicate="fall", quantities=figures, dates=["2004"])
    item = MentionInStory(mention, span, "one", "2031-04-14", "one", dated=[(year_at, "2004")])
    assert figure_years(item, figures[1]) == {"2004"}
    assert figure_years(item, figures[0]) == set()  # two figures, one year: whose is unknown
    other = counted("There were about 15,000 sightings this season", "15,000", 15000, "sightings", "two")
    assert figure_years(other, figure_of(other)) == {"2031"}  # no date of its own: its article's year
    assert different_things(item, figures[0], other, figure_of(other)) is None
