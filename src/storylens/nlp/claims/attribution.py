"""Who says a predication is true, and through which cue.

In order: the subject of the reporting verb whose content it is ("X said that P"; for a
participle with no subject of its own, "..., saying P", the subject of the clause it hangs
from); an "according to X" in the sentence; the speaker the quotes component found for the
quotation the clause sits in. The writer's own first person is not a speaker.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Span as SpacySpan

from storylens.nlp.claims.adjuncts import accuser_of
from storylens.nlp.claims.clauses import Predication, noun_phrase, subject_of
from storylens.nlp.doc_index import doc_text

UNNAMED_SPEAKER = "a quoted speaker"  # a quotation whose speaker the article does not name

OPENING_QUOTES = "“«"
CLOSING_QUOTES = "”»"
FIRST_PERSON = {"i", "we", "us", "our", "my", "me"}


def inside_quotation(doc: Doc, start: int) -> bool:
    """Whether character ``start`` lies inside an open quotation of its paragraph."""
    paragraph_start = doc_text(doc).rfind("\n", 0, start) + 1
    before = doc_text(doc)[paragraph_start:start]
    curly = sum(before.count(q) for q in OPENING_QUOTES) - sum(before.count(q) for q in CLOSING_QUOTES)
    return curly > 0 or before.count('"') % 2 == 1


def _according_to(sentence: SpacySpan) -> Optional[str]:
    for token in sentence:
        if token.lower_ == "according" and token.i + 1 < sentence.end and token.nbor(1).lower_ == "to":
            objects = [c for c in token.nbor(1).children if c.dep_ == "pobj"]
            if objects:
                subtree = list(objects[0].subtree)
                return token.doc[subtree[0].i:subtree[-1].i + 1].text
    return None


def _quote_speaker(doc: Doc, start: int) -> Optional[str]:
    for quote in doc._.quotes or []:
        # indirect speech is attributed through its reporting verb; a quotation by its marks
        if quote.kind != "indirect" and quote.span.start <= start < quote.span.end and quote.speaker_text:
            return quote.speaker_text
    return None


def attribution_of(unit: Predication, sentence: SpacySpan, quoted: bool) -> tuple[Optional[str], Optional[str]]:
    """(speaker, cue) of a predication, or (None, None) when it is the writer's own statement."""
    if unit.reporter is not None and unit.core is not None and (unit.kind == "accused" or unit.reporter.pos_ in ("NOUN", "PROPN")):
        # what an accusation says someone did is the accuser's word, not the writer's
        accuser = accuser_of(unit.reporter)
        speaker = noun_phrase(accuser) if accuser is not None else None
        return speaker, unit.reporter.lemma_.lower()
    if unit.reporter is not None:
        speaker = subject_of(unit.reporter)
        if speaker and speaker.lower() not in FIRST_PERSON:
            return speaker, unit.reporter.lemma_.lower()
    according = _according_to(sentence)
    if according:
        return according, "according to"
    doc = sentence.doc
    start = unit.tokens[0].idx
    if quoted:
        return _quote_speaker(doc, start) or UNNAMED_SPEAKER, "quotation"
    return None, None
