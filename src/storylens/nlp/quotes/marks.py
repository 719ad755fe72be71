"""Quoted passages found from the quotation marks of a text alone (no parse).

News text is messy: curly and straight marks mixed, single quotes nested inside double ones,
a quote running over several paragraphs where every paragraph opens with a mark and only the
last one closes, and now and then an opening mark lost in editing. This scanner pairs the marks
paragraph by paragraph and reports each passage with its character offsets (marks included);
deciding whether a passage is somebody’s words is the job of :mod:`storylens.nlp.quotes.finder`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from storylens.nlp.doc_index import doc_text

DOUBLE_OPEN = frozenset("“„«")
DOUBLE_CLOSE = frozenset("”»")
STRAIGHT = '"'
SINGLE_OPEN = "‘"
SINGLE_CLOSE = "’"
# The typed apostrophe, which British-style copy uses for its quotation marks ('We will not,' she
# said) as well as for elisions and possessives ("don't", "the players' union").
STRAIGHT_SINGLE = "'"
# Before a straight single mark that closes a quote: the quote's last punctuation ('...,' she said).
_CLOSING_PUNCT = frozenset(",.!?;:")
# A straight mark after one of these opens a quote ('said: "We', '("We'), before them it closes.
_OPENING_CONTEXT = frozenset(" \t\n\u00a0([{—–-:")


@dataclass(frozen=True)
class QuotedPassage:
    start: int  # the opening mark, or where the words start when it is missing
    end: int  # after the closing mark, or the end of the paragraph when that is missing
    has_open: bool = True
    has_close: bool = True


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: blank-line separated when the text uses blank lines
    between paragraphs, else line separated (some sources put one paragraph per line)."""
    blank = re.compile(r"\n[ \t\u00a0]*\n\s*")
    separator = blank if len(blank.findall(text)) >= 2 else re.compile(r"\n\s*")
    spans, start = [], 0
    for match in separator.finditer(text):
        if match.start() > start:
            spans.append((start, match.start()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _opens_straight(text: str, i: int) -> bool:
    return i == 0 or text[i - 1] in _OPENING_CONTEXT


def _opens_single(text: str, i: int) -> bool:
    after_opening = i == 0 or text[i - 1] in _OPENING_CONTEXT or text[i - 1] in DOUBLE_OPEN
    if text[i] == STRAIGHT_SINGLE:
        # A typed mark opens a quote only before a word: "'90s" and "'em" open nothing that
        # closes, since a closing mark needs the quote's own punctuation before it.
        return after_opening and i + 1 < len(text) and text[i + 1].isalpha() and text[i + 1].isupper()
    return text[i] == SINGLE_OPEN and after_opening


def _closes_single(text: str, i: int, opened_with: str) -> bool:
    # "don’t" and "Russia’s" are apostrophes: a closing mark is not followed by a letter.
    if opened_with == STRAIGHT_SINGLE:
        # "the players' union" is a possessive: a typed mark closes after the quote's own
        # punctuation ('...,' she said) or at the end of its paragraph.
        return (
            text[i] == STRAIGHT_SINGLE
            and text[i - 1] in _CLOSING_PUNCT
            and (i + 1 == len(text) or not text[i + 1].isalnum())
        )
    return text[i] == SINGLE_CLOSE and (i + 1 == len(text) or not text[i + 1].isalnum())


def _scan_paragraph(
    text: str, start: int, end: int, open_at: int | None
) -> tuple[list[QuotedPassage], int | None]:
    """Passages closing inside text[start:end] (``open_at``: a quote still open from the paragraph
    before), plus where a quote still open at the paragraph's end opened."""
    passages: list[QuotedPassage] = []
    depth = 0  # curly quotes nested inside the open one ("[affectionate for “Evgeny”]")
    single_at: int | None = None
    straight_open = False  # a straight-marked quote nested inside the open curly one
    for i in range(start, end):
        ch = text[i]
        if open_at is None:
            if ch in DOUBLE_OPEN or (ch == STRAIGHT and _opens_straight(text, i)):
                open_at, single_at, depth, straight_open = i, None, 0, False
            elif ch in DOUBLE_CLOSE or ch == STRAIGHT:
                # A closing mark with no opening one: the opening mark went missing.
                passages.append(QuotedPassage(start, i + 1, has_open=False))
            elif single_at is None and _opens_single(text, i):
                single_at = i
            elif single_at is not None and _closes_single(text, i, text[single_at]):
                passages.append(QuotedPassage(single_at, i + 1))
                single_at = None
        elif text[open_at] == STRAIGHT:
            # Mixed marks ("...” opened straight, closed curly) close all the same.
            if ch == STRAIGHT or ch in DOUBLE_CLOSE:
                passages.append(QuotedPassage(open_at, i + 1))
                open_at = None
        elif ch in DOUBLE_OPEN:
            depth += 1
        elif ch == STRAIGHT:
            # A straight mark inside a curly quote opens a nested quote ('“He called it "nonsense"')
            # or, after a word, closes the curly one (“...forward.").
            if straight_open:
                straight_open = False
            elif _opens_straight(text, i):
                straight_open = True
            elif not depth:
                passages.append(QuotedPassage(open_at, i + 1))
                open_at = None
        elif ch in DOUBLE_CLOSE:
            if depth:
                depth -= 1
            else:
                passages.append(QuotedPassage(open_at, i + 1))
                open_at = None
    return passages, open_at


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def find_quoted_passages(text: str) -> list[QuotedPassage]:
    """Every quoted passage of ``text``, in order; see the module docstring for what is tolerated."""
    # Typewriter-style marks (``...'' and ''...'') stand for a double quotation mark; a
    # same-length stand-in keeps every offset valid.
    text = text.replace("``", ' "').replace("''", '" ')
    found: list[QuotedPassage] = []
    carried: int | None = None  # opening of a quote still open when its paragraph ended
    previous_end = 0
    for p_start, p_end in paragraphs(text):
        first = p_start
        if carried is not None:
            if text[p_start] in DOUBLE_OPEN or text[p_start] == STRAIGHT:
                first = p_start + 1  # the continuation mark of a multi-paragraph quote
            else:
                # The next paragraph does not continue it: the closing mark went missing.
                found.append(QuotedPassage(carried, _trim_end(text, carried, previous_end), has_close=False))
                carried = None
        passages, carried = _scan_paragraph(text, first, p_end, carried)
        found.extend(passages)
        previous_end = p_end
    if carried is not None:
        found.append(QuotedPassage(carried, _trim_end(text, carried, len(text)), has_close=False))
    return sorted(found, key=lambda p: p.start)


def quoted_tokens(doc) -> set[int]:
    """Indices of the tokens of a parsed Doc that lie inside a quoted passage."""
    inside: set[int] = set()
    for passage in find_quoted_passages(doc_text(doc)):
        span = doc.char_span(passage.start, passage.end, alignment_mode="expand")
        if span is not None:
            inside.update(range(span.start, span.end))
    return inside
