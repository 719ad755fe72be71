"""HTML pages to article text with trafilatura; HTML fragments (feed entries, JSON bodies) to
text with lxml. Scripts, styles and comments never reach the text."""

from __future__ import annotations

import re
from datetime import date
from typing import Optional

import lxml.html
import trafilatura
from lxml_html_clean import Cleaner

from storylens.ingest.document import RawDocument

_CLEANER = Cleaner(scripts=True, javascript=True, style=True, comments=True, forms=True, embedded=True,
                   frames=True, meta=True, page_structure=False, links=False)
_BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section", "article", "pre")
_HTML_START = re.compile(r"^\s*(?:<!--.*?-->\s*)*(?:<!doctype html|<html|<head|<body)", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"</?(?:p|div|br|span|a|b|i|em|strong|li|ul|h[1-6]|script|img)\b[^>]*>", re.IGNORECASE)


def looks_like_html_page(text: str) -> bool:
    return bool(_HTML_START.match(text[:2000]))


def looks_like_html(text: str) -> bool:
    return looks_like_html_page(text) or len(_TAG.findall(text[:5000])) >= 2


def html_fragment_text(fragment: str) -> str:
    """Text of an HTML fragment, one paragraph per block element."""
    try:
        root = _CLEANER.clean_html(lxml.html.fragment_fromstring(fragment, create_parent="div"))
    except (ValueError, lxml.etree.ParserError):
        return ""
    for element in root.iter(*_BLOCKS, "br"):
        element.tail = ("\n\n" if element.tag != "br" else "\n") + (element.tail or "")
    return root.text_content()


def html_document(html: str, *, source: str, url: Optional[str] = None) -> RawDocument:
    """The main text of a web page with the page's own metadata (title, author, date, site)."""
    # Dates only from the page's markup (meta tags, <time>, URL): htmldate's extensive search
    # guesses from any year on the page ("Copyright 2024" -> 2024-01-01).
    dates = {"original_date": True, "extensive_search": False, "max_date": date.today().isoformat()}
    extracted = trafilatura.bare_extraction(html, url=url, include_comments=False, with_metadata=True,
                                            date_extraction_params=dates)
    text = extracted.text if extracted and extracted.text else ""
    if text:
        # trafilatura puts one newline between paragraphs; storylens texts use a blank line.
        text = "\n\n".join(line for line in text.split("\n"))
    else:
        text = html_fragment_text(html)
    metadata = {}
    if extracted:
        metadata = {
            "title": extracted.title, "author": extracted.author, "published": extracted.date,
            "outlet": extracted.sitename, "url": url or extracted.url,
        }
    return RawDocument(source, text, {k: v for k, v in metadata.items() if v}, method="html_meta")
