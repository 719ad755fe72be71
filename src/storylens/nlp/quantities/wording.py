"""What the words around a number add: its bound ("at least"), ranges ("between 5 and 7"), the noun
it counts, money per something ("$5 a month") and ages ("a 50-year-old")."""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc

from storylens.nlp.quantities.exclusions import DURATION_NOUNS
from storylens.nlp.quantities.found import BOUND_CUES, FoundQuantity, text_of, tokens_of
from storylens.nlp.quantities.reading import SCALE_WORD, WORD_SCALES
from storylens.nlp.quantities.units import UNIT_WORDS, ratio_unit

RANGE_JOINERS = re.compile(r"^\s*(-|–|to|or)\s*$")


def merge_ranges(text: str, found: list[FoundQuantity]) -> list[FoundQuantity]:
    """"from 4.8 to 4.7 percent", "between $62 and $68", "three or four years": one range, as NewsQuant counts.

    "rose by $43.6 billion to $419.2 billion" is a change and a level, not a range; "one out of three"
    and "one in five" are fractions.
    """
    merged: list[FoundQuantity] = []
    for item in found:
        if merged and not isinstance(item.value, list) and not isinstance(merged[-1].value, list):
            first = merged[-1]
            between = text[first.end:item.start]
            before = text[max(0, first.start - 9):first.start].lower().strip()
            opened_by_between, opened_by_from = before.endswith("between"), before.endswith("from")
            ratio = re.fullmatch(r"\s+out\s+of\s+", between) or (re.fullmatch(r"\s+in\s+", between) and first.value < item.value)
            if ratio and item.value and first.unit_name == item.unit_name == "dimensionless":
                merged[-1] = FoundQuantity(first.start, item.end, first.value / item.value, "dimensionless", "dimensionless")
                continue
            joined = (
                (RANGE_JOINERS.match(between) and not re.search(r"\bby$", before))
                or (opened_by_between and between.strip() == "and")
                or (opened_by_from and len(between) <= 40 and re.search(r"\bto\s*$", between))
            )
            # "from 208 pounds to 193": the bare end takes the unit of the other
            compatible = first.unit_name in (item.unit_name, "dimensionless") or (
                item.unit_name == "dimensionless" and (opened_by_between or opened_by_from))
            if joined and compatible:
                unit = item if item.unit_name != "dimensionless" else first
                low = scaled_like(text, first, item)
                merged[-1] = FoundQuantity(first.start, item.end, [low, item.value], unit.unit_name,
                                           unit.entity, "range", unit.currency_code)
                continue
        merged.append(item)
    return merged


def scaled_like(text: str, low: FoundQuantity, high: FoundQuantity) -> float:
    """"$89 to $93 billion", "1 to 2 thousand": the scale word written once belongs to both ends."""
    high_scale = SCALE_WORD.search(text[high.start:high.end])
    if high_scale is None or SCALE_WORD.search(text[low.start:low.end]) or high.entity not in ("currency", "dimensionless"):
        return low.value
    scale = WORD_SCALES.get(high_scale.group(1).lower(), 1.0)
    return low.value * scale if 0 < low.value < high.value / scale * 10 else low.value


def bound_of(text: str, item: FoundQuantity) -> str:
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


def name_bare_number(doc: Doc, item: FoundQuantity) -> None:
    """A unit word quantulum3 does not know ("29 mpg"), a duration ("fifty years"), or what is counted."""
    item.counted, item.counted_phrase = counted_noun(doc, item)
    if item.counted in DURATION_NOUNS and item.counted_phrase == item.counted:
        item.unit_name, item.entity = item.counted, "time"


# one unit per another right after a number: "0.3 ng/mL", "3.2 nanograms per millilitre"
RATIO_AFTER = re.compile(r"\s?([A-Za-zµ]+)\s*(?:/|\s+per\s+)([A-Za-z]+)\b")


