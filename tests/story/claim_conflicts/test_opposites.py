"""Opposite and same words read from WordNet's relations, not from a list."""

from storylens.story.claim_conflicts.opposites import names_a_state, opposite, same_sense


def test_direct_antonyms_and_their_clusters_are_opposite():
    assert opposite("dead", "alive")
    assert opposite("lifeless", "alive")  # "lifeless" is in the cluster of "dead"
    assert opposite("guilty", "innocent")
    assert opposite("peaceful", "violent")


def test_verbs_are_opposite_through_inflections_hypernyms_and_causes():
    assert opposite("held", "released")  # "hold" / "let go of"
    assert opposite("detained", "freed")  # "confine" / "free"
    assert opposite("reopened", "shut")  # "reopen" is a manner of "open"
    assert opposite("killed", "survived")  # "kill" causes "die"; "survive" / "succumb", a manner of dying


def test_see_also_links_evaluations_across_a_negating_prefix():
    assert opposite("illegal", "lawful")  # "lawful" says to see also "legal"
    assert opposite("unlawful", "legal")
    assert opposite("inaccurate", "correct")


def test_synonyms_are_the_same_and_never_opposite():
    for a, b in (("unsafe", "dangerous"), ("illegal", "unlawful"), ("legal", "lawful"), ("accurate", "correct")):
        assert same_sense(a, b) and not opposite(a, b)
    assert not opposite("arrested", "detained")


def test_a_state_noun_is_told_from_a_place():
    assert names_a_state("custody") and names_a_state("danger")
    assert not names_a_state("tunnel") and not names_a_state("hospital")


def test_a_hypernym_shared_by_both_sides_makes_no_opposites():
    # "fall" and "open" (the antonym of "close") are both kinds of "change state"
    assert not opposite("fell", "closed")
    assert not opposite("dropped", "shut")
    assert opposite("rose", "fell")  # direct antonyms still are


def test_a_verb_of_living_is_joined_to_the_adjective_of_its_value():
    # "survive" entails "live" (have life), named by the adjective "alive", the antonym of "dead"
    assert opposite("dead", "survived")
    assert opposite("lifeless", "survived")
    assert not opposite("alive", "survived")


def test_one_action_and_a_manner_of_an_action():
    from storylens.story.claim_conflicts.opposites import one_action_or_manner, same_action

    assert same_action("begin", "start") and same_action("starts", "start")
    assert not same_action("begin", "finish") and not same_action("walk_out", "leave")
    assert one_action_or_manner("walk_out", "leave")  # to walk out is to leave abruptly
    assert one_action_or_manner("plunge", "fall")
    assert not one_action_or_manner("leave", "stay") and not one_action_or_manner("sign", "leave")
