"""The JSON export: stories as ``schema/story.schema.json`` describes them, validated."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path

import jsonschema

from storylens import __version__
from storylens.errors import Errors, StorylensError
from storylens.records import Rejected, Story

SCHEMA_VERSION = "1"


@lru_cache(maxsize=1)
def story_schema() -> dict:
    return json.loads(resources.files("storylens.schema").joinpath("story.schema.json").read_text())


def export_document(stories: list[Story], rejected: list[Rejected] = ()) -> dict:
    return {
        "schema_version": SCHEMA_VERSION,
        "generator": f"storylens {__version__}",
        "stories": [story.to_dict() for story in stories],
        "rejected": [r.to_dict() for r in rejected],
    }


def span_errors(document: dict) -> list[str]:
    """Spans whose text is not exactly ``article.text[start:end]`` (the schema cannot check this),
    or ``article.title[start:end]`` for a span with ``"field": "title"``."""
    problems = []
    for story in document["stories"]:
        texts = {a["id"]: a["text"] for a in story["articles"]}
        titles = {a["id"]: a.get("title") or "" for a in story["articles"]}

        def visit(node, path):
            if isinstance(node, dict):
                if {"article", "start", "end", "text"} <= node.keys() and node["article"] in texts:
                    source = titles if node.get("field") == "title" else texts
                    actual = source[node["article"]][node["start"] : node["end"]]
                    if actual != node["text"]:
                        problems.append(f"{path}: {node['text']!r} != text[{node['start']}:{node['end']}] {actual!r}")
                for key, value in node.items():
                    visit(value, f"{path}.{key}")
            elif isinstance(node, list):
                for i, value in enumerate(node):
                    visit(value, f"{path}[{i}]")

        visit({k: v for k, v in story.items() if k != "articles"}, story["id"])
    return problems


def validate_document(document: dict) -> None:
    """Raise StorylensError when the export breaks the schema or a span points at the wrong text."""
    validator = jsonschema.Draft202012Validator(story_schema())
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
    if errors:
        first = errors[0]
        where = "/".join(str(p) for p in first.path)
        raise StorylensError(Errors.E006.format(detail=f"{where}: {first.message} ({len(errors)} errors)"))
    bad_spans = span_errors(document)
    if bad_spans:
        raise StorylensError(Errors.E006.format(detail=f"{len(bad_spans)} bad spans, first: {bad_spans[0]}"))


def write_json(document: dict, path: Path) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
