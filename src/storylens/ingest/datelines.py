"""Datelines: where and when a report was filed, written before its first sentence.

"VARNHOLM — At least 31 people ...", "PORT ELDA, March 3 (Northgate Wire) - The council ...",
"Port Elda, March 3 (Northgate Wire) -". A dateline is page furniture, not content: the brief and
the timeline quote the sentence without it. Ingest keeps it in the text (offsets stay those of the
source) and rewrites wire credits into this form (``metadata.opening_credit``).

Two forms are read, both ending in a dash after a space:
- a place in capitals ("VARNHOLM", "NEW YORK", "KYIV, Ukraine"), optionally a date and a credit;
- a place in any case followed by a date or a credit in parentheses ("Port Elda, March 3 -",
  "Port Elda (Northgate Wire) -"): a capitalised subject before a dash ("Officials — and ...")
  is not enough.
The report starts after the dash with a capital, a digit or a quotation mark ("NATO - the
alliance ..." is an aside, not a dateline).
"""

from __future__ import annotations

import re

_CAPS_PLACE = r"[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}"
_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
_DATE = r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?"
_CREDIT = r"\([^()\n]{1,40}\)"
_DASH = r"\s*(?:--|[-–—])\s+"
_STARTS_REPORT = "(?=[A-Z0-9\"\u201c\u2018'])"
_DATELINE = re.compile(
    rf"^\s*(?:{_CAPS_PLACE}(?:,\s*{_NAME})?(?:,\s*{_DATE})?(?:\s*{_CREDIT})?"
    rf"|{_NAME}(?:,\s*{_NAME})?(?:,\s*{_DATE}(?:\s*{_CREDIT})?|\s*{_CREDIT})){_DASH}" + _STARTS_REPORT
)


def dateline_length(text: str) -> int:
    """How many characters of ``text`` (a line or a sentence, from its start) are a dateline; 0
    when it opens with none."""
    match = _DATELINE.match(text)
    return match.end() if match else 0
