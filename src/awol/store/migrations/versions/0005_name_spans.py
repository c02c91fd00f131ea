"""Person-name spans found in public text, so that exports and pages need not run the recogniser.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "name_spans",
        sa.Column("text_hash", sa.String(64), primary_key=True),
        sa.Column("recogniser", sa.String(32), nullable=False),
        sa.Column("persons", sa.JSON(), nullable=False),
        sa.Column("places", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("name_spans")
