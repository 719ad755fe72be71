"""The first store: articles with their analyses, stories with their items, rejected inputs.

Revision ID: 0001
Revises:
Create Date: 2026-11-23

Written out by hand (not from ``schema.metadata``) so that later changes to schema.py
never change what this migration did; tests/store/test_migrations.py checks the two agree.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

Json = sa.JSON().with_variant(JSONB(), "postgresql")
Stamp = sa.DateTime(timezone=True)


def _article_fk() -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE")


def _story_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(["story_id"], ["stories.id"], ondelete="CASCADE", name=f"fk_{table}_story_id_stories")


def _story_items(name: str, *columns: sa.Column) -> None:
    op.create_table(
        name,
        sa.Column("story_id", sa.Text, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("id", sa.Text, nullable=False),
        *columns,
        sa.PrimaryKeyConstraint("story_id", "position", name=f"pk_{name}"),
        _story_fk(name),
    )
    op.create_index(f"ix_{name}_story_id_id", name, ["story_id", "id"])


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.Text, nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("outlet", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("author", sa.Text),
        sa.Column("published", sa.Text),
        sa.Column("published_inferred", sa.Boolean, nullable=False),
        sa.Column("url", sa.Text),
        sa.Column("copy_of", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("metadata_sources", Json, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_articles"),
    )
    op.create_index("ix_articles_outlet", "articles", ["outlet"])
    op.create_index("ix_articles_published", "articles", ["published"])

    op.create_table(
        "sentences",
        sa.Column("article_id", sa.Text, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("article_id", "start", name="pk_sentences"),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE", name="fk_sentences_article_id_articles"),
    )
    op.create_table(
        "mentions",
        sa.Column("article_id", sa.Text, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("type", sa.Text, nullable=False),
        sa.Column("actor", sa.Text),
        sa.PrimaryKeyConstraint("article_id", "position", name="pk_mentions"),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE", name="fk_mentions_article_id_articles"),
    )
    op.create_index("ix_mentions_type", "mentions", ["type"])
    op.create_table(
        "analyses",
        sa.Column("article_id", sa.Text, nullable=False),
        sa.Column("data", Json, nullable=False),
        sa.Column("saved", Stamp, nullable=False),
        sa.PrimaryKeyConstraint("article_id", name="pk_analyses"),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE", name="fk_analyses_article_id_articles"),
    )

    op.create_table(
        "stories",
        sa.Column("id", sa.Text, nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("data", Json, nullable=False),
        sa.Column("created", Stamp, nullable=False),
        sa.Column("updated", Stamp, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_stories"),
    )
    op.create_index("ix_stories_updated", "stories", ["updated"])
    op.create_table(
        "story_articles",
        sa.Column("story_id", sa.Text, nullable=False),
        sa.Column("article_id", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("story_id", "article_id", name="pk_story_articles"),
        _story_fk("story_articles"),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE", name="fk_story_articles_article_id_articles"),
    )
    op.create_index("ix_story_articles_article_id", "story_articles", ["article_id"])
    _story_items("actors", sa.Column("name", sa.Text, nullable=False), sa.Column("type", sa.Text, nullable=False))
    _story_items("events", sa.Column("date", sa.Text, nullable=False), sa.Column("data", Json, nullable=False))
    op.create_index("ix_events_date", "events", ["date"])
    _story_items("claims", sa.Column("status", sa.Text, nullable=False), sa.Column("data", Json, nullable=False))
    op.create_index("ix_claims_status", "claims", ["status"])
    _story_items(
        "quotes",
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("speaker", sa.Text),
        sa.Column("data", Json, nullable=False),
    )

    op.create_table(
        "rejected",
        sa.Column("id", sa.Integer, autoincrement=True, nullable=False),
        sa.Column("run_id", sa.Text),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("at", Stamp, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_rejected"),
    )
    op.create_index("ix_rejected_run_id", "rejected", ["run_id"])

    _create_full_text_index()


def _create_full_text_index() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        # Contentful FTS5 table that the repository writes with each article; porter
        # stemming, like the "english" configuration used on PostgreSQL.
        op.execute("CREATE VIRTUAL TABLE articles_fts USING fts5(article_id UNINDEXED, title, text, tokenize = 'porter unicode61')")
    elif dialect == "postgresql":
        # Must match schema.PG_FTS_DOCUMENT exactly, or the planner will not use it.
        op.execute("CREATE INDEX ix_articles_fts ON articles USING gin (to_tsvector('english', translate(coalesce(title, '') || ' ' || text, '<>', '  ')))")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("DROP TABLE IF EXISTS articles_fts")
    for table in ("rejected", "quotes", "claims", "events", "actors", "story_articles", "stories", "analyses", "mentions", "sentences", "articles"):
        op.drop_table(table)
