"""Days told relative to a happening the text names ("two days after the vote", "the night
before the exam") and starts told by "since" ("stranded since Sunday night"), issue 19, round s41.

"two days after the vote" is a duration and a noun to the time expression rules: it names no
day of its own, and before this round the verb it hangs from was left undated. The noun names a
happening the article dates elsewhere ("The council voted on the plan on Monday", "Pupils sat the
exam on Tuesday"): the day is counted from that happening's day. The noun names it when it is the
happening's verb ("vote" / "voted"), the act WordNet makes the noun from ("decision" / "decided"),
or the thing the happening's verb acts on ("sat the exam")."""

from __future__ import annotations

import re
from datetime import timedelta

from storylens.nlp import timex_calendar as cal
from storylens.nlp.timex_rules.base import NUM
from storylens.wordnet import verbs_named_by

RELATIVE_TO_A_HAPPENING = re.compile(
    rf"\b(?:(?P<amount>{NUM})\s+(?P<unit>day|week)s?|the\s+(?P<part>night|morning|evening|afternoon|day))\s+"
    r"(?P<direction>after|before)\s+(?:the|its|their|his|her)\s+(?P<noun>[a-z]+)\b",
    re.IGNORECASE,
)
PART_OF_DAY = {"night": "NI", "morning": "MO", "evening": "EV", "afternoon": "AF"}
DAYS_IN = {"day": 1, "week": 7}


def offset_of(match: re.Match) -> tuple[int, str | None] | None:
    """Days from the named happening's day, and the part of day ("the night before": -1, NI)."""
    sign = 1 if match["direction"].lower() == "after" else -1
    if match["part"]:
        return sign, PART_OF_DAY.get(match["part"].lower())
    amount = cal.number(match["amount"])
    if amount is None:
        return None  # "a few days after the vote": how long after is all the text says
    return sign * amount * DAYS_IN[match["unit"].lower()], None


def names_the_happening(noun: str, trigger: str, patients: list[str]) -> bool:
    """The noun names a happening with this predicate lemma and these things acted on."""
    noun = noun.lower()
    if noun == trigger or noun in patients:
        return True
    return any(lemma.name().lower() == trigger for sense in verbs_named_by(noun) for lemma in sense.lemmas())


def day_from(value: str, offset: int) -> str | None:
    day = cal.parse_day(value)
    return cal.day(day + timedelta(days=offset)) if day is not None and len(value) == 10 else None
