"""Story redirects: the id a story had before it grew, pointing at the story that replaced it.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23

A run that adds articles to a stored story builds the grown story under a new id and deletes
the old one; links to the old id (a bookmark, a citation in a fact-check) should still lead
somewhere. Written out by hand, like 0001.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "story_redirects",
        sa.Column("old_id", sa.Text, nullable=False),
        sa.Column("new_id", sa.Text, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("old_id", name="pk_story_redirects"),
    )
    op.create_index("ix_story_redirects_new_id", "story_redirects", ["new_id"])


def downgrade() -> None:
    op.drop_table("story_redirects")
