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
from storylens.ingest.dates import is_status_line, is_update_line, iso_date, latest_referenced_date, parse_date_line
from storylens.ingest.dedup import article_id
from storylens.ingest.document import RawDocument
from storylens.ingest.language import MIN_WORDS as LANGUAGE_CHECK_MIN_WORDS
from storylens.ingest.language import looks_english
from storylens.ingest.metadata import (
    TextMetadata,
    author_and_method_from_signature,
    clean_author,
    opening_credit,
    outlet_from_text,
    read_header,
    standalone_bylines,
)
from storylens.ingest.outlets import outlet_for_name, outlet_for_url
from storylens.records import Article

# The longest text analysed as one article. spaCy refuses texts over its max_length (1,000,000)
# and the analysis grows faster than the length (measured: 25,000 characters 19 s, 50,000 42 s,
# 100,000 153 s; components call doc.sents per sentence), so longer texts, which are books or
# dumps rather than news, are rejected by name; the longest article of the shared benchmarks
# has 34,000 characters.
DEFAULT_MAX_CHARS = 100_000
# Fewer words than this is a note, a leftover or an entity bomb's residue ("&lol9;"), not a report
# that claims, quotes and a timeline can be found in; one full news sentence passes. It is also
# the fewest words the language check judges (``language.MIN_WORDS``).
MIN_WORDS = LANGUAGE_CHECK_MIN_WORDS
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_SOURCE_CODE = re.compile(r"[a-z]{2,4}")


def build_article(document: RawDocument, *, max_chars: int = DEFAULT_MAX_CHARS, outlet: Optional[str] = None) -> Article:
    """``outlet``: the outlet's name when the caller knows it (a manifest row), so that a call to
    action naming it ("Follow the Herald on all platforms") leaves the text; the document's own
    outlet field and URL are read too."""
    source = document.source
    lines, headings = clean_lines(document.text)
    header = read_header(lines, headings, known_title=document.metadata.get("title"))
    body_start = header.title_line + 1 if header.title_line is not None else 0
    bylines = standalone_bylines(lines, start=body_start)
    outlets = [name for name in (outlet, str(document.metadata.get("outlet") or ""), _outlet_of_url(document)) if name]
    footer = (boilerplate_lines(lines, start=body_start, outlets=outlets) | set(bylines)) - header.header_lines
    kept = [i for i in range(len(lines)) if i not in header.header_lines and i not in footer]
    body_lines = _without_opening_credit(lines, kept)
    text = join_paragraphs([body_lines[i] for i in kept])

    if not re.search(r"\w", text):
        raise InputRejected(source, Reasons.EMPTY)
    if len(text) > max_chars:
        raise InputRejected(source, Reasons.TOO_LARGE.format(limit=f"{max_chars:,}"))
    words = len(_WORD.findall(text))
    if words < MIN_WORDS:
        raise InputRejected(source, Reasons.TOO_SHORT.format(words=words, minimum=MIN_WORDS))
    if not looks_english(text):
        raise InputRejected(source, Reasons.NOT_ENGLISH)

    article = Article(id=article_id(text), source=source, text=text)
    _fill_from_format(article, document)
    _fill_from_text(article, header, lines, footer, bylines)
    return article


def _outlet_of_url(document: RawDocument) -> str:
    url = document.metadata.get("url")
    return (outlet_for_url(str(url)) or "") if url else ""


def _without_opening_credit(lines: list[str], kept: list[int]) -> list[str]:
    """``lines`` with the outlet's credit taken off the first body line ("LONDON (Northgate Wire) -"
    -> "LONDON —"): it is metadata (``outlet_from_text`` reads it), not a name the report mentions."""
    first = next((i for i in kept if lines[i]), None)
    credit = opening_credit(lines[first]) if first is not None else None
    if credit is None:
        return lines
    lines = list(lines)
    lines[first] = credit[2]
    return lines


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


def _fill_from_text(article: Article, header: TextMetadata, lines: list[str], footer: set[int],
                    bylines: dict[int, tuple]) -> None:
    """Fields still empty, from the header, byline and signature lines; then an inferred date."""
    _set(article, "title", header.title, header.sources.get("title"))
    _set(article, "author", header.author, header.sources.get("author"))
    for i in sorted(bylines):  # a byline the page put below the lead or at the end
        _set(article, "author", bylines[i][0], "text_byline")
    # Furniture inside the header ("© Provided by Example Media" under a photo) signs too.
    signature = footer | header.furniture_lines
    _set(article, "author", *(author_and_method_from_signature(lines, signature_lines=signature) or (None, None)))
    if header.published:
        _set(article, "published", header.published.isoformat(), header.sources["published"])
    for i in sorted(bylines):
        _set(article, "published", bylines[i][1] and bylines[i][1].isoformat(), "text_dateline")
    for i in sorted(footer):  # "Updated March 3, 2021" further down the page
        dated = parse_date_line(lines[i]) if is_status_line(lines[i]) else None
        if dated:
            _set(article, "published", dated.isoformat(), "text_updated_line" if is_update_line(lines[i]) else "text_dateline")
    _set(article, "outlet", *outlet_from_text(lines, signature_lines=signature))
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
