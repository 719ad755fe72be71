"""Readings of round s34, applied only inside a claim the grouping formed, on sentences written for
these tests: each first shows the check as it reads without the reading, then with it, then a
case the reading must leave a dispute."""

from storylens.records import ClaimMention, Span
from storylens.story.claim_conflicts import date_conflict, quantity_conflict, state_conflict
from storylens.story.claim_conflicts.measured_frame import different_kinds_of_thing, span_of_duration
from storylens.story.claim_conflicts.mention import MentionInStory
from storylens.story.claim_conflicts.readings import (
    DENIED_FIGURES,
    DURATION_SPANS,
    FORECAST,
    KINDS_OF_THING_COUNTED,
    ONE_DOERS_ACTS,
    RULE_LIMIT,
)
from storylens.story.claims import IN_FORMED_CLAIMS, _conflict
from tests.story.claim_conflicts.figures import stated
from tests.story.claim_conflicts.helpers import clause


def test_opposite_movements_are_stages_of_one_journey():
    left = clause("The airship Pellum departed at dawn, the field said.", "The airship Pellum departed at dawn", "one",
                  subject="The airship Pellum", predicate="depart")
    arrived = clause("The airship Pellum arrived at Varsholm at noon, officials said.",
                     "The airship Pellum arrived at Varsholm at noon", "two", subject="The airship Pellum", predicate="arrive")
    assert state_conflict(left, arrived) is not None  # as before the reading
    assert state_conflict(left, arrived, motion=True) is None
    # opposite states that are no movements still dispute
    died = clause("The pilot of the Pellum died at the scene.", "The pilot of the Pellum died at the scene", "three",
                  subject="The pilot of the Pellum", predicate="die")
    survived = clause("The pilot of the Pellum survived.", "The pilot of the Pellum survived", "four",
                      subject="The pilot of the Pellum", predicate="survive")
    assert state_conflict(died, survived, motion=True) is not None


def test_counts_of_a_journey_and_of_a_vehicle_are_not_one_count():
    assert different_kinds_of_thing("flight", "aircraft") and different_kinds_of_thing("crossing", "ferry")
    # things of one kind, abstract things, and people are left to the words around the figures
    assert not different_kinds_of_thing("home", "house")
    assert not different_kinds_of_thing("case", "infection")
    assert not different_kinds_of_thing("nurse", "staff")
    cancelled = stated("The carrier cancelled 31 flights on Tuesday.", [("31 flights", 31, "count:flights", "exact")], "one")
    leased = stated("The carrier leased two aircraft from a rival airline.", [("two aircraft", 2, "count:aircraft", "exact")], "two")
    assert quantity_conflict(cancelled, leased, readings=frozenset({KINDS_OF_THING_COUNTED})) is None
    fewer = stated("The carrier cancelled 12 flights on Tuesday.", [("12 flights", 12, "count:flights", "exact")], "three")
    assert quantity_conflict(cancelled, fewer, readings=frozenset({KINDS_OF_THING_COUNTED})) is not None


def _with_predicate(sentence: str, predicate: str, figures: list[tuple[str, float, str, str]], article: str) -> MentionInStory:
    item = stated(sentence, figures, article)
    item.mention.predicate = predicate
    return item


def test_the_top_of_a_rule_is_a_limit_not_an_amount():
    rule = _with_predicate("The state scheme guarantees savings up to 60,000 marks.", "guarantee",
                           [("60,000 marks", 60_000, "count:marks", "upper")], "one")
    reserve = _with_predicate("The scheme is backed by a reserve of 3 billion marks.", "back",
                              [("3 billion marks", 3e9, "count:marks", "exact")], "two")
    # the only counts of one noun in two clauses of one claim compare (round s33), unless one is a limit
    assert quantity_conflict(rule, reserve, readings=IN_FORMED_CLAIMS - {RULE_LIMIT}) is not None
    assert quantity_conflict(rule, reserve, readings=IN_FORMED_CLAIMS) is None
    # an estimate's top told as done is no limit: it still disputes a far smaller amount
    leaked = _with_predicate("Up to 40,000 litres of diesel leaked into the bay.", "leak",
                             [("40,000 litres", 40_000, "l", "upper")], "four")
    spilled = _with_predicate("About 3,000 litres of diesel leaked into the bay.", "leak",
                              [("3,000 litres", 3_000, "l", "approx")], "five")
    assert quantity_conflict(leaked, spilled, readings=IN_FORMED_CLAIMS) is not None


