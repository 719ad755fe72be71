"""Walks up the parse end at the root.

A spaCy Token is made afresh on each access, so ``token.head is token`` never holds, not even
at the root: a walk that stopped on that test climbed forever from a root that is no verb.
A headline parsed as a noun with a subject-less infinitive under it ("Harlow chief to stay")
hung the whole analysis; the parses here are built by hand so no model update can hide it.
"""

import pytest
import spacy
from spacy.tokens import Doc

from storylens.nlp.loaded_rules.motives import explained_act


def _headline(words, heads, deps, pos, tags):
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)


def test_a_purpose_under_a_noun_root_explains_no_act_and_the_walk_ends():
    doc = _headline(
        ["Harlow", "chief", "to", "stay"],
        heads=[1, 1, 3, 1],
        deps=["compound", "ROOT", "aux", "relcl"],
        pos=["PROPN", "NOUN", "PART", "VERB"],
        tags=["NNP", "NN", "TO", "VB"],
    )
    assert explained_act(doc[3]) is None


@pytest.mark.parametrize(
    "words, heads, deps, pos, tags, purpose",
    [
        # a purpose the parser hangs on a noun as a relative clause ('reached for words to distract')
        (
            ["They", "reached", "for", "words", "to", "distract"],
            [1, 1, 1, 2, 5, 3],
            ["nsubj", "ROOT", "prep", "pobj", "aux", "relcl"],
            ["PRON", "VERB", "ADP", "NOUN", "PART", "VERB"],
            ["PRP", "VBD", "IN", "NNS", "TO", "VB"],
            5,
        ),
        # an adverbial purpose ("inflated figures to inflame tensions")
        (
            ["They", "inflated", "figures", "to", "inflame", "tensions"],
            [1, 1, 1, 4, 1, 4],
            ["nsubj", "ROOT", "dobj", "aux", "advcl", "dobj"],
            ["PRON", "VERB", "NOUN", "PART", "VERB", "NOUN"],
            ["PRP", "VBD", "NNS", "TO", "VB", "NNS"],
            4,
        ),
    ],
)
def test_a_purpose_under_a_verb_is_read_as_before(words, heads, deps, pos, tags, purpose):
    doc = _headline(words, heads=heads, deps=deps, pos=pos, tags=tags)
    assert explained_act(doc[purpose]).i == 1
