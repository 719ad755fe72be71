"""Calendar dates the text names outright: full and partial dates, bare months, years (also in
words), decades, centuries, seasons of a named year and holidays."""

from __future__ import annotations

import re

from storylens.nlp import timex_calendar as cal
from storylens.nlp.timex_rules.base import (
    DAYNUM,
    FULL_MONTH,
    HOLIDAY,
    I,
    MONTH,
    Rule,
    SMALL_NUMBER_WORD,
    SPELLED_YEAR,
    WEEKDAY,
    YEAR,
    date_or_none,
    daynum,
    month_of,
    rule,
)


def full_date(m, r):
    d = date_or_none(int(m["year"]), month_of(m["month"]), daynum(m["day"]))
    return (cal.day(d), "date") if d else None


def month_day(m, r):
    month_number, day_number = month_of(m["month"]), daynum(m["day"])
    if r.reference is None and r.year is not None:  # an article dated "2026" or "2026-03"
        d = date_or_none(r.year, month_number, day_number)
        return (cal.day(d), "date") if d else None
    if r.reference is None:
        return (f"XXXX-{month_number:02d}-{day_number:02d}", "date")
    # Nearest year, not the tense: news dates plans in the past tense ("was planned for June 1",
    # "extended to Nov. 20", "the offer was set to expire Nov. 6").
    weight = 0.5 if r.tense == "future" else 2.0
    year = cal.nearest_year(month_number, day_number, r.reference, future_weight=weight)
    if r.looks_back:  # "since June 2nd": the article's year, or the one before if that is still ahead
        year = r.reference.year - (1 if (month_number, day_number) > (r.reference.month, r.reference.day) else 0)
    if r.tense == "future":  # "will be paid Jan. 3": the day ahead
        year = r.reference.year + (1 if (month_number, day_number) < (r.reference.month, r.reference.day) else 0)
    d = date_or_none(year, month_number, day_number)
    return (cal.day(d), "date") if d else None


def month_year(m, r):
    return cal.month(int(m["year"]), month_of(m["month"])), "date"


def _places_the_act(m) -> bool:
    """The month is written as when the clause's act took place: "in March", "during March"."""
    if "expr" not in m.re.groupindex:
        return False
    preposition = m.string[m.start() : m.start("expr")].strip().lower()
    return preposition in ("in", "during")


def month_alone(m, r):
    month_number = month_of(m["month"])
    if r.reference is None:
        return None
    which = (m["which"] or "").lower()
    weight = 0.5 if r.tense == "future" else 2.0
    year = cal.nearest_year(month_number, None, r.reference, future_weight=weight)
    if r.tense == "future":  # "will fly a mission in December" (said in March): the one ahead
        year = r.reference.year + (1 if month_number < r.reference.month else 0)
    elif r.tense == "past" and _places_the_act(m):
        # "the generator had failed a test in March" (said in November): a past act's month is
        # not ahead of the article; a past verb with "to"/"for"/"by" a month may place a target
        # there ("extended the deadline to March") and keeps the nearest year
        year = r.reference.year - (1 if month_number > r.reference.month else 0)
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
    d = date_or_none(year, int(m["month"]), int(m["day"]))
    return (cal.day(d), "date") if d else None


def iso_date(m, r):
    d = date_or_none(int(m["year"]), int(m["month"]), int(m["day"]))
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


def season_of_year(m, r):
    year = int(m["year"]) if m["year"] else cal.spelled_year(m["spelled"])
    return (f"{year}-{cal.SEASONS[m['season'].lower()]}", "date") if year else None


def spelled_year(m, r):
    year = cal.spelled_year(m["spelled"])
    if year is None:
        return None
    return (cal.month(year, month_of(m["month"])) if m.groupdict().get("month") else str(year)), "date"


def holiday(m, r):
    if r.reference is None:
        return None
    name = re.sub(r"\s+Jr\.?", "", m["name"])
    d = cal.holiday(name, r.reference, which=(m["which"] or "").lower())
    if m["week"]:
        return cal.week(d), "date"
    return cal.day(d), "date"


def century(m, r):
    """"the 20th century" is 19 in TimeML: the first two digits of its years."""
    return f"{int(m['number']) - 1:02d}", "date"


def week_of(m, r):
    """"the week of March 6": the ISO week of that day."""
    resolved = month_day(m, r)
    d = cal.parse_iso(resolved[0]) if resolved else None
    return (cal.week(d), "date") if d else None


