"""Durations ("three weeks", "the past few years") and sets ("every year", "daily", "each
Thursday", "Tuesday nights", "twice a week")."""

from __future__ import annotations

from storylens.nlp import timex_calendar as cal
from storylens.nlp.timex_rules.base import (
    FULL_MONTH,
    HEDGE,
    I,
    NUM,
    PART,
    Rule,
    UNIT,
    VAGUE,
    WEEKDAY,
    month_of,
    rule,
)


def decade_span(m, r):
    """"the past decade", "the next century": one such unit."""
    return cal.duration(1, m["unit"]), "duration"


def span_duration(m, r):
    """"three weeks", "the past 18 months", "the next year or so"; the first end of a range takes
    the unit of the second ("two" in "two to three weeks" is P2W, as TimeML tags each end)."""
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


def long_adjective(m, r):
    """"a day-long meeting" (P1D), "a decades-long battle" (PXY: some number of years)."""
    unit = m["unit"].lower()
    if unit == "decades":
        return "PXY", "duration"
    return cal.duration(None if unit.endswith("s") else 1, unit), "duration"


def a_while(m, r):
    return "PXX", "duration"


def weekday_set(m, r):
    """"each Thursday" (XXXX-WXX-4), "on Tuesdays", "Monday and Tuesday nights" (XXXX-WXX-1TNI)."""
    value = f"XXXX-WXX-{cal.WEEKDAYS[m['weekday'][:3].lower()] + 1}"
    part = m.groupdict().get("part")
    return (value + "T" + cal.PARTS_OF_DAY[part.lower()] if part else value), "set"


def month_set(m, r):
    """"every July": XXXX-07."""
    return f"XXXX-{month_of(m['month']):02d}", "set"


def part_of_day_set(m, r):
    """"every morning", "each night": XXXX-XX-XXTMO."""
    return "XXXX-XX-XXT" + cal.PARTS_OF_DAY[m["part"].lower()], "set"


def frequency(m, r):
    """"twice a week", "three times a year", "once a month": a set over that unit."""
    return cal.duration(1, m["unit"]), "set"


EVERY = r"(?i:every|each)"
RULES: list[Rule] = [
    rule("decade_duration", r"\b(?:the\s+)?(?:past|last|next|coming|previous)\s+(?P<unit>decade|century)\b", decade_span, flags=I, relative=False),
    rule("duration", rf"\b(?:(?:the|its|their|his|her)\s+)?(?:(?:past|last|next|first|coming|previous|final|recent|latest)\s+)?{HEDGE}?(?P<amount>{NUM})(?P<half>\s+1/2)?[\s-]+(?:(?:more|additional|extra|further)\s+)?(?:(?:trading|business|working)\s+)?(?P<unit>{UNIT})(?:-long)?(?:(?P<and_half>\s+and\s+a\s+half)\b|\b(?![\s-]+old\b)(?!\s+(?:ago|later|earlier)\b)(?:\s+or\s+so\b(?!\s+ago))?)", span_duration, flags=I, relative=False),
    rule("range_start", rf"\b(?P<expr>(?P<amount>{NUM}))(?P<half>)(?P<and_half>)\s+(?:to|or)\s+{NUM}\s+(?P<unit>{UNIT})\b", span_duration, flags=I, relative=False),
    rule("bare_duration", r"\b(?i:for|within|in|over|after)\s+(?P<expr>(?P<unit>days|weeks|months|years|decades))\b(?!\s+(?:of|ago|later|earlier|old)\b)", vague_duration, relative=False),
    rule("over_the_years", r"\b(?i:over|through|during|throughout)\s+(?P<expr>the\s+(?P<unit>(?i:years|decades|months)))\b(?!\s+(?:of|since|after|before|to|ahead)\b)", vague_duration, relative=False),
    rule("vague_duration", r"\b(?:(?:the\s+)?(?:past|last|next|coming|recent|few|several|many)\s+)+(?P<unit>days|weeks|months|years|decades)\b|\bthe\s+(?P<unit_ahead>days|weeks|months|years)\s+ahead\b", vague_duration, flags=I, relative=False),
    rule("set", r"\b(?:daily|weekly|monthly|annually|yearly|hourly|(?:every|each) (?:day|week|month|quarter|year))\b", every, flags=I, relative=False),
    rule("long_adjective", r"\b(?P<unit>hour|day|week|month|year|hours|days|weeks|months|years|decades)-long\b", long_adjective, flags=I, relative=False),
    rule("a_while", r"\b(?i:for|in|after|within)\s+(?P<expr>(?:quite\s+)?a\s+(?:little\s+|long\s+)?while)\b", a_while, relative=False),
    rule("weekday_set", rf"\b{EVERY}\s+(?P<weekday>{WEEKDAY})(?:\s+(?P<part>{PART}))?\b", weekday_set, relative=False),
    rule("weekday_plural_set", rf"\b(?P<weekday>{WEEKDAY})(?:s\b|\s+(?P<part>{PART})s\b)", weekday_set, relative=False),
    # "Monday and Tuesday nights": the first weekday shares the plural part of day.
    rule("weekday_coordinated_set", rf"\b(?P<weekday>{WEEKDAY})(?=\s+(?:and|or)\s+{WEEKDAY}\s+(?P<part>{PART})s\b)", weekday_set, relative=False),
    rule("month_set", rf"\b{EVERY}\s+(?P<month>{FULL_MONTH})\b", month_set, relative=False),
    rule("part_of_day_set", rf"\b{EVERY}\s+(?P<part>{PART})\b", part_of_day_set, flags=I, relative=False),
    rule("frequency", r"\b(?:once|twice|(?:two|three|four|five|six|several|many|\d+)\s+times)\s+(?:a|an|per|each|every)\s+(?P<unit>day|week|month|year|hour|minute)\b", frequency, flags=I, relative=False),
]
