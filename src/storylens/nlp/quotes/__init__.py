"""Quotes and reported speech: what was said, by whom, with which cue (issues 5 and 17).

- :mod:`.marks` pairs quotation marks from the text alone;
- :mod:`.arguments` lists the (cue, content) pairs the parse allows, and :mod:`.scorer` weighs
  them with a model trained on PolNeAR's train part (scripts/train_attribution.py);
- :mod:`.speakers` reads who a source phrase stands for (names, pronouns, descriptions);
- :mod:`.turns` reads speaker labels ("TAPPER: ..."), a name before a colon that opens a quote
  and a dash and a name that sign one;
- :mod:`.headline` rereads a Title Case headline in the article's own casing;
- :mod:`.finder` puts these together: direct, mixed, block and indirect attributions;
- :mod:`.component` is the spaCy component ``storylens_quotes`` (``doc._.quotes``).
"""

from storylens.nlp.quotes.component import QuotesComponent, make_quote_finder
from storylens.nlp.quotes.finder import Attribution, QuoteFinder

__all__ = ["Attribution", "QuoteFinder", "QuotesComponent", "make_quote_finder"]
