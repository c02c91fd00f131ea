"""Initial schema: documents (versioned), sources, events, figures, failures.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _evidence_and_history() -> list[sa.Column]:
    return [
        sa.Column("evidence_text", sa.Text(), nullable=True),
        sa.Column("evidence_start", sa.Integer(), nullable=True),
        sa.Column("evidence_end", sa.Integer(), nullable=True),
        sa.Column("confidence", sa.Float(), nullable=True),
        sa.Column("extractor_version", sa.String(64), nullable=True),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("superseded", sa.Boolean(), nullable=False),
        sa.Column("superseded_at", sa.String(40), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("pk", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("doc_id", sa.String(512), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("current", sa.Boolean(), nullable=False),
        sa.Column("ext_id", sa.String(512), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("canonical_url", sa.String(2048), nullable=True),
        sa.Column("outlet", sa.String(512), nullable=True),
        sa.Column("published", sa.String(32), nullable=True),
        sa.Column("language", sa.String(16), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("origin", sa.Text(), nullable=True),
        sa.Column("encoding", sa.String(64), nullable=True),
        sa.Column("fetched_at", sa.String(40), nullable=True),
        sa.Column("extractor_version", sa.String(64), nullable=True),
        sa.Column("ingested_at", sa.String(40), nullable=False),
        sa.Column("linked", sa.Boolean(), nullable=False),
        sa.UniqueConstraint("doc_id", "version", name="uq_documents_doc_version"),
        sa.UniqueConstraint("content_hash", name="uq_documents_content_hash"),
    )
    op.create_index("ix_documents_ext_id", "documents", ["ext_id"])
    op.create_index("ix_documents_canonical_url", "documents", ["canonical_url"])

    op.create_table(
        "sources",
        sa.Column("raw_hash", sa.String(64), primary_key=True),
        sa.Column(
            "document_pk",
            sa.Integer(),
            sa.ForeignKey("documents.pk", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("origin", sa.Text(), nullable=True),
        sa.Column("seen_at", sa.String(40), nullable=False),
    )

    op.create_table(
        "events",
        sa.Column("pk", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column(
            "document_pk",
            sa.Integer(),
            sa.ForeignKey("documents.pk", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("doc_id", sa.String(512), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("idx", sa.Integer(), nullable=False),
        sa.Column("event_key", sa.String(64), nullable=False),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("date", sa.String(16), nullable=True),
        sa.Column("date_text", sa.Text(), nullable=True),
        sa.Column("place_text", sa.Text(), nullable=True),
        sa.Column("country", sa.String(8), nullable=True),
        sa.Column("region", sa.String(16), nullable=True),
        sa.Column("count", sa.Integer(), nullable=True),
        sa.Column("count_qualifier", sa.String(16), nullable=True),
        sa.Column("who", sa.Text(), nullable=True),
        sa.Column("names", sa.JSON(), nullable=True),
        sa.Column("armed", sa.Boolean(), nullable=True),
        sa.Column("source", sa.Text(), nullable=True),
        *_evidence_and_history(),
    )
    op.create_index("ix_events_key", "events", ["event_key"])
    op.create_index("ix_events_doc", "events", ["document_pk", "idx"])

    op.create_table(
        "figures",
        sa.Column("pk", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column(
            "document_pk",
            sa.Integer(),
            sa.ForeignKey("documents.pk", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("doc_id", sa.String(512), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("idx", sa.Integer(), nullable=False),
        sa.Column("metric", sa.Text(), nullable=False),
        sa.Column("value", sa.Float(), nullable=True),
        sa.Column("qualifier", sa.String(16), nullable=True),
        sa.Column("as_of", sa.String(16), nullable=True),
        sa.Column("source", sa.Text(), nullable=True),
        *_evidence_and_history(),
    )
    op.create_index("ix_figures_doc", "figures", ["document_pk", "idx"])

    op.create_table(
        "failures",
        sa.Column("pk", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("origin", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("first_seen", sa.String(40), nullable=False),
        sa.Column("last_seen", sa.String(40), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("resolved", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_failures_origin", "failures", ["origin"])


def downgrade() -> None:
    for table in ("failures", "figures", "events", "sources", "documents"):
        op.drop_table(table)
