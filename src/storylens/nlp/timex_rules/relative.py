"""Deictic and anaphoric expressions: weekdays, today/yesterday, this/last/next week,
"two years ago", "the next day", "the following year", the year without a number, and the
vague references PRESENT_REF/PAST_REF/FUTURE_REF."""

from __future__ import annotations

import re
from datetime import timedelta

from storylens.nlp import timex_calendar as cal
from storylens.nlp.timex_rules.base import (
    HEDGE,
    I,
    MONTH,
    NUM,
    PART,
    Rule,
    WEEKDAY,
    WHICH,
    month_of,
    plain_weekday_date,
    quarter_a_year_before,
    rule,
)


def weekday(m, r):
    if r.reference is None:
        return None
    which = (m["which"] or "").lower().split()[-1] if m["which"] else ""
    if which in ("previous", "preceding", "following"):
        return _weekday_from_anchor(m, r, which)
    direction = {"last": "last", "past": "last", "next": "next", "coming": "future"}.get(which)
    if direction is None:
        d = plain_weekday_date(m["weekday"], r)
    else:
        d = cal.weekday_date(cal.WEEKDAYS[m["weekday"][:3].lower()], r.reference, direction=direction)
    value = cal.day(d)
    if m["part"]:
        value += "T" + cal.PARTS_OF_DAY[m["part"].lower()]
    return value, ("time" if m["part"] else "date")


def _weekday_from_anchor(m, r, which):
    """"the previous Friday", "the following Monday": the weekday strictly before or after the
    day the text last dated (else the article date)."""
    base = r.anchor or r.reference
    wd = cal.WEEKDAYS[m["weekday"][:3].lower()]
    if which == "following":
        d = cal.weekday_date(wd, base + timedelta(days=1), direction="future")
    else:
        d = cal.weekday_date(wd, base - timedelta(days=1), direction="past")
    value = cal.day(d)
    if m["part"]:
        return value + "T" + cal.PARTS_OF_DAY[m["part"].lower()], "time"
    return value, "date"


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
            return quarter_a_year_before(r.quarter), "date"
        return str(ref.year - amount), "date"
    if unit == "decade":
        return str(ref.year - 10 * amount)[:3], "date"
    return None


def _counted_from(r):
    """The day a day the text counts is counted from: the last dated anchor, but for a past act
    never a day after the article ("The ministry will publish the report on Friday. Later that
    day, the envoy left": a plan's day; round s41), where the narrative's day, else the article's, serves."""
    base = r.anchor or r.reference
    if r.tense == "past" and r.reference is not None and base is not None and base > r.reference:
        return r.narrative or r.reference
    return base


def anchored_day(m, r):
    """"the next day", "that day", "the day before": a day relative to the last dated anchor."""
    base = _counted_from(r)
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
    base = _counted_from(r)
    amount = cal.number(m["amount"])
    if amount is None:  # "a few days later": how long after is all the text says
        return cal.duration(None, "day"), "duration"
    if base is None:
        return None
    sign = 1 if m["direction"].lower() in ("later", "after") else -1
    return cal.day(base + timedelta(days=sign * amount)), "date"


def weekend(m, r):
    if r.reference is None:
        return None
    which = (m["which"] or "").lower()
    ref = r.reference
    if which in ("last", "past", "previous") or (not which or which == "the") and r.tense == "past":
        saturday = cal.weekday_date(5, ref - timedelta(days=1), direction="past")
    elif which == "this" and r.tense == "past":
        # "shoved a reporter this weekend", written on a Monday: a weekend that has already
        # happened is the latest one begun by the article's day (the one just gone on a weekday)
        saturday = cal.weekday_date(5, ref, direction="past")
    elif which in ("next", "coming") or r.tense == "future":
        saturday = cal.weekday_date(5, ref, direction="future")
    else:
        saturday = ref
    return cal.week(saturday) + "-WE", "date"


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


def month_of_relative_year(m, r):
    """"June last year", "in April next year": the month in the year the phrase names."""
    if r.reference is None:
        return None
    step = {"last": -1, "next": 1}.get(m["which"].lower(), 0)
    return cal.month(r.reference.year + step, month_of(m["month"])), "date"


