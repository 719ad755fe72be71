"""The Doc index: spaCy's own answers, built once per Doc, and the only way components read them."""

from __future__ import annotations

import ast
from pathlib import Path

import storylens.nlp
from storylens.nlp.doc_index import (
    doc_entities,
    doc_sentences,
    doc_text,
    entities_overlapping,
    entity_at,
    forget,
    sentence_of,
)

TEXT = (
    "Harbour Strike Ends in Corvel\n"
    "Dockers of the Corvel Port Workers Union returned to work on Friday.\n\n"
    "The union's leader, Mara Tessin, said the deal with Estran Shipping raised pay by 6 percent. "
    "Talks had stalled in Lisbane for two weeks, according to the port authority.\n\n"
    "Ships waiting off Corvel began to dock on Saturday morning."
)


def _ents(spans) -> list[tuple[int, int, str]]:
    return [(e.start, e.end, e.label_) for e in spans]


def test_the_index_answers_as_spacy_does(nlp):
    doc = nlp(TEXT)
    assert doc_text(doc) == doc.text
    assert _ents(doc_entities(doc)) == _ents(doc.ents) and len(doc.ents) >= 4
    assert [(s.start, s.end) for s in doc_sentences(doc)] == [(s.start, s.end) for s in doc.sents]
    for token in doc:
        assert (sentence_of(doc, token.i).start, sentence_of(doc, token.i).end) == (token.sent.start, token.sent.end)
        holder = [e for e in doc.ents if e.start <= token.i < e.end]
        assert _ents([entity_at(doc, token.i)] if entity_at(doc, token.i) else []) == _ents(holder)
    for start in range(len(doc)):
        for end in range(start, min(len(doc), start + 12) + 1):
            overlapping = [e for e in doc.ents if e.start < end and start < e.end]
            assert _ents(entities_overlapping(doc, start, end)) == _ents(overlapping)


def test_each_part_is_built_once_per_doc(nlp):
    doc, other = nlp(TEXT), nlp(TEXT)
    assert doc_text(doc) is doc_text(doc)
    assert doc_entities(doc) is doc_entities(doc)
    assert doc_sentences(doc) is doc_sentences(doc)
    assert doc_entities(other) is not doc_entities(doc)


def test_entities_set_anew_are_read_after_forget(nlp):
    doc = nlp(TEXT)
    assert doc_entities(doc)
    doc.ents = []
    forget(doc)
    assert doc_entities(doc) == () and entity_at(doc, 0) is None


def test_a_retokenized_doc_is_indexed_anew(nlp):
    doc = nlp(TEXT)
    doc_sentences(doc)
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:2])
    assert doc_text(doc) == doc.text
    for token in doc:
        assert sentence_of(doc, token.i).start == token.sent.start


def _whole_doc_reads(path: Path) -> list[str]:
    """Reads of ``<...>doc.text``, ``.ents`` or ``.sents``: each walks every token of the Doc."""
    found = []
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Attribute) and node.attr in ("text", "ents", "sents") and isinstance(node.ctx, ast.Load):
            owner = node.value
            if (isinstance(owner, ast.Name) and owner.id == "doc") or (isinstance(owner, ast.Attribute) and owner.attr == "doc"):
                found.append(f"{path.name}:{node.lineno} .{node.attr}")
    return found


def test_components_read_the_whole_doc_through_the_index():
    """Read per entity, clause or candidate, Doc.text, Doc.ents and Doc.sents make the analysis of
    one article grow with the square of its length; the components read them from the index."""
    package = Path(storylens.nlp.__file__).parent
    reads = [r for path in sorted(package.rglob("*.py")) if path.name != "doc_index.py" for r in _whole_doc_reads(path)]
    assert reads == []
