"""Month and day in an article without a date: "June 24th" has no year to count from.

The article itself often states the year ("in June 2023 ... on June 24th"): the last year the
narrative states before the expression is used. A year that is not the narrative's does not
count: one bounding a period ("since 2019"), one in a clause that only describes a thing ("the
levee, built in 2019"), one in a condition; nor does any stated year give its year to a plan or a
deadline ("must be finished by June 30th"), which lies ahead of the article, not in the past it
recalls. Otherwise the value is kept as ``XXXX-MM-DD`` and the story gives it its year
(story/timeline.py).
"""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Span as SpacySpan

from storylens.nlp.event_rules.assertion import is_counterfactual

PARTIAL = re.compile(r"^XXXX(-\d{2}(?:-\d{2})?)$")


def stated_year_value(timeml: Optional[str], stated_years: list[tuple[int, str]], start: int) -> Optional[str]:
    """``timeml`` "XXXX-06-24" with the last year stated before ``start`` ((position, "2023")),
    else "XXXX-06-24" itself; None when ``timeml`` is not a month-day without a year."""
    match = PARTIAL.match(timeml or "")
    if not match:
        return None
    year = next((y for position, y in reversed(stated_years) if position < start), None)
    return (year or "XXXX") + match.group(1)


def states_the_narrative_year(span: SpacySpan) -> bool:
    """A year expression that dates the narrative, not a thing it describes ("the levee, built
    in 2019") or a condition ("had they acted in 2019")."""
    token = span.root
    for _ in range(6):
        if token.dep_ in ("acl", "relcl") and token.pos_ in ("VERB", "AUX"):
            return False
        if token.pos_ in ("VERB", "AUX") and is_counterfactual(token):
            return False
        if token.head.i == token.i or token.dep_ in ("ccomp", "advcl", "conj", "ROOT"):
            break
        token = token.head
    return True
