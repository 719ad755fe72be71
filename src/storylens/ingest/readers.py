"""Raw bytes of one input -> raw documents, choosing the reader by extension, then by sniffing.

Readers yield ``RawDocument``s and, for parts of a file that cannot be used (one bad JSON
object, one WARC record that is binary), ``InputRejected`` items, so one bad part never costs
the rest of the file.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Iterator, Optional, Union

from storylens.errors import InputRejected, Reasons
from storylens.ingest.decoding import decode, gunzip
from storylens.ingest.document import NotArticles, RawDocument
from storylens.ingest.feeds import feed_documents
from storylens.ingest.html import html_document, html_fragment_text, looks_like_html, looks_like_html_page
from storylens.ingest.warc import warc_documents

Item = Union[RawDocument, InputRejected]

FORMATS_BY_EXTENSION = {
    ".txt": "text", ".text": "text", ".md": "text", ".markdown": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".json": "json", ".jsonl": "json", ".ndjson": "json",
    ".warc": "warc", ".xml": "feed", ".rss": "feed", ".atom": "feed",
}
TEXT_FIELDS = ("text", "body", "content", "articleBody", "article", "maintext", "full_text", "body-paragraphs", "paragraphs")
METADATA_FIELDS = {
    "title": ("title", "headline"),
    "author": ("author", "authors", "byline", "creator"),
    "published": ("published", "date", "datePublished", "date_published", "published_at", "publish_date", "pubDate"),
    "outlet": ("outlet", "source", "publisher", "site_name", "sitename", "siteName"),
    "url": ("url", "link", "canonical_url"),
}


def format_of(name: str, data: bytes) -> Optional[str]:
    """The reader for a file called ``name`` (without any .gz) holding ``data``."""
    known = FORMATS_BY_EXTENSION.get(Path(name).suffix.lower())
    head = data[:1000].lstrip().lower()
    if head.startswith(b"warc/"):
        return "warc"
    if known in (None, "text", "feed") and head.startswith((b"<?xml", b"<rss", b"<feed")):
        return "feed" if (b"<rss" in head or b"<feed" in head or known == "feed") else known
    if known:
        return known
    if head.startswith((b"{", b"[")):
        return "json"
    return "text"


# Raw input bytes read per file (after decompression); a file over it is rejected as too large.
DEFAULT_MAX_BYTES = 16_000_000
_JSON_LINES_EXTENSIONS = (".jsonl", ".ndjson")


def read_bytes(data: bytes, *, source: str, base_dir: Optional[Path] = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    name = Path(source.split("#")[0]).name
    if name.lower().endswith(".gz"):
        name = name[:-3]
        if not name.lower().endswith(".warc"):  # warcio reads gzipped WARC itself, record by record
            data = gunzip(data, source=source, max_bytes=max_bytes)
    kind = format_of(name, data)
    if kind == "warc":
        yield from warc_documents(io.BytesIO(data), source=source, max_bytes=max_bytes)
        return
    text = decode(data, source=source)
    if kind == "feed":
        yield from feed_documents(data, source=source, base_dir=base_dir, read_local=read_file)
    elif kind == "json":
        yield from json_documents(text, source=source, json_lines=name.lower().endswith(_JSON_LINES_EXTENSIONS))
    elif kind == "html" or looks_like_html_page(text):
        # A .txt that is really a saved web page is read as one, so its scripts are dropped.
        yield html_document(text, source=source)
    else:
        yield RawDocument(source, text)


def read_file(path: Path, source: str) -> Iterator[Item]:
    if path.stat().st_size > DEFAULT_MAX_BYTES:
        yield InputRejected(source, Reasons.TOO_LARGE_UNPACKED.format(limit=f"{DEFAULT_MAX_BYTES:,}"))
        return
    yield from read_bytes(path.read_bytes(), source=source, base_dir=path.parent)


def _paragraphs(value: list) -> str:
    """A body given as paragraphs (strings, or lists of sentence strings) -> text."""
    return "\n\n".join(" ".join(map(str, p)) if isinstance(p, list) else str(p) for p in value)


def _body(obj: dict):
    for key in TEXT_FIELDS:
        value = obj.get(key)
        if isinstance(value, list) and value:
            return _paragraphs(value)
        if isinstance(value, str) and value.strip():
            return value
    return None


def _first(obj: dict, keys: tuple[str, ...]):
    for key in keys:
        value = obj.get(key)
        if isinstance(value, dict):
            value = value.get("name") or value.get("title")
        if isinstance(value, list):
            value = " and ".join(str(v.get("name", "") if isinstance(v, dict) else v) for v in value) or None
        if value not in (None, ""):
            return value
    return None


def _invalid(error: json.JSONDecodeError, *, line: Optional[int] = None) -> str:
    where = f"line {line if line is not None else error.lineno}, column {error.colno}"
    return Reasons.INVALID_JSON.format(detail=f"{error.msg}: {where}")


def _json_lines(text: str, *, source: str) -> list[tuple[int, object]]:
    """JSON Lines: (line number, object) for each non-empty line, or (line number,
    ``InputRejected``) for a line that is not JSON, so one bad line costs only itself."""
    entries = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            entries.append((number, json.loads(line)))
        except json.JSONDecodeError as e:
            entries.append((number, InputRejected(f"{source}#{number}", _invalid(e, line=number))))
    return entries


def _looks_like_json_lines(text: str) -> bool:
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < 2:
        return False
    try:
        return isinstance(json.loads(lines[0]), dict)
    except json.JSONDecodeError:
        return False


def _json_entries(text: str, *, source: str, json_lines: bool) -> list[tuple[int, object]]:
    """(number, object) for the articles of a JSON or JSON Lines text."""
    if json_lines:
        return _json_lines(text, source=source)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        if _looks_like_json_lines(text):  # JSON Lines under a .json name
            return _json_lines(text, source=source)
        raise InputRejected(source, _invalid(e)) from e
    if isinstance(data, dict):
        for key in ("articles", "items", "data", "results"):
            if isinstance(data.get(key), list):
                data = data[key]
                break
        else:
            data = [data]
    return list(enumerate(data, start=1)) if isinstance(data, list) else []


def json_documents(text: str, *, source: str, json_lines: bool = False) -> Iterator[Item]:
    entries = _json_entries(text, source=source, json_lines=json_lines)
    if not any(isinstance(o, InputRejected) or (isinstance(o, dict) and _body(o)) for _, o in entries):
        raise NotArticles(f"no object with a text field ({', '.join(TEXT_FIELDS)})")
    for number, obj in entries:
        if isinstance(obj, InputRejected):
            yield obj
            continue
        part = source if len(entries) == 1 else f"{source}#{number}"
        body = _body(obj) if isinstance(obj, dict) else None
        if not isinstance(body, str) or not body.strip():
            yield InputRejected(part, Reasons.EMPTY)
            continue
        metadata = {name: _first(obj, keys) for name, keys in METADATA_FIELDS.items()}
        body = html_fragment_text(body) if looks_like_html(body) else body
        yield RawDocument(part, body, {k: str(v) for k, v in metadata.items() if v}, method="json")
