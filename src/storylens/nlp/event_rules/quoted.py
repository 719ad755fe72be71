"""Where the quotations of a text are, whoever says them.

Found from the quotation marks (``nlp/quotes/marks.py``) rather than from attributed quotes:
a quotation the speaker finder could not attribute is still someone else's words.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_right
from typing import Optional

from storylens.nlp.quotes.marks import find_quoted_passages


# A calendar name in the expression: "June 23" holds its own date whoever says it; "Tuesday",
# "in the morning", "next week" count from the moment of speaking.
CALENDAR_NAME = re.compile(
    r"\b(?:\d{4}|" + "|".join(m for m in calendar.month_name[1:] + calendar.month_abbr[1:]) + r")\b", re.IGNORECASE
)


def counts_from_speech(expression_text: str) -> bool:
    """Whether the expression is deictic: its date depends on when it was said."""
    return CALENDAR_NAME.search(expression_text) is None


class QuotedText:
    def __init__(self, text: str) -> None:
        passages = find_quoted_passages(text) if any(c in text for c in "\"“”«»") else []
        self.starts = [p.start for p in passages]
        self.ends = [p.end for p in passages]

    def inside(self, start: int, end: int) -> bool:
        return self.passage(start, end) is not None

    def passage(self, start: int, end: int) -> Optional[tuple[int, int]]:
        """The bounds of the quotation that holds ``start:end``, or None."""
        i = bisect_right(self.starts, start) - 1
        return (self.starts[i], self.ends[i]) if i >= 0 and end <= self.ends[i] else None

    def within(self, start: int, end: int) -> list[tuple[int, int]]:
        """The bounds of the quotations that lie inside ``start:end`` (a sentence)."""
        return [(s, e) for s, e in zip(self.starts, self.ends) if start <= s and e <= end]

    def parts_in(self, start: int, end: int) -> list[tuple[int, int]]:
        """The parts of the quotations that fall inside ``start:end`` (a sentence), each cut to
        it: a quotation of two sentences ('"The crew went in. If it had not ..., they would have
        died," he said') is read in the sentence its cue stands in (round s40)."""
        return [(max(s, start), min(e, end)) for s, e in zip(self.starts, self.ends) if s < end and start < e]
