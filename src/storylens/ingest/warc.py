"""Web archives (WARC, plain or gzipped): one article per HTML response or resource record."""

from __future__ import annotations

from typing import BinaryIO, Iterator, Union

from warcio.archiveiterator import ArchiveIterator

from storylens.errors import InputRejected
from storylens.ingest.decoding import decode
from storylens.ingest.document import RawDocument
from storylens.ingest.html import html_document


def warc_documents(stream: BinaryIO, *, source: str) -> Iterator[Union[RawDocument, InputRejected]]:
    for number, record in enumerate(ArchiveIterator(stream), start=1):
        if record.rec_type not in ("response", "resource"):
            continue
        headers = record.http_headers if record.rec_type == "response" else record.rec_headers
        content_type = (headers.get_header("Content-Type") if headers else "") or ""
        if "html" not in content_type and "text/plain" not in content_type:
            continue
        uri = record.rec_headers.get_header("WARC-Target-URI")
        record_source = f"{source}#{uri or number}"
        try:
            text = decode(record.content_stream().read(), source=record_source)
        except InputRejected as rejected:
            yield rejected
            continue
        if "html" in content_type:
            yield html_document(text, source=record_source, url=uri)
        else:
            yield RawDocument(record_source, text, {"url": uri} if uri else {}, method="warc")
