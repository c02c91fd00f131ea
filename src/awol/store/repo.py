"""``Store``: the event database's Python API (the only code in AWOL that knows SQL).

    store = Store("sqlite:///awol.db")          # or "postgresql://user@host/db", or a file path
    result = store.add_extraction(extraction, raw_hash=..., origin=...)   # one transaction
    store.events(since="2024-01", types=["desertion"])                    # overrides applied

Opening a store upgrades its schema to the latest Alembic revision (never rebuilds it).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import bindparam, create_engine, delete, event, func, insert, select, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from awol.errors import AwolError
from awol.model import Article, Event, Extraction, Figure
from awol.store.schema import (
    CaseRow,
    DocumentRow,
    EventRow,
    FailureRow,
    FigureRow,
    IncidentEventRow,
    IncidentRow,
    LinkerStateRow,
    OverrideRow,
    SourceRow,
)

DEFAULT_URL = "sqlite:///awol.db"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"

#: event fields a person may override; ``rejected`` (true/false) hides an event from reads.
OVERRIDABLE = (
    "type", "date", "date_text", "place_text", "country", "region", "count", "count_qualifier",
    "who", "names", "armed", "source", "rejected",
)  # fmt: skip

_TRACKING = re.compile(r"^(utm_.*|fbclid|gclid|yclid|mc_cid|mc_eid|_ga|ref|rss|from)$", re.I)


class StoreError(AwolError):
    """A problem with the database itself (bad URL, unreachable server, bad override...)."""


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def resolve_url(url: str | None = None) -> str:
    """The SQLAlchemy URL for ``url`` (default: $AWOL_DB, else ``sqlite:///awol.db``).

    Accepts ``postgresql://`` / ``postgres://`` URLs (psycopg 3 driver), ``sqlite:///path``,
    and a bare file path (an SQLite file).
    """
    url = url or os.environ.get("AWOL_DB") or DEFAULT_URL
    if "://" not in url:
        return "sqlite:///" + url
    scheme, rest = url.split("://", 1)
    if scheme in ("postgresql", "postgres"):
        return "postgresql+psycopg://" + rest
    return url


def canonical_url(url: str | None) -> str | None:
    """Normalise a URL so copies of one page compare equal (scheme, www., tracking, fragment)."""
    if not url or not url.strip():
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return url.strip()
    if not parts.netloc:
        return url.strip()
    host = (parts.hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    port = parts.port if parts.port not in (None, 80, 443) else None
    netloc = f"{host}:{port}" if port else host
    path = re.sub(r"/{2,}", "/", parts.path or "/")
    if len(path) > 1:
        path = path.rstrip("/")
    query = urlencode(sorted((k, v) for k, v in parse_qsl(parts.query) if not _TRACKING.match(k)))
    return urlunsplit(("https", netloc, path, query, ""))


def text_hash(text: str) -> str:
    """Hash of normalised text (NFC, whitespace collapsed): the fallback content hash."""
    norm = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha1(norm.encode("utf-8")).hexdigest()


def event_key(doc_id: str, ev: Event | dict, occurrence: int = 0) -> str:
    """Stable identity of an event across re-extraction and page versions.

    Document + type + evidence sentence (whitespace-normalised), plus the occurrence number when
    one sentence carries two events of the same type.
    """
    if isinstance(ev, Event):
        etype, evid = ev.type, ev.evidence.text
    else:
        etype = ev["type"]
        e = ev.get("evidence") or {}
        evid = e.get("text", "") if isinstance(e, dict) else str(e)
    norm = " ".join((evid or "").split())
    raw = f"{doc_id}\x1f{etype}\x1f{norm}\x1f{occurrence}"
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]


def date_range(d: str | None) -> tuple[str, str] | None:
    """``YYYY[-MM[-DD]]`` -> (lowest, highest) comparable strings."""
    if not d:
        return None
    d = d.strip()[:10]
    lo = d + "-00-00"[len(d) - 4 :] if len(d) < 10 else d
    hi = d + "-99-99"[len(d) - 4 :] if len(d) < 10 else d
    return lo[:10], hi[:10]


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision`` (default: the latest) with Alembic; data is kept."""
    if revision == "head" and current_revision(engine) == head_revision():
        return
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def make_engine(url: str | None = None) -> Engine:
    url = resolve_url(url)
    if url.startswith("sqlite"):
        path = url.split(":///", 1)[1] if ":///" in url else ""
        if path and path != ":memory:":
            Path(path).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 60})

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn, _record):  # noqa: ANN001
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=60000")
            cur.close()

        return engine
    return create_engine(url, pool_pre_ping=True)


