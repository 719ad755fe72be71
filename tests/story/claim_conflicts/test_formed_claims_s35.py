"""Readings of round s35, on sentences written for these tests: a denial whose negation sits on an
argument ("issued no warning", "no vessel was hit", "no debris fell") and an "after" that dates no
effect. Each shows the check without the reading, then with it, then a case it must leave alone."""

from storylens.story.claim_conflicts.causes import cause_relations, rival_causes
from storylens.story.claim_conflicts.readings import NAMED_ACT, WIDER_KIND
from storylens.story.claim_conflicts.states import state_conflict
from storylens.story.claims import IN_FORMED_CLAIMS, _conflict
from tests.story.claim_conflicts.helpers import clause


def _in_one_claim(a, b, readings=IN_FORMED_CLAIMS):
    return _conflict(a, b, 1.0, same_fact=True, aligned=True, readings=readings)


def test_a_negated_object_that_names_the_act_denies_it():
    warned = clause("The harbour police warned divers to keep clear of the wreck on Friday.",
                    "The harbour police warned divers to keep clear of the wreck on Friday", "one",
                    subject="The harbour police", predicate="warn", theme="divers", agent="The harbour police")
    none_given = clause("The harbour police say they issued no warning before the dive.",
                        "they issued no warning before the dive", "two", subject="they", predicate="issue",
                        theme="no warning", agent="they", negated=True, attributed_to="The harbour police",
                        cue="say", kind="reported")
    assert _in_one_claim(warned, none_given, IN_FORMED_CLAIMS - {NAMED_ACT}) is None
    conflict = _in_one_claim(warned, none_given)
    assert conflict is not None and conflict.kind == "negation"
    # a union's denial of what an airline's chief said it did
    approved = clause("Airline chief Tova Rensk said the pilots' union had approved the new rosters.",
                      "the pilots' union had approved the new rosters", "three", subject="the pilots' union",
                      predicate="approve", theme="the new rosters", agent="the pilots' union",
                      attributed_to="Airline chief Tova Rensk", cue="say", kind="reported")
    no_approval = clause("The union says it gave no approval to the rosters.", "it gave no approval to the rosters",
                         "four", subject="it", predicate="give", theme="no approval", agent="it", negated=True,
                         attributed_to="The union", cue="say", kind="reported")
    assert _in_one_claim(approved, no_approval, IN_FORMED_CLAIMS - {NAMED_ACT}) is None
    assert _in_one_claim(approved, no_approval).kind == "negation"
    # the negation on the doer, not on the warning: the warning was given, nobody heeded it
    unheeded = clause("Nobody heeded the warning, the divers said.", "Nobody heeded the warning", "five",
                      subject="Nobody", predicate="heed", theme="the warning", agent="Nobody", negated=True)
    assert _in_one_claim(warned, unheeded) is None


def test_a_denial_of_a_kind_covers_every_narrower_kind():
    tug = clause("A tug was struck by a falling crane arm, its owner said.", "A tug was struck by a falling crane arm",
                 "one", subject="A tug", predicate="strike", theme="A tug", attributed_to="its owner")
    no_vessel = clause("No vessel was hit, the port authority said.", "No vessel was hit", "two",
                       subject="No vessel", predicate="hit", theme="No vessel", negated=True,
                       attributed_to="the port authority", cue="say", kind="reported")
    assert _in_one_claim(tug, no_vessel, IN_FORMED_CLAIMS - {WIDER_KIND}) is None
    conflict = _in_one_claim(tug, no_vessel)
    assert conflict is not None and conflict.kind == "negation"
    # the converse leaves other vessels: "no tug was hit" says nothing against "a vessel was struck"
    vessel = clause("A vessel was struck by a falling crane arm.", "A vessel was struck by a falling crane arm", "three",
                    subject="A vessel", predicate="strike", theme="A vessel")
    no_tug = clause("No tug was hit, the port authority said.", "No tug was hit", "four", subject="No tug",
                    predicate="hit", theme="No tug", negated=True, attributed_to="the port authority")
    assert _in_one_claim(vessel, no_tug) is None
    # another thing hit: a crane is no vessel
    no_crane = clause("No crane was hit, the port authority said.", "No crane was hit", "five", subject="No crane",
                      predicate="hit", theme="No crane", negated=True, attributed_to="the port authority")
    assert _in_one_claim(tug, no_crane) is None


def test_a_negation_carried_by_the_referent_states_nothing_of_it():
    none_outside = clause("No wreckage fell outside the marked area, an army officer said.",
                          "No wreckage fell outside the marked area", "one", subject="No wreckage", predicate="fall",
                          negated=True)
    stayed_inside = clause("The army insists that the wreckage stayed inside the marked area.",
                           "that the wreckage stayed inside the marked area", "two", subject="the wreckage",
                           predicate="stay")
    assert state_conflict(none_outside, stayed_inside) is None  # the two agree
    fell_outside = clause("The wreckage fell outside the marked area, an army officer said.",
                          "The wreckage fell outside the marked area", "three", subject="The wreckage", predicate="fall")
    # (before round s35 the two were opposite states, "fall" / "stay", the negation on "no" unread);
    # the reading of opposite states is unchanged where neither side is denied
    assert state_conflict(fell_outside, stayed_inside) is not None


def test_an_after_that_dates_no_effect_gives_no_cause():
    # "after" hangs from "falling", which has no subject: before round s35 the relation had no
    # effect, which stood for any effect, and "the collapse" became a rival cause of the collapse
    struck = clause("A tug was struck by falling debris about an hour after the collapse, according to its owner, Harl Marine.",
                    "A tug was struck by falling debris about an hour after the collapse", "one",
                    subject="A tug", predicate="strike", attributed_to="its owner, Harl Marine", cue="according to")
    assert all(r.effect is not None for r in cause_relations(struck))
    caused = clause("The collapse of the pier on Monday was caused by rotten piles, the council said.",
                    "The collapse of the pier on Monday was caused by rotten piles", "two",
                    subject="The collapse of the pier on Monday", predicate="cause", attributed_to="the council")
    assert rival_causes(struck, caused) is None  # the collapse and its cause are no rival accounts
    # an "after" whose happening is read still gives a (weak) cause
    after_surge = clause("The pier collapsed after a storm surge, the harbour master said.",
                         "The pier collapsed after a storm surge", "three", subject="The pier", predicate="collapse",
                         attributed_to="the harbour master")
    assert any(r.cause_head == "surge" and r.effect for r in cause_relations(after_surge))
    assert rival_causes(after_surge, caused) is not None  # a storm surge against rotten piles
