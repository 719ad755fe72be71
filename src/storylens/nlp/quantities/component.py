"""The ``storylens_quantities`` spaCy component: every step in order, then records for ``doc._.quantities``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from storylens.nlp import extensions
from storylens.nlp.doc_index import doc_sentences
from storylens.nlp.quantities.additions import apply_minus, missed_money, missed_numbers, vague_amounts
from storylens.nlp.quantities.exclusions import is_excluded
from storylens.nlp.quantities.found import FoundQuantity, text_of
from storylens.nlp.quantities.reading import for_parser, read_parsed
from storylens.nlp.quantities.units import normalise
from storylens.nlp.quantities.wording import (age_of, bound_of, counted_noun, merge_ranges, name_bare_number,
                                              rate_of_money, unit_word_after)
from storylens.records import Quantity, Span


def find_quantities(doc: Doc) -> list[FoundQuantity]:
    """Quantities of a parsed Doc, in text order, with character offsets into ``text_of(doc)``."""
    from quantulum3 import parser  # imported late: it loads its unit tables and classifier

    found: list[FoundQuantity] = []
    for sentence in doc_sentences(doc):
        offset = sentence.start_char
        for parsed in parser.parse(for_parser(sentence.text)):
            item = read_parsed(doc, parsed, offset)
            if item is not None and not is_excluded(doc, item):
                found.append(item)
        found.extend(missed_money(doc, sentence, found))
        found.extend(vague_amounts(doc, sentence, found))
        found.extend(missed_numbers(doc, sentence, found))
    found.sort(key=lambda q: q.start)
    for item in found:
        apply_minus(text_of(doc), item)
        if item.unit_name == "dimensionless":
            unit_word_after(doc, item)
    found = merge_ranges(text_of(doc), found)
    for item in found:
        item.bound = bound_of(text_of(doc), item)
        if item.unit_name == "dimensionless":
            name_bare_number(doc, item)
        elif item.entity == "dimensionless":
            item.counted, item.counted_phrase = counted_noun(doc, item)
        if item.entity == "currency":
            rate_of_money(doc, item)
        age_of(text_of(doc), item)
    return found


def to_record(doc: Doc, item: FoundQuantity) -> Quantity:
    value, unit = normalise(item.value, item.unit_name, item.entity, item.currency_code)
    surface_unit = item.counted if unit == "count" else item.unit_name
    return Quantity(
        span=Span.of(doc._.article_id or "", text_of(doc), item.start, item.end),
        value=value,
        unit=unit,
        bound=item.bound,
        change=item.change,
        surface_unit=surface_unit,
    )


@Language.component("storylens_quantities", assigns=["doc._.quantities"])
def quantities_component(doc: Doc) -> Doc:
    records = extensions.doc_list(doc, "quantities")
    records.extend(to_record(doc, item) for item in find_quantities(doc))
    return doc
