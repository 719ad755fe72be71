"""Quantities in news text: value, unit, bound and NewsQuant change (``doc._.quantities``).

quantulum3 finds numbers with their units (and scale words: "86 billion rubles"); this
component fixes what it gets wrong in news and adds what it does not record:
- drops years, days of the month, clock times, ordinals and numbers inside names;
- reads the bound from the wording before the number ("at least" lower, "almost" upper,
  "about" approximate) and keeps ranges ("5,000-6,000") as [low, high];
- reads a hyphenated duration ("11-minute") as time, not as minute of arc;
- names what a bare number counts ("25,000 mercenaries" -> count of "mercenary");
- adds numbers spaCy tags as NUM that quantulum3 skips ("one solution").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional, Union

from spacy.language import Language
from spacy.tokens import Doc, Span as SpacySpan, Token

from storylens.nlp import extensions
from storylens.nlp.quantity_units import normalise
from storylens.records import Quantity, Span

Value = Union[float, list[float]]

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
CHANGE_OF_BOUND = {"exact": "=", "range": "=", "lower": ">", "upper": "<", "approx": "~"}
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
NAME_ENTITIES = {"ORG", "PRODUCT", "PERSON", "FAC", "WORK_OF_ART", "LAW", "EVENT", "GPE", "NORP", "LOC"}
ORDINAL_WORDS = re.compile(r"^(\d+(st|nd|rd|th)|first|second|third|fifth|\w+(th|ieth))$", re.I)
CLOCK = re.compile(r"^\s*(a\.?m\.?|p\.?m\.?)\b", re.I)
# "m" and "k" stay units (metre, kilo-) unless money: "$5m" is handled by quantulum3 itself
SCALE_SUFFIX = re.compile(r"^\$?([\d.,]+)\s*(bn|mn|tn|trn)$", re.I)
SCALES = {"bn": 1e9, "mn": 1e6, "tn": 1e12, "trn": 1e12}


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

    @property
    def change(self) -> str:
        return CHANGE_OF_BOUND[self.bound]


def find_quantities(doc: Doc) -> list[FoundQuantity]:
    """Quantities of a parsed Doc, in text order, with character offsets into ``doc.text``."""
    from quantulum3 import parser  # imported late: it loads its unit tables and classifier

    found: list[FoundQuantity] = []
    for sentence in doc.sents:
        offset = sentence.start_char
        for parsed in parser.parse(sentence.text):
            item = _from_quantulum(doc, parsed, offset)
            if item is not None and not _is_excluded(doc, item):
                found.append(item)
        found.extend(_missed_numbers(doc, sentence, found))
    found.sort(key=lambda q: q.start)
    found = _merge_ranges(doc.text, found)
    for item in found:
        item.bound = _bound(doc.text, item)
        if item.entity == "dimensionless":
            item.counted = _counted_noun(doc, item)
    return found


def _from_quantulum(doc: Doc, parsed, offset: int) -> Optional[FoundQuantity]:
    start, end = parsed.span[0] + offset, parsed.span[1] + offset
    surface = doc.text[start:end]
    unit = parsed.unit
    name, entity, value = unit.name, unit.entity.name, float(parsed.value)
    if value < 0 and not re.search(r"-|−|minus", surface, re.I):
        value = -value  # "($7.5 million)": accounting brackets, not a negative amount
    if re.match(r"^an?\s", surface, re.I) and value == 1 and name != "dozen":
        return None  # "a year ago", "a bit": the article, not a number
    scaled = SCALE_SUFFIX.match(surface.strip())
    if scaled and entity not in ("currency",) and name != "dimensionless":
        # "4.2bn" is 4.2 billion, not 4.2 barn-newton; "$" before it stays money
        value = float(scaled.group(1).replace(",", "")) * SCALES[scaled.group(2).lower()]
        money = surface.strip().startswith("$")
        name, entity = ("dollar", "currency") if money else ("dimensionless", "dimensionless")
        currency = "USD" if money else None
        return FoundQuantity(start, end, value, name, entity, currency_code=currency)
    dimensions = unit.original_dimensions or []
    if len(dimensions) > 1 and " per " not in name and not name.startswith(("square ", "cubic ")):
        # quantulum3 glued words into a product of units ("dollar ampere-turn" from "$36,040 at")
        first = dimensions[0]
        if first.get("surface") in ("$", "€", "£", "¥") or entity == "currency":
            currency = _currency_of(first.get("base", ""))
            if currency:
                cut = end if surface.find(" ") < 0 else start + len(re.match(r"\S*\s?[\d.,]+(\s(million|billion|trillion))?", surface).group(0))
                return FoundQuantity(start, cut, value, first["base"], "currency", currency_code=currency)
        return None
    if dimensions and _unit_is_a_word(dimensions[0].get("surface", ""), surface):
        return None  # "2018 At ...", "2:55 PT", "5s": not units; the bare number is picked up later
    if entity == "angle" and name.endswith(" of arc") and not re.search(r"[°'′\"″]", surface):
        # "11-minute recording": news means time, arc minutes are written with symbols
        name, entity = name[: -len(" of arc")], "time"
    if name == "per cent":
        name, entity = "percentage", "dimensionless"
    if name == "dozen":  # "a dozen countries" counts twelve things
        name, entity, value = "dimensionless", "dimensionless", value * 12
    item = FoundQuantity(start, end, value, name, entity, currency_code=getattr(unit, "currency_code", None))
    if parsed.uncertainty and not re.search(r"±|\+/-", surface):
        item.value, item.bound = [value - parsed.uncertainty, value + parsed.uncertainty], "range"
    return item


CLOCK_WORDS = {"AM", "PM", "PT", "ET", "EST", "EDT", "PST", "PDT", "GMT", "BST", "CET", "UTC"}


def _unit_is_a_word(unit_surface: str, surface: str) -> bool:
    """Capitalised short words after a number are not unit symbols: "At", "PT", "AM"; nor is a plural "s"."""
    if unit_surface in CLOCK_WORDS:
        return True
    if len(unit_surface) == 2 and unit_surface[0].isupper() and unit_surface[1].islower() and " " in surface:
        return True
    return unit_surface == "s" and re.search(r"\ds$", surface) is not None


def _currency_of(unit_name: str) -> Optional[str]:
    from quantulum3 import load

    unit = load.units("en_US").names.get(unit_name)
    return getattr(unit, "currency_code", None)


def _tokens(doc: Doc, item: FoundQuantity) -> SpacySpan:
    return doc.char_span(item.start, item.end, alignment_mode="expand")


def _is_excluded(doc: Doc, item: FoundQuantity) -> bool:
    """Years, dates, clock times, ordinals and numbers that are part of a name are not quantities."""
    text = doc.text
    before = text[item.start - 1] if item.start > 0 else " "
    if before.isalnum() or (before == "-" and item.start > 1 and text[item.start - 2].isalpha()):
        return True  # inside a word or code: "COVID-19", "F-35", "G7"
    tokens = _tokens(doc, item)
    if tokens is None or len(tokens) == 0:
        return True
    if tokens[0].ent_type_ == "ORDINAL" or ORDINAL_WORDS.match(tokens[0].text):
        return True  # "the sixth time", "3rd"
    if re.search(r"\d:\d\d", text[max(0, item.start - 3):item.end + 3]) or CLOCK.match(text[item.end:item.end + 6]):
        return True  # a clock time, whatever unit quantulum3 guessed ("2:55 p.m." is not pints)
    if item.entity == "dimensionless" and item.unit_name == "dimensionless":
        values = item.value if isinstance(item.value, list) else [item.value]
        surface = text[item.start:item.end].strip()
        if all(_looks_like_year(v) for v in values) and re.fullmatch(r"[\d\s\-–to]+", surface):
            following = doc[tokens.end] if tokens.end < len(doc) else None
            if following is None or following.tag_ != "NNS":
                return True
        if _next_to_month(doc, tokens) or CLOCK.match(text[item.end:item.end + 6]) or ":" in surface:
            return True
        if any(t.ent_type_ in ("DATE", "TIME") for t in tokens) and not _counts_something(tokens):
            return True
        if len(tokens) == 1 and tokens[0].lower_ == "one" and tokens[0].pos_ != "NUM":
            return True  # "no one", "the one who"
        if ":" in text[max(0, item.start - 1):item.start]:
            return True  # the minutes of a clock time
    return _inside_name(tokens)


def _next_word(doc: Doc, tokens: SpacySpan) -> str:
    return doc[tokens.end].lower_ if tokens.end < len(doc) else ""


def _looks_like_year(value: float) -> bool:
    return float(value).is_integer() and 1800 <= value <= 2100


def _next_to_month(doc: Doc, tokens: SpacySpan) -> bool:
    neighbours = [doc[i] for i in (tokens.start - 1, tokens.end, tokens.end + 1) if 0 <= i < len(doc)]
    return any(t.lower_.rstrip(".") in MONTHS and t.pos_ == "PROPN" for t in neighbours)


def _counts_something(tokens: SpacySpan) -> bool:
    head = tokens[-1].head
    return tokens[-1].dep_ == "nummod" and head.pos_ == "NOUN" and head.ent_type_ not in ("DATE", "TIME")


def _inside_name(tokens: SpacySpan) -> bool:
    """A number that is part of a name: "S&P 500", "iPhone 11 Pro", "787 Dreamliner", "575 Wilbraham Road"."""
    first, last = tokens[0], tokens[-1]
    if not first.like_num or "," in first.text:
        return False  # names carry plain numbers; "25,000 Wagner mercenaries" is a count
    previous = first.nbor(-1) if first.i > 0 else None
    if previous is not None and previous.pos_ == "PROPN" and previous.text[:1].isalpha() and previous.ent_type_ not in ("DATE",):
        if previous.lower_.rstrip(".") not in MONTHS:
            return True
    following = last.nbor(1) if last.i + 1 < len(last.doc) else None
    counts_a_noun = last.dep_ == "nummod" and last.head.pos_ == "NOUN"
    return following is not None and following.pos_ == "PROPN" and following.text[:1].isupper() and not counts_a_noun and len(tokens) == 1


RANGE_JOINERS = re.compile(r"^\s*(-|–|to|or)\s*$")


def _merge_ranges(text: str, found: list[FoundQuantity]) -> list[FoundQuantity]:
    """"from 4.8 to 4.7 percent", "between $62 and $68", "three or four years": one range, as NewsQuant counts."""
    merged: list[FoundQuantity] = []
    for item in found:
        if merged and not isinstance(item.value, list) and not isinstance(merged[-1].value, list):
            first = merged[-1]
            between = text[first.end:item.start]
            opened_by_between = text[max(0, first.start - 9):first.start].lower().strip().endswith("between")
            opened_by_from = text[max(0, first.start - 5):first.start].lower().strip().endswith("from")
            joined = (
                RANGE_JOINERS.match(between)
                or (opened_by_between and between.strip() == "and")
                or (opened_by_from and len(between) <= 40 and re.search(r"\bto\s*$", between))
            )
            compatible = first.unit_name in (item.unit_name, "dimensionless")
            if joined and compatible:
                merged[-1] = FoundQuantity(first.start, item.end, [first.value, item.value], item.unit_name,
                                           item.entity, "range", item.currency_code)
                continue
        merged.append(item)
    return merged


def _missed_numbers(doc: Doc, sentence: SpacySpan, found: list[FoundQuantity]) -> list[FoundQuantity]:
    """Spelled-out and bare numbers spaCy tags NUM that quantulum3 left out."""
    covered = [(q.start, q.end) for q in found]
    extra = []
    for token in sentence:
        if token.pos_ != "NUM" or not token.like_num:
            continue
        if any(s <= token.idx < e for s, e in covered):
            continue
        value = _number_value(token)
        if value is None:
            continue
        item = FoundQuantity(token.idx, token.idx + len(token), value, "dimensionless", "dimensionless")
        if not _is_excluded(doc, item):
            extra.append(item)
    return extra


WORD_NUMBERS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}


def _number_value(token: Token) -> Optional[float]:
    text = token.lower_.replace(",", "")
    if text in WORD_NUMBERS:
        return float(WORD_NUMBERS[text])
    try:
        return float(text)
    except ValueError:
        return None


def _bound(text: str, item: FoundQuantity) -> str:
    if item.bound == "range":
        return "range"
    # punctuation between cue and number is fine: "(almost $950 million)"
    before = " ".join(re.sub(r"[(\[\"“]", " ", text[max(0, item.start - 30):item.start].lower()).split())
    for cue, bound in BOUND_CUES:
        if re.search(r"(?:^|[^\w])" + re.escape(cue) + r"$", before):
            return bound
    after = text[item.end:item.end + 12].lower()
    if after.startswith((" or more", "-plus", "+")):
        return "lower"
    if after.startswith((" or less", " or fewer")):
        return "upper"
    return "exact"


def _counted_noun(doc: Doc, item: FoundQuantity) -> Optional[str]:
    tokens = _tokens(doc, item)
    if tokens is None:
        return None
    last = tokens[-1]
    if last.dep_ == "nummod" and last.head.pos_ in ("NOUN", "PROPN") and last.head.i > last.i:
        return last.head.lemma_.lower()
    following = doc[tokens.end] if tokens.end < len(doc) else None
    if following is not None and following.pos_ == "NOUN":
        return following.lemma_.lower()
    return None


def to_record(doc: Doc, item: FoundQuantity) -> Quantity:
    value, unit = normalise(item.value, item.unit_name, item.entity, item.currency_code)
    surface_unit = item.counted if unit == "count" else item.unit_name
    return Quantity(
        span=Span.of(doc._.article_id or "", doc.text, item.start, item.end),
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
