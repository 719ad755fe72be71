"""The stacker's inputs (a candidate's sentence read from the parse) and its portable trees."""

from __future__ import annotations

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier

from storylens.nlp.quotes.arguments import candidates
from storylens.nlp.quotes.context import CATEGORIES, NUMBERS, context_rows, sentence_texts
from storylens.nlp.quotes.marks import quoted_tokens
from storylens.nlp.quotes.stacker import OTHER, Stacker, Trees, category_codes


def _row(doc, cue_word: str, relation_prefix: str = ""):
    found = list(candidates(doc))
    categories, numbers = context_rows(doc, found, quoted_tokens(doc))
    for candidate, cats, nums in zip(found, categories, numbers):
        if candidate.cue.lower_ == cue_word and candidate.relation.startswith(relation_prefix):
            return dict(zip(CATEGORIES, cats)), dict(zip(NUMBERS, nums))
    raise AssertionError(f"no candidate with the cue {cue_word!r}")


def test_context_reads_who_holds_the_view_and_what_reports_it(nlp):
    doc = nlp(
        "Tolvane Shipping built a new ferry last year.\n"
        "Mayor Ilse Varga said that the harbour board claimed the ferry was unsafe. "
        "“It will sink,” she warned."
    )
    said, said_numbers = _row(doc, "said", "ccomp")
    assert said["subject_kind"].startswith("entity:") and said_numbers["subject_named"] == 1
    assert said_numbers["reporting_verb_above"] == 0 and said_numbers["cue_is_reporting_verb"] == 1
    assert said_numbers["paragraph_in_document"] == 1 and said_numbers["sentence_in_paragraph"] == 0
    # The nested cue sits inside what "said" reports, in a sentence with two reporting verbs.
    _, claimed_numbers = _row(doc, "claimed")
    assert claimed_numbers["reporting_verb_above"] == 1 and claimed_numbers["reporting_verbs_in_sentence"] == 2
    assert claimed_numbers["sentence_has_quote_marks"] == 0
    warned, warned_numbers = _row(doc, "warned")
    assert warned["subject_kind"] == "pron:she" and warned_numbers["subject_named"] == 0
    assert warned_numbers["sentence_has_quote_marks"] == 1 and warned_numbers["sentence_in_paragraph"] == 1
    built, built_numbers = _row(doc, "built")
    assert built_numbers["cue_is_reporting_verb"] == 0 and built_numbers["paragraph_in_document"] == 0


def test_each_sentence_is_embedded_once(nlp):
    doc = nlp("The harbour board said the pier was safe and claimed the ferry was late. Crews called for calm.")
    found = list(candidates(doc))
    texts, rows = sentence_texts(found)
    assert texts == [s.text.strip() for s in doc.sents]
    assert [texts[r] for r in rows] == [c.cue.sent.text.strip() for c in found]
    assert len(found) > len(texts)


def test_exported_trees_give_the_probabilities_of_the_fitted_model(tmp_path):
    rng = np.random.default_rng(3)
    n = 3000
    linear = rng.uniform(0.01, 0.99, n)
    kinds = rng.choice(["entity:PERSON", "pron:he", "none", "noun"], n)
    categories = [[k if j == CATEGORIES.index("subject_kind") else "x" for j in range(len(CATEGORIES))] for k in kinds]
    numbers = rng.normal(size=(n, len(NUMBERS))).astype(np.float32)
    vectors = rng.normal(size=(n, 384)).astype(np.float32)
    # An attribution when the linear score is high and the subject a person, or by a number.
    y = ((linear > 0.5) & (kinds != "none")) | (numbers[:, 0] > 1.5)
    codes = category_codes(categories, min_count=5)
    axes = np.linalg.qr(rng.normal(size=(384, 3)))[0].T.astype(np.float32)
    stacker = Stacker(trees=None, codes=codes, axes=axes, center=vectors.mean(axis=0), threshold=0.4)
    x = stacker.matrix(linear, categories, numbers, vectors)
    model = HistGradientBoostingClassifier(
        max_iter=30, categorical_features=list(range(1, 1 + len(CATEGORIES))), random_state=0
    ).fit(x, y)
    stacker.trees = Trees.from_sklearn(model)
    assert np.allclose(stacker.probabilities(linear, categories, numbers, vectors), model.predict_proba(x)[:, 1])
    path = tmp_path / "stacker.npz"
    stacker.save(path)
    loaded = Stacker.load(path)
    assert loaded.threshold == 0.4 and loaded.codes == codes
    # Half-precision axes move the sentence inputs a little, the probabilities hardly.
    assert np.abs(loaded.probabilities(linear, categories, numbers, vectors) - model.predict_proba(x)[:, 1]).max() < 0.05
    # A value never seen in training is coded OTHER, not an error.
    unseen = [["never-seen"] * len(CATEGORIES)]
    assert loaded.matrix(linear[:1], unseen, numbers[:1], vectors[:1])[0, 1] == OTHER
    assert loaded.probabilities(linear[:1], unseen, numbers[:1], vectors[:1]).shape == (1,)


def test_the_scorer_reweighs_its_candidates_with_a_stacker(nlp):
    from storylens.nlp.quotes import scorer

    doc = nlp("Mayor Ilse Varga said the ferry was unsafe. The storm flooded Eastport.")
    found = list(candidates(doc))
    categories, numbers = context_rows(doc, found, quoted_tokens(doc))
    linear_model, _ = scorer.load_model()
    linear = np.array([p for _, p in scorer.scored_candidates(doc, quoted_tokens(doc))])
    # Trees that know one thing: a named actor as the subject makes an attribution.
    named = numbers[:, NUMBERS.index("subject_named")] == 1
    assert named.any() and (~named).any()
    stacker = Stacker(trees=None, codes=category_codes(categories, 1), axes=np.zeros((0, 384), np.float32),
                      center=np.zeros(384, np.float32), threshold=0.5)
    x = stacker.matrix(linear, categories, numbers, None)
    model = HistGradientBoostingClassifier(max_iter=20, categorical_features=list(range(1, 1 + len(CATEGORIES))))
    model.fit(np.repeat(x, 40, axis=0), np.repeat(named, 40))
    stacker.trees = Trees.from_sklearn(model)
    scorer.use_model(linear_model, 0.5, stacker)
    try:
        stacked = dict((c.cue.lower_, p) for c, p in scorer.scored_candidates(doc, quoted_tokens(doc)))
        assert scorer.threshold() == 0.5
    finally:
        scorer.use_model(None)
    assert stacked["said"] > 0.5 > stacked["flooded"]
    # Back to the shipped models: the same probabilities as before.
    assert np.allclose([p for _, p in scorer.scored_candidates(doc, quoted_tokens(doc))], linear)
