"""What every time-expression rule shares: the regex vocabulary of English dates (months,
weekdays, number words ...), the :class:`Resolution` a resolver sees and the :class:`Rule` record.

A rule is a regular expression over the text plus a resolver that turns a match into a TimeML
value given a :class:`Resolution` (reference day, last dated anchor, tense of the clause).
Spans follow TimeML extents: determiners and modifiers ("the", "last", "early", "more than")
belong to the expression, prepositions ("on", "in") do not."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
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
    narrative: Optional[date] = None  # the day the outlet's own report is on, if the text named one
    year: Optional[int] = None  # the article's year when its date has no day ("2026", "2026-03")
    looks_back: bool = False  # the expression can only lie before the article: "since June 2nd"


@dataclass
class Rule:
    name: str
    pattern: re.Pattern
    resolve: Callable[[re.Match, Resolution], Optional[tuple[Optional[str], str]]]
    relative: bool = True  # needs a reference day
    sets_anchor: bool = False  # a day it finds anchors later "the next day"


def month_of(text: str) -> int:
    """The number of a month name or abbreviation ("Sept." is 9)."""
    return cal.MONTHS[text[:3].lower()]


def daynum(text: str) -> int:
    return int(re.match(r"\d+", text).group())


def date_or_none(year: int, month: int, day: int) -> Optional[date]:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def quarter_a_year_before(quarter: str) -> str:
    """"2023-Q3" -> "2022-Q3": what "a year earlier" compares a reported quarter with."""
    year, q = quarter.split("-")
    return f"{int(year) - 1}-{q}"


def plain_weekday_date(name: str, r: Resolution) -> date:
    """The day a weekday with no "last"/"next" means against the reference day: ahead when the
    clause is in the future tense, else back; with no tense to go by, the day after the article
    is tomorrow, not six days before."""
    wd = cal.WEEKDAYS[name[:3].lower()]
    direction = "future" if r.tense == "future" else "past"
    if r.tense is None and (wd - r.reference.weekday()) % 7 == 1:
        direction = "future"
    return cal.weekday_date(wd, r.reference, direction=direction)


def narrative_day(r: Resolution) -> Optional[date]:
    """The day a time of day without a day of its own ("at noon", "by mid-morning", "at 4 p.m.")
    is on: in a report of the past, the day the outlet's narrative was last on (never after the
    article date), else the article date; a plan ("will speak at noon") keeps the day the text
    last dated, whatever clause dated it."""
    if r.tense == "future":
        return r.anchor or r.reference
    if r.narrative is not None and (r.reference is None or r.narrative <= r.reference):
        return r.narrative
    return r.reference


def rule(name, pattern, resolve, *, flags=0, relative=True, sets_anchor=False) -> Rule:
    return Rule(name, re.compile(pattern, flags), resolve, relative, sets_anchor)


I = re.IGNORECASE
WHICH = r"(?:the\s+)?(?:this\s+past|this|last|next|past|previous|coming|following)"
