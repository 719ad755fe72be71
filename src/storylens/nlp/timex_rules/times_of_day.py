"""Times of day: clock times, parts of days ("this morning") and "noon"/"midnight"."""

from __future__ import annotations

import re
from datetime import timedelta

from storylens.nlp import timex_calendar as cal
from storylens.nlp.timex_rules.base import (
    DAYNUM,
    I,
    MONTH,
    Rule,
    TIME_ZONE,
    WEEKDAY,
    narrative_day,
    plain_weekday_date,
    rule,
)
from storylens.nlp.timex_rules.dates import month_day


def this_part_of_day(m, r):
    if r.reference is None:
        return None
    return cal.day(r.reference) + "T" + cal.PARTS_OF_DAY[m["part"].lower()], "time"


def part_of_anchored_day(m, r):
    """"in the morning", "late in the afternoon": that part of the day the narrative is on
    (not "in the morning of June 25", whose day follows)."""
    base = narrative_day(r)
    if base is None:
        return None
    return cal.day(base) + "T" + cal.PARTS_OF_DAY[m["part"].lower()], "time"


def _named_day(m, r):
    """The day a time names after it ("Friday", "yesterday"), else the day the narrative is on."""
    if m["weekday"] and r.reference is not None:
        return plain_weekday_date(m["weekday"], r)
    if m["deixis"] and r.reference is not None:
        return r.reference + timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[m["deixis"].lower()])
    return narrative_day(r)


def borrows_its_day(rule: Rule, match) -> bool:
    """A time of day that names no day ("at 9 a.m.", "at noon", "in the morning"): a day
    expression of its own clause ("at 9 a.m. on Tuesday") gives it its day."""
    groups = match.groupdict()
    if rule.name not in ("clock", "noon", "in_the_part"):
        return False
    return not any(groups.get(name) for name in ("weekday", "deixis", "month"))


def names_its_day(rule: Rule, match) -> bool:
    """A time of day that names its day too ("at 7 a.m. today", "noon Friday", "this morning"):
    like "today" or "Friday", it moves the day the narrative is on."""
    if rule.name == "this_part":
        return True
    groups = match.groupdict()
    return rule.name in ("clock", "noon") and any(groups.get(name) for name in ("weekday", "deixis", "month"))


def clock_time(m, r):
    after_noon = m["ampm"].lower().startswith("p") or m["ampm"].lower().endswith(("afternoon", "evening"))
    hour = int(m["hour"]) % 12 + (12 if after_noon else 0)
    minute = int(m["minute"] or 0)
    base = _named_day(m, r)
    if m["month"]:  # "5 p.m. EST, Nov. 6"
        resolved = month_day(m, r)
        base = cal.parse_day(resolved[0]) if resolved else base
    prefix = cal.day(base) if base else "XXXX-XX-XX"
    return f"{prefix}T{hour:02d}:{minute:02d}", "time"


def noon(m, r):
    """"noon", "midnight Friday", "mid-afternoon yesterday": a time on the reference (or named) day."""
    base = _named_day(m, r)
    if base is None:
        return None
    word = re.sub(r"^mid-?\s*", "", m["word"].lower())
    suffix = {"noon": "12:00", "day": "12:00", "night": "24:00"}.get(word) or cal.PARTS_OF_DAY[word]
    return f"{cal.day(base)}T{suffix}", "time"


RULES: list[Rule] = [
    rule("in_the_part", r"\b(?:(?:early|late|later|earlier)\s+)?in\s+the\s+(?P<part>morning|afternoon|evening)\b(?!(?:\s+(?:and|or)\s+(?:the\s+)?(?:morning|afternoon|evening|night))?\s+of\b)", part_of_anchored_day, flags=I),
    rule("this_part", r"\b(?:this|early this|late this)\s+(?P<part>morning|afternoon|evening)\b", this_part_of_day, flags=I),
    rule("clock", rf"\b(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5]\d))?\s*(?P<ampm>[ap]\.m\.?|[ap]m\b|(?:o['’]clock\s+)?in\s+the\s+(?:morning|afternoon|evening)\b){TIME_ZONE}(?:,?\s+(?:(?P<weekday>{WEEKDAY})|(?P<deixis>today|yesterday|tomorrow)|(?P<month>{MONTH})\s+(?P<day>{DAYNUM})\b(?![,.]?\d|:\d)))?", clock_time, relative=False),
    rule("noon", rf"(?<!high )\b(?P<word>noon|midnight|midday|mid-?\s?(?:morning|afternoon))(?:,?\s+(?:(?P<weekday>{WEEKDAY})|(?P<deixis>today|yesterday|tomorrow)))?\b", noon, flags=I),
]
