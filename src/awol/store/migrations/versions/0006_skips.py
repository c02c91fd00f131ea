"""Records skipped as holding no prose (channel furniture, a photo without a caption).

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "skips",
        sa.Column("pk", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("origin", sa.Text(), nullable=False),
        sa.Column("raw_hash", sa.String(40), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("first_seen", sa.String(40), nullable=False),
        sa.Column("last_seen", sa.String(40), nullable=False),
        sa.Column("seen", sa.Integer(), nullable=False),
    )
    op.create_index("ix_skips_origin", "skips", ["origin"])
    op.create_index("ix_skips_raw_hash", "skips", ["raw_hash"])
    # a post an earlier version recorded as a "no prose" failure is read again by the next
    # ingest of its export, recorded here, and its failure marked resolved


def downgrade() -> None:
    op.drop_index("ix_skips_raw_hash", "skips")
    op.drop_index("ix_skips_origin", "skips")
    op.drop_table("skips")
