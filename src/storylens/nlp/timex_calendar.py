"""Calendar arithmetic for time expressions: TimeML values relative to a reference day.

Values follow TimeML (TIMEX3): ``2023-06-23``, ``2023-06``, ``2023``, ``2023-W25``, ``2023-Q3``,
``2023-SU``, ``199`` (a decade), ``2023-06-23TNI`` (a part of a day), ``P2W`` (a duration).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "a couple of": 2, "couple of": 2, "a dozen": 12, "dozen": 12,
}
DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
    "seventies": 7, "eighties": 8, "nineties": 9,
}
CALENDAR_VALUE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def number(word: str) -> int | None:
    """An integer from digits or an English number word; None for vague amounts ("several")."""
    word = word.lower().strip()
    if re.fullmatch(r"\d+", word):
        return int(word)
    if re.fullmatch(r"\d+\.\d+", word):
        return None
    return NUMBER_WORDS.get(word)


def parse_iso(value: str | None) -> date | None:
    """The day of an ISO value with day precision (``2023-06-23``, ``2023-06-23T10:00``)."""
    if not value:
        return None
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", value)
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def day(d: date) -> str:
    return d.isoformat()


def month(year: int, month_number: int) -> str:
    return f"{year:04d}-{month_number:02d}"


def week(d: date) -> str:
    year, week_number, _ = d.isocalendar()
    return f"{year:04d}-W{week_number:02d}"


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def shift_month(year: int, month_number: int, by: int) -> tuple[int, int]:
    index = year * 12 + (month_number - 1) + by
    return index // 12, index % 12 + 1


def nearest_year(month_number: int, day_number: int | None, reference: date, *, future_weight: float = 2.0) -> int:
    """The year that puts a month (and day) nearest the reference day: "June 29" in a July
    article is the same year, "December 30" in a January article the year before. News
    reports the past more than it announces the future, so days ahead count ``future_weight``
    times: "Oct. 23" in a May article is last October."""
    best_year, best_distance = reference.year, None
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            candidate = date(year, month_number, day_number or 15)
        except ValueError:
            continue
        if day_number is None and (year, month_number) == (reference.year, reference.month):
            candidate = reference
        distance = (candidate - reference).days
        distance = distance * future_weight if distance > 0 else -distance
        if best_distance is None or distance < best_distance:
            best_year, best_distance = year, distance
    return best_year


def weekday_date(weekday: int, reference: date, *, direction: str) -> date:
    """The date of ``weekday`` as news uses weekdays: the reference day itself when it is that
    weekday (unless the direction is strictly "last"/"next"); else the most recent one before
    the reference ("past") or the next one after it ("future")."""
    delta = (weekday - reference.weekday()) % 7
    if direction in ("future", "next"):
        if delta == 0:
            return reference + timedelta(days=7 if direction == "next" else 0)
        return reference + timedelta(days=delta)
    back = (reference.weekday() - weekday) % 7
    if back == 0 and direction == "last":
        back = 7
    return reference - timedelta(days=back)


def duration(amount: int | None, unit: str) -> str:
    """TimeML duration: P3D, PT5H, P10Y for a decade, PXW when the amount is vague."""
    unit = unit.lower().rstrip("s")
    if unit in ("centurie", "century", "decade"):
        if amount is None:
            return "PXDE" if unit == "decade" else "PXCE"
        amount, unit = amount * (10 if unit == "decade" else 100), "year"
    letter = {"second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "month": "M",
              "year": "Y", "quarter": "Q", "weekend": "WE"}.get(unit, "X")
    text = "X" if amount is None else str(amount)
    if unit in ("second", "minute", "hour"):
        return f"PT{text}{letter}"
    return f"P{text}{letter}"


def calendar_value(timeml: str | None) -> str | None:
    """The calendar part of a TimeML value (day, month or year), or None when it has none."""
    if not timeml:
        return None
    head = timeml.split("T", 1)[0]
    return head if CALENDAR_VALUE.match(head) else None
