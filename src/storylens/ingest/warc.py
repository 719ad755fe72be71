"""Web archives (WARC, plain or gzipped): one article per HTML response or resource record.

warcio decompresses a gzipped archive record by record; each record's content is read up to the
byte limit, and a record the archive ends inside (a cut download) is rejected by name rather than
kept as a short article."""

from __future__ import annotations

from typing import BinaryIO, Iterator, Union

from warcio.archiveiterator import ArchiveIterator

from storylens.errors import InputRejected, Reasons
from storylens.ingest.decoding import decode
from storylens.ingest.document import RawDocument
from storylens.ingest.html import html_document


def warc_documents(stream: BinaryIO, *, source: str, max_bytes: int) -> Iterator[Union[RawDocument, InputRejected]]:
    number = 0
    records = iter(ArchiveIterator(stream))
    while True:
        number += 1
        try:
            record = next(records)
        except StopIteration:
            return
        except Exception as e:  # noqa: BLE001 -- warcio fails in many ways on a cut archive
            yield InputRejected(f"{source}#{number}", Reasons.TRUNCATED.format(detail=f"the archive breaks off in record {number} ({type(e).__name__})"))
            return
        if record.rec_type not in ("response", "resource"):
            continue
        headers = record.http_headers if record.rec_type == "response" else record.rec_headers
        content_type = (headers.get_header("Content-Type") if headers else "") or ""
        if "html" not in content_type and "text/plain" not in content_type:
            continue
        uri = record.rec_headers.get_header("WARC-Target-URI")
        record_source = f"{source}#{uri or number}"
        try:
            content = record.content_stream().read(max_bytes + 1)
        except Exception as e:  # noqa: BLE001 -- a broken record is rejected by name, the rest is read
            yield InputRejected(record_source, Reasons.TRUNCATED.format(detail=f"the record cannot be read to its end ({type(e).__name__})"))
            return
        if len(content) > max_bytes:
            yield InputRejected(record_source, Reasons.TOO_LARGE_UNPACKED.format(limit=f"{max_bytes:,}"))
            continue
        missing = getattr(record.raw_stream, "limit", 0) or 0
        if missing > 0:  # fewer bytes than the record's Content-Length promised
            yield InputRejected(record_source, Reasons.TRUNCATED.format(detail=f"the archive ends {missing:,} bytes before the end of this record"))
            return
        try:
            text = decode(content, source=record_source)
        except InputRejected as rejected:
            yield rejected
            continue
        if "html" in content_type:
            yield html_document(text, source=record_source, url=uri)
        else:
            yield RawDocument(record_source, text, {"url": uri} if uri else {}, method="warc")
