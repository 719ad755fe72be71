"""The predicate adapter on clause pairs written for it: one happening told with other verbs reads
closer, in the adapted space, than another happening told in the same scene."""

import numpy as np
import pytest

from storylens.story.embeddings import embed_sentences
from storylens.story.predicate_adapter import adapt, predicate_similarity


def adapted(first: str, second: str) -> float:
    vectors = embed_sentences([first, second])
    return predicate_similarity(vectors[0], vectors[1])


def test_adapted_vectors_are_unit_length_and_smaller():
    vectors = embed_sentences(["The dam at Ostrava Lake gave way on Tuesday.", "Nobody was hurt."])
    mapped = adapt(vectors)
    assert mapped.shape[0] == 2 and mapped.shape[1] < vectors.shape[1]
    assert np.allclose(np.linalg.norm(mapped, axis=1), 1.0, atol=1e-4)


@pytest.mark.xfail(strict=True, reason="known limit (docs/eval-claims.md, round s29): the adapter separates verbs "
                   "told in one scene, but a clause that shares its arguments still reads closer (0.91 against 0.63)")
def test_discharged_reads_closer_to_sent_home_than_to_admitted():
    discharged = "The three miners were discharged from Holloway Cottage Hospital."
    sent_home = "The three miners were sent home."
    admitted = "The three miners were admitted to Holloway Cottage Hospital."
    assert adapted(discharged, sent_home) > adapted(discharged, admitted)


@pytest.mark.parametrize(
    ("clause", "same_happening", "other_happening"),
    [
        ("Police arrested two dockers in Varnby.", "Police detained two dockers in Varnby.",
         "Police released two dockers in Varnby."),
        ("The Tarrow ferry service was suspended on Monday.", "The Tarrow ferry service was halted on Monday.",
         "The Tarrow ferry service was resumed on Monday."),
        ("The council approved the new bridge.", "The council backed the new bridge.",
         "The council rejected the new bridge."),
        # raw MiniLM reads the inspection closer (0.72 against 0.65); the adapter does not
        ("The tank ruptured on Friday night.", "The tank split open on Friday night.",
         "The tank was inspected on Friday night."),
    ],
)
def test_synonym_reads_closer_than_opposite_in_one_scene(clause, same_happening, other_happening):
    assert adapted(clause, same_happening) > adapted(clause, other_happening)
