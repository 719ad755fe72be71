"""Ingest: inputs in any supported format -> cleaned ``Article`` records with metadata.

    result = read_inputs(["articles/", "feed.xml"], manifest=Path("manifest.csv"))
    result.articles   # cleaned, with metadata and stable ids; near-copies carry ``copy_of``
    result.rejected   # every input that could not be used, with its reason
    result.unlisted   # files found in a folder that the manifest does not list (not read)

One bad input never stops the batch: it becomes a ``Rejected`` and the rest goes on.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Collection, Iterable, Optional, Sequence

from storylens.errors import InputRejected, Reasons
from storylens.ingest.article import DEFAULT_MAX_CHARS, build_article
from storylens.ingest.dedup import NearDuplicateIndex
from storylens.ingest.document import NotArticles, RawDocument
from storylens.ingest.html import html_document, looks_like_html_page
from storylens.ingest.manifest import apply_manifest, folder_manifest, lists_file, manifest_row, read_manifest
from storylens.ingest.decoding import gunzip
from storylens.ingest.readers import DEFAULT_MAX_BYTES, read_bytes
from storylens.ingest.sources import Input, expand, fetch
from storylens.ingest.url_policy import TRUSTED, FetchPolicy
from storylens.records import Article, Rejected

__all__ = ["DEFAULT_MAX_BYTES", "DEFAULT_MAX_CHARS", "IngestResult", "folder_manifest", "gunzip", "read_inputs", "read_text"]

log = logging.getLogger(__name__)


@dataclass
class IngestResult:
    articles: list[Article] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    unlisted: list[str] = field(default_factory=list)  # folder files a given manifest does not list


def read_inputs(
    paths: Sequence[str],
    *,
    manifest: Optional[Path] = None,
    known_ids: Collection[str] = (),
    max_chars: int = DEFAULT_MAX_CHARS,
    max_bytes: int = DEFAULT_MAX_BYTES,
    near_duplicate_threshold: float = 0.7,
    fetch_policy: FetchPolicy = TRUSTED,
) -> IngestResult:
    """Read files, folders (recursively), glob patterns and http(s) URLs.

    ``manifest`` rows override metadata found in the text; ``known_ids`` are articles already
    stored, reported as duplicates instead of being returned again; ``fetch_policy`` says which
    hosts URLs may reach and whether feeds' links to local files are read (the web app's inputs
    are not trusted as the CLI's are). ``max_chars`` bounds one article's cleaned text,
    ``max_bytes`` one input file (after decompression).

    With a manifest, a file found while walking a folder is read only when the manifest lists it
    (a folder also holds notes, a README, a gold file); the others go to ``result.unlisted``.
    Files, globs and URLs named by the user are read whether listed or not.
    """
    rows = read_manifest(Path(manifest)) if manifest else {}
    collector = _Collector(known_ids=known_ids, threshold=near_duplicate_threshold)
    skip = [Path(manifest)] if manifest else []
    for item in expand(paths, skip=skip):
        if manifest and not item.explicit and item.path is not None and not lists_file(rows, item.path):
            collector.result.unlisted.append(item.source)
            continue
        for document in _documents(item, max_bytes=max_bytes, rejected=collector.result.rejected, policy=fetch_policy):
            collector.add(document, max_chars=max_chars, row=manifest_row(rows, document.source) if rows else None)
    return collector.result


def read_text(text: str, *, source: str, known_ids: Collection[str] = (), **metadata) -> IngestResult:
    """One article given as a string (a web upload); ``metadata`` as in a manifest row."""
    collector = _Collector(known_ids=known_ids)
    try:
        if looks_like_html_page(text):
            document = html_document(text, source=source, url=metadata.get("url"))
        else:
            document = RawDocument(source, text)
        given = {k: str(v) for k, v in metadata.items() if v}
        collector.add(document, max_chars=DEFAULT_MAX_CHARS, row=given, row_method="given")
    except InputRejected as rejected:
        collector.result.rejected.append(Rejected(rejected.source, rejected.reason))
    except Exception as e:  # noqa: BLE001 -- an upload that breaks a reader is rejected, not raised
        log.warning("cannot read %s", source, exc_info=True)
        collector.result.rejected.append(Rejected(source, Reasons.UNREADABLE.format(detail=f"{type(e).__name__}: {e}")))
    return collector.result


def _documents(item: Input, *, max_bytes: int, rejected: list[Rejected], policy: FetchPolicy = TRUSTED) -> Iterable[RawDocument]:
    """The raw documents of one input; what cannot be used goes to ``rejected``."""
    source = item.source
    too_large = InputRejected(source, Reasons.TOO_LARGE_FILE.format(limit=f"{max_bytes:,}"))
    try:
        if item.url:
            data = fetch(item.url, max_bytes=max_bytes, policy=policy)
        elif item.path is None:
            raise InputRejected(source, Reasons.UNREADABLE.format(detail="no such file or folder"))
        elif item.path.stat().st_size > max_bytes:
            raise too_large
        else:
            data = item.path.read_bytes()
        if len(data) > max_bytes:
            raise too_large
        local_links_from = item.path.parent if item.path and policy.local_links else None
        items = list(read_bytes(data, source=source, base_dir=local_links_from, max_bytes=max_bytes))
    except InputRejected as e:
        rejected.append(Rejected(e.source, e.reason))
        return []
    except NotArticles as e:
        if item.explicit:
            rejected.append(Rejected(source, Reasons.UNSUPPORTED.format(detail=str(e))))
        else:
            log.info("skipping %s: %s", source, e)  # e.g. a gold or config file beside the articles
        return []
    except Exception as e:  # noqa: BLE001 -- a broken file of any kind must not stop the batch
        log.warning("cannot read %s", source, exc_info=True)
        rejected.append(Rejected(source, Reasons.UNREADABLE.format(detail=f"{type(e).__name__}: {e}")))
        return []
    documents = []
    for part in items:
        if isinstance(part, InputRejected):
            rejected.append(Rejected(part.source, part.reason))
        else:
            if item.url:
                part.metadata.setdefault("url", item.url)
            documents.append(part)
    return documents


class _Collector:
    """Builds articles one by one, dropping exact duplicates and linking near-copies."""

    def __init__(self, *, known_ids: Collection[str] = (), threshold: float = 0.7):
        self.result = IngestResult()
        self.known_ids = set(known_ids)
        self.sources_by_id: dict[str, str] = {}
        self.near = NearDuplicateIndex(threshold=threshold)

    def add(self, document: RawDocument, *, max_chars: int, row: Optional[dict] = None,
            row_method: str = "manifest") -> None:
        try:
            article = build_article(document, max_chars=max_chars, outlet=(row or {}).get("outlet"))
        except InputRejected as e:
            self.result.rejected.append(Rejected(e.source, e.reason))
            return
        except Exception as e:  # noqa: BLE001 -- same reason as in _documents
            log.warning("cannot clean %s", document.source, exc_info=True)
            self.result.rejected.append(Rejected(document.source, Reasons.UNREADABLE.format(detail=f"{type(e).__name__}: {e}")))
            return
        if row:
            apply_manifest(article, row, method=row_method)
        if article.id in self.known_ids:
            other = f"article {article.id}, already stored"
            self.result.rejected.append(Rejected(article.source, Reasons.DUPLICATE.format(other=other)))
            return
        if article.id in self.sources_by_id:
            other = self.sources_by_id[article.id]
            self.result.rejected.append(Rejected(article.source, Reasons.DUPLICATE.format(other=other)))
            return
        self.sources_by_id[article.id] = article.source
        article.copy_of = self.near.add(article.id, article.text)
        self.result.articles.append(article)
