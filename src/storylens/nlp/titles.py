"""The headline, analysed for actors and loaded language (issue 19, round s29).

Ingest keeps the title apart from ``Article.text`` (the body every span addresses), so the title
is parsed on its own: the same pipeline over the title text, after a Title Case headline is read
again in the article's own casing (``quotes/headline.sentence_cased``: "Ostmark Accuses Velland
of Shelling" is parsed as "Ostmark accuses Velland of shelling", so "Ostmark Accuses" is no
PERSON). The casing only lowers letters, so offsets into the parsed text are offsets into the
title as written.

Loaded words: the tagger's spans as in a body, and every word of the headline read as the words
of a tagger span are (``loaded_language.headline_additions``, round s32), since headline grammar
defeats the tagger. What is kept: named mentions and loaded-language spans, each with a `TitleSpan` (``field`` =
"title": ``text == article.title[start:end]``). Time expressions are dropped on purpose: a
headline's "Tuesday" has no sentence to anchor it, and no event is dated from a headline.
"""

from __future__ import annotations

from typing import Iterable, Iterator

from spacy.language import Language

from storylens.nlp.doc_index import doc_entities
from storylens.nlp.loaded_language import headline_additions
from storylens.nlp.quotes.headline import sentence_cased
from storylens.records import Article, LoadedSpan, Mention, TitleSpan

# The blank line that sets the title apart from the body when the casing is read against it.
_BREAK = "\n\n"
# What a title keeps is made by the loaded-language step and the components before it; the ones
# after it (group labels, event names, events, claims) only read, and their work would be dropped.
_LAST_NEEDED = "storylens_loaded_language"


def title_text_to_parse(article: Article) -> str:
    """The title in the article's casing (a Title Case headline's ordinary words lowered)."""
    title = article.title or ""
    recased = sentence_cased(title + _BREAK + article.text, 0, len(title))
    return recased if recased is not None else title


def analyze_titles(
    articles: Iterable[Article], *, nlp: Language, entity_types: frozenset[str], batch_size: int = 32
) -> Iterator[tuple[list[Mention], list[LoadedSpan]]]:
    """(mentions, loaded spans) of each article's title, in order; empty for an article with none."""
    articles = list(articles)
    titled = [a for a in articles if a.title and a.title.strip()]
    docs = []
    for article in titled:
        doc = nlp.make_doc(title_text_to_parse(article))
        doc._.article_id = article.id
        doc._.outlet = article.outlet
        docs.append(doc)
    found: dict[str, tuple[list[Mention], list[LoadedSpan]]] = {}
    names = nlp.pipe_names
    unneeded = names[names.index(_LAST_NEEDED) + 1 :] if _LAST_NEEDED in names else []
    for article, doc in zip(titled, nlp.pipe(docs, batch_size=batch_size, disable=unneeded)):
        title = article.title
        mentions = [
            Mention(TitleSpan.of(article.id, title, e.start_char, e.end_char), e.label_)
            for e in doc_entities(doc)
            if e.label_ in entity_types
        ]
        loaded = [
            LoadedSpan(TitleSpan.of(article.id, title, s.span.start, s.span.end), s.category, s.score, s.found_by)
            for s in doc._.loaded_spans or []
        ]
        # the headline's words read as a body span's are (round s32): headline grammar defeats the tagger
        loaded += [
            LoadedSpan(TitleSpan.of(article.id, title, s.start, s.end), s.category, s.score, "evaluative")
            for s in headline_additions(doc)
        ]
        loaded.sort(key=lambda s: s.span.start)
        found[article.id] = (mentions, loaded)
    for article in articles:
        yield found.get(article.id, ([], []))
