"""Round s37 (issue 19): round s35's readings brought back, with the two readings that moved the
PTC gate mended. Sentences written for these tests (an invented port town and its paper)."""

from __future__ import annotations

import pytest

from storylens.nlp.loaded_rules.plain_senses import states_a_things_condition
from storylens.nlp.loaded_rules.stance import minimises, outlet_stance


def read(reading, nlp, text):
    doc = nlp(text)
    return [doc.text[start:end] for start, end, _ in reading(doc)]


# --- a minimised coverage: only an adverb WordNet reads as minimising and nothing else ----------
def test_an_adverb_that_only_minimises_still_reads_a_minimised_coverage(nlp):
    text = "The Corvell Gazette merely mentioned the flood in its evening bulletin."
    assert any("merely mentioned the flood" in span for span in read(outlet_stance, nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "The Corvell Gazette just mentioned the flood in its evening bulletin.",
        "Mara Lindqvist just said something about the price of grain.",
    ],
)
def test_just_a_moment_ago_is_no_minimised_coverage(nlp, text):
    assert read(outlet_stance, nlp, text) == []


def test_wordnet_reads_which_adverbs_minimise():
    assert minimises("barely") and minimises("hardly") and minimises("merely")
    for other in ("just", "only", "simply", "briefly"):
        assert not minimises(other), other


# --- a thing's physical state: not inside a noun of its own ------------------------------------
def _adjective(nlp, text, word):
    return next(t for t in nlp(text) if t.lower_ == word)


def test_an_adjective_making_one_noun_with_its_noun_is_no_physical_state(nlp):
    assert not states_a_things_condition(_adjective(nlp, "The harbour master vanished into thin air.", "thin"))


def test_a_things_physical_state_is_still_read(nlp):
    assert states_a_things_condition(_adjective(nlp, "The thin roof of the boathouse gave way.", "thin"))
