"""The predicate-meaning projection (trained on WordNet alone) on clauses written for this test:
one happening told with another verb reads closer than another happening of the same scene,
which shares every noun. The clauses are parsed by the shared pipeline, so the predicate and its
phrase are the ones the claims step reads."""

import pytest

import storylens.nlp.claims  # noqa: F401  (registers the component)
from storylens.nlp.pipeline import make_doc
from storylens.records import Article
from storylens.story.embeddings import embed_sentences
from storylens.story.predicate_meaning import predicate_phrase, same_happening


def mention(nlp, text):
    doc = nlp(make_doc(nlp, Article(id="t", source="t", text=text, published="2024-03-02")))
    return doc._.claim_mentions[0]


def raw_predicate_cosine(a, b) -> float:
    vectors = embed_sentences([predicate_phrase(a), predicate_phrase(b)])
    return float(vectors[0] @ vectors[1])


# (a clause, the same happening with another verb, another happening of the same scene)
CASES = [
    ("Police detained two fishermen at Corrow harbour on Friday.",
     "Police apprehended two fishermen at Corrow harbour on Friday.",
     "Police released two fishermen at Corrow harbour on Friday."),
    ("The Ostrava ferry company cancelled Sunday's crossing to Halm.",
     "The Ostrava ferry company called off Sunday's crossing to Halm.",
     "The Ostrava ferry company scheduled Sunday's crossing to Halm."),
    ("Eleven pupils were discharged from Ellery clinic on Monday.",
     "Eleven pupils were released from Ellery clinic on Monday.",
     "Eleven pupils were admitted to Ellery clinic on Monday."),
    ("The Brennick mill halted production after the flood.",
     "The Brennick mill stopped production after the flood.",
     "The Brennick mill resumed production after the flood."),
]


@pytest.mark.parametrize("clause, paraphrase, neighbour", CASES)
def test_another_verb_for_one_happening_reads_closer_than_the_same_scene(nlp, clause, paraphrase, neighbour):
    a, b, c = (mention(nlp, text) for text in (clause, paraphrase, neighbour))
    assert same_happening(a, b) > same_happening(a, c)


def test_the_projection_reverses_what_minilm_reads_by_topic(nlp):
    # MiniLM alone puts "admitted" (to the clinic) nearer "discharged" than "released" is
    discharged, released, admitted = (mention(nlp, text) for text in CASES[2])
    assert raw_predicate_cosine(discharged, admitted) > raw_predicate_cosine(discharged, released)
    assert same_happening(discharged, released) > same_happening(discharged, admitted)


def test_a_verb_phrase_wordnet_lists_is_read_whole(nlp):
    assert predicate_phrase(mention(nlp, CASES[1][1])) == "call off"
    assert predicate_phrase(mention(nlp, "Most of the Ellery pupils have gone home.")) == "go home"


def test_a_predicate_that_says_little_has_no_phrase(nlp):
    said = mention(nlp, "The Ostrava ferry company is a family business.")
    assert predicate_phrase(said) is None
    assert same_happening(said, mention(nlp, CASES[1][0])) == 0.0
