"""What spaCy rebuilds from every token on each read, built once per Doc and looked up.

``Doc.text`` joins every token, ``Doc.ents`` makes a Span per entity from every token, and
``Doc.sents`` walks every token, each time they are read. A component that reads them once per
entity, clause or candidate does work that grows with the square of the article's length (a
100,000-character article took minutes, most of it in ``Doc.text`` and ``Doc.ents``). The
components read them here instead: each is built on first use and kept for the Doc's life.

What is kept, and when it is rebuilt:
- the text never changes once a Doc is made (retokenizing keeps it);
- entities and sentences are read after the parser and ``storylens_entity_fixes``, the last
  step that sets them; whatever sets ``doc.ents`` or sentence starts later calls :func:`forget`.
  A Doc whose number of tokens changed (retokenized) is indexed anew.

The index is held by a weak reference to the Doc, so it goes with it and is never serialised
with ``doc.user_data``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Optional
from weakref import WeakKeyDictionary

from spacy.tokens import Doc, Span


class _Index:
    __slots__ = ("length", "text", "entities", "entity_starts", "sentences", "sentence_starts")

    def __init__(self, doc: Doc) -> None:
        self.length = len(doc)
        self.text: Optional[str] = None
        self.entities: Optional[tuple[Span, ...]] = None
        self.entity_starts: list[int] = []
        self.sentences: Optional[tuple[Span, ...]] = None
        self.sentence_starts: list[int] = []


_indexes: WeakKeyDictionary = WeakKeyDictionary()


def _index(doc: Doc) -> _Index:
    index = _indexes.get(doc)
    if index is None or index.length != len(doc):
        index = _indexes[doc] = _Index(doc)
    return index


def forget(doc: Doc) -> None:
    """Drop what was kept of ``doc``'s entities and sentences (after they were set anew)."""
    index = _indexes.get(doc)
    if index is not None:
        index.entities = index.sentences = None


def doc_text(doc: Doc) -> str:
    """``doc.text``."""
    index = _index(doc)
    if index.text is None:
        index.text = doc.text
    return index.text


def doc_entities(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, in text order."""
    index = _index(doc)
    if index.entities is None:
        index.entities = tuple(doc.ents)
        index.entity_starts = [e.start for e in index.entities]
    return index.entities


def entities_overlapping(doc: Doc, start: int, end: int) -> tuple[Span, ...]:
    """The entities with a token in ``doc[start:end]``, in text order."""
    entities = doc_entities(doc)
    starts = _index(doc).entity_starts
    # Entities do not overlap, so the one before the first that starts in range may reach into it.
    first = bisect_left(starts, start)
    if first > 0 and entities[first - 1].end > start:
        first -= 1
    return entities[first : bisect_left(starts, end, lo=first)]


def entity_at(doc: Doc, i: int) -> Optional[Span]:
    """The entity that holds token ``i``, if any."""
    entities = doc_entities(doc)
    n = bisect_right(_index(doc).entity_starts, i) - 1
    return entities[n] if n >= 0 and i < entities[n].end else None


def doc_sentences(doc: Doc) -> tuple[Span, ...]:
    """``doc.sents``."""
    index = _index(doc)
    if index.sentences is None:
        index.sentences = tuple(doc.sents)
        index.sentence_starts = [s.start for s in index.sentences]
    return index.sentences


def sentence_of(doc: Doc, i: int) -> Span:
    """``doc[i].sent``: the sentence that holds token ``i``."""
    sentences = doc_sentences(doc)
    return sentences[bisect_right(_index(doc).sentence_starts, i) - 1]
