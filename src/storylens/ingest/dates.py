"""Dates written in article text: date lines under a headline, and dates the body refers to.

Plain regexes rather than dateparser: on news text dateparser's search finds "We" (Wednesday)
or "20 years" as dates, and a date line must match completely or not at all.
"""

from __future__ import annotations

import re
from email.utils import parsedate_to_datetime
from datetime import date, datetime
from typing import Optional

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
MONTH = (
    r"(?P<month>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|Jun(?:e|\.)?|Jul(?:y|\.)?"
    r"|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"

# Full dates (day, month and year); each pattern names the same groups.
FULL_DATE_PATTERNS = [
    re.compile(rf"\b{MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE),  # June 28, 2023
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{MONTH},?\s+{_YEAR}\b", re.IGNORECASE),  # 27 June 2023
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?\b"),
    re.compile(r"\b(?P<first>[0-3]?\d)[/.](?P<second>[0-3]?\d)[/.](?P<year>(?:19|20)\d\d)\b"),
]
# A month and day without a year ("on June 26"); the year comes from the article's context.
MONTH_DAY = re.compile(rf"\b{MONTH}\s+{_DAY}\b(?!,?\s+(?:19|20)\d\d)(?!\s*(?:%|per|million|billion))")

# Words that may surround the date on a date line: "Published: Monday, 26 June 2023, 10:32 AM EDT".
_DATE_LINE_FILLER = re.compile(
    r"(?:published|posted|updated|last|modified|first|on|at|date|dated|:|,|\||/|-|–|—|\.|\s"
    r"|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|\d{1,2}[:.]\d\d(?:[:.]\d\d)?|am|pm|a\.m\.|p\.m\.|(?-i:[A-Z]{1,4}T)|GMT|UTC|BST)*",
    re.IGNORECASE,
)


def _month_number(text: str) -> Optional[int]:
    if text.isdigit():
        return int(text)
    return _MONTHS.get(text[:3].lower())


def _to_date(match: re.Match) -> Optional[date]:
    groups = match.groupdict()
    year = int(groups["year"])
    if "first" in groups:
        # Numeric dates are ambiguous (US month/day vs day/month); take only unambiguous ones.
        first, second = int(groups["first"]), int(groups["second"])
        if first > 12 >= second:
            day, month = first, second
        elif second > 12 >= first:
            day, month = second, first
        else:
            return None
    else:
        day, month = int(groups["day"]), _month_number(groups["month"])
    try:
        return date(year, month, day)
    except (TypeError, ValueError):
        return None


def find_full_dates(text: str) -> list[tuple[date, int, int]]:
    """Every full date in ``text`` as (date, start, end), in text order."""
    found = []
    for pattern in FULL_DATE_PATTERNS:
        for match in pattern.finditer(text):
            value = _to_date(match)
            if value and not any(s <= match.start() < e for _, s, e in found):
                found.append((value, match.start(), match.end()))
    return sorted(found, key=lambda item: item[1])


# "Updated 3 hours ago", "Published: 10:42 am": a page's status line, relative to a moment the
# text does not give, so it says nothing about the date (and is no part of the report).
_STATUS_START = re.compile(r"(?:last |first |originally )?(?:updated|published|posted|modified|edited)\b:?\s*(?P<rest>.*)", re.IGNORECASE)
_RELATIVE_TIME = re.compile(
    r"(?:about |over |more than )?(?:\d+|an?|one|two|few|several)\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|weeks?|months?|years?)\s+ago"
    r"|just now|moments? ago|yesterday|today|this (?:morning|afternoon|evening)",
    re.IGNORECASE,
)


def parse_date_line(line: str) -> Optional[date]:
    """The date when the whole ``line`` is a date line ("June 28, 2023", "Posted 2023-06-28 10:00")."""
    dates = find_full_dates(line)
    if len(dates) != 1:
        return None
    value, start, end = dates[0]
    # "Mar 3, 2021 / 10:42 AM / Updated 2 hours ago": the relative part adds nothing, harms nothing.
    rest = _RELATIVE_TIME.sub(" ", line[:start] + " " + line[end:])
    return value if _DATE_LINE_FILLER.fullmatch(rest) else None


_UPDATE_START = re.compile(r"(?:last\s+)?(?:updated|modified|edited)\b", re.IGNORECASE)


def is_update_line(line: str) -> bool:
    """A status line of an update ("Updated March 5, 2021"), not of the first publication."""
    return bool(_UPDATE_START.match(line))


def is_status_line(line: str) -> bool:
    """A publication or update line: a date line, or "Updated"/"Published" with a time or a
    time relative to now ("Published 3 hours ago")."""
    if len(line.split()) > 15:
        return False
    status = _STATUS_START.fullmatch(line)
    if status is None:
        return False
    rest = status.group("rest")
    if parse_date_line(line) is not None:
        return True
    without_relative = _RELATIVE_TIME.sub(" ", rest)
    return without_relative != rest and bool(_DATE_LINE_FILLER.fullmatch(without_relative)) or (
        bool(re.search(r"\d", rest)) and bool(_DATE_LINE_FILLER.fullmatch(rest))
    )


def split_name_and_date(line: str) -> Optional[tuple[str, date]]:
    """A byline that ends with its date ("Clara Weiss 10 July 2023") as (name part, date)."""
    dates = find_full_dates(line)
    if len(dates) != 1:
        return None
    value, start, end = dates[0]
    if start == 0 or line[end:].strip(" ,.|"):
        return None
    return line[:start].strip(" ,|-–—"), value


# How close a yearless "June 26" must be to the latest full date to confirm it as the news days.
CORROBORATION_DAYS = 7


_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_WEEKDAY_BEFORE = re.compile(r"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+(?:the\s+)?$", re.IGNORECASE)


_YEAR_MENTION = re.compile(r"\b(?:19|20)\d\d\b")


# What marks a sentence as telling of a time still to come: the modal of the future and the
# adjectives of a coming turn ("will vote on Thursday, July 3", "Next council meeting: Thursday,
# July 3"). English has few of them (a closed class); a report of what happened uses none.
_FUTURE = re.compile(r"\b(?:will|shall|won['’]t|next|upcoming|forthcoming)\b|\w['’]ll\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


def announces_coming(text: str, start: int, end: int) -> bool:
    """The date at ``text[start:end]`` is written in a sentence (or a line) that announces
    something to come: a schedule line ("Next council meeting: Thursday 3 July"), a plan ("the
    council will vote on July 3"). Such a date is no day the article reports, so it never dates
    the article (round s33: an undated article was dated from its "Next council meeting" line).
    Only the words before the date are read: in "said on Monday, June 23, that the port will
    reopen" the future is the reported speech's, the date the day of saying."""
    before = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    return bool(_FUTURE.search(text, before[-1] if before else 0, start))


def weekday_dates(text: str, full_dates: Optional[list[tuple[date, int, int]]] = None) -> list[date]:
    """Dates written with their day of the week, when the day is right: the way news dates the
    days it reports; a recalled anniversary rarely gets a weekday. A full date ("Tuesday, March
    2, 2021") counts as written; a yearless one ("on Tuesday, March 2") when exactly one year the
    text mentions puts that day on that weekday."""
    def weekday_before(start: int) -> Optional[int]:
        weekday = _WEEKDAY_BEFORE.search(text[max(0, start - 14) : start])
        return _WEEKDAYS.index(weekday.group(1).lower()) if weekday else None

    found = []
    for value, start, end in find_full_dates(text) if full_dates is None else full_dates:
        if weekday_before(start) == value.weekday() and not announces_coming(text, start, end):
            found.append(value)
    years = {int(y) for y in _YEAR_MENTION.findall(text)}
    for match in MONTH_DAY.finditer(text):
        weekday = weekday_before(match.start())
        if weekday is None or announces_coming(text, match.start(), match.end()):
            continue
        fitting = []
        for year in years:
            try:
                day = date(year, _month_number(match.group("month")), int(match.group("day")))
            except (TypeError, ValueError):
                continue
            if day.weekday() == weekday:
                fitting.append(day)
        if len(fitting) == 1:
            found.append(fitting[0])
    return found


def latest_referenced_date(text: str) -> Optional[date]:
    """The latest date the text refers to, when the text itself marks it as current.

    Full dates with a year mostly recall past events ("on Sept. 11, 2012" in a 2013 article), so
    a date counts only when it is written with its (correct) day of the week, or when a
    yearless month-day mention ("on June 26", which news uses for the days being reported) falls
    within a week of the latest full date; the latest of those is taken. On BASIL (150 articles
    with known dates) the plain latest full date was off by months for 8 of the 10 articles it
    dated; this rule dates 1. A date in a sentence that announces what is to come
    (``announces_coming``) is no day reported and is left out (round s33).
    """
    found = [item for item in find_full_dates(text) if not announces_coming(text, item[1], item[2])]
    full = [value for value, _, _ in found]
    if not full:
        return max(weekday_dates(text, found), default=None)
    latest = max(full)
    near = []
    for match in MONTH_DAY.finditer(text):
        if announces_coming(text, match.start(), match.end()):
            continue
        try:
            mentioned = date(latest.year, _month_number(match.group("month")), int(match.group("day")))
        except (TypeError, ValueError):
            continue
        if abs((mentioned - latest).days) <= CORROBORATION_DAYS:
            near.append(mentioned)
    current = weekday_dates(text, found) + (near + [latest] if near else [])
    return max(current) if current else None


_PARTIAL_DATE = re.compile(r"((?:19|20)\d\d)(?:-([01]\d))?")


def iso_date(value) -> Optional[str]:
    """A date given by a manifest, JSON field or feed as ISO: full date, year-month or year."""
    if value is None or value == "":
        return None
    if isinstance(value, (date, datetime)):
        return value.strftime("%Y-%m-%d")
    text = str(value).strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    found = find_full_dates(text)
    if found:
        return found[0][0].isoformat()
    partial = _PARTIAL_DATE.fullmatch(text)
    if partial:
        return partial.group(0)
    try:  # RFC 822 dates of feeds and e-mail ("Mon, 26 Jun 2023 10:00:00 GMT")
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None
