"""A background state is no happening (round s40): "the Kelsey prison held 900 inmates last
week", "the plant employed 300 people last year" tell how things stood over a period, not
something that took place on a day. Read from the verb's aspect in WordNet and the parse: the
verb's most frequent sense is a state (WordNet's ``verb.stative``: hold = keep.v.01, house,
contain, number; not ``verb.possession``, where "lose", "buy" and "sell" are acts: "the colliery
lost four men in 2011" is a happening), its object is a measured amount (a noun
counted by a number: "900 inmates"), and the time is a period (a week, a month, a year), not a
day. "Police held two suspects on Monday" (a day) stays a happening, and so does "analysed the
samples last week" (an act)."""

from __future__ import annotations

from spacy.tokens import Token

from storylens.nlp.wordnet import first_sense

STATE_FILES = frozenset({"verb.stative"})
DAY_LENGTH = len("2031-03-18")


def is_background_state(trigger: Token, value: str | None) -> bool:
    if value is None or len(value) >= DAY_LENGTH:
        return False  # a day: what was so that day is told as a happening of it
    sense = first_sense(trigger.lemma_.lower(), "v")
    if sense is None or sense.lexname() not in STATE_FILES:
        return False
    return any(_measured(child) for child in trigger.children if child.dep_ in ("dobj", "obj", "attr"))


def _measured(noun: Token) -> bool:
    """"900 inmates", "some 300 people": a noun counted by a number."""
    return any(child.dep_ == "nummod" or child.like_num for child in noun.children if child.i < noun.i)
