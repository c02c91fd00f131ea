"""The event database's tables (SQLAlchemy 2 declarative models).

One schema for SQLite and PostgreSQL.  The tables are created and upgraded by the Alembic
migrations in ``awol/store/migrations`` (never by ``create_all``), so a database made by an older
version of AWOL is upgraded in place.  Timestamps are ISO 8601 UTC strings; dates keep the partial
precision of the model (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``).

Identity rules (see :mod:`awol.store.repo`):

* ``documents`` has one row per *version* of a document.  ``doc_id`` names the logical document
  (manifest id, else canonical URL, else a hash) and ``(doc_id, version)`` is unique; the row of
  the latest version has ``current = True``.  ``content_hash`` (hash of the normalised cleaned text)
  is unique: the same text ingested again, from any copy, is the same document.
* ``sources`` remembers every raw input (hash of its bytes) already stored, with a fingerprint of
  the metadata declared with it, so a rerun skips it before cleaning and extraction.  The same
  bytes with other metadata (a corrected manifest: published, outlet, url) are read again; when
  they are the same document, its row takes the new metadata in place under the next version
  number, its events are re-extracted (the old ones superseded) and the old metadata is kept in
  ``document_revisions``: nothing is lost, and the same input twice stores nothing new.
* ``events`` and ``figures`` belong to one document version.  Re-extraction marks the previous
  rows ``superseded`` and adds new ones: the rows of an ``event_key`` are the event's history.
* ``overrides`` are corrections made by a person to one field of one event (by ``event_key``),
  append-only; the latest row per (event_key, field) wins and is applied on read.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class DocumentRow(Base):
    __tablename__ = "documents"
    __table_args__ = (
        UniqueConstraint("doc_id", "version", name="uq_documents_doc_version"),
        UniqueConstraint("content_hash", name="uq_documents_content_hash"),
        Index("ix_documents_ext_id", "ext_id"),
        Index("ix_documents_canonical_url", "canonical_url"),
    )

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    doc_id: Mapped[str] = mapped_column(String(512))
    version: Mapped[int] = mapped_column(Integer, default=1)
    current: Mapped[bool] = mapped_column(Boolean, default=True)
    ext_id: Mapped[str | None] = mapped_column(String(512))
    url: Mapped[str | None] = mapped_column(Text)
    canonical_url: Mapped[str | None] = mapped_column(String(2048))
    outlet: Mapped[str | None] = mapped_column(String(512))
    published: Mapped[str | None] = mapped_column(String(32))
    language: Mapped[str | None] = mapped_column(String(16))
    title: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64))
    origin: Mapped[str | None] = mapped_column(Text)
    encoding: Mapped[str | None] = mapped_column(String(64))
    fetched_at: Mapped[str | None] = mapped_column(String(40))
    extractor_version: Mapped[str | None] = mapped_column(String(64))
    ingested_at: Mapped[str] = mapped_column(String(40))
    linked: Mapped[bool] = mapped_column(Boolean, default=False)


class SourceRow(Base):
    __tablename__ = "sources"

    raw_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    document_pk: Mapped[int] = mapped_column(ForeignKey("documents.pk", ondelete="CASCADE"))
    origin: Mapped[str | None] = mapped_column(Text)
    seen_at: Mapped[str] = mapped_column(String(40))
    # fingerprint of the metadata declared with the bytes (None: stored before round 22)
    meta: Mapped[str | None] = mapped_column(String(40))


class DocumentRevisionRow(Base):
    """The metadata a document version held before a corrected manifest replaced it."""

    __tablename__ = "document_revisions"
    __table_args__ = (Index("ix_document_revisions_doc", "doc_id", "version"),)

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_pk: Mapped[int] = mapped_column(ForeignKey("documents.pk", ondelete="CASCADE"))
    doc_id: Mapped[str] = mapped_column(String(512))
    version: Mapped[int] = mapped_column(Integer)
    ext_id: Mapped[str | None] = mapped_column(String(512))
    url: Mapped[str | None] = mapped_column(Text)
    outlet: Mapped[str | None] = mapped_column(String(512))
    published: Mapped[str | None] = mapped_column(String(32))
    language: Mapped[str | None] = mapped_column(String(16))
    title: Mapped[str | None] = mapped_column(Text)
    origin: Mapped[str | None] = mapped_column(Text)
    extractor_version: Mapped[str | None] = mapped_column(String(64))
    ingested_at: Mapped[str] = mapped_column(String(40))
    replaced_at: Mapped[str] = mapped_column(String(40))


class EventRow(Base):
    __tablename__ = "events"
    __table_args__ = (
        Index("ix_events_key", "event_key"),
        Index("ix_events_doc", "document_pk", "idx"),
    )

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_pk: Mapped[int] = mapped_column(ForeignKey("documents.pk", ondelete="CASCADE"))
    doc_id: Mapped[str] = mapped_column(String(512))
    version: Mapped[int] = mapped_column(Integer)
    idx: Mapped[int] = mapped_column(Integer)
    event_key: Mapped[str] = mapped_column(String(64))
    type: Mapped[str] = mapped_column(String(32))
    date: Mapped[str | None] = mapped_column(String(16))
    date_text: Mapped[str | None] = mapped_column(Text)
    place_text: Mapped[str | None] = mapped_column(Text)
    country: Mapped[str | None] = mapped_column(String(8))
    region: Mapped[str | None] = mapped_column(String(16))
    count: Mapped[int | None] = mapped_column(Integer)
    count_qualifier: Mapped[str | None] = mapped_column(String(16))
    who: Mapped[str | None] = mapped_column(Text)
    names: Mapped[list | None] = mapped_column(JSON)
    armed: Mapped[bool | None] = mapped_column(Boolean)
    source: Mapped[str | None] = mapped_column(Text)
    evidence_text: Mapped[str | None] = mapped_column(Text)
    evidence_start: Mapped[int | None] = mapped_column(Integer)
    evidence_end: Mapped[int | None] = mapped_column(Integer)
    confidence: Mapped[float | None] = mapped_column(Float)
    extractor_version: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[str] = mapped_column(String(40))
    superseded: Mapped[bool] = mapped_column(Boolean, default=False)
    superseded_at: Mapped[str | None] = mapped_column(String(40))


class FigureRow(Base):
    __tablename__ = "figures"
    __table_args__ = (Index("ix_figures_doc", "document_pk", "idx"),)

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_pk: Mapped[int] = mapped_column(ForeignKey("documents.pk", ondelete="CASCADE"))
    doc_id: Mapped[str] = mapped_column(String(512))
    version: Mapped[int] = mapped_column(Integer)
    idx: Mapped[int] = mapped_column(Integer)
    metric: Mapped[str] = mapped_column(Text)
    value: Mapped[float | None] = mapped_column(Float)
    qualifier: Mapped[str | None] = mapped_column(String(16))
    as_of: Mapped[str | None] = mapped_column(String(16))
    source: Mapped[str | None] = mapped_column(Text)
    evidence_text: Mapped[str | None] = mapped_column(Text)
    evidence_start: Mapped[int | None] = mapped_column(Integer)
    evidence_end: Mapped[int | None] = mapped_column(Integer)
    confidence: Mapped[float | None] = mapped_column(Float)
    extractor_version: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[str] = mapped_column(String(40))
    superseded: Mapped[bool] = mapped_column(Boolean, default=False)
    superseded_at: Mapped[str | None] = mapped_column(String(40))


class FailureRow(Base):
    __tablename__ = "failures"
    __table_args__ = (Index("ix_failures_origin", "origin"),)

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    origin: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    first_seen: Mapped[str] = mapped_column(String(40))
    last_seen: Mapped[str] = mapped_column(String(40))
    attempts: Mapped[int] = mapped_column(Integer, default=1)
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)


# --- added by revision 0002 -------------------------------------------------------------------


class OverrideRow(Base):
    __tablename__ = "overrides"
    __table_args__ = (Index("ix_overrides_key", "event_key", "field"),)

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_key: Mapped[str] = mapped_column(String(64))
    field: Mapped[str] = mapped_column(String(32))
    value: Mapped[object | None] = mapped_column(JSON)
    cleared: Mapped[bool] = mapped_column(Boolean, default=False)
    who: Mapped[str] = mapped_column(String(256))
    created_at: Mapped[str] = mapped_column(String(40))
    note: Mapped[str | None] = mapped_column(Text)


class IncidentRow(Base):
    __tablename__ = "incidents"

    incident_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    type: Mapped[str | None] = mapped_column(String(32))
    case_id: Mapped[str | None] = mapped_column(String(128))
    data: Mapped[dict] = mapped_column(JSON)
    updated_at: Mapped[str] = mapped_column(String(40))


class IncidentEventRow(Base):
    __tablename__ = "incident_events"
    __table_args__ = (Index("ix_incident_events_doc", "doc_id", "event_idx"),)

    incident_id: Mapped[str] = mapped_column(
        ForeignKey("incidents.incident_id", ondelete="CASCADE"), primary_key=True
    )
    doc_id: Mapped[str] = mapped_column(String(512), primary_key=True)
    event_idx: Mapped[int] = mapped_column(Integer, primary_key=True)


class CaseRow(Base):
    __tablename__ = "cases"

    case_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    data: Mapped[dict] = mapped_column(JSON)
    updated_at: Mapped[str] = mapped_column(String(40))


class LinkerStateRow(Base):
    __tablename__ = "linker_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    state: Mapped[dict | None] = mapped_column(JSON)
    updated_at: Mapped[str] = mapped_column(String(40))


class LinkerDocumentRow(Base):
    """What the linker knows of one document: {meta, events, signature} (appended once)."""

    __tablename__ = "linker_documents"

    doc_id: Mapped[str] = mapped_column(String(512), primary_key=True)
    data: Mapped[dict] = mapped_column(JSON)


class LinkerLinkRow(Base):
    """One link of the linker: kind "incident" (same happening, with its score), "case" (same
    story) or "copy" (near-duplicate documents, with their similarity); ``a``/``b`` are
    ``doc#index`` event keys, document ids for copies.  Appended, never rewritten."""

    __tablename__ = "linker_links"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(8))
    a: Mapped[str] = mapped_column(String(520))
    b: Mapped[str] = mapped_column(String(520))
    score: Mapped[float | None] = mapped_column(Float)


