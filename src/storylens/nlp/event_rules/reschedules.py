"""An act told in the past that sets a later time ("The exam was postponed until next month"),
issue 19, round s41.

"until next month" bounds a period; it dates no happening on that day, and before this round the
sentence made no entry at all. But the verb is in the past: the postponing (closing, suspending,
...) took place by the time of the report, and it is the happening the sentence tells. It is
dated by the article's day (the latest it can have happened), and the new time stays what it
was: a bound, or a deadline ahead when it names a day. Read from the parse: the verb the bound
hangs from, its tense and aspect, and whether it asserts an act rather than a state
(a verb with a complement that describes its subject, "remained closed", is a state)."""

from __future__ import annotations

import re

from spacy.tokens import Token

UNTIL = re.compile(r"\b(?:until|till|to|into)\s+(?:the\s+)?$", re.IGNORECASE)


def sets_a_later_time(verb: Token | None, text_before: str, value: str, published: str | None) -> bool:
    """``verb`` (the predicate a time phrase hangs from) is an act told in the past, and the
    phrase, after "until"/"to", is a time after the article's day."""
    if verb is None or verb.pos_ != "VERB" or published is None or len(published) < 10:
        return False
    if not UNTIL.search(text_before[-20:]) or value <= published[: len(value)]:
        return False
    if not told_as_done(verb):
        return False
    # "remained closed until May", "was free until June": a state told of the subject, no act
    return not any(c.dep_ in ("acomp", "attr", "oprd") for c in verb.children)


def told_as_done(verb: Token) -> bool:
    """A simple past ("postponed"), a passive or perfect with a past or present auxiliary ("was
    postponed", "has been postponed"): done by the time of the report. Not a future or a modal."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" or a.lower_ == "to" for a in auxiliaries):
        return False
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(a.tag_ in ("VBD", "VBZ", "VBP") for a in auxiliaries)


def goes_on_from(verb: Token) -> bool:
    """A perfect ("has been stranded", "have searched") or a progressive ("are searching"): what
    "since" a day tells began then and goes on (round s41)."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in auxiliaries):
        return False
    return any(a.lemma_ == "have" for a in auxiliaries) or (verb.tag_ == "VBG" and any(a.lemma_ == "be" for a in auxiliaries))
