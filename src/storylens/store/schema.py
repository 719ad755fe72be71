"""The store's tables (SQLAlchemy 2 Core).

The full records live as JSON (``analyses.data``, ``stories.data``) so a later run reads
them back without recomputing; the other columns repeat what callers filter or join on
(outlet, dates, claim status, ...). Migrations in ``migrations/versions`` create exactly
these tables; a test compares the two.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Table,
    Text,
)
from sqlalchemy.dialects.postgresql import JSONB

# Text, never VARCHAR(n), for every string: SQLite ignores lengths, so a limit would fail on
# PostgreSQL only. JSONB on PostgreSQL so the JSON can be indexed and queried there.
Json = JSON().with_variant(JSONB(), "postgresql")

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)



def _article_fk() -> ForeignKey:
    return ForeignKey("articles.id", ondelete="CASCADE")


def _story_fk() -> ForeignKey:
    return ForeignKey("stories.id", ondelete="CASCADE")


articles = Table(
    "articles",
    metadata,
    Column("id", Text, primary_key=True),
    Column("source", Text, nullable=False),
    Column("outlet", Text, index=True),
    Column("title", Text),
    Column("author", Text),
    Column("published", Text, index=True),
    Column("published_inferred", Boolean, nullable=False, default=False),
    Column("url", Text),
    # No foreign key: the original of a near-duplicate may never have been stored.
    Column("copy_of", Text),
    Column("text", Text, nullable=False),
    Column("metadata_sources", Json, nullable=False),
)

sentences = Table(
    "sentences",
    metadata,
    Column("article_id", Text, _article_fk(), primary_key=True),
    Column("start", Integer, primary_key=True),
    Column("end", Integer, nullable=False),
)

mentions = Table(
    "mentions",
    metadata,
    Column("article_id", Text, _article_fk(), primary_key=True),
    Column("position", Integer, primary_key=True),  # order in the analysis
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("type", Text, nullable=False, index=True),
    Column("actor", Text),
)

analyses = Table(
    "analyses",
    metadata,
    Column("article_id", Text, _article_fk(), primary_key=True),
    Column("data", Json, nullable=False),  # ArticleAnalysis.to_dict()
    Column("saved", DateTime(timezone=True), nullable=False),
)

stories = Table(
    "stories",
    metadata,
    Column("id", Text, primary_key=True),
    Column("title", Text, nullable=False),
    Column("data", Json, nullable=False),  # Story.to_dict()
    Column("created", DateTime(timezone=True), nullable=False),
    Column("updated", DateTime(timezone=True), nullable=False, index=True),
)

story_articles = Table(
    "story_articles",
    metadata,
    Column("story_id", Text, _story_fk(), primary_key=True),
    Column("article_id", Text, _article_fk(), primary_key=True, index=True),
)


def _story_items(name: str, *columns: Column) -> Table:
    """A table of one kind of story item, kept in story order.

    ``position`` rather than the item id is the key so that a story whose steps
    produced a repeated id is still stored as it was built.
    """
    table = Table(
        name,
        metadata,
        Column("story_id", Text, _story_fk(), primary_key=True),
        Column("position", Integer, primary_key=True),
        Column("id", Text, nullable=False),
        *columns,
    )
    Index(f"ix_{name}_story_id_id", table.c.story_id, table.c.id)
    return table


actors = _story_items(
    "actors",
    Column("name", Text, nullable=False),
    Column("type", Text, nullable=False),
)
events = _story_items(
    "events",
    Column("date", Text, nullable=False, index=True),
    Column("data", Json, nullable=False),
)
claims = _story_items(
    "claims",
    Column("status", Text, nullable=False, index=True),
    Column("data", Json, nullable=False),
)
quotes = _story_items(
    "quotes",
    Column("kind", Text, nullable=False),
    Column("speaker", Text),
    Column("data", Json, nullable=False),
)

# The id a story had before a later run grew it, and the story that replaced it (no foreign
# key: the old story is gone by design, and the new one may later be replaced in its turn, when
# the row is pointed on at the newest id).
story_redirects = Table(
    "story_redirects",
    metadata,
    Column("old_id", Text, primary_key=True),
    Column("new_id", Text, nullable=False, index=True),
    Column("at", DateTime(timezone=True), nullable=False),
)

rejected = Table(
    "rejected",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("run_id", Text, index=True),
    Column("source", Text, nullable=False),
    Column("reason", Text, nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
)

# SQLite only: an FTS5 table the repository keeps in step with ``articles`` (created by the
# migration, so it is not part of ``metadata``). PostgreSQL indexes an expression instead.
FTS_TABLE = "articles_fts"
PG_FTS_CONFIG = "english"
# Angle brackets blanked: PostgreSQL's parser skips anything that looks like an HTML tag, and
# an article quoting "<script>" should be found by "script" as it is on SQLite.
PG_FTS_DOCUMENT = f"to_tsvector('{PG_FTS_CONFIG}', translate(coalesce(title, '') || ' ' || text, '<>', '  '))"


def include_name(name: str | None, type_: str, parent_names: dict) -> bool:
    """For Alembic's autogenerate: leave the full-text objects (made by raw SQL) alone."""
    return not (name or "").startswith((FTS_TABLE, "ix_articles_fts"))
