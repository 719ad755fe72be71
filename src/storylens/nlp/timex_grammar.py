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
TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
DIGIT_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine)"
NUM = (
    rf"(?:{TENS}[\s-]{DIGIT_WORD}|\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty"
    r"|ninety|a hundred|hundred|a couple of|couple of|a dozen|several|a few|few|many)"
)
UNIT = r"(?:second|minute|hour|day|week|month|year|decade|centur(?:y|ies)|quarter)s?"
VAGUE = {"several", "a few", "few", "many"}
HEDGE = r"(?:(?:more than|less than|fewer than|at least|nearly|almost|about|around|over|some|up to|roughly|only|just|approximately)\s+)"
# Years in words, as broadcast transcripts write them: "nineteen ninety-six", "nineteen oh five".
SPELLED_YEAR = (
    rf"(?:(?:sixteen|seventeen|eighteen|nineteen)[\s-]+(?:hundred|oh[\s-]+{DIGIT_WORD}|{TENS}(?:[\s-]+{DIGIT_WORD})?"
    r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))"
)
SMALL_NUMBER_WORD = rf"(?:{TENS}(?:[\s-]+{DIGIT_WORD})?|{DIGIT_WORD}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
HOLIDAY = (
    r"(?:New Year['’]s (?:Day|Eve)|Valentine['’]s Day|Independence Day|Fourth of July|Halloween|Christmas(?: Eve| Day)?"
    r"|Boxing Day|Thanksgiving(?: Day)?|Labor Day|Memorial Day|Martin Luther King(?: Jr\.?)? Day|Election Day|Good Friday"
    r"|Easter(?: Sunday| Monday)?)"
)
ORDINAL = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
QUARTER_NUMBER = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
TIME_ZONE = r"(?:\s+(?:EDT|EST|CDT|CST|MDT|MST|PDT|PST|GMT|UTC|BST|CET|local time))?"


@dataclass
class Resolution:
    """What a resolver may look at: the reference day (the article date), the last dated
    anchor in the text, and the tense of the clause ("past", "future" or None)."""

    reference: Optional[date]
    anchor: Optional[date]
    tense: Optional[str] = None
    quarter: Optional[str] = None  # the fiscal quarter the text reports on ("2023-Q3"), if any
    period: Optional[str] = None  # the last calendar value in the text ("1995", "1995-06"), if any


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
            # '80s is the latest such decade not after the article: the 1980s in 1989, the 2020s in 2023.
            hundreds = 20 if r.reference is not None and 2000 + int(digits) <= r.reference.year else 19
            return f"{hundreds}{digits[0]}", "date"
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
    after_noon = m["ampm"].lower().startswith("p") or m["ampm"].lower().endswith(("afternoon", "evening"))
    hour = int(m["hour"]) % 12 + (12 if after_noon else 0)
    minute = int(m["minute"] or 0)
    base = r.anchor or r.reference
    if m["weekday"] and r.reference is not None:
        direction = "future" if r.tense == "future" else "past"
        base = cal.weekday_date(cal.WEEKDAYS[m["weekday"][:3].lower()], r.reference, direction=direction)
    elif m["deixis"] and r.reference is not None:
        base = r.reference + timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[m["deixis"].lower()])
    elif m["month"]:  # "5 p.m. EST, Nov. 6"
        resolved = month_day(m, r)
        base = cal.parse_iso(resolved[0]) if resolved else base
    prefix = cal.day(base) if base else "XXXX-XX-XX"
    return f"{prefix}T{hour:02d}:{minute:02d}", "time"


def present(m, r):
    return "PRESENT_REF", "date"


def past(m, r):
    return "PAST_REF", "date"


def future(m, r):
    return "FUTURE_REF", "date"


def anaphoric_period(m, r):
    """"the following year", "later that year", "the previous month": counted from the period
    the text last named ("In 1995 ... the following year" is 1996), else from the article date."""
    unit = m["unit"].lower()
    step = {"following": 1, "previous": -1, "prior": -1}.get((m["which"] or "").lower(), 0)
    period = r.period if r.period and (unit == "year" or len(r.period) >= 7) else None
    if period is None and r.reference is None:
        return None
    year = int(period[:4]) if period else r.reference.year
    if unit == "year":
        return str(year + step), "date"
    month_number = int(period[5:7]) if period else r.reference.month
    return cal.month(*cal.shift_month(year, month_number, step)), "date"