@dataclass
class AddResult:
    status: str  # "new" | "updated" | "unchanged"
    doc_id: str
    version: int
    events: int = 0
    figures: int = 0


def _clip(s: str | None, n: int) -> str | None:
    return s if s is None or len(s) <= n else s[:n]


def _event_values(ev: Event) -> dict[str, Any]:
    return dict(
        type=ev.type,
        date=_clip(ev.date, 16),
        date_text=ev.date_text,
        place_text=ev.place_text,
        country=_clip(ev.country, 8),
        region=_clip(ev.region, 16),
        count=ev.count,
        count_qualifier=_clip(ev.count_qualifier, 16),
        who=ev.who,
        names=list(ev.names or []),
        armed=ev.armed,
        source=ev.source,
        evidence_text=ev.evidence.text,
        evidence_start=ev.evidence.start,
        evidence_end=ev.evidence.end,
        confidence=ev.confidence,
    )


def _figure_values(fig: Figure) -> dict[str, Any]:
    try:
        value = float(fig.value) if fig.value is not None else None
    except (TypeError, ValueError):
        value = None
    return dict(
        metric=fig.metric,
        value=value,
        qualifier=_clip(fig.qualifier, 16),
        as_of=_clip(fig.as_of, 16),
        source=fig.source,
        evidence_text=fig.evidence.text,
        evidence_start=fig.evidence.start,
        evidence_end=fig.evidence.end,
        confidence=fig.confidence,
    )


def _event_dict(row: EventRow) -> dict[str, Any]:
    return {
        "type": row.type,
        "date": row.date,
        "date_text": row.date_text,
        "place_text": row.place_text,
        "country": row.country,
        "region": row.region,
        "count": row.count,
        "count_qualifier": row.count_qualifier,
        "who": row.who,
        "names": list(row.names or []),
        "armed": row.armed,
        "source": row.source,
        "evidence": {
            "text": row.evidence_text,
            "start": row.evidence_start,
            "end": row.evidence_end,
        },
        "confidence": row.confidence,
    }


def _figure_dict(row: FigureRow) -> dict[str, Any]:
    value: Any = row.value
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return {
        "metric": row.metric,
        "value": value,
        "qualifier": row.qualifier,
        "as_of": row.as_of,
        "source": row.source,
        "evidence": {
            "text": row.evidence_text,
            "start": row.evidence_start,
            "end": row.evidence_end,
        },
        "confidence": row.confidence,
    }


def _in_range(d: str | None, since: str | None, until: str | None) -> bool:
    if not since and not until:
        return True
    r = date_range(d)
    if r is None:
        return False
    if since and r[1] < date_range(since)[0]:
        return False
    return not (until and r[0] > date_range(until)[1])


def _region_match(ev: dict[str, Any], regions: Iterable[str]) -> bool:
    for code in regions:
        code = code.strip().upper()
        if not code:
            continue
        if "-" in code:
            if (ev.get("region") or "").upper() == code:
                return True
        elif (ev.get("country") or "").upper() == code:
            return True
    return False


_D = DocumentRow.__table__
_Q = {
    "by_hash": select(_D.c.pk, _D.c.doc_id, _D.c.version).where(
        _D.c.content_hash == bindparam("h")
    ),
    "by_url": select(_D.c.doc_id, _D.c.version, _D.c.canonical_url)
    .where(_D.c.canonical_url == bindparam("u"), _D.c.current.is_(True))
    .limit(1),
    "by_ext": select(_D.c.doc_id, _D.c.version, _D.c.canonical_url).where(
        _D.c.ext_id == bindparam("e"), _D.c.current.is_(True)
    ),
    "retire": update(_D)
    .where(_D.c.doc_id == bindparam("d"), _D.c.current.is_(True))
    .values(current=False),
    "doc_id_used": select(_D.c.pk).where(_D.c.doc_id == bindparam("d")).limit(1),
    "insert_doc": insert(_D).returning(_D.c.pk),
    "source": select(SourceRow.__table__.c.raw_hash).where(
        SourceRow.__table__.c.raw_hash == bindparam("h")
    ),
    "insert_source": insert(SourceRow.__table__),
    "resolve": update(FailureRow.__table__)
    .where(
        FailureRow.__table__.c.origin == bindparam("o"),
        FailureRow.__table__.c.resolved.is_(False),
    )
    .values(resolved=True),
}


