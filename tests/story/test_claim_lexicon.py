"""WordNet read for claim pairs (story/claim_lexicon.py): synonyms by a shared usual sense,
predicates related as verbs, on words of invented sentences."""

from storylens.story.claim_lexicon import (
    LexicalSenses,
    names_a_sense_of,
    predicate_relatedness,
    synonym_matches,
    word_senses,
)


def test_words_of_one_sense_match_and_words_of_one_topic_do_not():
    # "The ferry operator halted sailings" / "the ferry company stopped crossings"
    a = LexicalSenses.of({"ferry", "operator", "halt", "sailing"})
    b = LexicalSenses.of({"ferry", "company", "stop", "crossing"})
    assert {"halt", "stop"} <= synonym_matches(a, b)
    # "admitted to the clinic" / "discharged from the clinic": one place, no shared sense
    admitted = LexicalSenses.of({"admit", "clinic"})
    discharged = LexicalSenses.of({"discharge", "clinic"})
    assert not synonym_matches(admitted, discharged)


def test_a_verb_and_a_noun_of_one_sense_match():
    # "police apprehended six" / "six arrests": the noun "arrest" names the act "apprehend" names
    assert names_a_sense_of("arrest", LexicalSenses.of({"apprehension", "six"}))
    assert names_a_sense_of("arrest", LexicalSenses.of({"apprehend", "police"}))


def test_predicates_of_one_sense_are_related_and_opposite_acts_less():
    assert predicate_relatedness("injure", "hurt") == 1.0
    assert predicate_relatedness("seize", "capture") == 1.0
    assert predicate_relatedness("flood", "flood") == 1.0
    assert predicate_relatedness("admit", "discharge") < 0.5
    assert predicate_relatedness("injure", "hurt") > predicate_relatedness("injure", "evacuate")


def test_what_wordnet_does_not_know_has_no_senses():
    assert word_senses("Zarvonia") == (frozenset(), frozenset())
    assert word_senses("2031") == (frozenset(), frozenset())
    assert predicate_relatedness(None, "halt") == 0.0
    assert predicate_relatedness("halt", "Zarvonia") == 0.0