RULES: list[Rule] = [
    rule("full_date", rf"\b(?:{WEEKDAY},?\s+)?(?P<month>{MONTH})\s+(?P<day>{DAYNUM}),?\s+(?P<year>{YEAR})\b", full_date, relative=False, sets_anchor=True),
    rule("full_date_dmy", rf"\b(?P<day>{DAYNUM})\s+(?:of\s+)?(?P<month>{MONTH}),?\s+(?P<year>{YEAR})\b", full_date, relative=False, sets_anchor=True),
    rule("month_day", rf"\b(?:{WEEKDAY},?\s+)?(?P<month>{MONTH})\s+(?P<day>{DAYNUM})\b(?![,.]?\d|:\d)", month_day, sets_anchor=True),
    # "April 24 and 25", "June 3-5": the second day is in the same month.
    rule("second_day", rf"\b(?P<month>{MONTH})\s+{DAYNUM}\s*(?:and|or|to|through|-)\s*(?P<expr>(?P<day>{DAYNUM}))\b(?![,.]?\d|:\d|\s*(?:%|percent|p\.?m|a\.?m))", month_day, sets_anchor=True),
    rule("day_month", rf"\b(?P<day>{DAYNUM})\s+(?:of\s+)?(?P<month>{FULL_MONTH})\b", month_day, sets_anchor=True),
    rule("month_year", rf"\b(?:(?:early|late|mid)[\s-]+)?(?P<month>{MONTH}),?\s+(?:of\s+)?(?P<year>{YEAR})\b", month_year, relative=False),
    rule("month_alone", rf"\b(?i:in|since|until|till|by|from|through|during|before|after|of|and|or|to|for)\s+(?P<expr>(?:(?:(?P<which>this|last|next)|early|late|mid)[\s-]+)?(?P<month>{FULL_MONTH})\b)(?!\s+(?:\d|of\s+\w))", month_alone),
    rule("month_attributive", rf"\b(?i:the|a|an)\s+(?P<expr>(?P<which>)(?P<month>{FULL_MONTH}))\s+(?=[a-z])(?!(?:for|of|to|on|in|and|at|by)\b)", month_alone),
    rule("month_alone_mod", rf"\b(?:(?P<which>[Tt]his|[Ll]ast|[Nn]ext)|[Ee]arly|[Ll]ate|[Mm]id)[\s-]+(?P<month>{FULL_MONTH})\b", month_alone),
    rule("numeric_date", r"\b(?P<month>0?[1-9]|1[0-2])/(?P<day>0?[1-9]|[12]\d|3[01])/(?P<year>\d{4}|\d{2})\b", numeric_date, relative=False, sets_anchor=True),
    rule("iso_date", r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b", iso_date, relative=False, sets_anchor=True),
    rule("year", rf"(?<![$£€\d,.\-/])\b(?:(?:fiscal|calendar|the\s+year|early|late|mid)[\s-]+)?(?P<year>{YEAR})\b(?![,.]\d|\d|-\d|s\b|'s\b|\s*%)", year_alone, relative=False),
    rule("year_prefixed", rf"\b(?i:pre|post)-(?P<year>{YEAR})\b(?!-\d)", year_alone, relative=False),
    rule("week_of", rf"\b(?i:the)\s+week\s+of\s+(?P<month>{MONTH})\s+(?P<day>{DAYNUM})\b(?![,.]?\s*\d)", week_of),
    rule("decade", r"\b(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:(?P<digits>1[6-9]\d0|20[0-9]0)s|'(?P<digits2>\d0)s)\b", decade, relative=False),
    rule("decade_word", r"\b(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b", decade, flags=I, relative=False),
    rule("season_of_year", rf"\b(?:the\s+)?(?:(?:early|late)\s+)?(?P<season>spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?:(?P<year>{YEAR})|(?P<spelled>{SPELLED_YEAR}))\b", season_of_year, flags=I, relative=False),
    rule("spelled_year", rf"\b(?:the\s+year\s+)?(?P<spelled>{SPELLED_YEAR})\b", spelled_year, flags=I, relative=False),
    rule("spelled_year_2000", rf"\b(?:the\s+year\s+)(?P<spelled>two\s+thousand(?:\s+(?:and\s+)?{SMALL_NUMBER_WORD})?)\b", spelled_year, flags=I, relative=False),
    rule("month_spelled_year", rf"\b(?P<month>{FULL_MONTH})\s+(?:of\s+)?(?P<spelled>(?i:{SPELLED_YEAR}))\b", spelled_year, relative=False),
    rule("holiday", rf"\b(?:(?P<which>(?i:last|next|this|past|coming))\s+)?(?P<name>{HOLIDAY})(?P<week>\s+week)?\b(?!\s+(?:season|holidays?|weekend|break|tree|card|party|presents?|gifts?|shopping|sales?|dinner|parade|Day)\b)", holiday, sets_anchor=True),
    rule("century", r"\b(?:the\s+)?(?P<number>[1-9]|1\d|2[01])(?:st|nd|rd|th)[\s-]+century\b", century, flags=I, relative=False),
]
