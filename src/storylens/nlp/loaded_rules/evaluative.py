"""Evaluative adjectives in the outlet's own voice, with the noun phrase they describe.

The tagger scores "relentless" in "the regime's relentless aggression" under its seed threshold
when the sentence around it reads as plain report. An adjective whose own learned weight in the
tagger is high (``EVALUATIVE_WEIGHT``), modifying a noun, outside quotation marks, is a loaded
description by the outlet: the span is the noun phrase from its possessor or first modifier to
the noun ("regime's relentless aggression").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from storylens.nlp.doc_index import doc_text
from storylens.nlp.loaded_rules.filters import lexical_weight

if TYPE_CHECKING:  # imported when called: event_rules reaches the quotes, whose scorer reads this package
    from storylens.nlp.event_rules import QuotedText

EVALUATIVE_WEIGHT = 0.25
# The judging-modifier scorer's probability (loaded_rules/modifiers.py) from which an adjective
# judges by its meaning alone, whatever the tagger learned of it: "cowardly" 0.86, "dishonest"
# 0.86, "shameless" 0.95 against "deadly" 0.68, "bandaged" 0.65, "western" 0.40 (round s29).
JUDGING_MEANING = 0.8
# With a tagger weight of 0.25 or more, the scorer need only read the adjective as more likely
# judging than plain: "bad" 0.55, "extreme" 0.65, "stunning" 0.70 stay; "western" 0.40 and
# "small" 0.13, which PTC's contexts weigh 0.26 and 0.42, go. (0.6, the bar of
# ``filters.EVALUATIVE_SCORE`` for any word of a long span, was tried first: it lost "bad actor",
# a gold span of the PTC gate; docs/framing.md, round s29.)
CONFIRMING_MEANING = 0.5


def evaluative_phrases(doc: Doc, quoted: QuotedText | None = None) -> list[tuple[int, int, float]]:
    """(start, end, the adjective's weight) of each evaluative noun phrase."""
    from storylens.nlp.event_rules import QuotedText
    from storylens.nlp.loaded_rules.modifiers import modifier_score, score_modifiers
    from storylens.nlp.loaded_rules.motives import reported

    quoted = quoted or QuotedText(doc_text(doc))
    found = []
    # "cowardly" in "a cowardly night raid" is often tagged an adverb: a modifier of a noun is read
    adjectives = [t for t in doc if (t.pos_ == "ADJ" or (t.pos_ == "ADV" and t.dep_ == "amod")) and t.is_lower and t.is_alpha]
    score_modifiers([t.lower_ for t in adjectives])
    for token in adjectives:
        weight = lexical_weight(token.text)
        meaning = modifier_score(token.lower_)
        head = token.head
        if token.dep_ in ("acomp", "amod") and meaning >= JUDGING_MEANING and not (token.dep_ == "amod" and head.i > token.i):
            # said of something after a copula or after its noun: "a name as dishonest as the men
            # who chose it", "the raid was cowardly" — the adjective with its complements
            start, end = _subtree_range(token)
            if not quoted.inside(start, end) and not reported(token):
                found.append((start, end, meaning))
            continue
        if token.dep_ != "amod" or head.pos_ != "NOUN" or head.i < token.i:
            continue
        # The tagger's weight of a word is learned from the contexts PTC's propaganda uses it in
        # ("western" 0.26), so its meaning must judge too; a word the tagger never weighed is
        # read by its meaning alone, at a higher bar ("cowardly" 0.86, "dishonest" 0.86).
        if not ((weight >= EVALUATIVE_WEIGHT and meaning >= CONFIRMING_MEANING) or meaning >= JUDGING_MEANING):
            continue
        modifiers = [c for c in head.lefts if c.dep_ in ("poss", "amod", "compound") and c.i < token.i]
        # from the possessor ("regime's"), unless that is a name: a name is no part of the loading
        first = min([token] + [c for c in modifiers if not c.ent_type_], key=lambda t: t.i)
        last = head
        start, end = first.idx, last.idx + len(last.text)
        if not quoted.inside(start, end):
            found.append((start, end, max(weight, meaning)))
    return found


def _subtree_range(token) -> tuple[int, int]:
    """The adjective with its degree words and complements ("as dishonest as the men who chose
    it"), without a subject the parser hangs from it ("how devastating it [is]")."""
    parts = [token] + [t for c in token.children if c.dep_ not in ("nsubj", "nsubjpass", "punct") for t in c.subtree]
    tokens = [t for t in parts if not (t.is_punct or t.is_space)]
    first = min(tokens, key=lambda t: t.i)
    last = max(tokens, key=lambda t: t.i)
    return first.idx, last.idx + len(last.text)