RULES: list[Rule] = [
    rule("weekday", rf"\b(?:(?P<which>[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming|(?:[Tt]he\s+)?(?:previous|preceding|following))\s+|(?P<when>[Ee]arly|[Ll]ate)\s+)?(?P<weekday>{WEEKDAY})(?:\s+(?P<part>{PART}))?\b(?!\s+(?:and|or)\s+{WEEKDAY}\s+{PART}s\b)", weekday, sets_anchor=True),
    rule("deictic_day", rf"\b(?P<word>today|tonight|yesterday|tomorrow|last night)(?:\s+(?P<part>{PART}))?\b", deictic_day, flags=I),
    rule("present", r"\b(?:now|right now|currently|current|at present|at the moment|these days|nowadays)\b", present, flags=I, relative=False),
    rule("past", rf"\b(?:recently|the past(?!\s+(?:{NUM}|several|few|many)\b)|then[\s-]current)\b", past, flags=I, relative=False),
    rule("future", r"\b(?:the (?:near |distant )?future|a (?:later|future) date|as soon as possible)\b", future, flags=I, relative=False),
    # "Islam will one day be ...", "he one day hopes to ...": some day ahead, not a day long.
    rule("some_day", r"\b(?:will|shall|could|might|would|may|can|he|she|we|they|it|I|you)\s+(?P<expr>(?:one|some) day)\b(?=\s+[a-z])(?!\s+(?:later|earlier|before|after|of|in|at|on|and|or)\b)", future, flags=I, relative=False),
    rule("someday", r"\bsomeday\b", future, flags=I, relative=False),
    rule("term", r"\b(?:in|over|for)\s+(?P<expr>the\s+(?:near|short|long)[\s-]term)(?=\s*[,.;:)'\"`]|\s*$|\s+(?:and|or|but|as|to|because|if|while|when|at|for|in|than|is|are|was|were|will|would|could|should)\b)", future, flags=I, relative=False),
    rule("weekend", r"\b(?P<which>the|this|last|next|past|coming|previous)\s+weekend\b", weekend, flags=I),
    rule("anaphoric_period", r"\b(?:(?:later|earlier)\s+(?:in\s+)?)?(?:that|the\s+(?P<which>following|previous|prior|same))\s+(?P<unit>year|month)\b(?![\s-]+(?:ago|earlier|later|before|after)\b)", anaphoric_period, flags=I),
    rule("relative_period", rf"\b(?:(?:early|late|earlier|later|mid)[\s-]+)?(?P<which>{WHICH})\s+(?P<unit>week|weekend|month|year|quarter|spring|summer|fall|autumn|winter)\b", relative_period, flags=I),
    rule("season", r"\b(?:the\s+)?(?:(?:early|late)\s+)?(?P<season>spring|summer|autumn|winter)\b(?!\s+(?:of\s+)?\d)", season, flags=I),
    rule("ago", rf"\b{HEDGE}?(?P<amount>{NUM})\s+(?P<unit>day|week|month|year|decade)s?(?:\s+or\s+so)?\s+ago\b", ago, flags=I),
    rule("anchored_day", r"\b(?:the (?:next|following|previous|same) day|the day (?:before|after)|that (?:same )?day|that morning|that evening|that night|the next morning|earlier in the day|later in the day|earlier that day|later that day)\b", anchored_day, flags=I),
    rule("days_later", rf"\b(?P<amount>{NUM})\s+days?\s+(?P<direction>later|earlier)\b", days_later, flags=I),
    rule("year_reference", r"\b(?P<expr>(?:(?:earlier|later|early|late)\s+in\s+)?the\s+(?:(?:full|fiscal|current|latest|calendar|financial)[\s-]+)*year)\b(?![\s-]+(?:ago|earlier|before|later|after|two|\d))(?P<ended>\s+(?:ended|ending)\b)?", year_reference, flags=I),
    rule("period_end", r"\b(?:(?:the\s+)?end\s+of\s+the\s+(?P<unit>year|month)|year(?:-|\s+|['’]s\s+)end)\b(?![\s-]+(?:net|results?|figures?|level|total)\b)", period_end, flags=I),
    rule("month_relative_year", rf"\b(?:(?:early|late|mid)[\s-]+)?(?P<month>{MONTH})\s+(?:of\s+)?(?P<which>this|last|next)\s+year\b", month_of_relative_year),
]
