"""Which pipeline made an analysis, so a store never serves an older version's work as current.

The store keeps each article's analysis and ``storylens analyze`` reads it back instead of
running the pipeline again (a stopped run continues; a story that grows is not re-read). After
an upgrade those stored analyses are the old pipeline's: its entities, quotes and claims would
go on feeding every story the article joins. Each analysis therefore carries the version of
what made it: the kind of pipeline (full, or the light one clustering uses), the English model
and a digest of the per-article code and data (``nlp/``, the records, the lexicon reader, the
light pipeline). An analysis stamped with any other version is made again.

A digest of the files rather than the package's version number: storylens is developed and
run from a checkout, where the number does not move with each change.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from storylens.nlp.pipeline import BASE_MODEL

PACKAGE = Path(__file__).resolve().parent.parent
# What an article's analysis depends on, inside the package (the light pipeline lives in story/).
ANALYSIS_SOURCES = ("nlp", "records.py", "wordnet.py", "story/leads.py")
SKIPPED_PARTS = frozenset({"__pycache__"})


@lru_cache(maxsize=1)
def code_digest() -> str:
    """A digest of every file the per-article analysis reads, by path and content."""
    digest = hashlib.sha256()
    for source in ANALYSIS_SOURCES:
        root = PACKAGE / source
        files = sorted(p for p in root.rglob("*") if p.is_file()) if root.is_dir() else [root]
        for path in files:
            if SKIPPED_PARTS.intersection(path.parts) or path.suffix == ".pyc":
                continue
            digest.update(str(path.relative_to(PACKAGE)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _installed(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "?"


@lru_cache(maxsize=4)
def pipeline_version(kind: str = "full") -> str:
    """The stamp an analysis made now by the ``kind`` pipeline carries ("full" or "light")."""
    model = _installed(BASE_MODEL.replace("_", "-"))
    return f"{kind}/spacy-{_installed('spacy')}/{BASE_MODEL}-{model}/{code_digest()}"
