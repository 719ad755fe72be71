"""Month and day in an article without a date: "June 24th" has no year to count from.

The article itself often states the year ("in June 2023 ... on June 24th"): the last full year
written before the expression is used. Otherwise the value is kept as ``XXXX-MM-DD`` and the
story gives it its year (story/timeline.py).
"""

from __future__ import annotations

import re
from typing import Optional

PARTIAL = re.compile(r"^XXXX(-\d{2}(?:-\d{2})?)$")


def stated_year_value(timeml: Optional[str], stated_years: list[tuple[int, str]], start: int) -> Optional[str]:
    """``timeml`` "XXXX-06-24" with the last year stated before ``start`` ((position, "2023")),
    else "XXXX-06-24" itself; None when ``timeml`` is not a month-day without a year."""
    match = PARTIAL.match(timeml or "")
    if not match:
        return None
    year = next((y for position, y in reversed(stated_years) if position < start), None)
    return (year or "XXXX") + match.group(1)
