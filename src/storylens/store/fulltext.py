"""Full-text search over article titles and text, one way per database.

SQLite: the FTS5 table ``articles_fts`` (porter stemming), written here with each article.
PostgreSQL: ``to_tsvector('english', ...)`` over the articles table, served by the GIN
expression index the migration creates. Both take a user's words, not a query language:
every word must match, in any order (``plainto_tsquery`` semantics).
"""

from __future__ import annotations

import re
from typing import Iterable

from sqlalchemy import Connection, bindparam, column, text
from sqlalchemy.sql.selectable import TextualSelect

from storylens.records import Article
from storylens.store.schema import FTS_TABLE, PG_FTS_CONFIG, PG_FTS_DOCUMENT

SNIPPET_WORDS = 24


def _fts5_query(query: str) -> str | None:
    # Each word quoted, so FTS5 operators and punctuation in user input are plain words.
    words = re.findall(r"\w+", query)
    return " ".join(f'"{w}"' for w in words) or None


def index_articles(connection: Connection, articles: Iterable[Article]) -> None:
    """Put ``articles`` (new or changed) into the full-text index."""
    if connection.dialect.name != "sqlite":
        return  # PostgreSQL indexes the articles table itself
    rows = [{"article_id": a.id, "title": a.title or "", "text": a.text} for a in articles]
    if not rows:
        return
    connection.execute(
        text(f"DELETE FROM {FTS_TABLE} WHERE article_id IN :ids").bindparams(bindparam("ids", expanding=True)),
        {"ids": [r["article_id"] for r in rows]},
    )
    connection.execute(text(f"INSERT INTO {FTS_TABLE} (article_id, title, text) VALUES (:article_id, :title, :text)"), rows)


def search(connection: Connection, query: str, *, limit: int) -> list[tuple[str, str]]:
    """``(article_id, plain-text snippet)`` of the best matches, best first."""
    if connection.dialect.name == "sqlite":
        fts_query = _fts5_query(query)
        if fts_query is None:
            return []
        sql = text(
            f"SELECT article_id, snippet({FTS_TABLE}, 2, '', '', '…', {SNIPPET_WORDS}) FROM {FTS_TABLE} "
            f"WHERE {FTS_TABLE} MATCH :q ORDER BY rank LIMIT :limit"
        )
        return [tuple(row) for row in connection.execute(sql, {"q": fts_query, "limit": limit})]
    if not re.search(r"\w", query):
        return []
    # Empty StartSel/StopSel: the snippet is plain text that templates escape like any other.
    options = f'StartSel="", StopSel="", MaxWords={SNIPPET_WORDS}, MinWords={SNIPPET_WORDS // 2}, MaxFragments=1, FragmentDelimiter=" … "'
    sql = text(
        f"SELECT id, ts_headline('{PG_FTS_CONFIG}', text, q, :options) FROM articles, "
        f"plainto_tsquery('{PG_FTS_CONFIG}', :q) AS q WHERE {PG_FTS_DOCUMENT} @@ q "
        f"ORDER BY ts_rank({PG_FTS_DOCUMENT}, q) DESC, id LIMIT :limit"
    )
    return [tuple(row) for row in connection.execute(sql, {"q": query, "options": options, "limit": limit})]


def matching_article_ids(dialect: str, query: str) -> TextualSelect | None:
    """A ``SELECT`` of the ids of articles matching ``query`` (column ``article_id``), for ``IN (...)``."""
    if dialect == "sqlite":
        fts_query = _fts5_query(query)
        if fts_query is None:
            return None
        return text(f"SELECT article_id FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :fts_q").bindparams(fts_q=fts_query).columns(column("article_id"))
    if not re.search(r"\w", query):
        return None
    return text(f"SELECT id AS article_id FROM articles WHERE {PG_FTS_DOCUMENT} @@ plainto_tsquery('{PG_FTS_CONFIG}', :fts_q)").bindparams(fts_q=query).columns(column("article_id"))
