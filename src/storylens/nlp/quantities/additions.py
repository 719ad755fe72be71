"""Quantities quantulum3 leaves out: money after currency prefixes it does not know, vague amounts
("dozens of"), numbers spaCy tags NUM, and the sign of "minus 5"."""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc, Span as SpacySpan, Token

from storylens.nlp.quantities.exclusions import is_excluded
from storylens.nlp.quantities.found import FoundQuantity
from storylens.nlp.quantities.reading import WORD_SCALES
from storylens.nlp.quantities.units import CURRENCY_PREFIXES, VAGUE_BASES, VAGUE_MULTIPLIERS

# An amount after a currency sign or code; quantulum3 garbles some ("a $1 billion campus" became
# "a $1 billi") and does not know others ("$US55,931,000", "RM23.50"). Letter codes need no word
# character before them; "PS"/"Y=" (transliterated £/¥) must touch the digits.
_PREFIXES = sorted(CURRENCY_PREFIXES, key=len, reverse=True)


MONEY = re.compile(
    r"(?<![\w$])(" + "|".join(re.escape(p) + ("" if p in ("PS", "Y=") else r"\s?") for p in _PREFIXES) + r")"
    r"(-?)(\d[\d,]*(?:\.\d+)?)(?:\s?((?i:million|billion|trillion|bn|mn|tn|m))\b)?"
)


def missed_money(doc: Doc, sentence: SpacySpan, found: list[FoundQuantity]) -> list[FoundQuantity]:
    """Amounts after a currency sign or code that quantulum3 left out, cut short or gave the wrong currency."""
    extra = []
    for match in MONEY.finditer(sentence.text):
        start, end = sentence.start_char + match.start(), sentence.start_char + match.end()
        prefix = match.group(1).strip()
        if prefix == "PS" and not (match.group(4) or re.search(r"[.,]|\d{3}", match.group(3))):
            continue  # "PS5 consoles": a PlayStation, not five pounds
        name, code = CURRENCY_PREFIXES[prefix]
        value = float(match.group(3).replace(",", "")) * WORD_SCALES.get((match.group(4) or "").lower(), 1.0)
        value = -value if match.group(2) else value
        same = [q for q in found if (q.entity == "currency" or " per " in q.unit_name) and q.start < end
                and start < q.end and (isinstance(q.value, list) or q.value == value)]
        if same:
            for q in same:
                if " per " in q.unit_name:  # "HK $5 per share": keep the rate, name the currency
                    q.start, q.unit_name = min(q.start, start), name + q.unit_name[q.unit_name.index(" per "):]
                elif len(prefix) > 1 and q.currency_code != code:  # "HK $216,925" is not US dollars
                    q.start, q.unit_name, q.currency_code = min(q.start, start), name, code
            continue
        found[:] = [q for q in found if not (q.start < end and start < q.end)]  # a garbled reading of it
        extra.append(FoundQuantity(start, end, value, name, "currency", currency_code=code))
    return extra


VAGUE = re.compile(r"\b(?:(tens|hundreds)\s+of\s+)?(dozens|hundreds|thousands|millions|billions|trillions)\b", re.I)


def vague_amounts(doc: Doc, sentence: SpacySpan, found: list[FoundQuantity]) -> list[FoundQuantity]:
    """"dozens of people" is 12-120, "tens of thousands" 10,000-100,000: the order of magnitude, as a range."""
    extra = []
    for match in VAGUE.finditer(sentence.text):
        start, end = sentence.start_char + match.start(), sentence.start_char + match.end()
        if any(q.start < end and start < q.end for q in found):
            continue
        low = VAGUE_BASES[match.group(2).lower()] * VAGUE_MULTIPLIERS.get((match.group(1) or "").lower(), 1.0)
        extra.append(FoundQuantity(start, end, [low, low * 10], "dimensionless", "dimensionless", "range"))
    return extra


def apply_minus(text: str, item: FoundQuantity) -> None:
    """"minus 233 Celsius", "minus-5 yards": quantulum3 reads the number without its sign."""
    minus = re.search(r"\bminus[\s-]?$", text[max(0, item.start - 7):item.start], re.I)
    if minus:
        item.start -= len(minus.group(0))
        item.value = [-abs(v) for v in item.value] if isinstance(item.value, list) else -abs(item.value)


def missed_numbers(doc: Doc, sentence: SpacySpan, found: list[FoundQuantity]) -> list[FoundQuantity]:
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
        if not is_excluded(doc, item):
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