class Store:
    """The event database (SQLite file or PostgreSQL server)."""

    def __init__(self, url: str | None = None, *, migrate: bool = True) -> None:
        self.url = resolve_url(url)
        try:
            self.engine = make_engine(self.url)
            if migrate:
                upgrade(self.engine)
        except AwolError:
            raise
        except Exception as exc:  # bad URL, server down, unreadable file
            raise StoreError(f"cannot open database {self.display_url}: {exc}") from exc

    @property
    def display_url(self) -> str:
        return re.sub(r"//([^:/@]+):[^@]*@", r"//\1:***@", self.url)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def revision(self) -> str | None:
        return current_revision(self.engine)

    # ------------------------------------------------------------------ ingest

    def known_raw(self, raw_hash: str) -> bool:
        """Were these exact bytes already stored (so cleaning/extraction can be skipped)?"""
        return bool(self.known_raws([raw_hash]))

    def known_raws(self, raw_hashes: Iterable[str]) -> set[str]:
        """The subset of ``raw_hashes`` already stored."""
        hashes = list(dict.fromkeys(raw_hashes))
        found: set[str] = set()
        with Session(self.engine) as s:
            for i in range(0, len(hashes), 500):
                part = hashes[i : i + 500]
                found.update(
                    s.scalars(select(SourceRow.raw_hash).where(SourceRow.raw_hash.in_(part)))
                )
        return found

    def add_extraction(
        self,
        ex: Extraction,
        *,
        raw_hash: str | None = None,
        origin: str | None = None,
        fetched_at: str | None = None,
        extractor_version: str | None = None,
    ) -> AddResult:
        """Store one document with its events and figures, in one transaction.

        Same content (hash of the cleaned text) -> ``unchanged``; same manifest id or canonical
        URL with different text -> ``updated`` (a new version row; the previous one is kept);
        otherwise ``new``.
        """
        try:
            return self._add(ex, raw_hash, origin, fetched_at, extractor_version)
        except IntegrityError:
            # a concurrent writer stored the same content or version first: retry once
            return self._add(ex, raw_hash, origin, fetched_at, extractor_version)

    def _add(self, ex, raw_hash, origin, fetched_at, extractor_version) -> AddResult:  # noqa: ANN001
        a: Article = ex.article
        chash = a.content_hash or text_hash(a.text or "")
        curl = _clip(canonical_url(a.url), 2048)
        ext_id = a.id if a.id and len(a.id) <= 400 else None
        origin = origin or a.origin
        ts = now()
        with self.engine.begin() as c:
            same = c.execute(_Q["by_hash"], {"h": chash}).first()
            if same is not None:
                self._remember_source(c, raw_hash, same.pk, origin, ts)
                self._resolve_failures(c, origin)
                return AddResult("unchanged", same.doc_id, same.version)
            prev = self._find_previous(c, ext_id, curl)
            if prev is not None:
                doc_id, version, status = prev.doc_id, prev.version + 1, "updated"
                c.execute(_Q["retire"], {"d": doc_id})
            else:
                doc_id = self._new_doc_id(c, ext_id or curl or f"doc-{chash[:12]}")
                version, status = 1, "new"
            values = dict(
                doc_id=doc_id,
                version=version,
                current=True,
                ext_id=ext_id,
                url=a.url,
                canonical_url=curl,
                outlet=_clip(a.outlet, 512),
                published=_clip(a.published, 32),
                language=_clip(a.language, 16),
                title=a.title,
                text=a.text or "",
                content_hash=chash,
                origin=origin,
                encoding=_clip(a.encoding, 64),
                fetched_at=_clip(fetched_at, 40),
                extractor_version=_clip(extractor_version, 64),
                ingested_at=ts,
                linked=False,
            )
            pk = c.execute(_Q["insert_doc"], values).scalar_one()
            self._insert_results(c, pk, doc_id, version, ex, extractor_version, ts)
            self._remember_source(c, raw_hash, pk, origin, ts)
            self._resolve_failures(c, origin)
            return AddResult(status, doc_id, version, len(ex.events), len(ex.figures))

    @staticmethod
    def _find_previous(c: Connection, ext_id: str | None, curl: str | None):  # noqa: ANN205
        if curl:
            row = c.execute(_Q["by_url"], {"u": curl}).first()
            if row is not None:
                return row
        if ext_id:
            for row in c.execute(_Q["by_ext"], {"e": ext_id}):
                # same id but two different URLs: two different documents
                if not (curl and row.canonical_url and row.canonical_url != curl):
                    return row
        return None

    @staticmethod
    def _new_doc_id(c: Connection | Session, base: str) -> str:
        base = base if len(base) <= 400 else "doc-" + hashlib.sha1(base.encode()).hexdigest()[:16]
        doc_id, n = base, 1
        while c.execute(_Q["doc_id_used"], {"d": doc_id}).first() is not None:
            n += 1
            doc_id = f"{base}~{n}"
        return doc_id

    @staticmethod
    def _remember_source(c: Connection, raw_hash, doc_pk, origin, ts) -> None:  # noqa: ANN001
        if raw_hash and c.execute(_Q["source"], {"h": raw_hash}).first() is None:
            c.execute(
                _Q["insert_source"],
                {"raw_hash": raw_hash, "document_pk": doc_pk, "origin": origin, "seen_at": ts},
            )

    @staticmethod
    def _resolve_failures(c: Connection, origin: str | None) -> None:
        if origin:
            c.execute(_Q["resolve"], {"o": origin})

    @staticmethod
    def _insert_results(s: Connection | Session, pk, doc_id, doc_version, ex, version, ts) -> None:  # noqa: ANN001
        seen: Counter[tuple[str, str]] = Counter()
        rows = []
        for i, ev in enumerate(ex.events):
            k = (ev.type, " ".join((ev.evidence.text or "").split()))
            key = event_key(doc_id, ev, seen[k])
            seen[k] += 1
            rows.append(
                dict(
                    document_pk=pk,
                    doc_id=doc_id,
                    version=doc_version,
                    idx=i,
                    event_key=key,
                    extractor_version=_clip(version, 64),
                    created_at=ts,
                    superseded=False,
                    superseded_at=None,
                    **_event_values(ev),
                )
            )
        if rows:
            s.execute(insert(EventRow.__table__), rows)
        rows = [
            dict(
                document_pk=pk,
                doc_id=doc_id,
                version=doc_version,
                idx=i,
                extractor_version=_clip(version, 64),
                created_at=ts,
                superseded=False,
                superseded_at=None,
                **_figure_values(fig),
            )
            for i, fig in enumerate(ex.figures)
        ]
        if rows:
            s.execute(insert(FigureRow.__table__), rows)

    def record_failure(self, origin: str, reason: str) -> None:
        """Record a bad document (deduplicated by origin + reason; attempts counted)."""
        ts = now()
        with Session(self.engine) as s, s.begin():
            row = s.scalar(
                select(FailureRow).where(FailureRow.origin == origin, FailureRow.reason == reason)
            )
            if row is None:
                s.add(
                    FailureRow(
                        origin=origin,
                        reason=reason,
                        first_seen=ts,
                        last_seen=ts,
                        attempts=1,
                        resolved=False,
                    )
                )
            else:
                row.last_seen, row.attempts, row.resolved = ts, row.attempts + 1, False

    def failures(self, *, include_resolved: bool = False, limit: int | None = None) -> list[dict]:
        with Session(self.engine) as s:
            q = select(FailureRow).order_by(FailureRow.last_seen.desc(), FailureRow.pk.desc())
            if not include_resolved:
                q = q.where(FailureRow.resolved.is_(False))
            if limit:
                q = q.limit(limit)
            return [
                {
                    "origin": r.origin,
                    "reason": r.reason,
                    "first_seen": r.first_seen,
                    "last_seen": r.last_seen,
                    "attempts": r.attempts,
                    "resolved": r.resolved,
                }
                for r in s.scalars(q)
            ]

    # ------------------------------------------------------------------ documents

    def document_count(self, *, all_versions: bool = False) -> int:
        with Session(self.engine) as s:
            q = select(func.count()).select_from(DocumentRow)
            if not all_versions:
                q = q.where(DocumentRow.current.is_(True))
            return s.scalar(q) or 0

    def documents(self, *, all_versions: bool = False) -> list[dict]:
        with Session(self.engine) as s:
            q = select(DocumentRow).order_by(DocumentRow.doc_id, DocumentRow.version)
            if not all_versions:
                q = q.where(DocumentRow.current.is_(True))
            return [self._doc_dict(r) for r in s.scalars(q)]

    @staticmethod
    def _doc_dict(r: DocumentRow, text: bool = True) -> dict:
        d = {
            "id": r.doc_id,
            "version": r.version,
            "current": r.current,
            "ext_id": r.ext_id,
            "url": r.url,
            "canonical_url": r.canonical_url,
            "outlet": r.outlet,
            "published": r.published,
            "language": r.language,
            "title": r.title,
            "content_hash": r.content_hash,
            "origin": r.origin,
            "encoding": r.encoding,
            "fetched_at": r.fetched_at,
            "extractor_version": r.extractor_version,
            "ingested_at": r.ingested_at,
        }
        if text:
            d["text"] = r.text
        return d

    def _extraction_dict(self, s: Session, doc: DocumentRow) -> dict:
        return self._extraction_dicts(s, [doc])[0]

    @staticmethod
    def _extraction_dicts(s: Session, docs: list[DocumentRow]) -> list[dict]:
        pks = [d.pk for d in docs]
        evs: dict[int, list] = {pk: [] for pk in pks}
        figs: dict[int, list] = {pk: [] for pk in pks}
        for i in range(0, len(pks), 500):
            part = pks[i : i + 500]
            for e in s.scalars(
                select(EventRow)
                .where(EventRow.document_pk.in_(part), EventRow.superseded.is_(False))
                .order_by(EventRow.document_pk, EventRow.idx)
            ):
                evs[e.document_pk].append(_event_dict(e))
            for f in s.scalars(
                select(FigureRow)
                .where(FigureRow.document_pk.in_(part), FigureRow.superseded.is_(False))
                .order_by(FigureRow.document_pk, FigureRow.idx)
            ):
                figs[f.document_pk].append(_figure_dict(f))
        return [
            {
                "id": d.doc_id,
                "url": d.url,
                "outlet": d.outlet,
                "published": d.published,
                "language": d.language,
                "title": d.title,
                "events": evs[d.pk],
                "figures": figs[d.pk],
            }
            for d in docs
        ]

    def extraction(self, doc_id: str) -> dict | None:
        """The current extraction of a document, in ``awol extract``'s JSON shape."""
        with Session(self.engine) as s:
            doc = s.scalar(
                select(DocumentRow).where(
                    DocumentRow.doc_id == doc_id, DocumentRow.current.is_(True)
                )
            )
            return self._extraction_dict(s, doc) if doc is not None else None

    def articles(self, *, outdated_than: str | None = None) -> Iterator[tuple[int, Article]]:
        """Current documents as cleaned Articles (for re-extraction), optionally only those
        extracted by a version other than ``outdated_than``."""
        with Session(self.engine) as s:
            q = select(DocumentRow.pk).where(DocumentRow.current.is_(True)).order_by(DocumentRow.pk)
            if outdated_than is not None:
                q = q.where(
                    (DocumentRow.extractor_version != outdated_than)
                    | DocumentRow.extractor_version.is_(None)
                )
            pks = list(s.scalars(q))
        for pk in pks:
            with Session(self.engine) as s:
                r = s.get(DocumentRow, pk)
                yield (
                    pk,
                    Article(
                        id=r.doc_id,
                        text=r.text,
                        title=r.title,
                        url=r.url,
                        outlet=r.outlet,
                        published=r.published,
                        language=r.language,
                        origin=r.origin,
                        encoding=r.encoding,
                        content_hash=r.content_hash,
                    ),
                )

    def replace_extraction(
        self, document_pk: int, ex: Extraction, extractor_version: str | None
    ) -> AddResult:
        """Re-extraction: supersede the document's live events/figures (kept as history) and
        store the new ones, in one transaction.  Overrides follow the events by ``event_key``."""
        ts = now()
        with Session(self.engine) as s, s.begin():
            row = s.get(DocumentRow, document_pk)
            if row is None:
                raise StoreError(f"no document with pk {document_pk}")
            for table in (EventRow, FigureRow):
                s.execute(
                    update(table)
                    .where(table.document_pk == row.pk, table.superseded.is_(False))
                    .values(superseded=True, superseded_at=ts)
                )
            self._insert_results(s, row.pk, row.doc_id, row.version, ex, extractor_version, ts)
            row.extractor_version = _clip(extractor_version, 64)
            row.linked = False
            return AddResult(
                "reextracted", row.doc_id, row.version, len(ex.events), len(ex.figures)
            )

    # ------------------------------------------------------------------ linking

    def unlinked(self) -> tuple[list[int], list[dict]]:
        """Current documents not yet given to the linker: (pks, extraction dicts)."""
        with Session(self.engine) as s:
            docs = s.scalars(
                select(DocumentRow)
                .where(DocumentRow.current.is_(True), DocumentRow.linked.is_(False))
                .order_by(DocumentRow.pk)
            ).all()
            return [d.pk for d in docs], self._extraction_dicts(s, list(docs))

    def all_extractions(self) -> Iterator[dict]:
        with Session(self.engine) as s:
            pks = list(
                s.scalars(
                    select(DocumentRow.pk)
                    .where(DocumentRow.current.is_(True))
                    .order_by(DocumentRow.pk)
                )
            )
        for i in range(0, len(pks), 500):
            with Session(self.engine) as s:
                docs = s.scalars(
                    select(DocumentRow)
                    .where(DocumentRow.pk.in_(pks[i : i + 500]))
                    .order_by(DocumentRow.pk)
                ).all()
                yield from self._extraction_dicts(s, list(docs))

    def linker_state(self) -> dict | None:
        with Session(self.engine) as s:
            row = s.get(LinkerStateRow, 1)
            return row.state if row is not None else None

    def save_links(
        self,
        incidents: list[dict],
        cases: list[dict],
        state: dict | None,
        linked_pks: Iterable[int] = (),
        *,
        mark_all: bool = False,
    ) -> None:
        """Store the linker's incidents, cases and state (one transaction): rows that did not
        change are left alone, vanished ones are deleted; ``linked_pks`` are marked as linked."""
        ts = now()
        incidents = [json.loads(json.dumps(i, default=str)) for i in incidents]
        cases = [json.loads(json.dumps(c, default=str)) for c in cases]
        with Session(self.engine) as s, s.begin():

            def fill_incident(row: IncidentRow, inc: dict) -> None:
                row.type, row.case_id = inc.get("type"), inc.get("case_id")
                s.flush()
                s.execute(
                    delete(IncidentEventRow).where(IncidentEventRow.incident_id == row.incident_id)
                )
                pairs = sorted({(str(d), int(i)) for d, i in inc.get("events") or []})
                if pairs:
                    s.execute(
                        insert(IncidentEventRow),
                        [
                            {"incident_id": row.incident_id, "doc_id": d, "event_idx": i}
                            for d, i in pairs
                        ],
                    )

            def drop_links(gone: set[str]) -> None:
                s.execute(delete(IncidentEventRow).where(IncidentEventRow.incident_id.in_(gone)))

            _sync_rows(s, IncidentRow, "incident_id", incidents, ts, fill_incident, drop_links)
            _sync_rows(s, CaseRow, "case_id", cases, ts, None, None)
            st = s.get(LinkerStateRow, 1)
            if st is None:
                s.add(LinkerStateRow(id=1, state=state, updated_at=ts))
            else:
                st.state, st.updated_at = state, ts
            if mark_all:
                s.execute(update(DocumentRow).values(linked=True))
            else:
                pks = list(linked_pks)
                for i in range(0, len(pks), 500):
                    s.execute(
                        update(DocumentRow)
                        .where(DocumentRow.pk.in_(pks[i : i + 500]))
                        .values(linked=True)
                    )

    def incidents(self) -> list[dict]:
        with Session(self.engine) as s:
            return [
                r.data for r in s.scalars(select(IncidentRow).order_by(IncidentRow.incident_id))
            ]

    def cases(self) -> list[dict]:
        with Session(self.engine) as s:
            return [r.data for r in s.scalars(select(CaseRow).order_by(CaseRow.case_id))]

    # ------------------------------------------------------------------ overrides

    def set_override(
        self,
        key: str,
        field: str,
        value: Any,
        *,
        who: str,
        note: str | None = None,
        clear: bool = False,
    ) -> dict:
        """Record a person's correction of one field of one event (``clear`` removes it).

        Overrides are append-only (the latest per event and field wins) and are applied whenever
        events are read, so they survive re-extraction as long as the event keeps its key.
        """
        if field not in OVERRIDABLE:
            raise StoreError(f"cannot override {field!r}: fields are {', '.join(OVERRIDABLE)}")
        if not who:
            raise StoreError("an override needs the name of who made it")
        with Session(self.engine) as s, s.begin():
            if not s.scalar(select(EventRow.pk).where(EventRow.event_key == key).limit(1)):
                raise StoreError(f"no event with id {key!r}")
            row = OverrideRow(
                event_key=key,
                field=field,
                value=None if clear else value,
                cleared=clear,
                who=who,
                created_at=now(),
                note=note,
            )
            s.add(row)
        return {"event_id": key, "field": field, "value": value, "who": who, "cleared": clear}

    def overrides(self, key: str | None = None) -> list[dict]:
        """All override records (history), oldest first."""
        with Session(self.engine) as s:
            q = select(OverrideRow).order_by(OverrideRow.pk)
            if key:
                q = q.where(OverrideRow.event_key == key)
            return [
                {
                    "event_id": r.event_key,
                    "field": r.field,
                    "value": r.value,
                    "cleared": r.cleared,
                    "who": r.who,
                    "when": r.created_at,
                    "note": r.note,
                }
                for r in s.scalars(q)
            ]

    def _active_overrides(self, s: Session) -> dict[str, dict[str, dict]]:
        active: dict[str, dict[str, dict]] = {}
        for r in s.scalars(select(OverrideRow).order_by(OverrideRow.pk)):
            fields = active.setdefault(r.event_key, {})
            if r.cleared:
                fields.pop(r.field, None)
            else:
                fields[r.field] = {"value": r.value, "who": r.who, "when": r.created_at}
        return active

    # ------------------------------------------------------------------ reads

    def events(
        self,
        *,
        since: str | None = None,
        until: str | None = None,
        types: Iterable[str] | None = None,
        regions: Iterable[str] | None = None,
        include_rejected: bool = False,
    ) -> list[dict]:
        """Live events of current documents, overrides applied, with document, incident and
        case ids.  Date filters use the event date (else the publication date) and keep events
        whose date range overlaps [since, until]; ``regions`` are ISO 3166-2 (or country) codes."""
        types = {t.strip() for t in types or [] if t.strip()}
        regions = [r for r in regions or [] if r.strip()]
        with Session(self.engine) as s:
            active = self._active_overrides(s)
            inc_of = {
                (r.doc_id, r.event_idx): r.incident_id for r in s.scalars(select(IncidentEventRow))
            }
            case_of = dict(s.execute(select(IncidentRow.incident_id, IncidentRow.case_id)).all())
            q = (
                select(EventRow, DocumentRow)
                .join(DocumentRow, EventRow.document_pk == DocumentRow.pk)
                .where(EventRow.superseded.is_(False), DocumentRow.current.is_(True))
                .order_by(DocumentRow.doc_id, EventRow.idx)
            )
            out = []
            for ev, doc in s.execute(q):
                d = {"event_id": ev.event_key, "document_id": doc.doc_id, "index": ev.idx}
                d.update(_event_dict(ev))
                ovr = active.get(ev.event_key, {})
                for field, o in ovr.items():
                    d[field] = o["value"]
                if d.pop("rejected", None) and not include_rejected:
                    continue
                if ovr.get("rejected", {}).get("value"):
                    d["rejected"] = True
                d["overridden"] = sorted(ovr)
                d["extractor_version"] = ev.extractor_version
                d["document_version"] = doc.version
                d["url"], d["outlet"], d["title"] = doc.url, doc.outlet, doc.title
                d["published"], d["language"] = doc.published, doc.language
                d["incident_id"] = inc_of.get((doc.doc_id, ev.idx))
                d["case_id"] = case_of.get(d["incident_id"]) if d["incident_id"] else None
                if types and d["type"] not in types:
                    continue
                if regions and not _region_match(d, regions):
                    continue
                if not _in_range(d["date"] or doc.published, since, until):
                    continue
                out.append(d)
            return out

    def event(self, key: str) -> dict | None:
        for d in self.events(include_rejected=True):
            if d["event_id"] == key:
                return d
        return None

    def event_history(self, key: str) -> list[dict]:
        """Every stored extraction of one event (superseded ones included), oldest first."""
        with Session(self.engine) as s:
            rows = s.scalars(
                select(EventRow).where(EventRow.event_key == key).order_by(EventRow.pk)
            ).all()
            return [
                {
                    **_event_dict(r),
                    "document_id": r.doc_id,
                    "document_version": r.version,
                    "index": r.idx,
                    "extractor_version": r.extractor_version,
                    "created_at": r.created_at,
                    "superseded": r.superseded,
                    "superseded_at": r.superseded_at,
                }
                for r in rows
            ]

    def figures(self) -> list[dict]:
        with Session(self.engine) as s:
            q = (
                select(FigureRow, DocumentRow)
                .join(DocumentRow, FigureRow.document_pk == DocumentRow.pk)
                .where(FigureRow.superseded.is_(False), DocumentRow.current.is_(True))
                .order_by(DocumentRow.doc_id, FigureRow.idx)
            )
            return [
                {"document_id": doc.doc_id, "index": f.idx, **_figure_dict(f), "url": doc.url}
                for f, doc in s.execute(q)
            ]

    def counts(self) -> dict[str, int]:
        with Session(self.engine) as s:

            def n(q) -> int:  # noqa: ANN001
                return s.scalar(q) or 0

            return {
                "documents": n(
                    select(func.count())
                    .select_from(DocumentRow)
                    .where(DocumentRow.current.is_(True))
                ),
                "versions": n(select(func.count()).select_from(DocumentRow)),
                "events": n(
                    select(func.count())
                    .select_from(EventRow)
                    .join(DocumentRow, EventRow.document_pk == DocumentRow.pk)
                    .where(EventRow.superseded.is_(False), DocumentRow.current.is_(True))
                ),
                "figures": n(
                    select(func.count())
                    .select_from(FigureRow)
                    .join(DocumentRow, FigureRow.document_pk == DocumentRow.pk)
                    .where(FigureRow.superseded.is_(False), DocumentRow.current.is_(True))
                ),
                "failures": n(
                    select(func.count())
                    .select_from(FailureRow)
                    .where(FailureRow.resolved.is_(False))
                ),
                "incidents": n(select(func.count()).select_from(IncidentRow)),
                "cases": n(select(func.count()).select_from(CaseRow)),
                "overrides": n(select(func.count()).select_from(OverrideRow)),
            }

    def stats(self, **filters: Any) -> dict[str, Counter]:
        """Event counts by type, by month (event date, else publication date) and by region
        (else country), after overrides and filters."""
        by_type: Counter = Counter()
        by_month: Counter = Counter()
        by_region: Counter = Counter()
        for d in self.events(**filters):
            by_type[d["type"]] += 1
            when = d["date"] or d["published"]
            by_month[when[:7] if when and len(when) >= 7 else (when or "unknown")] += 1
            by_region[d["region"] or d["country"] or "unknown"] += 1
        return {"type": by_type, "month": by_month, "region": by_region}


def _sync_rows(
    s: Session, model: type, key: str, items: list[dict], ts: Any, fill: Any, before_delete: Any
) -> None:
    """Make the rows of ``model`` equal ``items`` (keyed by ``key``): unchanged rows are left
    alone, changed ones updated (``fill`` writes what else belongs to a row), vanished ones
    deleted (after ``before_delete`` removed what refers to them)."""
    column = getattr(model, key)
    old = {getattr(r, key): r for r in s.scalars(select(model))}
    new_ids = set()
    for item in items:
        kid = str(item.get(key))
        new_ids.add(kid)
        row = old.get(kid)
        if row is not None and row.data == item:
            continue
        if row is None:
            row = model(**{key: kid})
            s.add(row)
        row.data, row.updated_at = item, ts
        if fill is not None:
            fill(row, item)
    gone = set(old) - new_ids
    if gone:
        if before_delete is not None:
            before_delete(gone)
        s.execute(delete(model).where(column.in_(gone)))