# --- added by revision 0004 (the newsroom: accounts, review, audit) -----------------------------


class UserRow(Base):
    __tablename__ = "users"

    name: Mapped[str] = mapped_column(String(128), primary_key=True)
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(Text)
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[str] = mapped_column(String(40))


class SessionRow(Base):
    __tablename__ = "sessions"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_name: Mapped[str] = mapped_column(ForeignKey("users.name", ondelete="CASCADE"))
    csrf: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[str] = mapped_column(String(40))
    expires_at: Mapped[str] = mapped_column(String(40))


class ApiTokenRow(Base):
    __tablename__ = "api_tokens"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_name: Mapped[str] = mapped_column(ForeignKey("users.name", ondelete="CASCADE"))
    label: Mapped[str | None] = mapped_column(String(256))
    created_at: Mapped[str] = mapped_column(String(40))
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)


class ReviewDecisionRow(Base):
    """A reviewer's decision kept as a row and applied on read (confirm an event, add a missed
    event, merge or split incidents); ``undone_at`` set = no longer applied."""

    __tablename__ = "review_decisions"
    __table_args__ = (Index("ix_review_decisions_target", "kind", "target"),)

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(16))
    target: Mapped[str] = mapped_column(String(512))
    payload: Mapped[dict | None] = mapped_column(JSON)
    who: Mapped[str] = mapped_column(String(128))
    created_at: Mapped[str] = mapped_column(String(40))
    undone_at: Mapped[str | None] = mapped_column(String(40))
    undone_by: Mapped[str | None] = mapped_column(String(128))


