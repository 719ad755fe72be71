"""The neutral brief (docs/brief.md): agreed facts first, then disputes with who says what.

- :mod:`.writer`: what the brief states and in which order; the check that a sentence adds no fact
  its cited spans lack (`unsupported_facts`);
- :mod:`.sentences`: one clean, neutral, grammatical sentence from an item's source spans;
- :mod:`.voice`: whose voice a sentence speaks in (attribution kept, one outlet's words out);
- :mod:`.evidence`: which outlets a sentence may cite (their spans carry its figures, days and
  polarity).
"""

from storylens.story.brief.writer import compress, unsupported_facts, write_brief

__all__ = ["write_brief", "compress", "unsupported_facts"]
