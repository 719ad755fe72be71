"""Durations ("three weeks", "the past few years") and sets ("every year", "daily")."""

from __future__ import annotations

from storylens.nlp import timex_calendar as cal
from storylens.nlp.timex_rules.base import (
    HEDGE,
    I,
    NUM,
    Rule,
    UNIT,
    VAGUE,
    rule,
)


def decade_span(m, r):
    """"the past decade", "the next century": one such unit."""
    return cal.duration(1, m["unit"]), "duration"


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


RULES: list[Rule] = [
    rule("decade_duration", r"\b(?:the\s+)?(?:past|last|next|coming|previous)\s+(?P<unit>decade|century)\b", decade_span, flags=I, relative=False),
    rule("duration", rf"\b(?:(?:the|its|their|his|her)\s+)?(?:(?:past|last|next|first|coming|previous|final|recent|latest)\s+)?{HEDGE}?(?P<amount>{NUM})(?P<half>\s+1/2)?[\s-]+(?:(?:more|additional|extra|further)\s+)?(?:(?:trading|business|working)\s+)?(?P<unit>{UNIT})(?:-long)?(?:(?P<and_half>\s+and\s+a\s+half)\b|\b(?![\s-]+old\b)(?!\s+(?:ago|later|earlier)\b))", span_duration, flags=I, relative=False),
    rule("bare_duration", r"\b(?i:for|within|in|over|after)\s+(?P<expr>(?P<unit>days|weeks|months|years|decades))\b(?!\s+(?:of|ago|later|earlier|old)\b)", vague_duration, relative=False),
    rule("vague_duration", r"\b(?:(?:the\s+)?(?:past|last|next|coming|recent|few|several|many)\s+)+(?P<unit>days|weeks|months|years|decades)\b|\bthe\s+(?P<unit_ahead>days|weeks|months|years)\s+ahead\b", vague_duration, flags=I, relative=False),
    rule("set", r"\b(?:daily|weekly|monthly|annually|yearly|hourly|(?:every|each) (?:day|week|month|quarter|year))\b", every, flags=I, relative=False),
]
