"""What story clustering looks at in one article: its title and lead, and the names in them.

Outlets that disagree still open on the same happening with the same people and places, so the
lead is where two reports of one story meet; the rest of an article wanders into background.
The full spaCy pipeline is too slow to run over a whole stream just to group it, so
``analyze_leads`` is a light path: named entities only, over the lead (or the whole text).
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Iterable, Optional

import spacy
from spacy.language import Language

from storylens.nlp.names import org_key, person_words, translit_key, is_junk_name
from storylens.nlp.pipeline import BASE_MODEL, doc_to_analysis
from storylens.records import Article, ArticleAnalysis, Mention

LEAD_CHARS = 1000  # about the first three paragraphs of a news article


def lead_end(analysis: ArticleAnalysis, *, chars: int = LEAD_CHARS) -> int:
    """Where the lead stops: the end of the last sentence that starts within ``chars``."""
    ends = [s.end for s in analysis.sentences if s.start < chars]
    return max(ends) if ends else min(chars, len(analysis.article.text))


def lead_text(analysis: ArticleAnalysis, *, chars: int = LEAD_CHARS) -> str:
    """Title plus lead, the text whose embedding stands for the article."""
    body = analysis.article.text[: lead_end(analysis, chars=chars)]
    title = (analysis.article.title or "").strip()
    if title and not body.lstrip().startswith(title):
        return f"{title}.\n{body}"
    return body


def entity_key(text: str, type_: str) -> Optional[str]:
    """One key per name however it is written: "President Vladimir Putin's" and "Putin" -> "putin".

    The model's entity types are unreliable on news (one surname tagged PERSON, ORG and GPE), so
    the key comes from the words alone: a person by surname, anything else by its core words.
    """
    if is_junk_name(text):
        return None
    if type_ == "PERSON":
        words = person_words(text)
        return translit_key(words[-1]) if words else None
    words = org_key(text).split()
    if len(words) == 1:  # a one-word ORG or GPE may be a surname the model mistyped
        return translit_key(words[0])
    return " ".join(words) or None


def lead_mentions(analysis: ArticleAnalysis, *, chars: int = LEAD_CHARS) -> list[tuple[str, Mention]]:
    """(key, mention) for each named mention in the title-and-lead region."""
    end = lead_end(analysis, chars=chars)
    found = []
    for mention in analysis.mentions:
        if mention.span.start >= end:
            continue
        key = entity_key(mention.span.text, mention.type)
        if key:
            found.append((key, mention))
    return found


def published_day(article: Article) -> Optional[int]:
    """The publication date as a day number, or None when only a month or year is known."""
    return day_number(article.published)


def day_number(published: Optional[str]) -> Optional[int]:
    """An ISO date (or date-time) as a day number; None for a month, a year or nothing."""
    if not published or len(published) < 10:
        return None
    try:
        return date.fromisoformat(published[:10]).toordinal()
    except ValueError:
        return None


@lru_cache(maxsize=1)
def light_nlp() -> Language:
    """The base model with only NER (its own tok2vec) and a rule sentencizer: several times faster."""
    nlp = spacy.load(BASE_MODEL, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer"])
    nlp.add_pipe("sentencizer")
    return nlp


def analyze_leads(
    articles: Iterable[Article], *, nlp: Language | None = None, chars: int | None = LEAD_CHARS, batch_size: int = 32
) -> list[ArticleAnalysis]:
    """Sentences and named mentions of each article's lead (whole text when ``chars`` is None).

    The spans index the article's full text, so these analyses stand in for the full
    pipeline's wherever only sentences and mentions are read (clustering, light batch runs).
    """
    nlp = nlp or light_nlp()
    articles = list(articles)
    texts = (a.text if chars is None else a.text[: chars + 400] for a in articles)
    analyses = []
    for article, doc in zip(articles, nlp.pipe(texts, batch_size=batch_size)):
        analyses.append(doc_to_analysis(doc, article))  # a prefix of the text: its offsets hold
    return analyses
