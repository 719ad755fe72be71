"""Quarters and halves of (fiscal) years, as earnings news names them: "the third quarter",
"the 1988 period", "the year-ago quarter", "the first half of 1990"."""

from __future__ import annotations

from typing import Optional

from storylens.nlp import timex_calendar as cal
from storylens.nlp.timex_rules.base import (
    I,
    ORDINAL,
    QUARTER_NUMBER,
    Resolution,
    Rule,
    YEAR,
    quarter_a_year_before,
    rule,
)


def year_earlier(m, r):
    """"a year earlier", "the year-ago quarter": the reported quarter a year before, or last year;
    "the year-ago third quarter": that quarter of the year before."""
    ordinal = m.groupdict().get("ordinal")
    if ordinal:
        if r.quarter is None and r.reference is None:
            return None
        year = int(r.quarter[:4]) if r.quarter else r.reference.year
        return f"{year - 1}-Q{QUARTER_NUMBER[ordinal.lower()]}", "date"
    if r.quarter:
        return quarter_a_year_before(r.quarter), "date"
    if r.reference is None:
        return None
    return str(r.reference.year - 1), "date"


def quarter_reference(m, r):
    """"the quarter", "the latest quarter": the last full quarter; "the current quarter": this one."""
    if r.reference is None:
        return None
    index = r.reference.year * 4 + cal.quarter_of(r.reference) - 1
    if not (m["which"] or "").lower() in ("current", "this"):
        index -= 1
    return f"{index // 4}-Q{index % 4 + 1}", "date"


def ordinal_quarter(m, r):
    q = QUARTER_NUMBER[m["ordinal"].lower()]
    if m["year"]:
        return f"{m['year']}-Q{q}", "date"
    if r.reference is None:
        return None
    year = r.reference.year if q <= cal.quarter_of(r.reference) else r.reference.year - 1
    return f"{year}-Q{q}", "date"


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


RULES: list[Rule] = [
    rule("year_earlier", rf"\b(?:(?:a|one) year (?:earlier|before)|(?:the\s+)?(?:(?:comparable|corresponding|same|like)\s+)?year-(?:earlier|ago)(?:\s+(?:fiscal\s+)?(?:(?P<ordinal>{ORDINAL})[\s-]+)?(?:quarter|period))?)\b", year_earlier, flags=I),
    rule("quarter_reference", r"\bthe\s+(?:(?P<which>latest|current|most recent|this|past|last)\s+)?(?:fiscal\s+)?(?:quarter|period)\b(?![\s-]+(?:of|ended|ending))", quarter_reference, flags=I),
    rule("ordinal_quarter", r"\b(?:the\s+)?(?P<ordinal>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter(?:\s+of\s+(?P<year>\d{4}))?\b", ordinal_quarter, flags=I),
    rule("year_quarter", rf"\b(?:the\s+)?(?P<year>{YEAR})\s+(?:fiscal\s+)?(?:(?P<ordinal>{ORDINAL})[\s-]+)?(?:fiscal\s+)?(?:quarter|period)\b", year_quarter, flags=I, relative=False),
    rule("relative_year_quarter", rf"\b(?P<which>this|last|next)\s+year['’]s\s+(?:fiscal\s+)?(?:(?P<ordinal>{ORDINAL})[\s-]+)?(?:fiscal\s+)?(?:quarter|period)\b", relative_year_quarter, flags=I),
    rule("quarter_last_year", r"\bthe\s+(?:(?:corresponding|comparable|same|like)\s+)?(?:quarter|period)\s+(?:of\s+|in\s+)?(?:a\s+year\s+(?:ago|earlier)|last\s+year)\b", year_earlier, flags=I),
    rule("half_year", rf"\b(?:the\s+)?(?P<ordinal>first|second|last|latter)\s+(?:half|two\s+quarters)\s+of\s+(?:(?P<year>{YEAR})|(?:(?P<which>this|last|next)|the)\s+year)\b", half_year, flags=I),
]
