"""One raw document -> one cleaned ``Article`` with metadata, or an ``InputRejected``.

Order matters: metadata is read from the header and signature lines before the boilerplate
step removes them.
"""

from __future__ import annotations

import re
from typing import Optional

from storylens.errors import InputRejected, Reasons
from storylens.ingest.boilerplate import boilerplate_lines
from storylens.ingest.cleaning import clean_lines, join_paragraphs
from storylens.ingest.dates import iso_date, latest_referenced_date
from storylens.ingest.dedup import article_id
from storylens.ingest.document import RawDocument
from storylens.ingest.language import looks_english
from storylens.ingest.metadata import TextMetadata, author_from_signature, clean_author, outlet_from_text, read_header
from storylens.ingest.outlets import outlet_for_name, outlet_for_url
from storylens.records import Article

DEFAULT_MAX_CHARS = 2_000_000
_SOURCE_CODE = re.compile(r"[a-z]{2,4}")


def build_article(document: RawDocument, *, max_chars: int = DEFAULT_MAX_CHARS) -> Article:
    source = document.source
    lines, headings = clean_lines(document.text)
    header = read_header(lines, headings, known_title=document.metadata.get("title"))
    body_start = max(header.header_lines) + 1 if header.header_lines else 0
    footer = boilerplate_lines(lines, start=body_start)
    text = join_paragraphs([line for i, line in enumerate(lines) if i >= body_start and i not in footer])

    if not re.search(r"\w", text):
        raise InputRejected(source, Reasons.EMPTY)
    if len(text) > max_chars:
        raise InputRejected(source, Reasons.TOO_LARGE.format(limit=f"{max_chars:,}"))
    if not looks_english(text):
        raise InputRejected(source, Reasons.NOT_ENGLISH)

    article = Article(id=article_id(text), source=source, text=text)
    _fill_from_format(article, document)
    _fill_from_text(article, header, lines, footer)
    return article


def _fill_from_format(article: Article, document: RawDocument) -> None:
    """Fields the input format carried (JSON fields, feed entries, page metadata)."""
    given, method = document.metadata, document.method
    for name in ("title", "url"):
        if given.get(name):
            _set(article, name, str(given[name]).strip(), method)
    if given.get("author"):
        # Page metadata often glues roles to names ("Sam Lee; Staff reporter").
        author = str(given["author"]).strip()
        _set(article, "author", clean_author(author) or author, method)
    _set(article, "published", iso_date(given.get("published")), method)
    outlet = str(given.get("outlet") or "").strip()
    # A dataset's short code for its source ("nyt", "hpo") names the outlet less well than the URL.
    if outlet and _SOURCE_CODE.fullmatch(outlet) and article.url:
        outlet = ""
    _set(article, "outlet", outlet_for_name(outlet) if outlet else None, method)
    if article.url:
        _set(article, "outlet", outlet_for_url(article.url), "url_domain")


def _fill_from_text(article: Article, header: TextMetadata, lines: list[str], footer: set[int]) -> None:
    """Fields still empty, from the header and signature lines; then an inferred date."""
    _set(article, "title", header.title, header.sources.get("title"))
    _set(article, "author", header.author, header.sources.get("author"))
    _set(article, "author", author_from_signature(lines, signature_lines=footer), "signature_follow")
    if header.published:
        _set(article, "published", header.published.isoformat(), header.sources["published"])
    _set(article, "outlet", *outlet_from_text(lines, signature_lines=footer))
    if article.published is None:
        inferred = latest_referenced_date(article.text)
        if inferred:
            _set(article, "published", inferred.isoformat(), "inferred_latest_date")
            article.published_inferred = True


def _set(article: Article, name: str, value, method: Optional[str]) -> None:
    """Fill a field that is still empty, recording the method (earlier sources win)."""
    if value and getattr(article, name) is None:
        setattr(article, name, value)
        article.metadata_sources[name] = method
