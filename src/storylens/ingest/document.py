"""What a reader hands over: one article's raw text plus any metadata its format carried."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class RawDocument:
    source: str  # file path, "file#n" for one of several articles in a file, or URL
    text: str  # plain text (readers turn HTML into text first)
    metadata: dict[str, str] = field(default_factory=dict)  # title, author, published, outlet, url
    method: str = "text"  # how ``metadata`` was found: json, html_meta, feed, warc, given


class NotArticles(ValueError):
    """A file of a known format that holds no articles (a gold file, config or other XML beside
    them): skipped quietly when found in a folder, rejected when named."""
