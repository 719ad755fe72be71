"""Parquet output: one flat table per kind of result, joinable on article id and offsets.

Rows are built from the records' ``to_dict`` shapes; nested values that have no flat form
(a quantity range, a claim's sources) are kept as JSON text so every column has one type.
"""

from __future__ import annotations

import json
from pathlib import Path

from storylens.records import ArticleAnalysis, Story

TABLES = ("articles", "sentences", "mentions", "quantities", "quotes", "time_expressions", "claims", "events", "stories")


def _span(span: dict, prefix: str = "") -> dict:
    return {f"{prefix}article": span["article"], f"{prefix}start": span["start"], f"{prefix}end": span["end"], f"{prefix}text": span["text"]}


def table_rows(analyses: list[ArticleAnalysis], stories: list[Story], story_of: dict[str, str]) -> dict[str, list[dict]]:
    rows: dict[str, list[dict]] = {name: [] for name in TABLES}
    for analysis in analyses:
        article = analysis.article.to_dict()
        article["metadata_sources"] = json.dumps(article["metadata_sources"])
        article["story"] = story_of.get(analysis.article.id)
        rows["articles"].append(article)
        rows["sentences"].extend(_span(s.to_dict()) for s in analysis.sentences)
        rows["mentions"].extend({**_span(m.span.to_dict()), "type": m.type} for m in analysis.mentions)
        for q in analysis.quantities:
            values = q.value if isinstance(q.value, list) else [q.value]
            rows["quantities"].append(
                {**_span(q.span.to_dict()), "values": [float(v) for v in values], "unit": q.unit, "bound": q.bound, "change": q.change}
            )
        for q in analysis.quotes:
            rows["quotes"].append(
                {**_span(q.span.to_dict()), "id": q.id, "kind": q.kind, "speaker_text": q.speaker_text, "cue": q.cue, "outlet": q.outlet}
            )
        for t in analysis.time_expressions:
            rows["time_expressions"].append({**_span(t.span.to_dict()), "value": t.value, "kind": t.kind, "confidence": float(t.confidence)})
    for story in stories:
        rows["stories"].append(
            {"id": story.id, "title": story.title, "articles": [a.id for a in story.articles], "outlets": sorted({a.outlet or "" for a in story.articles})}
        )
        for claim in story.claims:
            rows["claims"].append(
                {"story": story.id, "id": claim.id, "text": claim.text, "status": claim.status, "actors": list(claim.actors),
                 "sources": json.dumps([s.to_dict() for s in claim.sources]), "conflicts": json.dumps([c.to_dict() for c in claim.conflicts])}
            )
        for event in story.timeline:
            rows["events"].append(
                {"story": story.id, "id": event.id, "date": event.date, "description": event.description, "actors": list(event.actors),
                 "sources": json.dumps([s.to_dict() for s in event.sources])}
            )
    return rows


def write_tables(rows: dict[str, list[dict]], out_dir: Path) -> dict[str, str]:
    """Write each table as ``<out_dir>/<name>.parquet`` (empty tables too, so readers find them)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name in TABLES:
        table = pa.Table.from_pylist(rows[name]) if rows[name] else pa.table({})
        path = out_dir / f"{name}.parquet"
        pq.write_table(table, path)
        paths[name] = str(path)
    return paths