def relative_period(m, r):
    """this/last/next week, month, year, quarter, weekend, season (with early/late/earlier)."""
    if r.reference is None:
        return None
    which = m["which"].lower().split()[-1]
    step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}.get(which, 0)
    unit = m["unit"].lower()
    if unit in cal.SEASONS and re.search(r"this\s+past", m["which"], re.I):  # "this past spring": this year's
        step = 0 if cal.SEASON_START[cal.SEASONS[unit]] <= r.reference.month else -1
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
    if amount is None:  # "a few days later": how long after is all the text says
        return cal.duration(None, "day"), "duration"
    if base is None:
        return None
    sign = 1 if m["direction"].lower() in ("later", "after") else -1
    return cal.day(base + timedelta(days=sign * amount)), "date"


def span_duration(m, r):
    amount = None if m["amount"].lower() in VAGUE else cal.number(m["amount"])
    return cal.duration(amount, m["unit"], half=bool(m["half"] or m["and_half"])), "duration"


def vague_duration(m, r):
    return cal.duration(None, m["unit"] or m.groupdict().get("unit_ahead")), "duration"


def every(m, r):
    word = m[0].lower()
    unit = {"daily": "day", "weekly": "week", "monthly": "month", "annually": "year", "yearly": "year", "hourly": "hour"}.get(word)
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


def season_of_year(m, r):
    year = int(m["year"]) if m["year"] else cal.spelled_year(m["spelled"])
    return (f"{year}-{cal.SEASONS[m['season'].lower()]}", "date") if year else None


def season(m, r):
    if r.reference is None:
        return None
    return f"{r.reference.year}-{cal.SEASONS[m['season'].lower()]}", "date"


def year_reference(m, r):
    """"the year", "the fiscal year", "the full year", "the current year": the article's year;
    "the latest fiscal year" the one before; "the year ended June 30" a year-long period."""
    if m["ended"]:
        return "P1Y", "duration"
    if r.reference is None:
        return None
    return str(r.reference.year - (1 if "latest" in m["expr"].lower() else 0)), "date"


def period_end(m, r):
    """"year-end", "by the end of the year", "the end of the month": that year or month."""
    if r.reference is None:
        return None
    if (m["unit"] or "").lower() == "month":
        return cal.month(r.reference.year, r.reference.month), "date"
    return str(r.reference.year), "date"


def spelled_year(m, r):
    year = cal.spelled_year(m["spelled"])
    if year is None:
        return None
    return (cal.month(year, _month_number(m["month"])) if m.groupdict().get("month") else str(year)), "date"


def month_of_relative_year(m, r):
    """"June last year", "in April next year": the month in the year the phrase names."""
    if r.reference is None:
        return None
    step = {"last": -1, "next": 1}.get(m["which"].lower(), 0)
    return cal.month(r.reference.year + step, _month_number(m["month"])), "date"


def _reported_quarter_number(r: Resolution) -> Optional[int]:
    return int(r.quarter[-1]) if r.quarter else None


def year_quarter(m, r):
    """"the 1988 third quarter"; "the 1988 quarter/period" is the quarter the text reports on, in 1988."""
    year = int(m["year"])
    q = QUARTER_NUMBER[m["ordinal"].lower()] if m["ordinal"] else _reported_quarter_number(r)
    return (f"{year}-Q{q}" if q else str(year)), "date"


def relative_year_quarter(m, r):
    """"next year's first quarter", "last year's quarter" (the reported quarter, a year before)."""
    if r.reference is None:
        return None
    year = r.reference.year + {"last": -1, "next": 1}.get(m["which"].lower(), 0)
    q = QUARTER_NUMBER[m["ordinal"].lower()] if m["ordinal"] else _reported_quarter_number(r)
    return (f"{year}-Q{q}" if q else str(year)), "date"


def half_year(m, r):
    """"the first half of 1990", "the last half of this year", "the first two quarters of 1990"."""
    if m["year"]:
        year = int(m["year"])
    elif r.reference is None:
        return None
    else:
        year = r.reference.year + {"last": -1, "next": 1}.get((m["which"] or "").lower(), 0)
    return f"{year}-H{1 if m['ordinal'].lower() == 'first' else 2}", "date"


def holiday(m, r):
    if r.reference is None:
        return None
    name = re.sub(r"\s+Jr\.?", "", m["name"])
    d = cal.holiday(name, r.reference, which=(m["which"] or "").lower())
    if m["week"]:
        return cal.week(d), "date"
    return cal.day(d), "date"


