"""Quantities in news text: value, unit, bound and NewsQuant change (``doc._.quantities``).

quantulum3 finds numbers with their units (and scale words: "86 billion rubles"); this
component fixes what it gets wrong in news and adds what it does not record:
- drops years, days of the month, clock times, ordinals and numbers inside names
  (`quantity_exclusions.py`);
- reads the bound from the wording before the number ("at least" lower, "almost" upper,
  "about" approximate) and keeps ranges ("5,000-6,000") as [low, high];
- reads a hyphenated duration ("11-minute") as time, not as minute of arc;
- names what a bare number counts ("25,000 mercenaries" -> count of "mercenary");
- adds numbers spaCy tags as NUM that quantulum3 skips ("one solution"), money after currency
  prefixes it does not know ("US$", "$A", "HK$", "RM", and "PS"/"Y=", the ASCII renderings of £/¥),
  vague amounts ("dozens of", "tens of thousands of" as ranges) and negatives written "minus 5".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional, Union

from spacy.language import Language
from spacy.tokens import Doc, Span as SpacySpan, Token

from storylens.nlp import extensions
from storylens.nlp.quantity_exclusions import DURATION_NOUNS, TEXT_KEY, is_excluded, text_of, tokens_of
from storylens.nlp.quantity_units import CURRENCY_PREFIXES, UNIT_WORDS, VAGUE_BASES, VAGUE_MULTIPLIERS, normalise
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
# "m" and "k" stay units (metre, kilo-) unless money: "$5m" is handled by quantulum3 itself
SCALE_SUFFIX = re.compile(r"^\$?([\d.,]+)\s*(bn|mn|tn|trn)$", re.I)
SCALES = {"bn": 1e9, "mn": 1e6, "tn": 1e12, "trn": 1e12}
# An amount after a currency sign or code; quantulum3 garbles some ("a $1 billion campus" became
# "a $1 billi") and does not know others ("$US55,931,000", "RM23.50"). Letter codes need no word
# character before them; "PS"/"Y=" (transliterated £/¥) must touch the digits.
_PREFIXES = sorted(CURRENCY_PREFIXES, key=len, reverse=True)
MONEY = re.compile(
    r"(?<![\w$])(" + "|".join(re.escape(p) + ("" if p in ("PS", "Y=") else r"\s?") for p in _PREFIXES) + r")"
    r"(-?)(\d[\d,]*(?:\.\d+)?)(?:\s?((?i:million|billion|trillion|bn|mn|tn|m))\b)?"
)
WORD_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "m": 1e6, **SCALES}
SCALE_WORD = re.compile(r"(thousand|million|billion|trillion|bn|mn|tn|trn|m)\b", re.I)
# Number words quantulum3 reads; a surface with neither these nor digits ("&", "a TD") is no quantity
NUMBER_WORD = re.compile(
    r"\b(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty|hundred|thousand|"
    r"million|billion|trillion|dozens?|half|halves|thirds?|quarters?|fourths?|fifths?|tenths?)\b",
    re.I,
)


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


def find_quantities(doc: Doc) -> list[FoundQuantity]:
    """Quantities of a parsed Doc, in text order, with character offsets into ``text_of(doc)``."""
    from quantulum3 import parser  # imported late: it loads its unit tables and classifier

    found: list[FoundQuantity] = []
    for sentence in doc.sents:
        offset = sentence.start_char
        for parsed in parser.parse(_for_parser(sentence.text)):
            item = _from_quantulum(doc, parsed, offset)
            if item is not None and not is_excluded(doc, item):
                found.append(item)
        found.extend(_missed_money(doc, sentence, found))
        found.extend(_vague_amounts(doc, sentence, found))
        found.extend(_missed_numbers(doc, sentence, found))
    found.sort(key=lambda q: q.start)
    for item in found:
        _apply_minus(text_of(doc), item)
        if item.unit_name == "dimensionless":
            _unit_word_after(doc, item)
    found = _merge_ranges(text_of(doc), found)
    for item in found:
        item.bound = _bound(text_of(doc), item)
        if item.unit_name == "dimensionless":
            _name_bare_number(doc, item)
        elif item.entity == "dimensionless":
            item.counted, item.counted_phrase = _counted_noun(doc, item)
        if item.entity == "currency":
            _rate(doc, item)
        _age(text_of(doc), item)
    return found


def _for_parser(text: str) -> str:
    """The sentence as quantulum3 reads it best, same length so offsets hold: "1⁄32" -> "1/32", "minus-5" -> "minus 5"."""
    text = text.replace("\u2044", "/").replace("\u2212", "-")
    return re.sub(r"(?i)(minus)-(?=\d)", r"\1 ", text)


def _from_quantulum(doc: Doc, parsed, offset: int, depth: int = 0) -> Optional[FoundQuantity]:
    start, end = parsed.span[0] + offset, parsed.span[1] + offset
    surface = text_of(doc)[start:end]
    unit = parsed.unit
    name, entity, value = unit.name, unit.entity.name, float(parsed.value)
    if not re.search(r"\d", surface) and (not NUMBER_WORD.search(surface) or text_of(doc)[end:end + 1] == "-"):
        return None  # "&" read as 1, "a TD" as a tera-dime, "a third-party" as a fraction
    word = re.fullmatch(r"([-+]?\d[\d,]*(?:\.\d+)?)\s?([A-Za-z]+)", surface.strip())
    if word and word.group(2) in UNIT_WORDS:  # "640bhp", "5pc": units quantulum3 misreads
        name, entity = UNIT_WORDS[word.group(2)]
        return FoundQuantity(start, end, float(word.group(1).replace(",", "")), name, entity)
    if word and word.group(2) == "M" and entity == "length":  # "4.3M sales": million, metres are "m"
        return FoundQuantity(start, end, float(word.group(1).replace(",", "")) * 1e6, "dimensionless", "dimensionless")
    if word and word.group(2) == "p" and name in ("pint", "p"):  # "118.5p": pence, share prices in pence
        return FoundQuantity(start, end, value, "penny", "currency", currency_code="GBX")
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
        following = re.match(r"\s?([A-Za-z]+)\b", text_of(doc)[end:end + 20])
        unit_after = _unit_of_word(following.group(1)) if following and not money else None
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


@lru_cache(maxsize=2048)
def _unit_of_word(word: str) -> Optional[tuple[str, str]]:
    """The (unit name, entity) quantulum3 reads in "1 <word>", if it is a physical unit."""
    from quantulum3 import parser

    parsed = parser.parse("1 " + word)
    if len(parsed) != 1 or parsed[0].surface.strip() != "1 " + word:
        return None
    unit = parsed[0].unit
    return None if unit.entity.name in ("dimensionless", "currency", "unknown") else (unit.name, unit.entity.name)


def _reparse(doc: Doc, start: int, end: int, depth: int) -> Optional[FoundQuantity]:
    from quantulum3 import parser

    for parsed in parser.parse(_for_parser(text_of(doc)[start:end])):
        if parsed.span[0] == 0:
            return _from_quantulum(doc, parsed, start, depth)
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


def _next_word(doc: Doc, tokens: SpacySpan) -> str:
    return doc[tokens.end].lower_ if tokens.end < len(doc) else ""


RANGE_JOINERS = re.compile(r"^\s*(-|–|to|or)\s*$")


def _merge_ranges(text: str, found: list[FoundQuantity]) -> list[FoundQuantity]:
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
                low = _scaled_like(text, first, item)
                merged[-1] = FoundQuantity(first.start, item.end, [low, item.value], unit.unit_name,
                                           unit.entity, "range", unit.currency_code)
                continue
        merged.append(item)
    return merged


def _scaled_like(text: str, low: FoundQuantity, high: FoundQuantity) -> float:
    """"$89 to $93 billion", "1 to 2 thousand": the scale word written once belongs to both ends."""
    high_scale = SCALE_WORD.search(text[high.start:high.end])
    if high_scale is None or SCALE_WORD.search(text[low.start:low.end]) or high.entity not in ("currency", "dimensionless"):
        return low.value
    scale = WORD_SCALES.get(high_scale.group(1).lower(), 1.0)
    return low.value * scale if 0 < low.value < high.value / scale * 10 else low.value


def _missed_money(doc: Doc, sentence: SpacySpan, found: list[FoundQuantity]) -> list[FoundQuantity]:
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


def _vague_amounts(doc: Doc, sentence: SpacySpan, found: list[FoundQuantity]) -> list[FoundQuantity]:
    """"dozens of people" is 12-120, "tens of thousands" 10,000-100,000: the order of magnitude, as a range."""
    extra = []
    for match in VAGUE.finditer(sentence.text):
        start, end = sentence.start_char + match.start(), sentence.start_char + match.end()
        if any(q.start < end and start < q.end for q in found):
            continue
        low = VAGUE_BASES[match.group(2).lower()] * VAGUE_MULTIPLIERS.get((match.group(1) or "").lower(), 1.0)
        extra.append(FoundQuantity(start, end, [low, low * 10], "dimensionless", "dimensionless", "range"))
    return extra


def _apply_minus(text: str, item: FoundQuantity) -> None:
    """"minus 233 Celsius", "minus-5 yards": quantulum3 reads the number without its sign."""
    minus = re.search(r"\bminus[\s-]?$", text[max(0, item.start - 7):item.start], re.I)
    if minus:
        item.start -= len(minus.group(0))
        item.value = [-abs(v) for v in item.value] if isinstance(item.value, list) else -abs(item.value)


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


def _name_bare_number(doc: Doc, item: FoundQuantity) -> None:
    """A unit word quantulum3 does not know ("29 mpg"), a duration ("fifty years"), or what is counted."""
    item.counted, item.counted_phrase = _counted_noun(doc, item)
    if item.counted in DURATION_NOUNS and item.counted_phrase == item.counted:
        item.unit_name, item.entity = item.counted, "time"


def _unit_word_after(doc: Doc, item: FoundQuantity) -> None:
    """"29 mpg", "5-mpg", "300 PS": a unit word quantulum3 does not know, right after a bare number."""
    match = re.match(r"[\s-]?([A-Za-z]+)\b", text_of(doc)[item.end:item.end + 8])
    if match and match.group(1) in UNIT_WORDS:
        item.unit_name, item.entity = UNIT_WORDS[match.group(1)]


def _counted_noun(doc: Doc, item: FoundQuantity) -> tuple[Optional[str], Optional[str]]:
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


def _rate(doc: Doc, item: FoundQuantity) -> None:
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


def _age(text: str, item: FoundQuantity) -> None:
    """"a 50 year-old man", "a 400 million-year-old skull": an age, in years (months, ...) of age."""
    match = re.match(r"[\s-]*(?:(year|month|week|day)s?[\s-]*)?old\b", text[item.end:item.end + 16], re.I)
    unit = (match.group(1) or item.unit_name).lower() if match else None
    if unit in DURATION_NOUNS:
        item.unit_name, item.entity = f"{unit} of age", "time"


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
    doc.user_data[TEXT_KEY] = doc.text
    try:
        records.extend(to_record(doc, item) for item in find_quantities(doc))
    finally:
        del doc.user_data[TEXT_KEY]
    return doc

