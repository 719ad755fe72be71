"""A manifest CSV (``file,outlet,published,author,title,url``, any subset of columns) whose
non-empty cells override what was found in the text."""

from __future__ import annotations

import csv
from pathlib import Path

from storylens.errors import StorylensError
from storylens.ingest.dates import iso_date
from storylens.records import Article

MANIFEST_FIELDS = ("outlet", "published", "author", "title", "url")


def read_manifest(path: Path) -> dict[str, dict[str, str]]:
    """Rows keyed by the base name of their ``file`` cell."""
    try:
        with open(path, newline="", encoding="utf-8-sig") as handle:
            reader = csv.DictReader(handle)
            if not reader.fieldnames or "file" not in reader.fieldnames:
                raise StorylensError(f"The manifest {str(path)!r} needs a 'file' column (file,outlet,published,author,title,url).")
            return {Path(row["file"].strip()).name: row for row in reader if row.get("file")}
    except (OSError, UnicodeDecodeError, csv.Error) as e:
        raise StorylensError(f"Cannot read the manifest {str(path)!r}: {e}. Give a UTF-8 CSV file with a 'file' column.") from e


def manifest_row(rows: dict[str, dict[str, str]], source: str) -> dict[str, str] | None:
    """The row for an article's source: its exact base name ("a.jsonl#2"), else its file's."""
    name = Path(source).name
    return rows.get(name) or rows.get(name.split("#")[0])


def apply_manifest(article: Article, row: dict[str, str], *, method: str = "manifest") -> None:
    for name in MANIFEST_FIELDS:
        value = (row.get(name) or "").strip()
        if name == "published":
            value = iso_date(value) if value else ""
        if value:
            setattr(article, name, value)
            article.metadata_sources[name] = method
            if name == "published":
                article.published_inferred = False


def folder_manifest(folder: Path | str) -> Path | None:
    """The folder's own ``manifest.csv``, if it has one (how the seeds and our benches ship metadata)."""
    path = Path(folder) / "manifest.csv"
    return path if path.exists() else None