def test_a_limit_and_an_amount_of_one_named_thing_still_compare():
    # the fine a rule allows against the fine another outlet reports: one thing, two figures
    limit = _with_predicate("Traders who break the rule will face fines of up to 400 crowns.", "face",
                            [("400 crowns", 400, "count:crowns", "upper")], "one")
    limit.mention.modality = "will"
    amount = _with_predicate("Traders face 4,000-crown fines over the new rule.", "face",
                             [("4,000-crown", 4_000, "count:crowns", "exact")], "two")
    assert quantity_conflict(limit, amount, readings=IN_FORMED_CLAIMS) is not None


def test_durations_of_different_spans_are_different_measures():
    rain = stated("The dyke broke on Sunday after five days of heavy rain.", [("five days", 5, "day", "exact")], "one")
    fled = stated("Families left the village two days after the dyke broke.", [("two days", 2, "day", "exact")], "two")
    assert span_of_duration(rain, rain.mention.quantities[0]) == ("of", "rain")
    assert span_of_duration(fled, fled.mention.quantities[0]) == ("after", "break")
    assert quantity_conflict(rain, fled) is not None  # as before the reading
    assert quantity_conflict(rain, fled, readings=frozenset({DURATION_SPANS})) is None
    # one span measured twice still disputes
    held = stated("Soldiers held the barge for nine hours.", [("nine hours", 9, "hour", "exact")], "three")
    longer = stated("Soldiers held the barge for twenty hours.", [("twenty hours", 20, "hour", "exact")], "four")
    assert quantity_conflict(held, longer, readings=frozenset({DURATION_SPANS})) is not None


def _dated(sentence: str, text: str, predicate: str, date_text: str, value: str, article: str, *,
           agent: str | None = None) -> MentionInStory:
    span = Span(article, 0, len(sentence), sentence)
    mention = ClaimMention(span, text, predicate=predicate, agent=agent, subject=agent, dates=[value])
    start = sentence.find(text)
    item = MentionInStory(mention, Span(article, start, start + len(text), text), article, "2031-10-03", article)
    item.dated = [(sentence.find(date_text), value)]
    return item


def test_a_forecast_dates_no_happening():
    forecast = _dated("More snow is forecast on Wednesday, the weather office said.", "More snow is forecast on Wednesday",
                      "forecast", "Wednesday", "2031-10-08", "one")
    expected = _dated("More snow is expected on Thursday.", "More snow is expected on Thursday", "expect", "Thursday",
                      "2031-10-09", "two")
    assert date_conflict(forecast, expected, aligned=True) is not None  # as before the reading
    assert date_conflict(forecast, expected, aligned=True, readings=frozenset({FORECAST})) is None


def test_one_doers_two_acts_are_each_dated_to_their_own_day():
    asked = _dated("The harbour board asked for tugs on May 3.", "The harbour board asked for tugs on May 3", "ask",
                   "May 3", "2031-05-03", "one", agent="The harbour board")
    received = _dated("The board received tugs on May 9.", "The board received tugs on May 9", "receive", "May 9",
                      "2031-05-09", "two", agent="The board")
    assert date_conflict(asked, received, aligned=True) is not None  # as before the reading
    assert date_conflict(asked, received, aligned=True, readings=frozenset({ONE_DOERS_ACTS})) is None
    # one act in other words ("shut" / "closed") dated twice still disputes
    shut = _dated("The harbour board shut the quay on May 3.", "The harbour board shut the quay on May 3", "shut",
                  "May 3", "2031-05-03", "three", agent="The harbour board")
    closed = _dated("The board closed the quay on May 9.", "The board closed the quay on May 9", "close", "May 9",
                    "2031-05-09", "four", agent="The board")
    assert date_conflict(shut, closed, aligned=True, readings=frozenset({ONE_DOERS_ACTS})) is not None


