"""Names that belong to the page around the story rather than to it.

Ingest removes most boilerplate; what slips through reaches the entity recogniser as short
title-cased lines, which it happily tags: a credit "Photo: Government", a caption label "Ship
Photograph: Film/Agency", a navigation line "Select Page". Three layout facts recognise them:

- a credit label ("Photo", "Photograph", "Image", "Credit" ...) followed by a colon makes the
  rest of that line a credit (or, inside brackets, the rest of the brackets), and a name that ends in such a label is the label itself;
- a short line without final punctuation that opens with a verb's base form (one that is not
  also a noun, by the lemmatizer's tables) is a control of the page: what it names is no actor.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from storylens.nlp.doc_index import doc_text

Candidate = tuple[int, int, str]

NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
# Words with which pages label pictures and their sources.
CREDIT_LABELS = r"photo(?:graph)?s?|image|picture|credit|illustration|video|footage|file photo"
CREDIT_LINE = re.compile(r"\b(?:" + CREDIT_LABELS + r")\b\s*:", re.IGNORECASE)
CREDIT_WORD = re.compile(r"^(?:" + CREDIT_LABELS + r")$", re.IGNORECASE)
NAVIGATION_WORDS = 4  # a page control is a few words long


def _line_bounds(text: str, position: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return start, len(text) if end < 0 else end


def _after_credit_label(text: str, start_char: int) -> bool:
    """Whether a credit label's colon before ``start_char`` makes the name part of a credit: the
    rest of the line, or, for a credit in brackets ("Mara Holm (Photo: Nordwire), head of ..."),
    only what stands inside them, so the sentence around it keeps its names."""
    line_start, _ = _line_bounds(text, start_char)
    for m in CREDIT_LINE.finditer(text, line_start, start_char):
        if m.end() > start_char:
            continue
        opened = text[line_start : m.start()].rstrip()
        if opened.endswith(("(", "[")):
            close = text.find(")" if opened.endswith("(") else "]", m.end())
            if 0 <= close < start_char:
                continue  # the bracket closed before the name
        return True
    return False


def _is_navigation_line(doc: Doc, start: int, verbs) -> bool:
    """A short line without final punctuation that opens with a verb's base form which is no
    noun ("Select Page", "Subscribe Now", "Follow Us"): a control of the page. Verbs that are
    nouns too ("Attack", "Storm", "Share") may open a headline, so they do not count."""
    text = doc_text(doc)
    line_start, line_end = _line_bounds(text, doc[start].idx)
    words = text[line_start:line_end].split()
    if not words or len(words) > NAVIGATION_WORDS or words[-1][-1] in ".!?\"”’)":
        return False
    first = words[0].lower()
    return verbs.is_base(first) and first not in verbs.nouns


def drop_layout_names(doc: Doc, ents: list[Candidate], *, verbs=None) -> list[Candidate]:
    """Drop names that are credits, caption labels or page controls (see the module doc)."""
    text = doc_text(doc)
    out = []
    for start, end, label in ents:
        if label in NAME_LABELS:
            span = doc[start:end]
            if any(CREDIT_WORD.match(t.text) for t in span[1:]) or (
                len(span) == 1 and CREDIT_WORD.match(span.text)
            ):
                continue  # "Ship Photograph", "Photo"
            if _after_credit_label(text, span.start_char):
                continue  # "Photo: Government", "Image: Name/Agency"
            if verbs is not None and _is_navigation_line(doc, start, verbs):
                continue
        out.append((start, end, label))
    return out
