"""Where the quotations of a text are, whoever says them.

Found from the quotation marks (``nlp/quote_marks.py``) rather than from attributed quotes:
a quotation the speaker finder could not attribute is still someone else's words.
"""

from __future__ import annotations

from bisect import bisect_right

from storylens.nlp.quote_marks import find_quoted_passages


class QuotedText:
    def __init__(self, text: str) -> None:
        passages = find_quoted_passages(text) if any(c in text for c in "\"“”«»") else []
        self.starts = [p.start for p in passages]
        self.ends = [p.end for p in passages]

    def inside(self, start: int, end: int) -> bool:
        i = bisect_right(self.starts, start) - 1
        return i >= 0 and end <= self.ends[i]
