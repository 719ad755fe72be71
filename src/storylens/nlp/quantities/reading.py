"""What quantulum3 reads in a sentence, corrected where it misreads news: units glued from the next
word, units cut out of longer words, scale suffixes ("4.2bn"), accounting brackets, arc minutes
that are durations, quotation marks that are not inches.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from spacy.tokens import Doc

from storylens.nlp.quantities.found import BOUND_CUES, FoundQuantity, text_of
from storylens.nlp.quotes.marks import find_quoted_passages
from storylens.nlp.quantities.units import UNIT_WORDS

# "m" and "k" stay units (metre, kilo-) unless money: "$5m" is handled by quantulum3 itself
SCALE_SUFFIX = re.compile(r"^\$?([\d.,]+)\s*(bn|mn|tn|trn)$", re.I)


SCALES = {"bn": 1e9, "mn": 1e6, "tn": 1e12, "trn": 1e12}


WORD_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "m": 1e6, **SCALES}


SCALE_WORD = re.compile(r"(thousand|million|billion|trillion|bn|mn|tn|trn|m)\b", re.I)


# Number words quantulum3 reads; a surface with neither these nor digits ("&", "a TD") is no quantity
NUMBER_WORD = re.compile(
    r"\b(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty|hundred|thousand|"
    r"million|billion|trillion|dozens?|half|halves|thirds?|quarters?|fourths?|fifths?|tenths?)\b",
    re.I,
)


def for_parser(text: str) -> str:
    """The sentence as quantulum3 reads it best, same length so offsets hold: "1⁄32" -> "1/32", "minus-5" -> "minus 5"."""
    text = text.replace("\u2044", "/").replace("\u2212", "-")
    return re.sub(r"(?i)(minus)-(?=\d)", r"\1 ", text)


def read_parsed(doc: Doc, parsed, offset: int, depth: int = 0) -> Optional[FoundQuantity]:
    start, end = parsed.span[0] + offset, parsed.span[1] + offset
    surface = text_of(doc)[start:end]
    unit = parsed.unit
    name, entity, value = unit.name, unit.entity.name, float(parsed.value)
    # "less than a day", "under an hour": the article stands for one, as a number would
    bounded_one = re.match(r"^an?\s", surface, re.I) is not None and value == 1 and _bounded(doc, start)
    if not re.search(r"\d", surface) and (not NUMBER_WORD.search(surface) or text_of(doc)[end:end + 1] == "-") \
            and not (bounded_one and entity == "time"):
        return None  # "&" read as 1, "a TD" as a tera-dime, "a third-party" as a fraction
    word = re.fullmatch(r"([-+]?\d[\d,]*(?:\.\d+)?)\s?([A-Za-z]+)", surface.strip())
    if word and word.group(2) in UNIT_WORDS:  # "640bhp", "5pc": units quantulum3 misreads
        name, entity = UNIT_WORDS[word.group(2)]
        return FoundQuantity(start, end, float(word.group(1).replace(",", "")), name, entity)
    if word and word.group(2) == "M" and entity == "length":  # "4.3M sales": million, metres are "m"
        return FoundQuantity(start, end, float(word.group(1).replace(",", "")) * 1e6, "dimensionless", "dimensionless")
    if word and word.group(2) == "p" and name in ("pint", "p"):  # "118.5p": pence, share prices in pence
        return FoundQuantity(start, end, value, "penny", "currency", currency_code="GBX")
    if name in MARK_UNITS and _closes_a_quotation(doc, start, end):
        # 'he said “10”': the mark closes a quotation opened before; the number is bare. A mark
        # with no opening before it ('a 6" pipe', 'the 12” screen') or a prime ("6″") stays a unit.
        return FoundQuantity(start, end - 1, value, "dimensionless", "dimensionless")
    if entity == "angle" and name in MARK_UNITS and surface.rstrip()[-1:] in "′″" + QUOTATION_CLOSERS \
            and "°" not in text_of(doc)[max(0, start - 12):start]:
        # arc minutes and seconds follow degrees (40°26′46″); a lone 6" is six inches
        name, entity = MARK_UNITS[name], "length"
    if value < 0 and not re.search(r"-|−|minus", surface, re.I):
        value = -value  # "($7.5 million)": accounting brackets, not a negative amount
    if re.match(r"^an?\s", surface, re.I) and value == 1 and name != "dozen" and not bounded_one:
        return None  # "a year ago", "a bit": the article, not a number
    scaled = SCALE_SUFFIX.match(surface.strip())
    if scaled and entity not in ("currency",) and name != "dimensionless":
        # "4.2bn" is 4.2 billion, not 4.2 barn-newton; "$" before it stays money
        value = float(scaled.group(1).replace(",", "")) * SCALES[scaled.group(2).lower()]
        money = surface.strip().startswith("$")
        name, entity = ("dollar", "currency") if money else ("dimensionless", "dimensionless")
        currency = "USD" if money else None
        following = re.match(r"\s?([A-Za-z]+)\b", text_of(doc)[end:end + 20])
        unit_after = unit_of_word(following.group(1)) if following and not money else None
        if unit_after:  # "2.8bn km"
            (name, entity), end = unit_after, end + following.end()
        return FoundQuantity(start, end, value, name, entity, currency_code=currency)
    dimensions = unit.original_dimensions or []
    per_word = re.search(r"\s(?:a|an|per)\s+\w+$", surface)
    if per_word and re.match(r"\s+(?:ago|earlier|later|before|after)\b", text_of(doc)[end:end + 10]) and depth < 2:
        return _reparse(doc, start, start + per_word.start(), depth + 1)  # "$4 billion a year ago" is no rate
    if len(dimensions) > 1 and " per " not in name and not name.startswith(("square ", "cubic ")):
        # quantulum3 glued words into a product of units ("dollar ampere-turn" from "$36,040 at",
        # "percentage drop" from "3 percent drop"): read again without the last word
        cut = surface.rfind(" " + (dimensions[-1].get("surface") or "\0"))
        if cut > 0 and depth < 2:
            return _reparse(doc, start, start + cut, depth + 1)
        first = dimensions[0]
        if first.get("surface") in ("$", "€", "£", "¥") or entity == "currency":
            currency = _currency_of(first.get("base", ""))
            if currency:
                cut = end if surface.find(" ") < 0 else start + len(re.match(r"\S*\s?[\d.,]+(\s(million|billion|trillion))?", surface).group(0))
                return FoundQuantity(start, cut, value, first["base"], "currency", currency_code=currency)
        return None
    last_word = re.search(r"[A-Za-z]+$", surface)
    unit_surface = dimensions[-1].get("surface", "") if dimensions else ""
    if dimensions and (text_of(doc)[end:end + 1].isalpha() or (last_word and len(unit_surface) <= 2 < len(last_word.group(0)))):
        return None  # the unit was cut out of a word: "737 Max" is not megayears; the number is picked up later
    if dimensions and _unit_is_a_word(dimensions[0].get("surface", ""), surface):
        return None  # "2018 At ...", "2:55 PT", "5s": not units; the bare number is picked up later
    if entity == "angle" and name.endswith(" of arc") and not re.search(r"[°'′\"″]", surface):
        # "11-minute recording": news means time, arc minutes are written with symbols
        name, entity = name[: -len(" of arc")], "time"
    if name in ("per cent", "percent"):
        name, entity = "percentage", "dimensionless"
    if name == "dozen":  # "a dozen countries" counts twelve things
        name, entity, value = "dimensionless", "dimensionless", value * 12
    item = FoundQuantity(start, end, value, name, entity, currency_code=getattr(unit, "currency_code", None))
    if parsed.uncertainty and not re.search(r"±|\+/-", surface):
        low, high = value - parsed.uncertainty, value + parsed.uncertainty
        scale = SCALE_WORD.findall(surface)
        if len(scale) == 1 and entity in ("currency", "dimensionless") and 0 < low < high / WORD_SCALES[scale[0].lower()] * 10:
            low *= WORD_SCALES[scale[0].lower()]  # "$89 to $93 billion": the scale word written once belongs to both
        item.value, item.bound = [low, high], "range"
    return item


QUOTATION_CLOSERS = "”\"’'"
# Units written with a mark after the number; the arc units are read as the length the same mark means
MARK_UNITS = {"inch": "inch", "foot": "foot", "second of arc": "inch", "minute of arc": "foot"}


def _bounded(doc: Doc, start: int) -> bool:
    """The words before an "a"/"an" bound it from above or below ("less than a day", "more than
    a year", "under an hour"): the article then stands for one, as a number would."""
    before = " ".join(text_of(doc)[max(0, start - 24):start].lower().split())
    return any(kind != "approx" and re.search(r"(?:^|\W)" + re.escape(cue) + "$", before) for cue, kind in BOUND_CUES)


def _closes_a_quotation(doc: Doc, start: int, end: int) -> bool:
    """Whether the mark ending ``start:end`` closes a quoted passage that has its opening mark."""
    text = text_of(doc)
    mark = end - 1
    if text[mark:end] not in QUOTATION_CLOSERS or not text[start:mark].rstrip().endswith(tuple("0123456789")):
        return False
    return any(passage.has_open and passage.has_close and passage.end == end and passage.start < start
               for passage in find_quoted_passages(text))


@lru_cache(maxsize=2048)
def unit_of_word(word: str) -> Optional[tuple[str, str]]:
    """The (unit name, entity) quantulum3 reads in "1 <word>", if it is a physical unit."""
    from quantulum3 import parser

    parsed = parser.parse("1 " + word)
    if len(parsed) != 1 or parsed[0].surface.strip() != "1 " + word:
        return None
    unit = parsed[0].unit
    return None if unit.entity.name in ("dimensionless", "currency", "unknown") else (unit.name, unit.entity.name)


def _reparse(doc: Doc, start: int, end: int, depth: int) -> Optional[FoundQuantity]:
    from quantulum3 import parser

    for parsed in parser.parse(for_parser(text_of(doc)[start:end])):
        if parsed.span[0] == 0:
            return read_parsed(doc, parsed, start, depth)
    return None


CLOCK_WORDS = {"AM", "PM", "PT", "ET", "EST", "EDT", "PST", "PDT", "GMT", "BST", "CET", "UTC"}


def _unit_is_a_word(unit_surface: str, surface: str) -> bool:
    """Capitalised short words after a number are not unit symbols: "At", "PT", "AM"; nor is a plural "s"."""
    from spacy.lang.en.stop_words import STOP_WORDS

    if unit_surface in CLOCK_WORDS or unit_surface == "at":
        return True  # "at" is never ampere-turns in news
    if len(unit_surface) == 2 and unit_surface[0].isupper() and unit_surface[1].islower() and " " in surface:
        return unit_surface.lower() in STOP_WORDS  # "2018 At" is a word; "300 Hz" is a unit
    return unit_surface == "s" and re.search(r"\ds$", surface) is not None


def _currency_of(unit_name: str) -> Optional[str]:
    from quantulum3 import load

    unit = load.units("en_US").names.get(unit_name)
    return getattr(unit, "currency_code", None)