def unit_word_after(doc: Doc, item: FoundQuantity) -> None:
    """"29 mpg", "5-mpg", "300 PS": a unit word quantulum3 does not know, right after a bare number;
    "0.3 ng/mL": a unit per unit it does not know (pint does), which then belongs to the figure."""
    after = text_of(doc)[item.end:item.end + 40]
    ratio = RATIO_AFTER.match(after)
    unit = ratio_unit(ratio.group(1), ratio.group(2)) if ratio else None
    if unit is not None:
        item.unit_name, item.entity, item.end = unit, "concentration", item.end + ratio.end()
        return
    match = re.match(r"[\s-]?([A-Za-z]+)\b", after[:8])
    if match and match.group(1) in UNIT_WORDS:
        item.unit_name, item.entity = UNIT_WORDS[match.group(1)]


def counted_noun(doc: Doc, item: FoundQuantity) -> tuple[Optional[str], Optional[str]]:
    """The lemma of the noun a number counts, and the noun with its modifiers ("first-team player").

    A partitive counts its object: "one of the best speakers" -> "good speaker", "dozens of people".
    """
    tokens = tokens_of(doc, item)
    if tokens is None:
        return None, None
    last = tokens[-1]
    following = doc[tokens.end] if tokens.end < len(doc) else None
    head, start = None, tokens.end
    if last.dep_ == "nummod" and last.head.pos_ in ("NOUN", "PROPN") and last.head.i > last.i:
        head = last.head
    elif following is not None and following.pos_ == "NOUN":
        head = following
    elif following is not None and following.lower_ == "of":
        objects = [c for c in following.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")]
        head, start = (objects[0], following.i + 1) if objects else (None, start)
    if head is None:
        return None, None
    words = []
    for token in doc[start:head.i + 1]:
        if token.tag_ == "NNPS" and token.text.endswith("s"):
            words.append(token.text[:-1] + token.whitespace_)  # "World Cups" -> "World Cup"
        elif token.pos_ in ("ADJ", "NOUN"):
            words.append(token.lemma_ + token.whitespace_)
        elif token.pos_ in ("PROPN", "NUM") or token.text == "-":
            words.append(token.text + token.whitespace_)
    phrase = "".join(words).strip(" -").lower() or None
    lemma = words[-1].strip().lower() if head.tag_ == "NNPS" and words else head.lemma_.lower()
    return lemma, phrase


def rate_of_money(doc: Doc, item: FoundQuantity) -> None:
    """"$3500 a month", "$2.11 per gallon", "63 cents per share": money per something."""
    from quantulum3 import parser

    if text_of(doc)[item.start:item.end].endswith(")") or " per " in item.unit_name:
        return  # "($2.408 billion) a year": the rate belongs to the amount outside the brackets
    match = re.match(r"\s*(?:per|a|an)\s+((?:sq\.?|square|cubic)\s+\w+|\w+)\b(?!\s+(?:earlier|ago|later|before|after))",
                     text_of(doc)[item.end:item.end + 40])
    if match is None:
        return
    phrase = match.group(1)
    if phrase.split()[0].lower().startswith(("sq", "cubic")):
        words = phrase.split()
        words[0] = "square" if words[0].lower().startswith("sq") else words[0]
        words[-1] = SHORT_LENGTHS.get(words[-1].lower(), words[-1])  # "sq m" -> "square metre"
        parsed = parser.parse("1 " + " ".join(words))
        if not parsed or parsed[0].unit.name == "dimensionless":
            return
        denominator = parsed[0].unit.name
    else:
        span = doc.char_span(item.end + match.start(1), item.end + match.end(1))
        if span is None or span[0].pos_ != "NOUN":
            return
        denominator = span[0].lemma_.lower()
    item.unit_name = f"{item.unit_name} per {denominator}"


SHORT_LENGTHS = {"m": "metre", "ft": "foot", "km": "kilometre", "mi": "mile", "yd": "yard", "cm": "centimetre"}


def age_of(text: str, item: FoundQuantity) -> None:
    """"a 50 year-old man", "a 400 million-year-old skull": an age, in years (months, ...) of age."""
    match = re.match(r"[\s-]*(?:(year|month|week|day)s?[\s-]*)?old\b", text[item.end:item.end + 16], re.I)
    unit = (match.group(1) or item.unit_name).lower() if match else None
    if unit in DURATION_NOUNS:
        item.unit_name, item.entity = f"{unit} of age", "time"
