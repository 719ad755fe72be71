"""Bytes to text, telling binary files and hopeless encodings apart from repairable ones."""

from __future__ import annotations

import codecs
import gzip
import io
import re
import zlib
from typing import BinaryIO, Union

from storylens.errors import InputRejected, Reasons

# Share of characters that may look wrong (control characters, C1 controls left by latin-1)
# before a decoding is judged implausible.
_MAX_SUSPICIOUS_SHARE = 0.001
_MAX_NON_ASCII_SHARE = 0.3


_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]{1,3}")
_CP1252_FALLBACK = "storylens-cp1252-fallback"


def _decode_as_cp1252(error: UnicodeDecodeError) -> tuple[str, int]:
    return error.object[error.start : error.end].decode("cp1252", errors="replace"), error.end


codecs.register_error(_CP1252_FALLBACK, _decode_as_cp1252)


# Decompressed in pieces of this size, so memory never holds more than the limit plus one piece.
_GUNZIP_PIECE = 1 << 20


def gunzip(data: Union[bytes, BinaryIO], *, source: str, max_bytes: int) -> bytes:
    """The decompressed content of gzip ``data`` (bytes or a binary stream), read as a stream
    that stops as soon as more than ``max_bytes`` come out: a small file that unpacks to
    gigabytes is rejected as "too large" after reading ``max_bytes``, never held whole.

    Raises ``InputRejected`` naming ``source``: too large, or broken gzip data. The web upload
    and every file reader call this one function."""
    stream = io.BytesIO(data) if isinstance(data, (bytes, bytearray, memoryview)) else data
    out = bytearray()
    try:
        with gzip.GzipFile(fileobj=stream, mode="rb") as unpacked:
            while True:
                piece = unpacked.read(min(_GUNZIP_PIECE, max_bytes + 1 - len(out)))
                if not piece:
                    return bytes(out)
                out += piece
                if len(out) > max_bytes:
                    raise InputRejected(source, Reasons.TOO_LARGE_UNPACKED.format(limit=f"{max_bytes:,}"))
    except (OSError, EOFError, zlib.error) as e:
        raise InputRejected(source, Reasons.UNREADABLE.format(detail=f"broken gzip data ({e})")) from e


def _plausible(text: str) -> bool:
    if not text:
        return True
    suspicious = sum(1 for c in text if (ord(c) < 32 and c not in "\n\r\t\f") or 0x7F <= ord(c) <= 0x9F)
    non_ascii = sum(1 for c in text if ord(c) > 127)
    return suspicious <= _MAX_SUSPICIOUS_SHARE * len(text) and non_ascii <= _MAX_NON_ASCII_SHARE * len(text)


def decode(data: bytes, *, source: str) -> str:
    """UTF-8 (with or without BOM) or UTF-16 with BOM; else Windows-1252 or Latin-1 when the
    result reads as text."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:  # UTF-16 is full of NUL bytes yet is text (Windows "Unicode" exports)
            return data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise InputRejected(source, Reasons.ENCODING) from e
    if b"\x00" in data:
        raise InputRejected(source, Reasons.BINARY)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if _UTF8_SEQUENCE.search(data):
        # Mostly UTF-8 with a few stray Windows-1252 bytes (text pasted between editors):
        # decoding everything as cp1252 would garble every correct character.
        text = data.decode("utf-8-sig", errors=_CP1252_FALLBACK)
        if _plausible(text):
            return text
    for encoding in ("cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _plausible(text):
            return text
    raise InputRejected(source, Reasons.ENCODING)
