"""Whether a verb is negated by a word of its own: "did not say", "never mentioned", "couldn't
confirm", "will not forget", "should never have sailed". One reading for the quotes (a speech act
the sentence says did not happen, :mod:`storylens.nlp.quotes.cues`) and the outlet's verdicts
(:mod:`storylens.nlp.loaded_rules.verdicts`), which had each their own (round s35)."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

# The words that negate a verb they hang on, whatever dependency the parser gave them.
NEGATIONS = frozenset({"not", "never", "n't"})


def negation_of(verb: Token, *, reach: Optional[int] = None) -> Optional[Token]:
    """The verb's own negation: a child the parser marks ``neg`` or one of :data:`NEGATIONS`.
    With ``reach``, only one standing at most that many words before the verb and not "not
    only" ("not only said it" says it): a "not" after the verb or far from it belongs to another
    clause the parser hung on it ("“... Probably not,” she said")."""
    for child in verb.children:
        if child.dep_ != "neg" and child.lower_ not in NEGATIONS:
            continue
        if reach is None:
            return child
        if 0 < verb.i - child.i <= reach and child.nbor(1).lower_ != "only":
            return child
    return None
