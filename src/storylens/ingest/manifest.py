"""A manifest CSV (``file,outlet,published,author,title,url``, any subset of columns) whose
non-empty cells override what was found in the text. The file column may also be called
``path`` or ``filename``. With a manifest, a folder's files that it does not list are left out
(``lists_file``)."""

from __future__ import annotations

import csv
from pathlib import Path

from storylens.errors import StorylensError
from storylens.ingest.dates import iso_date
from storylens.records import Article

MANIFEST_FIELDS = ("outlet", "published", "author", "title", "url")
# Names of the column that says which file a row describes, in order of preference.
FILE_COLUMNS = ("file", "path", "filename")


def _file_column(fieldnames: list[str] | None) -> str | None:
    by_name = {name.strip().lower(): name for name in fieldnames or []}
    return next((by_name[name] for name in FILE_COLUMNS if name in by_name), None)


def read_manifest(path: Path) -> dict[str, dict[str, str]]:
    """Rows keyed by the base name of their file cell (column ``file``, ``path`` or ``filename``);
    the other column names are read without regard to case or surrounding spaces."""
    accepted = ", ".join(f"'{name}'" for name in FILE_COLUMNS)
    try:
        with open(path, newline="", encoding="utf-8-sig") as handle:
            reader = csv.DictReader(handle)
            column = _file_column(reader.fieldnames)
            if column is None:
                found = ", ".join(repr(n) for n in reader.fieldnames or []) or "none"
                raise StorylensError(
                    f"The manifest {str(path)!r} needs a 'file' column naming each article's file (also accepted: "
                    f"{', '.join(repr(n) for n in FILE_COLUMNS[1:])}; columns found: {found}); the others may be "
                    "outlet,published,author,title,url."
                )
            rows = {}
            for row in reader:
                cell = (row.get(column) or "").strip()
                if cell:
                    rows[Path(cell).name] = {(k or "").strip().lower(): v for k, v in row.items()}
            return rows
    except (OSError, UnicodeDecodeError, csv.Error) as e:
        raise StorylensError(f"Cannot read the manifest {str(path)!r}: {e}. Give a UTF-8 CSV file with a column {accepted}.") from e


def manifest_row(rows: dict[str, dict[str, str]], source: str) -> dict[str, str] | None:
    """The row for an article's source: its exact base name ("a.jsonl#2"), else its file's."""
    name = Path(source).name
    return rows.get(name) or rows.get(name.split("#")[0])


def lists_file(rows: dict[str, dict[str, str]], path: Path | str) -> bool:
    """Whether the manifest has a row for the file, or for one article inside it ("a.jsonl#2")."""
    name = Path(path).name
    return name in rows or any(key.startswith(name + "#") for key in rows)


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
