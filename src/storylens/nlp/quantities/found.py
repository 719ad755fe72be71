"""The record a quantity is read into before unit normalisation, and the Doc helpers every step shares."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Union

from spacy.tokens import Doc, Span as SpacySpan

from storylens.nlp.doc_index import doc_text


Value = Union[float, list[float]]


CHANGE_OF_BOUND = {"exact": "=", "range": "=", "lower": ">", "upper": "<", "approx": "~"}


@dataclass
class FoundQuantity:
    """A quantity as written (value in the surface unit), before unit normalisation."""

    start: int
    end: int
    value: Value
    unit_name: str  # quantulum3 unit name, "dimensionless" for bare numbers
    entity: str  # quantulum3 entity: length, currency, dimensionless, ...
    bound: str = "exact"
    currency_code: Optional[str] = None
    counted: Optional[str] = None  # lemma of the noun a bare number counts
    counted_phrase: Optional[str] = None  # with its modifiers: "heart transplant", "european country"

    @property
    def change(self) -> str:
        return CHANGE_OF_BOUND[self.bound]


def tokens_of(doc: Doc, item: FoundQuantity) -> SpacySpan:
    return doc.char_span(item.start, item.end, alignment_mode="expand")


def text_of(doc: Doc) -> str:
    """``doc.text``, which spaCy rebuilds from every token on each access: read once per Doc."""
    return doc_text(doc)


# Wording right before a number -> bound. Longest cues first, so "no more than" beats "more than".
BOUND_CUES: list[tuple[str, str]] = sorted(
    [
        *((cue, "lower") for cue in ("at least", "over", "more than", "above", "in excess of", "upwards of",
                                     "greater than", "no less than", "no fewer than", "exceeding", "over than",
                                     "at minimum", "north of")),
        *((cue, "upper") for cue in ("almost", "nearly", "up to", "under", "less than", "fewer than", "below",
                                     "at most", "no more than", "just under", "not quite", "shy of", "as many as",
                                     "as much as", "close to")),
        *((cue, "approx") for cue in ("about", "around", "approximately", "roughly", "an estimated", "estimated",
                                      "some", "circa", "approx.", "an approximate", "more or less", "~",
                                      "or so")),
    ],
    key=lambda pair: -len(pair[0]),
)
