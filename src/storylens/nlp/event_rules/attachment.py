"""Which verb a time phrase at the end of a relative clause dates (issue 19, round s41).

The parser hangs a time phrase from the nearest verb before it. At the end of a relative clause
that verb is often the clause's own ("Police arrested a man who works at the plant yesterday":
"yesterday" hangs from "works"). A verb in the simple present with no auxiliary tells a state or
a habit, which no single past day dates; when the clause describes what a verb in the past acted
on, the time phrase closes the main clause and dates that verb (the arrest). Read from the
parse: the relative clause's verb, its tense and the tense of the verb its noun belongs to."""

from __future__ import annotations

from spacy.tokens import Token

PRESENT_TAGS = frozenset({"VBZ", "VBP"})
STEPS_TO_THE_VERB = 3  # noun -> (pobj ->) prep -> verb


def out_of_a_relative_clause(word: Token, verb: Token) -> Token | None:
    """The past verb a time phrase (``word``, hung from ``verb`` by the parse) dates, when
    ``verb`` is a relative clause's present state and the phrase ends that clause; else None."""
    if verb.dep_ != "relcl" or verb.tag_ not in PRESENT_TAGS or word.i < verb.i:
        return None
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
        return None  # "who has worked there since May", "who will fly out on Friday"
    if word.right_edge.i != verb.right_edge.i:
        return None  # the phrase stands inside the clause, not at its end
    token = verb.head  # the noun the clause describes
    for _ in range(STEPS_TO_THE_VERB):
        if token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token if _told_in_the_past(token) else None
    return None


def _told_in_the_past(verb: Token) -> bool:
    if verb.tag_ == "VBD":
        return True
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBN" and any(a.tag_ == "VBD" for a in auxiliaries)
