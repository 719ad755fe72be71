"""Spans the tagger marks that a journalist would not call loaded.

- **Names**: every content word is part of a named entity or a proper noun ("the Relief and
  Works Agency", "Port Alden"). A name is not name-calling, whatever its words.
- **Markup**: HTML or entity fragments ("<div class=", "&nbsp;") left in the text.
- **Plain words**: a short span (at most ``SHORT_SPAN`` content words) with no adjective and no
  word that the tagger's own learned weight calls loaded ("people died later": the score came
  from the context, and "died" is the plain word for it).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span as SpacySpan

from storylens.nlp.doc_index import doc_text
from storylens.nlp.propaganda_model import load_models

NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "VESSEL", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})
MARKUP = re.compile(r"[<>{}]|&[a-z]+;|&#\d+;|\b(?:href|src|class|style|div|span)\s*=|\bhttps?://", re.IGNORECASE)
SHORT_SPAN = 3
# The tagger's weight of a word's own identity feature ("w:brutal" 0.78, "w:died" -0.10): at
# least this much and the word itself, not its context, carries the span.
LOADED_WORD_WEIGHT = 0.2


def lexical_weight(word: str) -> float:
    """The tagger's learned weight for the word itself (0 for a word it never saw)."""
    tagger, _, _ = load_models()
    index = tagger.vocabulary.get("w:" + word.lower())
    return float(tagger.weights[0, index]) if index is not None else 0.0


def _is_name(token) -> bool:
    return token.ent_type_ in NAME_LABELS or token.pos_ == "PROPN"


def keeps_span(doc: Doc, start: int, end: int) -> bool:
    """Whether the span at characters [start, end) may be called loaded (see the module doc)."""
    span: SpacySpan | None = doc.char_span(start, end, alignment_mode="expand")
    if span is None or MARKUP.search(doc_text(doc)[start:end]):
        return False
    content = [t for t in span if t.is_alpha and not t.is_stop]
    words = [t for t in content if not _is_name(t)]
    if not words:
        return False
    if len(words) <= SHORT_SPAN:
        described = any(t.pos_ == "ADJ" for t in words)
        return described or any(lexical_weight(t.text) >= LOADED_WORD_WEIGHT for t in words)
    return True