def test_a_denied_figure_is_not_stated_and_the_denial_is_the_dispute():
    report = clause("The lender had lost 700 million marks on farm loans, two former staff said.",
                    "The lender had lost 700 million marks on farm loans", "one", predicate="lose", subject="The lender",
                    theme="700 million marks")
    report.mention.quantities = stated(report.mention.text, [("700 million marks", 7e8, "count:marks", "exact")], "one").mention.quantities
    denial = clause("\"We have not lost 700 million marks, or anything close to it,\" its chief said.",
                    "We have not lost 700 million marks, or anything close to it", "two", predicate="lose", subject="We",
                    theme="700 million marks, or anything close to it", negated=True)
    other = stated("The lender lost about 200 million marks.", [("about 200 million marks", 2e8, "count:marks", "approx")],
                   "three")
    assert quantity_conflict(denial, other, readings=frozenset({DENIED_FIGURES})) is None
    conflict = _conflict(report, denial, 1.0, same_fact=True, aligned=True, readings=IN_FORMED_CLAIMS)
    assert conflict is not None and conflict.kind == "negation"


def test_a_denied_receipt_disputes_what_was_sent_to_the_one_denying():
    wrote = clause("The dockers' union wrote to the harbour ministry on June 4, the union said.",
                   "The dockers' union wrote to the harbour ministry on June 4", "one", predicate="write",
                   subject="The dockers' union", agent="The dockers' union", attributed_to="the union")
    denial = clause("The harbour ministry denied that any such letter had been received.",
                    "that any such letter had been received", "two", predicate="receive", subject="any such letter",
                    theme="any such letter", attributed_to="The harbour ministry", cue="deny", kind="reported")
    assert _conflict(wrote, denial, 1.0, same_fact=True, aligned=True) is None  # as before the readings
    conflict = _conflict(wrote, denial, 1.0, same_fact=True, aligned=True, readings=IN_FORMED_CLAIMS)
    assert conflict is not None and conflict.kind == "negation"
    # a letter to someone else is not what the ministry denies receiving
    elsewhere = clause("The dockers' union wrote to the port owners on June 4.", "The dockers' union wrote to the port owners on June 4",
                       "three", predicate="write", subject="The dockers' union", agent="The dockers' union")
    assert _conflict(elsewhere, denial, 1.0, same_fact=True, aligned=True, readings=IN_FORMED_CLAIMS) is None
    # "had received no warning" denies it too, and a letter "to" the ministry went to it
    none = clause("The harbour ministry had received no warning about the quay, a spokesman said.",
                  "The harbour ministry had received no warning about the quay", "four", predicate="receive",
                  subject="The harbour ministry", agent="The harbour ministry", theme="no warning about the quay",
                  attributed_to="a spokesman", negated=True)
    letter = clause("The union's letter to the harbour ministry named three quays.",
                    "The union's letter to the harbour ministry named three quays", "five", predicate="name",
                    subject="The union's letter to the harbour ministry")
    for report, answer in ((wrote, none), (letter, denial)):
        conflict = _conflict(report, answer, 1.0, same_fact=True, aligned=True, readings=IN_FORMED_CLAIMS)
        assert conflict is not None and conflict.kind == "negation"


def test_a_passive_subject_is_what_the_active_acts_on():
    held = clause("Soldiers held the ferry for nine hours at the bridge, its owner said.",
                  "Soldiers held the ferry for nine hours at the bridge", "one", predicate="hold", subject="Soldiers",
                  agent="Soldiers", theme="the ferry", attributed_to="its owner")
    denial = clause("The army denied that the ferry had been held.", "that the ferry had been held", "two",
                    predicate="hold", subject="the ferry", theme="the ferry", attributed_to="The army", cue="deny",
                    kind="reported")
    without = IN_FORMED_CLAIMS - {"a passive's subject is the active's object"}
    assert _conflict(held, denial, 1.0, same_fact=True, aligned=True, readings=without) is None
    conflict = _conflict(held, denial, 1.0, same_fact=True, aligned=True, readings=IN_FORMED_CLAIMS)
    assert conflict is not None and conflict.kind == "negation"
    # the passive's subject must still be the active's object
    other = clause("The army denied that the bridge had been held.", "that the bridge had been held", "three",
                   predicate="hold", subject="the bridge", theme="the bridge", attributed_to="The army", cue="deny",
                   kind="reported")
    assert _conflict(held, other, 1.0, same_fact=True, aligned=True, readings=IN_FORMED_CLAIMS) is None
