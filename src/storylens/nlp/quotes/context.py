"""What the sentence around a candidate says about it: the inputs of the stacker (:mod:`.stacker`).

The linear scorer weighs each candidate by its cue word, relation and content shape; it cannot see
who holds the view in the sentence (a named person, an organisation, the writer), whether the
sentence is a quotation's frame, where it stands in its paragraph, or whether another cue of the
sentence competes for the same content. These are read here from the parse, one row per
candidate, as categories and numbers; with the MiniLM vector of the candidate's sentence they go
to a small gradient-boosted model that reweighs the linear score.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np
from spacy.tokens import Doc, Token

from storylens.nlp.doc_index import doc_sentences, doc_text, sentence_of
from storylens.nlp.quotes.arguments import Candidate, subject_of
from storylens.nlp.quotes.cues import is_cue, states_a_view

# Category columns, in this order (their values are strings; the stacker codes them).
CATEGORIES = ("relation", "cue_pos", "cue_dep", "cue_tag", "argument_pos", "argument_entity", "subject_kind", "head_pos")
# Number columns, in this order.
NUMBERS = (
    "content_words",
    "content_after_cue",
    "gap",
    "cue_depth",
    "subject_named",
    "subject_in_quote",
    "cue_is_reporting_verb",
    "cue_states_view",
    "reporting_verb_above",
    "reporting_verbs_in_sentence",
    "sentence_has_quote_marks",
    "content_quoted_share",
    "cue_quoted",
    "sentence_in_paragraph",
    "paragraph_in_document",
    "sentence_words",
    "negated",
    "modal",
    "candidates_of_cue",
)
NAMED_TYPES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
MODALS = frozenset({"can", "could", "may", "might", "must", "should", "would", "will", "'ll", "shall"})
QUOTE_CHARACTERS = frozenset("\"“”«»")


def _subject_kind(subject: Token | None) -> str:
    if subject is None:
        return "none"
    if subject.pos_ == "PRON":
        return "pron:" + subject.lower_
    if subject.tag_ in ("WP", "WDT"):
        return "relative"
    if subject.ent_type_:
        return "entity:" + subject.ent_type_
    return subject.pos_.lower()


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i and depth < 20:
        token = token.head
        depth += 1
    return depth


def _reporting_verb_above(cue: Token) -> bool:
    """The cue sits inside what another cue reports ("X said that Y claimed ...")."""
    return any(is_cue(a) for a in cue.ancestors)


def _paragraph_positions(doc: Doc) -> dict[int, tuple[int, int]]:
    """Per sentence start: (its index in its paragraph, its paragraph's index in the Doc); a
    paragraph ends at a line break."""
    out: dict[int, tuple[int, int]] = {}
    paragraph, in_paragraph, last_end = 0, 0, 0
    text = doc_text(doc)
    for sentence in doc_sentences(doc):
        words = [t for t in sentence if not t.is_space]
        start = words[0].idx if words else sentence.start_char
        if "\n" in text[last_end:start]:
            paragraph += 1
            in_paragraph = 0
        out[sentence.start] = (in_paragraph, paragraph)
        in_paragraph += 1
        last_end = words[-1].idx + len(words[-1]) if words else sentence.end_char
    return out


def context_rows(
    doc: Doc, found: Sequence[Candidate], in_quote: set[int] | frozenset[int]
) -> tuple[list[list[str]], np.ndarray]:
    """(category values, numbers) per candidate, columns as CATEGORIES and NUMBERS."""
    positions = _paragraph_positions(doc)
    per_cue: dict[int, int] = {}
    for candidate in found:
        per_cue[candidate.cue.i] = per_cue.get(candidate.cue.i, 0) + 1
    sentence_facts: dict[int, tuple[int, bool, int]] = {}
    categories, numbers = [], np.zeros((len(found), len(NUMBERS)), dtype=np.float32)
    for row, candidate in enumerate(found):
        cue, argument = candidate.cue, candidate.argument
        sentence = sentence_of(doc, cue.i)
        if sentence.start not in sentence_facts:
            sentence_facts[sentence.start] = (
                sum(1 for t in sentence if is_cue(t)),
                any(t.i in in_quote for t in sentence) or any(c in QUOTE_CHARACTERS for c in sentence.text),
                sum(1 for t in sentence if t.is_alpha),
            )
        cues_in_sentence, has_marks, sentence_words = sentence_facts[sentence.start]
        subject = subject_of(cue)
        start, end = candidate.content
        in_paragraph, paragraph = positions.get(sentence.start, (0, 0))
        categories.append(
            [
                candidate.relation if not candidate.relation.startswith("prep:") else "prep",
                cue.pos_,
                cue.dep_,
                cue.tag_,
                argument.pos_ if argument is not None else "none",
                (argument.ent_type_ or "-") if argument is not None else "none",
                _subject_kind(subject),
                cue.head.pos_ if cue.head.i != cue.i else "root",
            ]
        )
        numbers[row] = (
            sum(1 for t in doc[start:end] if t.is_alpha or t.like_num),
            float(start > cue.i),
            (start - cue.i) if start > cue.i else (cue.i - end),
            _depth(cue),
            float(subject is not None and (subject.ent_type_ in NAMED_TYPES or subject.pos_ == "PROPN")),
            float(subject is not None and subject.i in in_quote),
            float(is_cue(cue)),
            float(states_a_view(cue)),
            float(_reporting_verb_above(cue)),
            cues_in_sentence,
            float(has_marks),
            sum(1 for i in range(start, end) if i in in_quote) / max(1, end - start),
            float(cue.i in in_quote),
            in_paragraph,
            paragraph,
            sentence_words,
            float(any(c.dep_ == "neg" for c in cue.children)),
            float(any(c.dep_ == "aux" and c.lower_ in MODALS for c in cue.children)),
            per_cue[cue.i],
        )
    return categories, numbers


def sentence_texts(found: Sequence[Candidate]) -> tuple[list[str], list[int]]:
    """The distinct sentences of the candidates' cues (to embed in one batch) and, per candidate,
    the index of its sentence among them."""
    index: dict[int, int] = {}
    texts: list[str] = []
    rows = []
    for candidate in found:
        sentence = sentence_of(candidate.cue.doc, candidate.cue.i)
        if sentence.start not in index:
            index[sentence.start] = len(texts)
            texts.append(sentence.text.strip())
        rows.append(index[sentence.start])
    return texts, rows
