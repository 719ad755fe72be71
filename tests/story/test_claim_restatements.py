"""The same-article restatement scorer on clauses of one invented article."""

import numpy as np
import pytest

from storylens.records import ClaimMention, Quantity, Span
from storylens.story.claim_conflicts import MentionInStory
from storylens.story.claim_linker import StoryMentions
from storylens.story.claim_restatements import FEATURES, RestatementModel, Restatements, pair_features, read_clauses
from storylens.story.embeddings import embed_sentences

ARTICLE = (
    "Harbour master Ilse Varga resigned on Tuesday after 400 tonnes of grain spilled into the Orrin estuary. "
    "The port board will name a successor in May. "
    "Varga, who quit on Tuesday, said the spill of 400 tonnes was her responsibility. "
    "Fishermen in Keld said the estuary smelled of rotting grain."
)
# (clause, predicate, agent, theme, actors, lemmas, quantity in tonnes, who is said to say it)
CLAUSES = [
    ("Harbour master Ilse Varga resigned on Tuesday", "resign", "Harbour master Ilse Varga", None,
     ["Ilse Varga"], ["harbour", "master", "varga", "resign", "tuesday"], None, None),
    ("after 400 tonnes of grain spilled into the Orrin estuary", "spill", "400 tonnes of grain", None,
     ["Orrin"], ["tonne", "grain", "spill", "orrin", "estuary"], 400.0, None),
    ("The port board will name a successor in May", "name", "The port board", "a successor",
     [], ["port", "board", "name", "successor", "may"], None, None),
    ("Varga, who quit on Tuesday", "quit", "Varga", None, ["Varga"], ["varga", "quit", "tuesday"], None, None),
    ("the spill of 400 tonnes was her responsibility", "be", "the spill of 400 tonnes", None,
     [], ["spill", "tonne", "responsibility"], 400.0, "Varga"),
    ("the estuary smelled of rotting grain", "smell", "the estuary", None, [], ["estuary", "smell", "rot", "grain"],
     None, "Fishermen in Keld"),
]
ACTOR_IDS = {"Ilse Varga": "varga", "Varga": "varga", "Orrin": "orrin"}


def _located() -> list[MentionInStory]:
    items = []
    for text, predicate, agent, theme, actors, lemmas, tonnes, speaker in CLAUSES:
        start = ARTICLE.index(text)
        sentence_start = ARTICLE.rfind(". ", 0, start)
        sentence_start = 0 if sentence_start < 0 else sentence_start + 2
        sentence_end = ARTICLE.index(".", start) + 1
        sentence = Span("harbour", sentence_start, sentence_end, ARTICLE[sentence_start:sentence_end])
        span = Span("harbour", start, start + len(text), text)
        quantities = [Quantity(span, tonnes * 1000, "kg")] if tonnes else []
        mention = ClaimMention(sentence, text, predicate=predicate, agent=agent, theme=theme, actors=actors,
                               lemmas=lemmas, quantities=quantities, attributed_to=speaker)
        items.append(MentionInStory(mention, span, "Harbour Courier", "2031-05-06", "harbour",
                                    actors={ACTOR_IDS[a] for a in actors}, lemmas=set(lemmas), align_text=text,
                                    actor_of_name={a: ACTOR_IDS[a] for a in actors}))
    return items


@pytest.fixture(scope="module")
def mentions() -> StoryMentions:
    items = _located()
    vectors = embed_sentences([item.align_text for item in items])
    sentence_vectors = embed_sentences([item.mention.sentence.text for item in items])
    return StoryMentions.build(items, vectors, sentence_vectors, set(), [])


def _features(mentions, i, j) -> dict[str, float]:
    return dict(zip(FEATURES, pair_features(mentions, read_clauses(mentions), i, j)))


def test_the_lead_and_its_later_restatement_read_as_one_act_by_one_person(mentions):
    # "resigned" in the lead, "quit" three sentences down: WordNet's shared sense, one merged actor
    features = _features(mentions, 0, 3)
    assert features["lead_and_later"] == 1.0 and features["same_sentence"] == 0.0
    assert features["related_predicate"] == 1.0 and features["same_predicate"] == 0.0
    assert features["shared_actors"] > 0 and features["same_agent"] == 1.0
    assert features["sentences_apart"] == pytest.approx(0.2)


def test_the_same_figure_told_twice_and_who_says_it(mentions):
    features = _features(mentions, 1, 4)
    assert features["quantity_agrees"] == 1.0 and features["quantity_differs"] == 0.0
    # the later clause is Varga's word, the lead's is the paper's own: no source to compare
    assert features["same_source"] == 0.0 and features["source_differs"] == 0.0
    features = _features(mentions, 4, 5)
    assert features["source_differs"] == 1.0


def test_a_neighbouring_fact_of_the_event_shares_no_act_nor_doer(mentions):
    features = _features(mentions, 0, 2)
    assert features["related_predicate"] == 0.0 and features["same_predicate"] == 0.0
    assert features["same_agent"] == 0.0 and features["shared_actors"] == 0.0
    assert _features(mentions, 0, 1)["same_sentence"] == 1.0


def test_pairs_are_scored_once_and_only_when_asked(mentions):
    weights = np.zeros(len(FEATURES))
    weights[FEATURES.index("related_predicate")] = 4.0
    weights[FEATURES.index("same_agent")] = 2.0
    restates = Restatements(mentions, RestatementModel(tuple(weights), -3.0, 0.5))
    assert restates(3, 0) and not restates(0, 2)
    assert set(restates._probability) == {(0, 3), (0, 2)}
    assert restates.probability(0, 3) == pytest.approx(1 / (1 + np.exp(-3.0)))
