"""The surface rules of English news time expressions, by kind of expression.

Each module holds one kind (:mod:`.dates`, :mod:`.relative`, :mod:`.fiscal`, :mod:`.durations`,
:mod:`.times_of_day`) as a list of :class:`~storylens.nlp.timex_rules.base.Rule`; :data:`RULES`
is all of them. Where two rules match the same extent, the earlier one in :data:`RULES` wins.
"""

from storylens.nlp.timex_rules import dates, durations, fiscal, relative, times_of_day
from storylens.nlp.timex_rules.base import Resolution, Rule

# Fiscal rules before durations: "the 1988 quarter" is a quarter of 1988, not 1988 quarters long.
RULES: list[Rule] = [*dates.RULES, *relative.RULES, *fiscal.RULES, *durations.RULES, *times_of_day.RULES]

__all__ = ["RULES", "Resolution", "Rule"]
