"""The scorer's contextual input: MiniLM vectors of each candidate's cue, argument head and source
read in their own sentence."""

from __future__ import annotations

import numpy as np

from storylens.nlp.contextual import DIM
from storylens.nlp.propaganda_model import LinearModel
from storylens.nlp.quotes import context_vectors, scorer
from storylens.nlp.quotes.arguments import candidates
from storylens.nlp.quotes.context_vectors import BLOCKS, COSINES, WIDTH, candidate_rows, candidate_tokens, token_vectors


def _block(row, name):
    b = BLOCKS.index(name)
    return row[b * DIM : (b + 1) * DIM]


def test_rows_hold_the_cue_argument_and_source_vectors_their_products_and_cosines(nlp):
    doc = nlp("The ferry captain insisted that the pier was safe. Crews called for calm on the quay.")
    found = list(candidates(doc))
    rows = candidate_rows(doc, found)
    assert rows.shape == (len(found), WIDTH) == (len(found), len(BLOCKS) * DIM + len(COSINES))
    vectors = token_vectors(doc, {i for c in found for i in candidate_tokens(c) if i is not None})
    insisted = next(n for n, c in enumerate(found) if c.cue.lower_ == "insisted")
    cue, argument, source = candidate_tokens(found[insisted])
    assert doc[source].lower_ == "captain" and doc[argument].lower_ == "was"
    row = rows[insisted]
    assert np.allclose(_block(row, "cue"), vectors[cue])
    assert np.allclose(_block(row, "cue*argument"), vectors[cue] * vectors[argument])
    unit = lambda v: v / np.linalg.norm(v)  # noqa: E731
    cosine = row[len(BLOCKS) * DIM + COSINES.index("cue~source")]
    assert np.isclose(cosine, unit(vectors[cue]) @ unit(vectors[source]), atol=1e-5)
    called = next(n for n, c in enumerate(found) if c.cue.lower_ == "called")
    assert _block(rows[called], "cue").any()
    assert np.allclose(_block(rows[called], "source"), vectors[candidate_tokens(found[called])[2]])


def test_a_word_reads_differently_in_another_sentence(nlp):
    # What static word vectors cannot give: "called" for a recount by a senator and "called" for
    # evacuations by a storm are not one vector.
    doc = nlp("The senator called for a recount of the ballots. The rising storm called for evacuations.")
    first, second = [t.i for t in doc if t.lower_ == "called"]
    vectors = token_vectors(doc, {first, second})
    assert not np.allclose(vectors[first], vectors[second])


def test_only_the_sentences_holding_a_candidate_are_embedded(nlp, monkeypatch):
    doc = nlp("Gulls circled. The harbour board said the quay will reopen. Rain fell.")
    asked = []
    original = context_vectors.encode_sentences

    def spy(words, text, sentences):
        asked.append(set(sentences))
        return original(words, text, sentences)

    monkeypatch.setattr(context_vectors, "encode_sentences", spy)
    said = next(t.i for t in doc if t.lower_ == "said")
    token_vectors(doc, {said})
    assert asked == [{1}]
    assert token_vectors(doc, set()) == {} and len(asked) == 1


def test_a_scorer_with_a_contextual_part_weighs_the_cue_in_its_sentence(nlp):
    # A model that knows one cue only by its contextual vector in one sentence: the same verb in
    # a sentence of like meaning scores above it in an unrelated one.
    reference = nlp("The mayor insisted that the levee would hold.")
    vector = token_vectors(reference, {2})[2]
    weights = np.zeros((1, WIDTH), dtype=np.float32)
    weights[0, :DIM] = 4 * vector / np.linalg.norm(vector) ** 2
    model = LinearModel(
        ["attribution"], {}, np.zeros((1, 0), dtype=np.float32), np.array([-2.0]), dense_weights=weights,
        dense_mean=np.zeros(WIDTH, dtype=np.float32), dense_scale=np.ones(WIDTH, dtype=np.float32),
    )
    doc = nlp("The council insisted that the dam would hold. The river flooded the lower town.")
    scorer.use_model(model, 0.5, contextual=True)
    try:
        scored = {c.cue.lower_: p for c, p in scorer.scored_candidates(doc, set())}
    finally:
        scorer.use_model(None)
    assert scored["insisted"] > 0.5 > scored["flooded"]
