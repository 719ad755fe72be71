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
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}  # the month a season begins in
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
UNIT_WORDS = {w: n for w, n in NUMBER_WORDS.items() if 1 <= n <= 9 and " " not in w and len(w) > 2}
TEEN_WORDS = {w: n for w, n in NUMBER_WORDS.items() if 10 <= n <= 19}
TENS_WORDS = {w: n for w, n in NUMBER_WORDS.items() if n in (20, 30, 40, 50, 60, 70, 80, 90)}


def number(word: str) -> int | None:
    """An integer from digits or an English number word; None for vague amounts ("several")."""
    word = word.lower().strip()
    if re.fullmatch(r"\d+", word):
        return int(word)
    if re.fullmatch(r"\d+\.\d+", word):
        return None
    parts = re.split(r"[\s-]+", word)
    if len(parts) == 2 and parts[0] in TENS_WORDS and parts[1] in UNIT_WORDS:  # "twenty-four"
        return TENS_WORDS[parts[0]] + UNIT_WORDS[parts[1]]
    return NUMBER_WORDS.get(word)


def spelled_year(text: str) -> int | None:
    """A year said in words, as broadcast transcripts write them: "nineteen ninety-six" (1996),
    "nineteen oh five", "nineteen hundred", "two thousand", "two thousand and one"."""
    words = re.split(r"[\s-]+", text.lower().replace(" and ", " "))
    if words[:2] == ["two", "thousand"]:
        rest = words[2:]
        if not rest:
            return 2000
        value = number(" ".join(rest)) if len(rest) == 1 else number("-".join(rest))
        return 2000 + value if value is not None and value < 100 else None
    century = TEEN_WORDS.get(words[0])
    if century is None or len(words) < 2:
        return None
    rest = words[1:]
    if rest == ["hundred"]:
        return century * 100
    if rest[0] == "oh" and len(rest) == 2 and rest[1] in UNIT_WORDS:
        return century * 100 + UNIT_WORDS[rest[1]]
    value = number(rest[0]) if len(rest) == 1 else number("-".join(rest))
    return century * 100 + value if value is not None and 10 <= value < 100 else None


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


# A year no news date has, standing for the year a text does not give ("On 14 June ..." in an
# undated article): a day of it can still anchor "the same day" or "two days later", and is
# written back as XXXX-06-14. Year 4 is a leap year, so February 29 exists in it.
UNKNOWN_YEAR = 4


def day(d: date) -> str:
    if d.year < 100:  # the unknown year, or the one after it ("the next day" after 31 December)
        return "XXXX" + d.isoformat()[4:]
    return d.isoformat()


def parse_day(value: str | None) -> date | None:
    """The day of a value with day precision, also without a year: ``XXXX-06-14`` is 14 June of
    :data:`UNKNOWN_YEAR`, so that it can anchor the days counted from it."""
    if value and value.startswith("XXXX-"):
        return parse_iso(f"{UNKNOWN_YEAR:04d}" + value[4:])
    return parse_iso(value)


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


def nth_weekday(year: int, month_number: int, weekday: int, n: int) -> date:
    """The ``n``-th ``weekday`` of a month (n = -1: the last one): Thanksgiving, Labor Day."""
    if n > 0:
        first = date(year, month_number, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    following = date(year + month_number // 12, month_number % 12 + 1, 1)
    last = following - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * l) // 433
    month_number = (h + l - 7 * m + 90) // 25
    return date(year, month_number, (h + l - 7 * m + 33 * month_number + 19) % 32)


# Holidays of English-language news with a fixed rule, as (year -> date).
HOLIDAYS = {
    "new year's day": lambda y: date(y, 1, 1),
    "new year's eve": lambda y: date(y, 12, 31),
    "valentine's day": lambda y: date(y, 2, 14),
    "independence day": lambda y: date(y, 7, 4),
    "fourth of july": lambda y: date(y, 7, 4),
    "halloween": lambda y: date(y, 10, 31),
    "christmas eve": lambda y: date(y, 12, 24),
    "christmas day": lambda y: date(y, 12, 25),
    "christmas": lambda y: date(y, 12, 25),
    "boxing day": lambda y: date(y, 12, 26),
    "thanksgiving day": lambda y: nth_weekday(y, 11, 3, 4),
    "thanksgiving": lambda y: nth_weekday(y, 11, 3, 4),
    "labor day": lambda y: nth_weekday(y, 9, 0, 1),
    "memorial day": lambda y: nth_weekday(y, 5, 0, -1),
    "martin luther king day": lambda y: nth_weekday(y, 1, 0, 3),
    # US federal elections: the Tuesday after the first Monday of November.
    "election day": lambda y: nth_weekday(y, 11, 0, 1) + timedelta(days=1),
    "good friday": lambda y: easter(y) - timedelta(days=2),
    "easter sunday": easter,
    "easter": easter,
    "easter monday": lambda y: easter(y) + timedelta(days=1),
}


def holiday(name: str, reference: date, *, which: str = "") -> date:
    """The date of a named holiday: in the year the modifier names ("last Thanksgiving" is the
    most recent one before the reference day), else the nearest one, past ones preferred."""
    rule = HOLIDAYS[re.sub(r"\s+", " ", name.lower().replace("\u2019", "'"))]
    candidates = [rule(year) for year in (reference.year - 1, reference.year, reference.year + 1)]
    if which in ("last", "past", "previous"):
        return max(d for d in candidates if d < reference)
    if which in ("next", "coming"):
        return min(d for d in candidates if d > reference)
    if which == "this":
        return candidates[1]
    return min(candidates, key=lambda d: (d - reference).days * 2 if d > reference else (reference - d).days)


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


HALF_OF_UNIT = {"year": "6M", "day": "T12H", "hour": "30M", "minute": "30S"}


def duration(amount: int | None, unit: str, *, half: bool = False) -> str:
    """TimeML duration: P3D, PT5H, P10Y for a decade, PXW when the amount is vague; ``half``
    adds half a unit ("2 1/2 years" is P2Y6M, "5 1/2 hours" PT5H30M) where TimeML can say it."""
    unit = unit.lower().rstrip("s")
    if half and amount is not None and unit in HALF_OF_UNIT:
        return duration(amount, unit) + HALF_OF_UNIT[unit]
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


WEEK_VALUE = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")


def month_of_week(timeml: str | None) -> str | None:
    """The month (else the year) a week or a weekend lies in wholly: "2031-W45" (3-9 November)
    -> "2031-11"; a week across two months -> its year; across two years -> None. A happening
    dated "last week" took place in it, which the timeline, dated by days, months and years,
    can only say so coarsely."""
    match = WEEK_VALUE.match(timeml or "")
    if match is None:
        return None
    year, number = int(match.group(1)), int(match.group(2))
    try:
        first = date.fromisocalendar(year, number, 6 if match.group(3) else 1)
    except ValueError:
        return None
    last = date.fromisocalendar(year, number, 7)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.year:04d}-{first.month:02d}"
    return f"{first.year:04d}" if first.year == last.year else None


def calendar_value(timeml: str | None) -> str | None:
    """The calendar part of a TimeML value (day, month or year), or None when it has none."""
    if not timeml:
        return None
    head = timeml.split("T", 1)[0]
    return head if CALENDAR_VALUE.match(head) else None
