"""Command-line style inputs (files, folders, glob patterns, http(s) URLs) -> concrete inputs."""

from __future__ import annotations

import glob
import re
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional, Sequence

from storylens.ingest.readers import FORMATS_BY_EXTENSION
from storylens.ingest.url_policy import TRUSTED, FetchPolicy, open_url

FETCH_TIMEOUT_SECONDS = 20
_USER_AGENT = "storylens (news analysis; +https://github.com/)"


@dataclass
class Input:
    source: str  # what the user gave, or the file found under a folder they gave
    path: Optional[Path] = None  # None for URLs and for inputs that do not exist
    url: Optional[str] = None
    explicit: bool = True  # named by the user, rather than found while walking a folder


def is_url(value: str) -> bool:
    return value.lower().startswith(("http://", "https://"))


# Files that sit beside articles in a folder without being articles.
PROJECT_FILES = re.compile(r"(?:readme|license|licence|changelog|contributing|provenance|notice|authors)\b.*", re.IGNORECASE)


def readable_extension(path: Path) -> bool:
    name = path.name.lower().removesuffix(".gz")
    return Path(name).suffix in FORMATS_BY_EXTENSION and not PROJECT_FILES.fullmatch(name)


def expand(paths: Sequence[str], *, skip: Sequence[Path] = ()) -> Iterator[Input]:
    """Each input once, in the order given; folders are walked recursively in name order and
    only files with a readable extension are taken from them (not hidden files, not ``skip``)."""
    skipped = {p.resolve() for p in skip}
    seen: set[Path] = set()
    for value in map(str, paths):  # Path objects are welcome too
        if is_url(value):
            yield Input(value, url=value)
            continue
        path = Path(value)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and readable_extension(p)
                           and not any(part.startswith(".") for part in p.relative_to(path).parts))
            candidates = [(p, False) for p in found]
        elif path.is_file():
            candidates = [(path, True)]
        elif glob.has_magic(value):
            candidates = [(Path(p), True) for p in sorted(glob.glob(value, recursive=True)) if Path(p).is_file()]
        else:
            yield Input(value)
            continue
        for candidate, explicit in candidates:
            resolved = candidate.resolve()
            if resolved in seen or resolved in skipped:
                continue
            seen.add(resolved)
            yield Input(str(candidate), path=candidate, explicit=explicit)


def fetch(url: str, *, max_bytes: int, policy: FetchPolicy = TRUSTED) -> bytes:
    request = urllib.request.Request(url, headers={"User-Agent": _USER_AGENT})
    with open_url(request, timeout=FETCH_TIMEOUT_SECONDS, policy=policy) as response:
        return response.read(max_bytes + 1)
