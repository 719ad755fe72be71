"""Quantities in news text: value, unit, bound and NewsQuant change (``doc._.quantities``).

quantulum3 finds numbers with their units (and scale words: "86 billion rubles"); this
component fixes what it gets wrong in news and adds what it does not record:
- ``reading``: corrects quantulum3's readings (glued or cut units, scale suffixes, a closing
  quotation mark read as inches);
- ``exclusions``: drops years, days of the month, clock times, ordinals, labels and numbers
  inside names;
- ``additions``: money after currency prefixes quantulum3 does not know ("US$", "HK$", "RM", and
  "PS"/"Y=", the ASCII renderings of £/¥), vague amounts ("dozens of" as a range), numbers spaCy
  tags NUM that quantulum3 skips, negatives written "minus 5";
- ``wording``: the bound from the words before the number ("at least" lower, "almost" upper,
  "about" approximate), ranges ("5,000-6,000" as [low, high]), what a bare number counts
  ("25,000 mercenaries" -> "mercenary"), rates and ages;
- ``units``: normalisation into the units storylens compares in (pint).
"""

from __future__ import annotations

from storylens.nlp.quantities.component import find_quantities, quantities_component, to_record
from storylens.nlp.quantities.found import FoundQuantity

__all__ = ["FoundQuantity", "find_quantities", "quantities_component", "to_record"]
