"""Readings of a dispute applied only inside a claim the grouping formed (round s33), on sentences
written for these tests: each changes nothing before the grouping, where it could move links."""

from storylens.records import ClaimMention, Span
from storylens.story.claim_conflicts import date_conflict, quantity_conflict
from storylens.story.claim_conflicts.causes import rival_causes
from storylens.story.claim_conflicts.mention import MentionInStory
from storylens.story.claim_conflicts.negation import one_state
from storylens.story.claim_conflicts.readings import (
    DENIED_STATE,
    FIGURE_JUDGED_FALSE,
    TWO_ACTS,
    UNATTRIBUTED_REPORT,
)
from storylens.story.claims import IN_FORMED_CLAIMS, _conflict
from tests.story.claim_conflicts.figures import stated
from tests.story.claim_conflicts.helpers import clause


def dated_act(sentence: str, text: str, predicate: str, theme: str | None, date_text: str, value: str,
              article: str) -> MentionInStory:
    span = Span(article, 0, len(sentence), sentence)
    mention = ClaimMention(span, text, predicate=predicate, theme=theme, dates=[value])
    start = sentence.find(text)
    item = MentionInStory(mention, Span(article, start, start + len(text), text), article, "2031-10-03", article)
    item.dated = [(sentence.find(date_text), value)]
    return item


def test_two_acts_on_different_things_on_different_days_are_no_date_dispute():
    left = dated_act("The barge Hollin left the quay on Monday evening, the port said.",
                     "The barge Hollin left the quay on Monday evening", "leave", "the quay", "Monday", "2031-09-29", "one")
    reached = dated_act("The barge Hollin reached the sandbank on Tuesday afternoon, the port said.",
                        "The barge Hollin reached the sandbank on Tuesday afternoon", "reach", "the sandbank", "Tuesday",
                        "2031-09-30", "two")
    assert date_conflict(left, reached, aligned=True) is not None  # as before the reading
    assert date_conflict(left, reached, aligned=True, readings=frozenset({TWO_ACTS})) is None
    # one act on one thing dated to two days is still a dispute
    sailed = dated_act("The barge Hollin quit the quay on Tuesday, the crew said.",
                       "The barge Hollin quit the quay on Tuesday", "quit", "the quay", "Tuesday", "2031-09-30", "three")
    assert date_conflict(left, sailed, aligned=True, readings=frozenset({TWO_ACTS})) is not None


def test_the_cause_of_what_did_not_happen_is_no_rival_of_a_cause_of_what_did():
    failed = clause("The dam did not burst because of the frost, the water board said.",
                    "The dam did not burst because of the frost", "one", attributed_to="the water board", negated=True)
    reached = clause("The dam burst after a lightning strike, campaigners said.", "The dam burst after a lightning strike",
                     "two", attributed_to="campaigners")
    assert rival_causes(failed, reached) is not None  # as before the reading
    assert rival_causes(failed, reached, polarity=True) is None
    # two causes of the same failure still compete
    winch = clause("The dam did not burst because of a new spillway, its engineers said.",
                   "The dam did not burst because of a new spillway", "three", attributed_to="its engineers", negated=True)
    assert rival_causes(failed, winch, polarity=True) is not None


def test_a_figure_called_false_in_other_words_disputes_the_figure_stated():
    losses = stated("The Orla Freight company claims 6 million euros in losses from the fire.",
                    [("6 million euros", 6_000_000, "EUR", "exact")], "one")
    judged = stated("The insurer says the figure is exaggerated.", [], "two")
    assert quantity_conflict(losses, judged) is None  # as before the reading
    detail = quantity_conflict(losses, judged, readings=frozenset({FIGURE_JUDGED_FALSE}))
    assert "6 million euros" in detail and "exaggerated" in detail
    # a figure said to be right, or another noun called false, disputes nothing
    upheld = stated("The insurer says the figure is accurate.", [], "three")
    assert quantity_conflict(losses, upheld, readings=frozenset({FIGURE_JUDGED_FALSE})) is None
    rumour = stated("The insurer says the fire was not arson.", [], "four")
    assert quantity_conflict(losses, rumour, readings=frozenset({FIGURE_JUDGED_FALSE})) is None


def test_a_denied_state_is_the_state_a_reported_action_results_in():
    report = clause("The pump's alarm was switched off for two hours before the flood, the inspectors said.",
                    "The pump's alarm was switched off for two hours before the flood", "one", predicate="switch",
                    subject="The pump's alarm", attributed_to="the inspectors")
    denial = clause("The operator denies the alarm was ever off.", "the alarm was ever off", "two",
                    predicate="be", subject="the alarm", attributed_to="The operator", cue="deny", kind="reported")
    assert denial.saying_denied and one_state(denial, report)
    assert _conflict(report, denial, 1.0, same_fact=True, aligned=True) is None  # as before the reading
    # with the denial read as a denial of P by whoever reports P (``UNATTRIBUTED_REPORT``)
    conflict = _conflict(report, denial, 1.0, same_fact=True, aligned=True,
                         readings=frozenset({DENIED_STATE, UNATTRIBUTED_REPORT}))
    assert conflict is not None and conflict.kind == "negation"
    # a denial of another state is none
    loud = clause("The operator denies the alarm was ever on.", "the alarm was ever on", "three",
                  predicate="be", subject="the alarm", attributed_to="The operator", cue="deny", kind="reported")
    assert not one_state(loud, report)