class AuditRow(Base):
    """Every change made through the newsroom: who, when, what, before and after."""

    __tablename__ = "audit"
    __table_args__ = (Index("ix_audit_target", "target"),)

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    who: Mapped[str] = mapped_column(String(128))
    action: Mapped[str] = mapped_column(String(32))
    target: Mapped[str] = mapped_column(String(512))
    field: Mapped[str | None] = mapped_column(String(32))
    before: Mapped[object | None] = mapped_column(JSON)
    after: Mapped[object | None] = mapped_column(JSON)
    decision_pk: Mapped[int | None] = mapped_column(Integer)
    undoes: Mapped[int | None] = mapped_column(Integer)
    undone: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[str] = mapped_column(String(40))


# --- added by revision 0005 (person-name spans found in public text) ---------------------------


class NameSpansRow(Base):
    """What the name recogniser found in one piece of text (an evidence sentence, a title, a
    who/source field), keyed by the SHA-256 of the exact text and the recogniser's version:
    ``persons`` and ``places`` are ``[start, end]`` character spans.  Public outputs read these
    instead of running the recogniser again; a text without a row (a database made before this
    table, or by another recogniser version) is recognised on read and its row written then."""

    __tablename__ = "name_spans"

    text_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    recogniser: Mapped[str] = mapped_column(String(32))
    persons: Mapped[list] = mapped_column(JSON)
    places: Mapped[list] = mapped_column(JSON)
    created_at: Mapped[str] = mapped_column(String(40))


# --- added by revision 0006 (records skipped as holding no prose) ------------------------------


class SkipRow(Base):
    """A well-formed post, feed entry or archive record that holds no prose (channel furniture,
    only hashtags or links, a photo without a caption): recorded once per origin, not a failure.
    ``raw_hash`` (sha1 of its bytes, when it had any) lets a re-ingest skip it without cleaning
    it again; the row goes when the same origin is later stored as a document."""

    __tablename__ = "skips"
    __table_args__ = (Index("ix_skips_origin", "origin"), Index("ix_skips_raw_hash", "raw_hash"))

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    origin: Mapped[str] = mapped_column(Text)
    raw_hash: Mapped[str | None] = mapped_column(String(40))
    reason: Mapped[str] = mapped_column(Text)
    first_seen: Mapped[str] = mapped_column(String(40))
    last_seen: Mapped[str] = mapped_column(String(40))
    seen: Mapped[int] = mapped_column(Integer, default=1)


# --- added by revision 0007 (secrets of this database) -----------------------------------------


class SecretRow(Base):
    """A random value made once for this database and kept with it: ``public-id-key``, the key
    of the digest that stands for an id that may name someone in public output
    (:mod:`awol.privacy.keys`), so that a list of names cannot be hashed to reverse it."""

    __tablename__ = "secrets"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(128))
    created_at: Mapped[str] = mapped_column(String(40))
