"""A document's metadata corrected by a later manifest (round 22).

``sources.meta``: a fingerprint of the metadata the source declared with its bytes (id, url,
outlet, published, language), so a rerun skips the same bytes only when they come with the same
metadata.  ``document_revisions``: the metadata a document version held before a correction
replaced it (the row of the document is updated in place, its events re-extracted: the old events
stay as superseded history, the old metadata here).

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("sources", sa.Column("meta", sa.String(40), nullable=True))
    op.create_table(
        "document_revisions",
        sa.Column("pk", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column(
            "document_pk",
            sa.Integer(),
            sa.ForeignKey("documents.pk", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("doc_id", sa.String(512), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("ext_id", sa.String(512), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("outlet", sa.String(512), nullable=True),
        sa.Column("published", sa.String(32), nullable=True),
        sa.Column("language", sa.String(16), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("origin", sa.Text(), nullable=True),
        sa.Column("extractor_version", sa.String(64), nullable=True),
        sa.Column("ingested_at", sa.String(40), nullable=False),
        sa.Column("replaced_at", sa.String(40), nullable=False),
    )
    op.create_index("ix_document_revisions_doc", "document_revisions", ["doc_id", "version"])


def downgrade() -> None:
    op.drop_index("ix_document_revisions_doc", "document_revisions")
    op.drop_table("document_revisions")
    with op.batch_alter_table("sources") as batch:
        batch.drop_column("meta")
