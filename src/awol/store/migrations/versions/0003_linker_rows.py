"""The linker's state as rows updated in place: one row per linked document (its events and
MinHash signature) and one per link, appended as documents arrive (instead of one JSON blob
rewritten after every chunk).

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "linker_documents",
        sa.Column("doc_id", sa.String(512), primary_key=True),
        sa.Column("data", sa.JSON(), nullable=False),
    )
    op.create_table(
        "linker_links",
        sa.Column("pk", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("a", sa.String(520), nullable=False),
        sa.Column("b", sa.String(520), nullable=False),
        sa.Column("score", sa.Float(), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("linker_links")
    op.drop_table("linker_documents")
