"""Sentence starts from the layout of news text, preset before the parser (which respects them).

The parser alone runs a headline into the photo caption or first paragraph below it, because
headlines and captions end without punctuation. Layout tells us more than the parse:

- a blank line starts a new sentence, unless the next word is lower-case (one seed breaks a
  sentence with a blank line: "... after Prigozhin\\n\\npublished ...");
- a single line break after a line without sentence-final punctuation starts a new sentence
  when the next line starts with a capital (a headline, a caption) — except in hard-wrapped
  text, where most line breaks fall inside sentences and a capital is often just a name;
- a single line break followed by a lower-case word never starts a sentence;
- the full stop of "a.m."/"p.m." after a clock time also ends the sentence when a capitalised
  word follows that cannot go on from a clock time (a day, a month, a time zone can: "at 6 a.m.
  Monday", "6 a.m. GMT", "9 a.m. Eastern time"): "The dam gave way at 6 a.m. Rescuers reached
  the village ..." is two sentences (round s33; the parser ran them into one).
- a typewriter quotation mark that opens a quotation right after a sentence's end ("... for tax
  lawyers. ''There's a lot ...'' said Mr. Burman"): spaced from the full stop before it and glued
  to the word after it, it starts the next sentence. The parser leaves the typewriter mark ('')
  at the end of the sentence before, which cut the quotation from its cue (round s36).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Token

from storylens.nlp.timex_rules.base import MONTH, WEEKDAY

SENTENCE_FINAL = frozenset('.!?…"”’»)')
# A line that ends with one of these continues on the next line ("... visit", "... and").
CONTINUING = frozenset(",;:-–—(/&")
CONTINUING_WORDS = frozenset("a an the of and or but to in on at by for with from as that which who".split())


def _next_word(doc: Doc, i: int) -> Token | None:
    while i < len(doc) and doc[i].is_space:
        i += 1
    return doc[i] if i < len(doc) else None


def _is_lower_start(token: Token) -> bool:
    first = next((c for c in token.text if c.isalpha()), "")
    return first.islower()


def _is_hard_wrapped(doc: Doc) -> bool:
    """Most single line breaks fall inside sentences: the text was wrapped at a fixed width."""
    breaks = inside = 0
    for i, token in enumerate(doc):
        if token.is_space and token.text.count("\n") == 1 and i > 0 and i + 1 < len(doc):
            breaks += 1
            if doc[i - 1].text[-1] not in SENTENCE_FINAL:
                inside += 1
    return breaks >= 4 and inside / breaks > 0.5


def _line_break_starts_sentence(doc: Doc, space: Token, nxt: Token, *, wrapped: bool) -> bool | None:
    """True/False to preset the start of ``nxt``; None to leave it to the parser."""
    if _is_lower_start(nxt):
        return False
    if space.text.count("\n") >= 2:
        return True
    prev = doc[space.i - 1] if space.i > 0 else None
    if prev is None:
        return True
    if prev.text[-1] in SENTENCE_FINAL:
        return True
    if wrapped or prev.text[-1] in CONTINUING or prev.lower_ in CONTINUING_WORDS:
        return None
    return True


CLOCK_ABBREVIATION = frozenset({"a.m.", "p.m."})
# Words that go on from a clock time inside its sentence: a day or a month ("6 a.m. Monday").
DAY_OR_MONTH = re.compile(rf"^(?:{WEEKDAY}|{MONTH})$")


def _ends_at_a_clock_time(doc: Doc, token: Token) -> bool:
    """``token`` opens a sentence after "... at 6 a.m.": the word before is "a.m."/"p.m." after a
    number, ``token`` is capitalised and not a day, a month or a time zone (all capitals, or a
    word followed by "time": "Eastern time")."""
    if token.i < 2 or doc[token.i - 1].lower_ not in CLOCK_ABBREVIATION or not doc[token.i - 2].like_num:
        return False
    if not token.text[:1].isupper() or token.is_upper or DAY_OR_MONTH.match(token.text):
        return False
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if after is not None and after.lower_ == "time":
        return False
    # a sentence ends there only if it has a verb before the clock time: "At 5 a.m. Smith's
    # team arrived" is one sentence
    for before in reversed(doc[: token.i - 2]):
        if before.is_space and "\n" in before.text or before.text in (".", "!", "?"):
            return False
        if before.tag_.startswith("VB") or before.tag_ == "MD":
            return True
    return False


# Typewriter quotation marks that may open a quotation ('' stands for an opening mark as well
# as a closing one). The parser already starts a sentence at a straight or curly opening mark.
OPENING_MARKS = frozenset({"''", "``"})
SENTENCE_ENDS = frozenset(".!?")


def _opens_after_sentence_end(doc: Doc, token: Token) -> bool:
    """``token`` is a quotation mark that opens a quotation right after a sentence's end: the
    full stop before it is followed by a space, and the mark is glued to a word."""
    if token.text not in OPENING_MARKS or token.i == 0 or token.i + 1 >= len(doc) or token.whitespace_:
        return False
    before, after = doc[token.i - 1], doc[token.i + 1]
    return bool(before.whitespace_) and before.text in SENTENCE_ENDS and after.is_alpha


@Language.component("storylens_sentences", assigns=["token.is_sent_start"])
def preset_sentence_starts(doc: Doc) -> Doc:
    for token in doc:
        if _ends_at_a_clock_time(doc, token):
            token.is_sent_start = True
        if _opens_after_sentence_end(doc, token):
            token.is_sent_start = True
            doc[token.i + 1].is_sent_start = False
    wrapped = _is_hard_wrapped(doc)
    for token in doc:
        if not (token.is_space and "\n" in token.text) or token.i == 0:
            continue
        nxt = _next_word(doc, token.i + 1)
        if nxt is None:
            continue
        starts = _line_break_starts_sentence(doc, token, nxt, wrapped=wrapped)
        if starts is None:
            continue
        nxt.is_sent_start = starts
        # White space between the sentences stays with the one before it.
        for i in range(token.i, nxt.i):
            doc[i].is_sent_start = False
    return doc
