"""The pair scorer's WordNet feature (``synonym_overlap``) on a story written for this test: a
paraphrase whose verbs share a sense scores higher with it than without; two clauses sharing a
noun under predicates of no shared sense do not."""

import numpy as np
import pytest

from storylens.records import Article
from storylens.story.actors import merge_actors
from storylens.story.claim_linker import FEATURES, load_model
from storylens.story.claims import prepare_pairs
from storylens.story.context import StoryContext

QUAY = (
    "A loading crane toppled at Dunmore quay on Friday. Four dockers were hurt when the jib fell. "
    "Two of them were admitted to the Kelso infirmary overnight."
)
HARBOUR = (
    "Four dock workers were injured on Friday at Dunmore quay. The harbour board halted all loading there. "
    "Both men were discharged from the Kelso infirmary on Sunday."
)
SYNONYMS = FEATURES.index("synonym_overlap")


@pytest.fixture(scope="module")
def prepared(nlp):
    from storylens.nlp.pipeline import analyze_articles

    articles = [Article(id="quay", source="quay", text=QUAY, outlet="Quay Gazette", published="2031-05-10"),
                Article(id="harbour", source="harbour", text=HARBOUR, outlet="Harbour Post", published="2031-05-10")]
    context = StoryContext(list(analyze_articles(articles, nlp=nlp)))
    merge_actors(context)
    return prepare_pairs(context)


def features_of(prepared, first: str, second: str) -> np.ndarray:
    items = prepared.mentions.items
    for row, (i, j) in enumerate(prepared.pairs):
        texts = (items[i].mention.text, items[j].mention.text)
        if (first in texts[0] and second in texts[1]) or (second in texts[0] and first in texts[1]):
            return prepared.features[row]
    raise AssertionError(f"no compared pair holds {first!r} and {second!r}")


def probability(row: np.ndarray, *, without_wordnet: bool = False) -> float:
    row = row.copy()
    if without_wordnet:
        row[SYNONYMS] = 0.0
    return float(load_model().probability(row.reshape(1, -1))[0])


def test_a_paraphrase_with_verbs_of_one_sense_scores_higher(prepared):
    row = features_of(prepared, "were hurt", "were injured")
    assert row[SYNONYMS] > 0
    assert probability(row) > probability(row, without_wordnet=True)


def test_a_shared_noun_under_predicates_of_no_shared_sense_does_not(prepared):
    row = features_of(prepared, "were admitted", "were discharged")
    assert row[FEATURES.index("lemma_jaccard")] > 0  # the infirmary, named alike
    assert row[SYNONYMS] == 0
    assert probability(row) == probability(row, without_wordnet=True)
