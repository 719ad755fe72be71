"""What a cue word means, read so that a cue seldom seen in training shares it with common ones
(round s37): WordNet's files and frames, and the cue word's learned score."""

from __future__ import annotations

import numpy as np

from storylens.nlp.minilm import EMBEDDING_DIM
from storylens.nlp.quotes.arguments import ARGUMENT_KINDS, candidates
from storylens.nlp.quotes.cue_meaning import CueWordScorer, meaning_features, word_key
from storylens.nlp.quotes.scorer import candidate_features
from storylens.nlp.loaded_rules.word_scorer import word_vectors
from storylens.wordnet import word_frames


def _candidate(nlp, text: str, cue: str, kind: str = "clause"):
    doc = nlp(text)
    return next(c for c in candidates(doc) if c.cue.lower_ == cue and word_key(c)[1] == kind)


def test_wordnet_files_a_verb_and_lists_its_clause_frame():
    files = [f for f, _ in word_frames("contend", "v")]
    assert files[0] == "verb.communication"
    assert any(26 in frames for _, frames in word_frames("contend", "v"))  # "Somebody ----s that CLAUSE"
    assert not any(26 in frames for _, frames in word_frames("reinforce", "v"))
    assert word_frames("qwxzv", "v") == ()


def test_a_seldom_cue_reads_like_a_common_one(nlp):
    # "contend" and "argue" differ in their lemma features, but what they mean is the same
    # reading: a verb of communication that takes a clause, held by people.
    common = meaning_features(_candidate(nlp, "Dock workers argued that the pay offer fell short.", "argued"))
    seldom = meaning_features(_candidate(nlp, "Dock workers contend that the pay offer fell short.", "contend"))
    assert "wn_that|clause" in seldom
    assert "wn_first=verb.communication|clause" in seldom
    assert set(seldom) == set(common)


def test_a_copula_with_an_adjective_is_read_as_the_adjective(nlp):
    # "is adamant that ...": the parser hangs the clause on "is", which means nothing itself.
    candidate = _candidate(nlp, "The mayor of Brisk is adamant that the bridge stays open.", "is")
    assert word_key(candidate) == ("adamant", "clause")
    assert any(f.startswith("predicate_adjective|clause|") for f in meaning_features(candidate))


def test_an_action_verb_is_filed_apart_from_speech(nlp):
    candidate = _candidate(nlp, "Engineers reinforced the pier so that the ferry could dock.", "reinforced")
    features = meaning_features(candidate)
    assert "wn_that|clause" not in features
    assert "wn_first=verb.change|clause" in features


def test_the_cue_word_score_enters_in_bins_by_kind(nlp):
    # A cue-word part that knows one direction of meaning, "insist": a cue near it ("contend")
    # scores above an action verb ("reinforce") in the same kind, and the score is a feature.
    weights = np.zeros((len(ARGUMENT_KINDS), EMBEDDING_DIM), dtype=np.float32)
    weights[ARGUMENT_KINDS.index("clause")] = 12 * word_vectors(["insist"])[0]
    cue_words = CueWordScorer(weights, np.full(len(ARGUMENT_KINDS), -4.0, dtype=np.float32))
    scores = cue_words.scores([("contend", "clause"), ("reinforce", "clause"), ("contend", "object")])
    assert scores[("contend", "clause")] > scores[("reinforce", "clause")]
    assert scores[("contend", "object")] < scores[("contend", "clause")]
    candidate = _candidate(nlp, "Critics contend the plan favours landlords.", "contend")
    rows = candidate_features(candidate, set(), scores)
    assert any(f.startswith("word_score=") and f.endswith("|clause") for f in rows)
    assert not any(f.startswith("word_score") for f in candidate_features(candidate, set(), None))
