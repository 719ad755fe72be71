"""The surface patterns of English news time expressions and their TimeML values.

Each rule is a regular expression over the text plus a resolver that turns a match into a
TimeML value given a :class:`Resolution` (reference day, last dated anchor, tense of the clause).
Spans follow TimeML extents: determiners and modifiers ("the", "last", "early", "more than")
belong to the expression, prepositions ("on", "in") do not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable, Optional

from storylens.nlp import timex_calendar as cal

MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?"
    r"|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
FULL_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
PART = r"(?:morning|afternoon|evening|night)"
DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[6-9]\d\d|20\d\d)"
NUM = (
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty"
    r"|ninety|a hundred|hundred|a couple of|a dozen|several|a few|few|many)"
)
UNIT = r"(?:second|minute|hour|day|week|month|year|decade|centur(?:y|ies)|quarter)s?"
VAGUE = {"several", "a few", "few", "many"}
HEDGE = r"(?:(?:more than|less than|fewer than|at least|nearly|almost|about|around|over|some|up to|roughly|only|just|approximately)\s+)"
TIME_ZONE = r"(?:\s+(?:EDT|EST|CDT|CST|MDT|MST|PDT|PST|GMT|UTC|BST|CET|local time))?"


@dataclass
class Resolution:
    """What a resolver may look at: the reference day (the article date), the last dated
    anchor in the text, and the tense of the clause ("past", "future" or None)."""

    reference: Optional[date]
    anchor: Optional[date]
    tense: Optional[str] = None
    quarter: Optional[str] = None  # the fiscal quarter the text reports on ("2023-Q3"), if any


@dataclass
class Rule:
    name: str
    pattern: re.Pattern
    resolve: Callable[[re.Match, Resolution], Optional[tuple[Optional[str], str]]]
    relative: bool = True  # needs a reference day
    sets_anchor: bool = False  # a day it finds anchors later "the next day"


def _month_number(text: str) -> int:
    return cal.MONTHS[text[:3].lower()]


def _daynum(text: str) -> int:
    return int(re.match(r"\d+", text).group())


def _date_or_none(year: int, month: int, day: int) -> Optional[date]:
    try:
        return date(year, month, day)
    except ValueError:
        return None


# --- resolvers: (match, resolution) -> (TimeML value or None, kind) -----------------------------


def full_date(m, r):
    d = _date_or_none(int(m["year"]), _month_number(m["month"]), _daynum(m["day"]))
    return (cal.day(d), "date") if d else None


def month_day(m, r):
    month_number, day_number = _month_number(m["month"]), _daynum(m["day"])
    if r.reference is None:
        return (f"XXXX-{month_number:02d}-{day_number:02d}", "date")
    # Nearest year, not the tense: news dates plans in the past tense ("was planned for June 1").
    weight = 0.5 if r.tense == "future" else 2.0
    d = _date_or_none(cal.nearest_year(month_number, day_number, r.reference, future_weight=weight), month_number, day_number)
    return (cal.day(d), "date") if d else None


def month_year(m, r):
    return cal.month(int(m["year"]), _month_number(m["month"])), "date"


def month_alone(m, r):
    month_number = _month_number(m["month"])
    if r.reference is None:
        return None
    which = (m["which"] or "").lower()
    weight = 0.5 if r.tense == "future" else 2.0
    year = cal.nearest_year(month_number, None, r.reference, future_weight=weight)
    if which == "last":
        year = r.reference.year if month_number < r.reference.month else r.reference.year - 1
    elif which == "next":
        year = r.reference.year if month_number > r.reference.month else r.reference.year + 1
    elif which == "this":
        year = r.reference.year
    return cal.month(year, month_number), "date"


def numeric_date(m, r):
    year = int(m["year"])
    if year < 100:
        year += 2000 if year < 50 else 1900
    d = _date_or_none(year, int(m["month"]), int(m["day"]))
    return (cal.day(d), "date") if d else None


def iso_date(m, r):
    d = _date_or_none(int(m["year"]), int(m["month"]), int(m["day"]))
    return (cal.day(d), "date") if d else None


def year_alone(m, r):
    return m["year"], "date"


def decade(m, r):
    groups = m.groupdict()
    digits = groups.get("digits") or groups.get("digits2")
    if digits:
        if len(digits) == 2:  # '80s
            century = 19 if r.reference is None or int(digits) > r.reference.year % 100 else 20
            return f"{century}{digits[0]}", "date"
        # TimeML writes "the 1990s" as 199 and a bare "1990s" as 199X.
        return digits[:3] + ("" if m[0].lower().startswith("the") else "X"), "date"
    return f"19{cal.DECADE_WORDS[m['word'].lower()]}", "date"


def weekday(m, r):
    if r.reference is None:
        return None
    which = (m["which"] or "").lower()
    direction = {"last": "last", "past": "last", "next": "next", "coming": "future"}.get(which)
    if direction is None:
        direction = "future" if r.tense == "future" else "past"
    d = cal.weekday_date(cal.WEEKDAYS[m["weekday"][:3].lower()], r.reference, direction=direction)
    value = cal.day(d)
    if m["part"]:
        value += "T" + cal.PARTS_OF_DAY[m["part"].lower()]
    return value, ("time" if m["part"] else "date")


def deictic_day(m, r):
    if r.reference is None:
        return None
    word = m["word"].lower()
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "last night": -1}.get(word, 0)
    value = cal.day(r.reference + timedelta(days=offset))
    if word in ("tonight", "last night"):
        return value + "TNI", "time"
    if m["part"]:
        return value + "T" + cal.PARTS_OF_DAY[m["part"].lower()], "time"
    return value, "date"


def this_part_of_day(m, r):
    if r.reference is None:
        return None
    return cal.day(r.reference) + "T" + cal.PARTS_OF_DAY[m["part"].lower()], "time"


def clock_time(m, r):
    hour = int(m["hour"]) % 12 + (12 if m["ampm"].lower().startswith("p") else 0)
    minute = int(m["minute"] or 0)
    base = r.anchor or r.reference
    if m["weekday"] and r.reference is not None:
        direction = "future" if r.tense == "future" else "past"
        base = cal.weekday_date(cal.WEEKDAYS[m["weekday"][:3].lower()], r.reference, direction=direction)
    elif m["deixis"] and r.reference is not None:
        base = r.reference + timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[m["deixis"].lower()])
    prefix = cal.day(base) if base else "XXXX-XX-XX"
    return f"{prefix}T{hour:02d}:{minute:02d}", "time"


def present(m, r):
    return "PRESENT_REF", "date"


def past(m, r):
    return "PAST_REF", "date"


def future(m, r):
    return "FUTURE_REF", "date"


def relative_period(m, r):
    """this/last/next week, month, year, quarter, weekend, season (with early/late/earlier)."""
    if r.reference is None:
        return None
    which = m["which"].lower().split()[-1]
    step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}.get(which, 0)
    unit = m["unit"].lower()
    ref = r.reference
    if unit == "week":
        return cal.week(ref + timedelta(weeks=step)), "date"
    if unit == "weekend":
        return cal.week(ref + timedelta(weeks=step)) + "-WE", "date"
    if unit == "month":
        year, month_number = cal.shift_month(ref.year, ref.month, step)
        return cal.month(year, month_number), "date"
    if unit == "year":
        return str(ref.year + step), "date"
    if unit == "quarter":
        index = ref.year * 4 + cal.quarter_of(ref) - 1 + step
        return f"{index // 4}-Q{index % 4 + 1}", "date"
    if unit in cal.SEASONS:
        year = ref.year + step
        return f"{year}-{cal.SEASONS[unit]}", "date"
    return None


def ordinal_quarter(m, r):
    q = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}[m["ordinal"].lower()]
    if m["year"]:
        return f"{m['year']}-Q{q}", "date"
    if r.reference is None:
        return None
    year = r.reference.year if q <= cal.quarter_of(r.reference) else r.reference.year - 1
    return f"{year}-Q{q}", "date"


def ago(m, r):
    if r.reference is None:
        return None
    amount = cal.number(m["amount"])
    unit = m["unit"].lower().rstrip("s")
    if amount is None:
        return "PAST_REF", "date"
    ref = r.reference
    if unit == "day":
        return cal.day(ref - timedelta(days=amount)), "date"
    if unit == "week":
        return cal.week(ref - timedelta(weeks=amount)), "date"
    if unit == "month":
        year, month_number = cal.shift_month(ref.year, ref.month, -amount)
        return cal.month(year, month_number), "date"
    if unit == "year":
        if amount == 1 and r.quarter:  # earnings news: "a year ago" is that quarter last year
            return _quarter_a_year_before(r.quarter), "date"
        return str(ref.year - amount), "date"
    if unit == "decade":
        return str(ref.year - 10 * amount)[:3], "date"
    return None


def _quarter_a_year_before(quarter: str) -> str:
    year, q = quarter.split("-")
    return f"{int(year) - 1}-{q}"


def year_earlier(m, r):
    """"a year earlier", "the year-ago quarter": the reported quarter a year before, or last year."""
    if r.quarter:
        return _quarter_a_year_before(r.quarter), "date"
    if r.reference is None:
        return None
    return str(r.reference.year - 1), "date"


def anchored_day(m, r):
    """"the next day", "that day", "the day before": a day relative to the last dated anchor."""
    base = r.anchor or r.reference
    if base is None:
        return None
    phrase = m[0].lower()
    offset = 0
    if re.search(r"next|following|after", phrase):
        offset = 1
    elif re.search(r"before|previous|prior", phrase):
        offset = -1
    return cal.day(base + timedelta(days=offset)), "date"


def days_later(m, r):
    """"two days later", "three days earlier": days counted from the last dated anchor."""
    base = r.anchor or r.reference
    amount = cal.number(m["amount"])
    if base is None or amount is None:
        return None
    sign = 1 if m["direction"].lower() in ("later", "after") else -1
    return cal.day(base + timedelta(days=sign * amount)), "date"


def span_duration(m, r):
    amount = None if m["amount"].lower() in VAGUE else cal.number(m["amount"])
    return cal.duration(amount, m["unit"]), "duration"


def vague_duration(m, r):
    return cal.duration(None, m["unit"]), "duration"


def every(m, r):
    word = m[0].lower()
    unit = {"daily": "day", "weekly": "week", "monthly": "month", "annually": "year", "yearly": "year"}.get(word)
    if unit is None:
        unit = word.split()[-1]
    return cal.duration(1, unit), "set"


def weekend(m, r):
    if r.reference is None:
        return None
    which = (m["which"] or "").lower()
    ref = r.reference
    if which in ("last", "past", "previous") or (not which or which == "the") and r.tense == "past":
        saturday = cal.weekday_date(5, ref - timedelta(days=1), direction="past")
    elif which in ("next", "coming") or r.tense == "future":
        saturday = cal.weekday_date(5, ref, direction="future")
    else:
        saturday = ref
    return cal.week(saturday) + "-WE", "date"


def quarter_reference(m, r):
    """"the quarter", "the latest quarter": the last full quarter; "the current quarter": this one."""
    if r.reference is None:
        return None
    index = r.reference.year * 4 + cal.quarter_of(r.reference) - 1
    if not (m["which"] or "").lower() in ("current", "this"):
        index -= 1
    return f"{index // 4}-Q{index % 4 + 1}", "date"


def season(m, r):
    if r.reference is None:
        return None
    return f"{r.reference.year}-{cal.SEASONS[m['season'].lower()]}", "date"


def _rule(name, pattern, resolve, *, flags=0, relative=True, sets_anchor=False):
    return Rule(name, re.compile(pattern, flags), resolve, relative, sets_anchor)


I = re.IGNORECASE
WHICH = r"(?:the\s+)?(?:this|last|next|past|previous|coming|following)"
RULES: list[Rule] = [
    _rule("full_date", rf"\b(?:{WEEKDAY},?\s+)?(?P<month>{MONTH})\s+(?P<day>{DAYNUM}),?\s+(?P<year>{YEAR})\b", full_date, relative=False, sets_anchor=True),
    _rule("full_date_dmy", rf"\b(?P<day>{DAYNUM})\s+(?:of\s+)?(?P<month>{MONTH}),?\s+(?P<year>{YEAR})\b", full_date, relative=False, sets_anchor=True),
    _rule("month_day", rf"\b(?:{WEEKDAY},?\s+)?(?P<month>{MONTH})\s+(?P<day>{DAYNUM})\b(?![,.]?\d|:)", month_day, sets_anchor=True),
    _rule("day_month", rf"\b(?P<day>{DAYNUM})\s+(?:of\s+)?(?P<month>{FULL_MONTH})\b", month_day, sets_anchor=True),
    _rule("month_year", rf"\b(?:(?:early|late|mid)[\s-]+)?(?P<month>{MONTH}),?\s+(?:of\s+)?(?P<year>{YEAR})\b", month_year, relative=False),
    _rule("month_alone", rf"\b(?i:in|since|until|till|by|from|through|during|before|after|of|and|or|to)\s+(?P<expr>(?:(?:(?P<which>this|last|next)|early|late|mid)[\s-]+)?(?P<month>{FULL_MONTH})\b)(?!\s+(?:\d|of\s+\w))", month_alone),
    _rule("month_alone_mod", rf"\b(?:(?P<which>[Tt]his|[Ll]ast|[Nn]ext)|[Ee]arly|[Ll]ate|[Mm]id)[\s-]+(?P<month>{FULL_MONTH})\b", month_alone),
    _rule("numeric_date", r"\b(?P<month>0?[1-9]|1[0-2])/(?P<day>0?[1-9]|[12]\d|3[01])/(?P<year>\d{4}|\d{2})\b", numeric_date, relative=False, sets_anchor=True),
    _rule("iso_date", r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b", iso_date, relative=False, sets_anchor=True),
    _rule("year", rf"(?<![$£€\d,.\-/])\b(?:(?:fiscal|calendar|the\s+year|early|late|mid)[\s-]+)?(?P<year>{YEAR})\b(?![,.]\d|\d|-\d|s\b|'s\b|\s*%)", year_alone, relative=False),
    _rule("decade", rf"\b(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:(?P<digits>1[6-9]\d0|20[0-9]0)s|'(?P<digits2>\d0)s)\b", decade, relative=False),
    _rule("decade_word", r"\b(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b", decade, flags=I, relative=False),
    _rule("weekday", rf"\b(?:(?P<which>[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming)\s+|(?P<when>[Ee]arly|[Ll]ate)\s+)?(?P<weekday>{WEEKDAY})(?:\s+(?P<part>{PART}))?\b", weekday, sets_anchor=True),
    _rule("deictic_day", rf"\b(?P<word>today|tonight|yesterday|tomorrow|last night)(?:\s+(?P<part>{PART}))?\b", deictic_day, flags=I),
    _rule("this_part", rf"\b(?:this|early this|late this)\s+(?P<part>morning|afternoon|evening)\b", this_part_of_day, flags=I),
    _rule("clock", rf"\b(?P<hour>1[0-2]|0?[1-9])(?::(?P<minute>[0-5]\d))?\s*(?P<ampm>[ap]\.m\.?|[ap]m\b){TIME_ZONE}(?:,?\s+(?:(?P<weekday>{WEEKDAY})|(?P<deixis>today|yesterday|tomorrow)))?", clock_time, relative=False),
    _rule("present", r"\b(?:now|right now|currently|current|at present|at the moment|these days|nowadays)\b", present, flags=I, relative=False),
    _rule("year_earlier", r"\b(?:(?:a|one) year (?:earlier|before)|(?:the\s+)?year-(?:earlier|ago)(?:\s+(?:quarter|period))?)\b", year_earlier, flags=I),
    _rule("past", r"\b(?:recently|the past)\b", past, flags=I, relative=False),
    _rule("future", r"\b(?:the (?:near |distant )?future)\b", future, flags=I, relative=False),
    _rule("decade_duration", r"\b(?:the\s+)?(?:past|last|next|coming|previous)\s+(?P<unit>decade|century)\b", lambda m, r: (cal.duration(1, m["unit"]), "duration"), flags=I, relative=False),
    _rule("weekend", r"\b(?P<which>the|this|last|next|past|coming|previous)\s+weekend\b", weekend, flags=I),
    _rule("quarter_reference", r"\bthe\s+(?:(?P<which>latest|current|most recent|this|past|last)\s+)?(?:fiscal\s+)?(?:quarter|period)\b(?![\s-]+(?:of|ended|ending))", quarter_reference, flags=I),
    _rule("relative_period", rf"\b(?:(?:early|late|earlier|later|mid)[\s-]+)?(?P<which>{WHICH})\s+(?P<unit>week|weekend|month|year|quarter|spring|summer|fall|autumn|winter)\b", relative_period, flags=I),
    _rule("ordinal_quarter", r"\b(?:the\s+)?(?P<ordinal>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter(?:\s+of\s+(?P<year>\d{4}))?\b", ordinal_quarter, flags=I),
    _rule("season", r"\b(?:the\s+)?(?:(?:early|late)\s+)?(?P<season>spring|summer|autumn|winter)\b(?!\s+(?:of\s+)?\d)", season, flags=I),
    _rule("ago", rf"\b{HEDGE}?(?P<amount>{NUM})\s+(?P<unit>day|week|month|year|decade)s?\s+ago\b", ago, flags=I),
    _rule("anchored_day", r"\b(?:the (?:next|following|previous|same) day|the day (?:before|after)|that (?:same )?day|that morning|that evening|that night|the next morning|earlier in the day|later in the day|earlier that day|later that day)\b", anchored_day, flags=I),
    _rule("days_later", rf"\b(?P<amount>{NUM})\s+days?\s+(?P<direction>later|earlier)\b", days_later, flags=I),
    _rule("duration", rf"\b(?:(?:the|its|their|his|her)\s+)?(?:(?:past|last|next|first|coming|previous|final|recent|latest)\s+)?{HEDGE}?(?P<amount>{NUM})[\s-]+(?:more\s+)?(?P<unit>{UNIT})(?:-long)?\b(?!-old)(?!\s+(?:ago|later|earlier)\b)", span_duration, flags=I, relative=False),
    _rule("bare_duration", r"\b(?i:for|within|in|over|after)\s+(?P<expr>(?P<unit>days|weeks|months|years|decades))\b(?!\s+(?:of|ago|later|earlier|old)\b)", vague_duration, relative=False),
    _rule("vague_duration", r"\b(?:(?:the\s+)?(?:past|last|next|coming|recent|few|several|many)\s+)+(?P<unit>days|weeks|months|years|decades)\b", vague_duration, flags=I, relative=False),
    _rule("set", r"\b(?:daily|weekly|monthly|annually|yearly|every (?:day|week|month|year))\b", every, flags=I, relative=False),
]
