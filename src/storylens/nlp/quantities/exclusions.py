"""Which numbers quantulum3 finds are not quantities: years, days of the month, clock times,
ordinals, labels ("Chapter 11") and numbers inside names ("S&P 500", "787 Dreamliner").

Kept apart from `reading.py`, which reads values, units and bounds; this module only says no.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span as SpacySpan

from storylens.nlp.quantities.found import text_of, tokens_of
from storylens.nlp.quantities.units import UNIT_WORDS

if TYPE_CHECKING:
    from storylens.nlp.quantities.found import FoundQuantity, Value

MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
ORDINAL_WORDS = re.compile(r"^(\d+(st|nd|rd|th)|first|second|third|fifth|\w+(th|ieth))$", re.I)
CLOCK = re.compile(r"^\s*(a\.?m\.?|p\.?m\.?)\b", re.I)
CLOCK_TIME = re.compile(r"\d{1,2}(?:[.:]\d\d)?\s?[ap]\.?m\b\.?", re.I)
DURATION_NOUNS = {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"}



def is_excluded(doc: Doc, item: FoundQuantity) -> bool:
    """Years, dates, clock times, ordinals and numbers that are part of a name are not quantities."""
    text = text_of(doc)
    before = text[item.start - 1] if item.start > 0 else " "
    word_before = re.search(r"(\w*)-$", text[max(0, item.start - 12):item.start])
    if before.isalnum() or (word_before and word_before.group(1).isalpha() and not _hyphen_prefix(word_before.group(1), item)):
        return True  # inside a word or code: "COVID-19", "F-35", "G7"
    tokens = tokens_of(doc, item)
    if tokens is None or len(tokens) == 0:
        return True
    if ORDINAL_WORDS.match(tokens[0].text) or (tokens[0].ent_type_ == "ORDINAL" and item.unit_name == "dimensionless"):
        return True  # "the sixth time", "3rd"; spaCy also calls "5pc" and "100km" ordinals
    if re.search(r"\d:\d\d", text[max(0, item.start - 3):item.end + 3]) or CLOCK.match(text[item.end:item.end + 6]):
        return True  # a clock time, whatever unit quantulum3 guessed ("2:55 p.m." is not pints)
    if CLOCK_TIME.match(text, item.start):
        return True  # "10.45pm" is not picometres, and "2 p.m." is not two pence
    previous = doc[tokens.start - 1] if tokens.start > 0 else None
    surface = text[item.start:item.end].strip()
    if surface.startswith("-") and previous is not None and previous.is_upper and previous.is_alpha:
        return True  # "COVID -19": a code with a stray space, not minus nineteen
    if item.entity == "dimensionless" and item.unit_name == "dimensionless":
        values = item.value if isinstance(item.value, list) else [item.value]
        if all(_looks_like_year(v) for v in values) and re.fullmatch(r"[\d\s\-–to]+", surface):
            following = doc[tokens.end] if tokens.end < len(doc) else None
            if following is None or following.tag_ != "NNS":
                return True
        if _next_to_month(doc, tokens) or CLOCK.match(text[item.end:item.end + 6]) or ":" in surface:
            return True
        dated = any(t.ent_type_ in ("DATE", "TIME") for t in tokens) and (
            _date_like(item.value) or not re.search(r"\d", surface))  # not "1,334.20" or "2483805"
        if dated and not _counts_something(tokens) and not _counts_duration(doc, tokens):
            return True  # "June 23", "the 23rd"; but "fifty years", "the past three or four years" are durations
        if len(tokens) == 1 and tokens[0].lower_ == "one" and tokens[0].pos_ != "NUM":
            return True  # "no one", "the one who"
        if ":" in text[max(0, item.start - 1):item.start]:
            return True  # the minutes of a clock time
        if _designates(doc, tokens):
            return True  # "a category 4 hurricane", "Chapter 11", "flight 370": labels
        if len(tokens) == 1 and tokens[0].lower_ == "half" and _is_half_year(doc, tokens):
            return True  # "sales this half": a period
    elif item.entity != "dimensionless":
        return False  # a number with a physical unit is measured, even after a name: "Tylenol 500mg"
    return _inside_name(tokens)


def _designates(doc: Doc, tokens: SpacySpan) -> bool:
    """A whole number right after a singular noun, or after a numero sign, names one of a series.

    English puts a count before its noun ("12 rooms") and a designator after it ("room 12",
    "game 7", "a stage 2 plan", "No. 10", "#3"); the parse attaches the number either way, so the
    order decides.
    """
    first = tokens[0]
    if len(tokens) != 1 or not first.is_digit or first.i == 0:
        return False
    previous = doc[first.i - 1]
    numero = re.search(r"(?:\bNos?\.|#)\s*$", text_of(doc)[max(0, first.idx - 5):first.idx]) is not None
    return numero or (previous.tag_ == "NN" and previous.is_alpha and previous.whitespace_ != "")


def _hyphen_prefix(word: str, item: FoundQuantity) -> bool:
    """"minus-5 yards", "sub-7 nanometer", "now-18 month-old": a lowercase word before a measured amount."""
    return word.lower() == "minus" or (word.islower() and item.entity != "dimensionless")


def _date_like(value: Value) -> bool:
    values = value if isinstance(value, list) else [value]
    return all(float(v).is_integer() and (0 < v <= 100 or 1000 <= v <= 2200) for v in values)


def _counts_duration(doc: Doc, tokens: SpacySpan) -> bool:
    """"fifty years", "three or four years", "the 50 previous years": a number of time units."""
    for token in doc[tokens.end:tokens.end + 4]:
        if token.lemma_.lower() in DURATION_NOUNS:
            return True
        if not (token.pos_ in ("ADJ", "NUM") or token.lower_ in ("or", "to", "-", "and")):
            return False
    return False


def _is_half_year(doc: Doc, tokens: SpacySpan) -> bool:
    previous = doc[tokens.start - 1].lower_ if tokens.start > 0 else ""
    following = doc[tokens.end].lower_ if tokens.end < len(doc) else ""
    return previous in ("this", "that", "first", "second", "last", "next") and following not in ("of", "a", "an")


def _looks_like_year(value: float) -> bool:
    return float(value).is_integer() and 1000 <= value <= 2200


def _next_to_month(doc: Doc, tokens: SpacySpan) -> bool:
    neighbours = [doc[i] for i in (tokens.start - 1, tokens.end, tokens.end + 1) if 0 <= i < len(doc)]
    return any(t.lower_.rstrip(".") in MONTHS and t.pos_ == "PROPN" for t in neighbours)


def _counts_something(tokens: SpacySpan) -> bool:
    head = tokens[-1].head
    return tokens[-1].dep_ == "nummod" and head.pos_ == "NOUN" and head.ent_type_ not in ("DATE", "TIME")


def _inside_name(tokens: SpacySpan) -> bool:
    """A number that is part of a name: "S&P 500", "iPhone 11 Pro", "787 Dreamliner", "575 Wilbraham Road"."""
    first, last = tokens[0], tokens[-1]
    if not first.like_num or re.search(r"[,.+]", first.text):
        return False  # names carry plain whole numbers; "25,000 Wagner mercenaries", "(0.5 WAR)" are amounts
    previous = first.nbor(-1) if first.i > 0 else None
    if previous is not None and previous.pos_ == "PROPN" and previous.text[:1].isalpha() and previous.ent_type_ not in ("DATE",):
        if previous.lower_.rstrip(".") not in MONTHS:
            return True
    following = last.nbor(1) if last.i + 1 < len(last.doc) else None
    if following is not None and following.text in ("-", "–") and following.i + 2 < len(last.doc) and following.nbor(1).like_num:
        following = following.nbor(2)  # "16-18 Industrial Avenue"
    counts_a_noun = last.dep_ == "nummod" and last.head.pos_ == "NOUN"
    if following is None or following.text in UNIT_WORDS or following.ent_type_ == "NORP":
        return False  # "300 PS" is a unit, "three Germans" a count of people
    one_number = len(tokens) == 1 or re.fullmatch(r"\d+\s?[-–]\s?\d+", tokens.text) is not None  # "16-18 Station Road"
    return following.pos_ == "PROPN" and following.text[:1].isupper() and not counts_a_noun and one_number
