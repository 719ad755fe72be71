import numpy as np
import pytest

from storylens.records import ClaimMention, Span
from storylens.story.claim_conflicts.mention import MentionInStory
from storylens.story.token_alignment import FEATURES, pair_features, read_clauses


def mention(sentence: str, clause: str, predicate: str, *, agent=None, theme=None, article="a") -> MentionInStory:
    start = 40  # the sentence stands somewhere inside its article
    offset = sentence.index(clause)
    claim = ClaimMention(sentence=Span(article, start, start + len(sentence), sentence), text=clause,
                         predicate=predicate, agent=agent, theme=theme, subject=agent or theme)
    span = Span(article, start + offset, start + offset + len(clause), clause)
    return MentionInStory(claim, span, article, "2031-04-02", article)


def features(a: MentionInStory, b: MentionInStory) -> dict[str, float]:
    clauses = read_clauses([a, b])
    return dict(zip(FEATURES, pair_features(clauses[0], clauses[1], {})))


HIKERS_LEFT = mention("The two hikers were discharged from Bramwell Infirmary on Friday.",
                      "The two hikers were discharged from Bramwell Infirmary on Friday", "discharge",
                      theme="The two hikers")
# the same fact in other words
HIKERS_HOME = mention("Both hikers have gone home, their families said.", "Both hikers have gone home", "go",
                      agent="Both hikers", article="b")
# another fact of the same event, with the same nouns
HIKERS_ADMITTED = mention("The two hikers were admitted to Bramwell Infirmary on Wednesday.",
                          "The two hikers were admitted to Bramwell Infirmary on Wednesday", "admit",
                          theme="The two hikers", article="b")

MILL_HALTED = mention("The cooperative halted production at its Ostby mill.",
                      "The cooperative halted production at its Ostby mill", "halt",
                      agent="The cooperative", theme="production")
MILL_CLOSED = mention("The Ostby mill is shut for now, workers said.", "The Ostby mill is shut for now", "shut",
                      theme="The Ostby mill", article="b")
MILL_EMPLOYS = mention("The cooperative employs 80 people at its Ostby mill.",
                       "The cooperative employs 80 people at its Ostby mill", "employ",
                       agent="The cooperative", theme="80 people", article="b")


@pytest.mark.parametrize("fact, paraphrase, neighbour", [
    (HIKERS_LEFT, HIKERS_HOME, HIKERS_ADMITTED),
    (MILL_HALTED, MILL_CLOSED, MILL_EMPLOYS),
])
def test_a_paraphrase_with_other_verbs_aligns_its_predicates_where_a_neighbouring_fact_does_not(fact, paraphrase, neighbour):
    same = features(fact, paraphrase)
    other = features(fact, neighbour)
    assert same["predicate_aligned"] == 1.0  # each predicate's closest word is the other's predicate
    assert other["predicate_aligned"] < 1.0


def test_a_paraphrase_with_other_verbs_matches_its_predicate_better_than_a_fact_sharing_its_nouns():
    same = features(MILL_HALTED, MILL_CLOSED)
    other = features(MILL_HALTED, MILL_EMPLOYS)
    assert same["predicate_match"] > other["predicate_match"]


def test_the_word_match_alone_prefers_the_neighbouring_fact_that_shares_more_words():
    # why the predicate is read apart: "admitted to Bramwell Infirmary" shares every noun
    assert features(HIKERS_LEFT, HIKERS_ADMITTED)["word_match"] > features(HIKERS_LEFT, HIKERS_HOME)["word_match"]


def test_a_clause_matches_itself_fully():
    found = features(MILL_HALTED, MILL_HALTED)
    assert found["word_match"] == pytest.approx(1.0, abs=1e-2)
    assert found["predicate_match"] == pytest.approx(1.0, abs=1e-2)
    assert found["predicate_aligned"] == 1.0
    assert found["participant_match"] == pytest.approx(1.0, abs=1e-2)


def test_the_parts_of_the_predication_are_found_in_the_clause_and_around_it():
    relative = mention("Divers found the trawler, which sank off Kessock Point in March.",
                       "which sank off Kessock Point in March", "sink", agent="the trawler")
    clause = read_clauses([relative])[0]
    assert clause.lemmas[clause.predicate] == "sink"
    # the doer stands outside the relative clause's span and is read all the same
    assert [clause.lemmas[n] for n in clause.participants[0]] == ["trawler"]
    assert "divers" not in clause.lemmas and "diver" not in clause.lemmas  # outside the clause
    assert np.allclose(np.linalg.norm(clause.vectors, axis=1), 1.0, atol=1e-2)


def test_a_pronoun_participant_is_matched_word_by_word():
    crew = mention("All five deckhands were lifted from the sea.", "All five deckhands were lifted from the sea", "lift",
                   theme="All five deckhands")
    them = mention("All of them were winched aboard a helicopter.", "All of them were winched aboard a helicopter",
                   "winch", theme="All of them", article="b")
    clauses = read_clauses([crew, them])
    assert [clauses[1].lemmas[n] for n in clauses[1].participants[0]] == ["all", "they"]
    assert 0.0 < features(crew, them)["participant_match"] <= 1.0


def test_a_clause_without_a_predicate_in_its_words_falls_back_to_the_word_match():
    a = mention("Heavy rain in Tarrow overnight.", "Heavy rain in Tarrow overnight", "")
    b = mention("Rain fell on Tarrow all night.", "Rain fell on Tarrow all night", "fall", article="b")
    found = features(a, b)
    assert read_clauses([a])[0].predicate is None
    assert 0.0 < found["predicate_match"] <= 1.0  # b's predicate still looks for its match in a
    assert found["predicate_aligned"] == 0.0  # a has no predicate for it to find
