"""The WordNet pair features (``StoryMentions.lexical_features``, not in the shipped model: they
did not hold left one story out) on a story written for this test: a paraphrase whose verbs
share a sense reads as related; two clauses sharing a noun under predicates WordNet does not
relate do not."""

import pytest

from storylens.records import Article
from storylens.story.actors import merge_actors
from storylens.story.claim_linker import LEXICAL_FEATURES
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


@pytest.fixture(scope="module")
def prepared(nlp):
    from storylens.nlp.pipeline import analyze_articles

    articles = [Article(id="quay", source="quay", text=QUAY, outlet="Quay Gazette", published="2031-05-10"),
                Article(id="harbour", source="harbour", text=HARBOUR, outlet="Harbour Post", published="2031-05-10")]
    context = StoryContext(list(analyze_articles(articles, nlp=nlp)))
    merge_actors(context)
    return prepare_pairs(context)


def pair_row(prepared, first: str, second: str) -> int:
    items = prepared.mentions.items
    for row, (i, j) in enumerate(prepared.pairs):
        texts = (items[i].mention.text, items[j].mention.text)
        if (first in texts[0] and second in texts[1]) or (second in texts[0] and first in texts[1]):
            return row
    raise AssertionError(f"no compared pair holds {first!r} and {second!r}")


def lexical(prepared, first: str, second: str) -> dict[str, float]:
    i, j = prepared.pairs[pair_row(prepared, first, second)]
    return dict(zip(LEXICAL_FEATURES, prepared.mentions.lexical_features(i, j)))


def test_a_paraphrase_with_verbs_of_one_sense_reads_related(prepared):
    features = lexical(prepared, "were hurt", "were injured")
    assert features["predicate_related"] == 1.0
    assert features["predicate_synonym"] == 1.0
    assert features["shared_words_predicates_apart"] == 0.0


def test_a_shared_noun_under_unrelated_predicates_does_not(prepared):
    features = lexical(prepared, "were admitted", "were discharged")
    assert features["predicate_related"] < 0.5
    assert features["predicate_synonym"] == 0.0
    assert features["synonym_overlap"] == 0.0
    assert features["shared_words_predicates_apart"] > 0.0
