"""RSS and Atom feeds (feedparser): one article per entry, from the entry's full text or from
a local file the entry links to."""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterator, Optional, Union
from urllib.parse import unquote, urlparse

import feedparser

from storylens.errors import InputRejected, Reasons
from storylens.ingest.document import NotArticles, RawDocument
from storylens.ingest.html import html_fragment_text, looks_like_html

ReadLocal = Callable[[Path, str], Iterator[Union[RawDocument, InputRejected]]]


def _local_file(link: Optional[str], base_dir: Optional[Path]) -> Optional[Path]:
    # Only a local feed (``base_dir``, the CLI's) may point at files: a feed fetched from the web
    # or uploaded to the web app must not make us read this machine's files.
    if not link or base_dir is None:
        return None
    parsed = urlparse(link)
    if parsed.scheme == "file":
        path = Path(unquote(parsed.path))
    elif not parsed.scheme:
        path = base_dir / unquote(parsed.path)
    else:
        return None
    return path if path.is_file() else None


def _entry_text(entry) -> str:
    for value in [c.get("value", "") for c in entry.get("content", [])] + [entry.get("summary", "")]:
        if value and value.strip():
            return html_fragment_text(value) if looks_like_html(value) else value
    return ""


def feed_documents(data: bytes, *, source: str, base_dir: Optional[Path], read_local: ReadLocal
                   ) -> Iterator[Union[RawDocument, InputRejected]]:
    parsed = feedparser.parse(data)
    if not parsed.entries:
        raise NotArticles("no RSS or Atom entries found")
    outlet = parsed.feed.get("title")
    for number, entry in enumerate(parsed.entries, start=1):
        metadata = {
            "title": entry.get("title"), "author": entry.get("author_detail", {}).get("name") or entry.get("author"),
            "published": entry.get("published") or entry.get("updated"), "outlet": outlet, "url": entry.get("link"),
        }
        metadata = {k: v for k, v in metadata.items() if v}
        entry_source = f"{source}#{number}"
        local = _local_file(entry.get("link"), base_dir)
        text = "" if local else _entry_text(entry)
        if local:
            metadata.pop("url", None)  # a local path is not the article's web address
            for item in read_local(local, str(local)):
                if isinstance(item, RawDocument):
                    # The feed's fields describe the article better than guesses from its file.
                    item.metadata = {**item.metadata, **metadata}
                    item.method = "feed"
                yield item
        elif text.strip():
            yield RawDocument(entry_source, text, metadata, method="feed")
        else:
            yield InputRejected(entry_source, Reasons.EMPTY)