def test_a_denied_state_must_be_said_of_what_the_action_put_in_it():
    # "pleaded guilty" puts its subject in the state; a pronoun there names no one to compare
    plea = clause("He has pleaded guilty to those payments, his lawyer said.", "He has pleaded guilty to those payments",
                  "one", predicate="plead", subject="He", attributed_to="his lawyer")
    other = clause("Councillor Brannock is not guilty of taking bribes, his party said.",
                   "Councillor Brannock is not guilty of taking bribes", "two", predicate="be",
                   subject="Councillor Brannock", attributed_to="his party", negated=True)
    assert not one_state(other, plea)
    assert _conflict(plea, other, 1.0, same_fact=True, aligned=True, readings=IN_FORMED_CLAIMS) is None
    # the gate left open is not the door said to be shut
    gate = clause("The flood gate was left open overnight, the inspectors said.", "The flood gate was left open overnight",
                  "four", predicate="leave", subject="The flood gate")
    door = clause("The keeper denies the pump house door was ever open.", "the pump house door was ever open", "five",
                  predicate="be", subject="the pump house door", cue="deny", kind="reported")
    assert not one_state(door, gate)
    # the same state of the thing named in both is one
    same = clause("The keeper denies the flood gate was ever open.", "the flood gate was ever open", "six",
                  predicate="be", subject="the flood gate", cue="deny", kind="reported")
    assert one_state(same, gate)


def test_every_reading_is_in_the_claims_step():
    from storylens.story.claim_conflicts.readings import CAUSE_OF_NO_HAPPENING

    assert {TWO_ACTS, CAUSE_OF_NO_HAPPENING, FIGURE_JUDGED_FALSE, DENIED_STATE} <= IN_FORMED_CLAIMS


def test_a_negated_promise_denies_no_act_reported_as_done():
    from storylens.story.claim_conflicts.readings import NEGATED_PROMISE

    promise = clause("The harbour chief said: \"We will not conceal anything about the spill.\"",
                     "We will not conceal anything about the spill", "one", predicate="conceal", negated=True,
                     modality="will", subject="We")
    described = clause("The harbour chief, who conceals the logs from the press, did not attend.",
                       "who conceals the logs from the press", "two", predicate="conceal", subject="who")
    readings = frozenset({NEGATED_PROMISE})
    assert _conflict(described, promise, 1.0, same_fact=True, aligned=True, readings=readings) is None
    # a promise against a promise still disputes
    will = clause("The harbour chief will conceal the logs, the union fears.", "The harbour chief will conceal the logs",
                  "three", predicate="conceal", modality="will", subject="The harbour chief")
    assert _conflict(will, promise, 1.0, same_fact=True, aligned=True, readings=readings) is not None


def test_the_only_amounts_of_one_substance_in_one_claim_are_one_amount():
    from storylens.story.claim_conflicts.readings import ONE_SUBSTANCE

    # the parser cuts "leaked" from its subject in such sentences; the amounts' substance remains
    about = stated("About 200 tonnes of oil", [("200 tonnes", 200_000, "kg", "approx")], "one")
    most = stated("As much as 900 tonnes of oil leaked from the barge, a fishing cooperative said.",
                  [("900 tonnes", 900_000, "kg", "upper")], "two")
    under = stated("Less than 200 tonnes of oil", [("200 tonnes", 200_000, "kg", "upper")], "three")
    readings = frozenset({ONE_SUBSTANCE})
    assert quantity_conflict(most, under) is None  # as before the reading
    assert "900 tonnes" in quantity_conflict(most, under, readings=readings)  # 900 at most against under 200
    assert "900 tonnes" in quantity_conflict(about, most, readings=readings)
    assert quantity_conflict(about, under, readings=readings) is None  # about 200 and under 200 can both hold
    # another substance is another amount
    water = stated("As much as 900 tonnes of ballast water", [("900 tonnes", 900_000, "kg", "upper")], "four")
    assert quantity_conflict(water, under, readings=readings) is None


def test_the_only_counts_of_one_noun_in_one_claim_are_one_count():
    from storylens.story.claim_conflicts.readings import COUNTS_OF_ONE_NOUN

    held = stated("Nine nurses have been held since the strike began, their union said.",
                  [("Nine", 9, "count:nurse", "exact")], "one")
    custody = stated("Two nurses are in custody, the police said.", [("Two", 2, "count:nurse", "exact")], "two")
    readings = frozenset({COUNTS_OF_ONE_NOUN})
    detail = quantity_conflict(held, custody, readings=readings)
    assert detail is not None and "Nine" in detail and "Two" in detail
    # a bound allows the other figure, and the standing size of a body is no count of the held
    least = stated("At least two nurses are in custody, the police said.", [("two", 2, "count:nurse", "lower")], "three")
    assert quantity_conflict(held, least, readings=readings) is None
    share = stated("Two-thirds of the nurses are in custody, the police said.", [("Two-thirds", 2 / 3, "count:nurse", "exact")],
                   "five")
    from storylens.story.claim_conflicts.quantity import sole_counts_of_one_noun

    assert sole_counts_of_one_noun(held, held.mention.quantities[0], custody, custody.mention.quantities[0])
    assert not sole_counts_of_one_noun(held, held.mention.quantities[0], share, share.mention.quantities[0])  # a share
    ward = stated("The prison ward has two nurses, the police said.", [("two", 2, "count:nurse", "exact")], "four")
    assert quantity_conflict(held, ward, readings=readings) is None
