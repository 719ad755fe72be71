"""The spaCy component ``storylens_quotes``: fills ``doc._.quotes`` with :class:`records.Quote`."""

from __future__ import annotations

from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from storylens.nlp import extensions
from storylens.nlp.doc_index import doc_text
from storylens.nlp.quotes.finder import QUOTE_KINDS, QuoteFinder
from storylens.nlp.quotes.headline import Parse, pipes_before
from storylens.records import Quote, Span


@Language.factory("storylens_quotes", requires=["token.dep", "doc.ents"], assigns=["doc._.quotes"])
def make_quote_finder(nlp: Language, name: str) -> "QuotesComponent":
    return QuotesComponent(pipes_before(nlp, name))


class QuotesComponent:
    def __init__(self, parse: Optional[Parse] = None) -> None:
        # A Title Case headline is parsed again by the pipes before this one (nlp/quotes/headline.py).
        self.finder = QuoteFinder(parse)

    def __call__(self, doc: Doc) -> Doc:
        quotes = extensions.doc_list(doc, "quotes")
        article_id = doc._.article_id or ""
        text = doc_text(doc)
        # What was done, what was not said and what nobody says are no quotes (finder.QUOTE_KINDS).
        said = [a for a in self.finder(doc) if a.kind in QUOTE_KINDS]
        for attribution in said:
            start, end = attribution.content
            # A coordinated source ("the carrier and the regulator said"): one quote per speaker.
            for speaker in (attribution.speaker, *attribution.co_speakers):
                quotes.append(
                    Quote(
                        id=f"{article_id}-q{len(quotes) + 1}",
                        speaker=None,
                        text=text[start:end],
                        kind=attribution.kind,
                        span=Span.of(article_id, text, start, end),
                        speaker_text=speaker,
                        cue=text[attribution.cue[0] : attribution.cue[1]].lower() if attribution.cue else None,
                        outlet=doc._.outlet,
                    )
                )
        return doc