def noon(m, r):
    """"noon", "midnight Friday", "mid-afternoon yesterday": a time on the reference (or named) day."""
    base = r.anchor or r.reference
    if m["weekday"] and r.reference is not None:
        direction = "future" if r.tense == "future" else "past"
        base = cal.weekday_date(cal.WEEKDAYS[m["weekday"][:3].lower()], r.reference, direction=direction)
    elif m["deixis"] and r.reference is not None:
        base = r.reference + timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[m["deixis"].lower()])
    if base is None:
        return None
    word = re.sub(r"^mid-?\s*", "", m["word"].lower())
    suffix = {"noon": "12:00", "day": "12:00", "night": "24:00"}.get(word) or cal.PARTS_OF_DAY[word]
    return f"{cal.day(base)}T{suffix}", "time"


def century(m, r):
    """"the 20th century" is 19 in TimeML: the first two digits of its years."""
    return f"{int(m['number']) - 1:02d}", "date"


def _rule(name, pattern, resolve, *, flags=0, relative=True, sets_anchor=False):
    return Rule(name, re.compile(pattern, flags), resolve, relative, sets_anchor)


I = re.IGNORECASE
WHICH = r"(?:the\s+)?(?:this\s+past|this|last|next|past|previous|coming|following)"
RULES: list[Rule] = [
    _rule("full_date", rf"\b(?:{WEEKDAY},?\s+)?(?P<month>{MONTH})\s+(?P<day>{DAYNUM}),?\s+(?P<year>{YEAR})\b", full_date, relative=False, sets_anchor=True),
    _rule("full_date_dmy", rf"\b(?P<day>{DAYNUM})\s+(?:of\s+)?(?P<month>{MONTH}),?\s+(?P<year>{YEAR})\b", full_date, relative=False, sets_anchor=True),
    _rule("month_day", rf"\b(?:{WEEKDAY},?\s+)?(?P<month>{MONTH})\s+(?P<day>{DAYNUM})\b(?![,.]?\d|:\d)", month_day, sets_anchor=True),
    _rule("day_month", rf"\b(?P<day>{DAYNUM})\s+(?:of\s+)?(?P<month>{FULL_MONTH})\b", month_day, sets_anchor=True),
    _rule("month_year", rf"\b(?:(?:early|late|mid)[\s-]+)?(?P<month>{MONTH}),?\s+(?:of\s+)?(?P<year>{YEAR})\b", month_year, relative=False),
    _rule("month_alone", rf"\b(?i:in|since|until|till|by|from|through|during|before|after|of|and|or|to|for)\s+(?P<expr>(?:(?:(?P<which>this|last|next)|early|late|mid)[\s-]+)?(?P<month>{FULL_MONTH})\b)(?!\s+(?:\d|of\s+\w))", month_alone),
    # "the October slaying", "a June agreement": a month name before a common noun.
    _rule("month_attributive", rf"\b(?i:the|a|an)\s+(?P<expr>(?P<which>)(?P<month>{FULL_MONTH}))\s+(?=[a-z])(?!(?:for|of|to|on|in|and|at|by)\b)", month_alone),
    _rule("month_alone_mod", rf"\b(?:(?P<which>[Tt]his|[Ll]ast|[Nn]ext)|[Ee]arly|[Ll]ate|[Mm]id)[\s-]+(?P<month>{FULL_MONTH})\b", month_alone),
    _rule("numeric_date", r"\b(?P<month>0?[1-9]|1[0-2])/(?P<day>0?[1-9]|[12]\d|3[01])/(?P<year>\d{4}|\d{2})\b", numeric_date, relative=False, sets_anchor=True),
    _rule("iso_date", r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b", iso_date, relative=False, sets_anchor=True),
    _rule("year", rf"(?<![$£€\d,.\-/])\b(?:(?:fiscal|calendar|the\s+year|early|late|mid)[\s-]+)?(?P<year>{YEAR})\b(?![,.]\d|\d|-\d|s\b|'s\b|\s*%)", year_alone, relative=False),
    _rule("decade", rf"\b(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:(?P<digits>1[6-9]\d0|20[0-9]0)s|'(?P<digits2>\d0)s)\b", decade, relative=False),
    _rule("decade_word", r"\b(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b", decade, flags=I, relative=False),
    _rule("weekday", rf"\b(?:(?P<which>[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming)\s+|(?P<when>[Ee]arly|[Ll]ate)\s+)?(?P<weekday>{WEEKDAY})(?:\s+(?P<part>{PART}))?\b", weekday, sets_anchor=True),
    _rule("deictic_day", rf"\b(?P<word>today|tonight|yesterday|tomorrow|last night)(?:\s+(?P<part>{PART}))?\b", deictic_day, flags=I),
    _rule("this_part", rf"\b(?:this|early this|late this)\s+(?P<part>morning|afternoon|evening)\b", this_part_of_day, flags=I),
    _rule("clock", rf"\b(?P<hour>1[0-2]|0?[1-9])(?::(?P<minute>[0-5]\d))?\s*(?P<ampm>[ap]\.m\.?|[ap]m\b|(?:o['’]clock\s+)?in\s+the\s+(?:morning|afternoon|evening)\b){TIME_ZONE}(?:,?\s+(?:(?P<weekday>{WEEKDAY})|(?P<deixis>today|yesterday|tomorrow)|(?P<month>{MONTH})\s+(?P<day>{DAYNUM})\b(?![,.]?\d|:\d)))?", clock_time, relative=False),
    _rule("present", r"\b(?:now|right now|currently|current|at present|at the moment|these days|nowadays)\b", present, flags=I, relative=False),
    _rule("year_earlier", r"\b(?:(?:a|one) year (?:earlier|before)|(?:the\s+)?year-(?:earlier|ago)(?:\s+(?:quarter|period))?)\b", year_earlier, flags=I),
    _rule("past", r"\b(?:recently|the past|then[\s-]current)\b", past, flags=I, relative=False),
    _rule("future", r"\b(?:the (?:near |distant )?future|a (?:later|future) date)\b", future, flags=I, relative=False),
    _rule("decade_duration", r"\b(?:the\s+)?(?:past|last|next|coming|previous)\s+(?P<unit>decade|century)\b", lambda m, r: (cal.duration(1, m["unit"]), "duration"), flags=I, relative=False),
    _rule("weekend", r"\b(?P<which>the|this|last|next|past|coming|previous)\s+weekend\b", weekend, flags=I),
    _rule("quarter_reference", r"\bthe\s+(?:(?P<which>latest|current|most recent|this|past|last)\s+)?(?:fiscal\s+)?(?:quarter|period)\b(?![\s-]+(?:of|ended|ending))", quarter_reference, flags=I),
    _rule("anaphoric_period", r"\b(?:(?:later|earlier)\s+(?:in\s+)?)?(?:that|the\s+(?P<which>following|previous|prior|same))\s+(?P<unit>year|month)\b(?![\s-]+(?:ago|earlier|later|before|after)\b)", anaphoric_period, flags=I),
    _rule("relative_period", rf"\b(?:(?:early|late|earlier|later|mid)[\s-]+)?(?P<which>{WHICH})\s+(?P<unit>week|weekend|month|year|quarter|spring|summer|fall|autumn|winter)\b", relative_period, flags=I),
    _rule("ordinal_quarter", r"\b(?:the\s+)?(?P<ordinal>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter(?:\s+of\s+(?P<year>\d{4}))?\b", ordinal_quarter, flags=I),
    _rule("season_of_year", rf"\b(?:the\s+)?(?:(?:early|late)\s+)?(?P<season>spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?:(?P<year>{YEAR})|(?P<spelled>{SPELLED_YEAR}))\b", season_of_year, flags=I, relative=False),
    _rule("season", r"\b(?:the\s+)?(?:(?:early|late)\s+)?(?P<season>spring|summer|autumn|winter)\b(?!\s+(?:of\s+)?\d)", season, flags=I),
    _rule("ago", rf"\b{HEDGE}?(?P<amount>{NUM})\s+(?P<unit>day|week|month|year|decade)s?\s+ago\b", ago, flags=I),
    _rule("anchored_day", r"\b(?:the (?:next|following|previous|same) day|the day (?:before|after)|that (?:same )?day|that morning|that evening|that night|the next morning|earlier in the day|later in the day|earlier that day|later that day)\b", anchored_day, flags=I),
    _rule("days_later", rf"\b(?P<amount>{NUM})\s+days?\s+(?P<direction>later|earlier)\b", days_later, flags=I),
    _rule("duration", rf"\b(?:(?:the|its|their|his|her)\s+)?(?:(?:past|last|next|first|coming|previous|final|recent|latest)\s+)?{HEDGE}?(?P<amount>{NUM})(?P<half>\s+1/2)?[\s-]+(?:(?:more|additional|extra|further)\s+)?(?:(?:trading|business|working)\s+)?(?P<unit>{UNIT})(?:-long)?(?:(?P<and_half>\s+and\s+a\s+half)\b|\b(?![\s-]+old\b)(?!\s+(?:ago|later|earlier)\b))", span_duration, flags=I, relative=False),
    _rule("bare_duration", r"\b(?i:for|within|in|over|after)\s+(?P<expr>(?P<unit>days|weeks|months|years|decades))\b(?!\s+(?:of|ago|later|earlier|old)\b)", vague_duration, relative=False),
    _rule("vague_duration", r"\b(?:(?:the\s+)?(?:past|last|next|coming|recent|few|several|many)\s+)+(?P<unit>days|weeks|months|years|decades)\b|\bthe\s+(?P<unit_ahead>days|weeks|months|years)\s+ahead\b", vague_duration, flags=I, relative=False),
    _rule("year_reference", r"\b(?P<expr>(?:(?:earlier|later|early|late)\s+in\s+)?the\s+(?:(?:full|fiscal|current|latest|calendar|financial)[\s-]+)*year)\b(?![\s-]+(?:ago|earlier|before|later|after|two|\d))(?P<ended>\s+(?:ended|ending)\b)?", year_reference, flags=I),
    _rule("period_end", r"\b(?:(?:the\s+)?end\s+of\s+the\s+(?P<unit>year|month)|year(?:-|\s+|['’]s\s+)end)\b(?![\s-]+(?:net|results?|figures?|level|total)\b)", period_end, flags=I),
    _rule("spelled_year", rf"\b(?:the\s+year\s+)?(?P<spelled>{SPELLED_YEAR})\b", spelled_year, flags=I, relative=False),
    _rule("spelled_year_2000", rf"\b(?:the\s+year\s+)(?P<spelled>two\s+thousand(?:\s+(?:and\s+)?{SMALL_NUMBER_WORD})?)\b", spelled_year, flags=I, relative=False),
    _rule("month_spelled_year", rf"\b(?P<month>{FULL_MONTH})\s+(?:of\s+)?(?P<spelled>(?i:{SPELLED_YEAR}))\b", spelled_year, relative=False),
    _rule("month_relative_year", rf"\b(?:(?:early|late|mid)[\s-]+)?(?P<month>{MONTH})\s+(?:of\s+)?(?P<which>this|last|next)\s+year\b", month_of_relative_year),
    _rule("year_quarter", rf"\b(?:the\s+)?(?P<year>{YEAR})\s+(?:fiscal\s+)?(?:(?P<ordinal>{ORDINAL})[\s-]+)?(?:fiscal\s+)?(?:quarter|period)\b", year_quarter, flags=I, relative=False),
    _rule("relative_year_quarter", rf"\b(?P<which>this|last|next)\s+year['’]s\s+(?:fiscal\s+)?(?:(?P<ordinal>{ORDINAL})[\s-]+)?(?:fiscal\s+)?(?:quarter|period)\b", relative_year_quarter, flags=I),
    _rule("quarter_last_year", r"\bthe\s+(?:(?:corresponding|comparable|same|like)\s+)?(?:quarter|period)\s+(?:of\s+|in\s+)?(?:a\s+year\s+(?:ago|earlier)|last\s+year)\b", year_earlier, flags=I),
    _rule("half_year", rf"\b(?:the\s+)?(?P<ordinal>first|second|last|latter)\s+(?:half|two\s+quarters)\s+of\s+(?:(?P<year>{YEAR})|(?:(?P<which>this|last|next)|the)\s+year)\b", half_year, flags=I),
    _rule("holiday", rf"\b(?:(?P<which>(?i:last|next|this|past|coming))\s+)?(?P<name>{HOLIDAY})(?P<week>\s+week)?\b(?!\s+(?:season|holidays?|weekend|break|tree|card|party|presents?|gifts?|shopping|sales?|dinner|parade|Day)\b)", holiday, sets_anchor=True),
    _rule("noon", rf"(?<!high )\b(?P<word>noon|midnight|midday|mid-?\s?(?:morning|afternoon))(?:,?\s+(?:(?P<weekday>{WEEKDAY})|(?P<deixis>today|yesterday|tomorrow)))?\b", noon, flags=I),
    _rule("century", r"\b(?:the\s+)?(?P<number>[1-9]|1\d|2[01])(?:st|nd|rd|th)[\s-]+century\b", century, flags=I, relative=False),
    _rule("set", r"\b(?:daily|weekly|monthly|annually|yearly|hourly|(?:every|each) (?:day|week|month|quarter|year))\b", every, flags=I, relative=False),
]
