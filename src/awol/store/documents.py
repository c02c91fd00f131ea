"""Documents: idempotent, transactional ingest of extractions, versions, failures, re-extraction."""

from __future__ import annotations

import dataclasses
import hashlib
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, delete, func, insert, select, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from awol.model import Article, Extraction
from awol.store.engine import StoreError, now
from awol.store.schema import (
    DocumentRevisionRow,
    DocumentRow,
    EventRow,
    FailureRow,
    FigureRow,
    SkipRow,
    SourceRow,
)
from awol.store.values import (
    canonical_url,
    clip,
    event_dict,
    event_key,
    event_values,
    figure_dict,
    figure_values,
    text_hash,
)

NUL_REPLACEMENT = "\ufffd"  # one character for one: evidence offsets stay valid


def nul_free(value: Any) -> Any:
    """``value`` with every NUL character replaced by U+FFFD, in strings, lists, dicts and the
    pipeline's dataclasses (PostgreSQL refuses NUL in text; SQLite would store it: the same text
    on every backend).  Returns the same object when there is nothing to replace."""
    if isinstance(value, str):
        return value.replace("\x00", NUL_REPLACEMENT) if "\x00" in value else value
    if isinstance(value, list):
        out = [nul_free(v) for v in value]
        return value if all(a is b for a, b in zip(out, value, strict=True)) else out
    if isinstance(value, dict):
        out = {k: nul_free(v) for k, v in value.items()}
        return value if all(out[k] is value[k] for k in value) else out
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for f in dataclasses.fields(value):
            v = getattr(value, f.name)
            nv = nul_free(v)
            if nv is not v:
                changes[f.name] = nv
        return dataclasses.replace(value, **changes) if changes else value
    return value


def db_reason(exc: BaseException) -> str:
    """A short reason for a database error: the driver's first line, never the SQL statement
    or its parameters (which would copy a whole article into the failures table)."""
    orig = getattr(exc, "orig", None) or exc
    first = (str(orig).strip().splitlines() or [type(orig).__name__])[0]
    return f"{type(orig).__name__}: {first[:300]}"


# the metadata of a document a corrected manifest may change (same bytes, same cleaned text)
META_FIELDS = ("ext_id", "url", "canonical_url", "outlet", "published", "language", "title")


def declared_meta(doc: Any) -> str:
    """Fingerprint of the metadata a source declares with a document's bytes (id, url, outlet,
    published, language): the same bytes with another fingerprint are read again."""
    import json

    fields = [getattr(doc, k, None) for k in ("id", "url", "outlet", "published", "language")]
    return hashlib.sha1(json.dumps(fields, ensure_ascii=False).encode()).hexdigest()


def source_key(raw_hash: str, meta: str | None) -> bytes:
    """The 20-byte key of stored bytes with the metadata declared with them (``meta``:
    :func:`declared_meta`): what a parallel ingest's workers skip (the same bytes with other
    metadata are read again, as the single-process ingest reads them)."""
    return hashlib.sha1(f"{raw_hash}:{meta}".encode()).digest()


@dataclass
class AddResult:
    status: str  # "new" | "updated" | "corrected" (metadata only) | "unchanged"
    doc_id: str
    version: int
    events: int = 0
    figures: int = 0


_D = DocumentRow.__table__
_Q = {
    "by_hash": select(
        _D.c.pk,
        _D.c.doc_id,
        _D.c.version,
        _D.c.current,
        _D.c.origin,
        _D.c.ingested_at,
        _D.c.extractor_version,
        *(_D.c[k] for k in META_FIELDS),
    ).where(_D.c.content_hash == bindparam("h")),  # fmt: skip
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
    "source": select(SourceRow.__table__.c.raw_hash, SourceRow.__table__.c.meta).where(
        SourceRow.__table__.c.raw_hash == bindparam("h")
    ),
    "insert_source": insert(SourceRow.__table__),
    "source_meta": update(SourceRow.__table__)
    .where(SourceRow.__table__.c.raw_hash == bindparam("h"))
    .values(document_pk=bindparam("p"), meta=bindparam("m")),
    "resolve": update(FailureRow.__table__)
    .where(
        FailureRow.__table__.c.origin == bindparam("o"),
        FailureRow.__table__.c.resolved.is_(False),
    )
    .values(resolved=True),
    # a record skipped as holding no prose, stored as a document now (its post was edited)
    "unskip": delete(SkipRow.__table__).where(SkipRow.__table__.c.origin == bindparam("o")),
}


class DocumentStore:
    """Writing and reading documents (mixed into :class:`awol.store.repo.Store`)."""

    engine: Engine

    # ------------------------------------------------------------------ ingest

    def known_raw(self, raw_hash: str) -> bool:
        """Were these exact bytes already stored (so cleaning/extraction can be skipped)?"""
        return bool(self.known_raws([raw_hash]))

    def known_raws(self, raw_hashes: Iterable[str]) -> set[str]:
        """The subset of ``raw_hashes`` already stored."""
        return set(self.known_raw_metas(raw_hashes))

    def known_raw_metas(self, raw_hashes: Iterable[str]) -> dict[str, str | None]:
        """The ``raw_hashes`` already stored, each with the fingerprint of the metadata it was
        stored with (:func:`declared_meta`; None for a source stored before round 22)."""
        hashes = list(dict.fromkeys(raw_hashes))
        found: dict[str, str | None] = {}
        with Session(self.engine) as s:
            for i in range(0, len(hashes), 500):
                part = hashes[i : i + 500]
                q = select(SourceRow.raw_hash, SourceRow.meta).where(SourceRow.raw_hash.in_(part))
                found.update((h, m) for h, m in s.execute(q))
        return found

    def add_extraction(
        self,
        ex: Extraction,
        *,
        raw_hash: str | None = None,
        origin: str | None = None,
        fetched_at: str | None = None,
        extractor_version: str | None = None,
        keep_failures: bool = False,
        meta: str | None = None,
    ) -> AddResult:
        """Store one document with its events and figures, in one transaction.

        Same content (hash of the cleaned text) -> ``unchanged``; the same raw bytes of the same
        document (its manifest id, canonical URL or origin) with other metadata (a corrected
        manifest's published, outlet, url, language; the title) -> ``corrected``: the row takes
        the new metadata under the next version number, the old metadata is kept in
        ``document_revisions`` and the events are replaced by ``ex``'s (the old ones superseded,
        as by re-extraction: a new publication date moves the dates reckoned from it); same
        manifest id or canonical URL with different text -> ``updated`` (a new version row; the
        previous one is kept); otherwise ``new``.  ``meta``: the fingerprint of the metadata
        declared with the raw bytes (:func:`declared_meta`), remembered with ``raw_hash``.  Storing a document resolves the failures recorded for its origin
        (an earlier run could not read it), except with ``keep_failures``: this run recorded a
        problem of the record it was still read from (a post's date that is no date).
        """
        ex = nul_free(ex)
        origin = nul_free(origin)
        args = (ex, raw_hash, origin, fetched_at, extractor_version, keep_failures, meta)
        try:
            try:
                return self._add(*args)
            except IntegrityError:
                # a concurrent writer stored the same content or version first: retry once
                return self._add(*args)
        except DBAPIError as exc:
            raise StoreError(f"the database refused the document ({db_reason(exc)})") from None

    def _add(
        self, ex, raw_hash, origin, fetched_at, extractor_version, keep_failures=False, meta=None
    ) -> AddResult:  # noqa: ANN001
        a: Article = ex.article
        chash = a.content_hash or text_hash(a.text or "")
        curl = clip(canonical_url(a.url), 2048)
        ext_id = a.id if a.id and len(a.id) <= 400 else None
        origin = origin or a.origin
        ts = now()
        with self.engine.begin() as c:
            same = c.execute(_Q["by_hash"], {"h": chash}).first()
            if same is not None:
                new_meta = _meta_values(a, ext_id, curl)
                # the same bytes again (a copy in another form or file is "unchanged"), of this
                # document, with other metadata: a corrected manifest
                again = raw_hash and c.execute(_Q["source"], {"h": raw_hash}).first()
                if (
                    again
                    and same.current
                    and _same_document(same, ext_id, curl, origin)
                    and any(getattr(same, k) != v for k, v in new_meta.items())
                ):
                    r = self._correct(c, same, new_meta, ex, origin, extractor_version, ts)
                    self._remember_source(c, raw_hash, same.pk, origin, ts, meta)
                    self._resolve_failures(c, origin, keep_failures)
                    return r
                # a copy of the text under another id, URL and file keeps the source's metadata
                own = _same_document(same, ext_id, curl, origin)
                self._remember_source(c, raw_hash, same.pk, origin, ts, meta, update=own)
                self._resolve_failures(c, origin, keep_failures)
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
                outlet=clip(a.outlet, 512),
                published=clip(a.published, 32),
                language=clip(a.language, 16),
                title=a.title,
                text=a.text or "",
                content_hash=chash,
                origin=origin,
                encoding=clip(a.encoding, 64),
                fetched_at=clip(fetched_at, 40),
                extractor_version=clip(extractor_version, 64),
                ingested_at=ts,
                linked=False,
            )
            pk = c.execute(_Q["insert_doc"], values).scalar_one()
            self._insert_results(c, pk, doc_id, version, ex, extractor_version, ts)
            self._remember_source(c, raw_hash, pk, origin, ts, meta)
            self._resolve_failures(c, origin, keep_failures)
            return AddResult(status, doc_id, version, len(ex.events), len(ex.figures))

    def _correct(self, c: Connection, same, new_meta: dict, ex, origin, version, ts) -> AddResult:  # noqa: ANN001
        """The same text of the same document with corrected metadata: the old metadata kept as
        a revision, the row updated in place under the next version, the events replaced."""
        c.execute(
            insert(DocumentRevisionRow.__table__),
            {
                "document_pk": same.pk,
                "doc_id": same.doc_id,
                "version": same.version,
                **{k: getattr(same, k) for k in META_FIELDS if k != "canonical_url"},
                "origin": same.origin,
                "extractor_version": same.extractor_version,
                "ingested_at": same.ingested_at,
                "replaced_at": ts,
            },
        )
        new_version = same.version + 1
        c.execute(
            update(_D)
            .where(_D.c.pk == same.pk)
            .values(
                **new_meta,
                version=new_version,
                origin=origin or same.origin,
                extractor_version=clip(version, 64),
                ingested_at=ts,
                linked=False,
            )
        )
        for table in (EventRow.__table__, FigureRow.__table__):
            c.execute(
                update(table)
                .where(table.c.document_pk == same.pk, table.c.superseded.is_(False))
                .values(superseded=True, superseded_at=ts)
            )
        self._insert_results(c, same.pk, same.doc_id, new_version, ex, version, ts)
        return AddResult("corrected", same.doc_id, new_version, len(ex.events), len(ex.figures))

    def revisions(self, doc_id: str) -> list[dict]:
        """The metadata a document held before corrections replaced it, oldest first."""
        with Session(self.engine) as s:
            rows = s.scalars(
                select(DocumentRevisionRow)
                .where(DocumentRevisionRow.doc_id == doc_id)
                .order_by(DocumentRevisionRow.version)
            )
            return [
                {
                    k: getattr(r, k)
                    for k in (
                        "doc_id",
                        "version",
                        "ext_id",
                        "url",
                        "outlet",
                        "published",
                        "language",
                        "title",
                        "origin",
                        "extractor_version",
                        "ingested_at",
                        "replaced_at",
                    )
                }  # fmt: skip
                for r in rows
            ]

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
    def _remember_source(
        c: Connection, raw_hash, doc_pk, origin, ts, meta=None, update=True
    ) -> None:  # noqa: ANN001
        if not raw_hash:
            return
        row = c.execute(_Q["source"], {"h": raw_hash}).first()
        if row is None:
            c.execute(
                _Q["insert_source"],
                {"raw_hash": raw_hash, "document_pk": doc_pk, "origin": origin, "seen_at": ts,
                 "meta": meta},
            )  # fmt: skip
        elif update and meta is not None and row.meta != meta:  # the bytes, other metadata
            c.execute(_Q["source_meta"], {"h": raw_hash, "p": doc_pk, "m": meta})

    @staticmethod
    def _resolve_failures(c: Connection, origin: str | None, keep: bool = False) -> None:
        if origin:
            if not keep:
                c.execute(_Q["resolve"], {"o": origin})
            c.execute(_Q["unskip"], {"o": origin})

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
                    extractor_version=clip(version, 64),
                    created_at=ts,
                    superseded=False,
                    superseded_at=None,
                    **event_values(ev),
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
                extractor_version=clip(version, 64),
                created_at=ts,
                superseded=False,
                superseded_at=None,
                **figure_values(fig),
            )
            for i, fig in enumerate(ex.figures)
        ]
        if rows:
            s.execute(insert(FigureRow.__table__), rows)

    def record_failure(self, origin: str, reason: str) -> None:
        """Record a bad document (deduplicated by origin + reason; attempts counted)."""
        origin = clip(nul_free(str(origin)), 2000) or "?"
        reason = clip(nul_free(str(reason)), 2000) or "?"
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
                evs[e.document_pk].append(event_dict(e))
            for f in s.scalars(
                select(FigureRow)
                .where(FigureRow.document_pk.in_(part), FigureRow.superseded.is_(False))
                .order_by(FigureRow.document_pk, FigureRow.idx)
            ):
                figs[f.document_pk].append(figure_dict(f))
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
        ex = nul_free(ex)
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
            row.extractor_version = clip(extractor_version, 64)
            row.linked = False
            return AddResult(
                "reextracted", row.doc_id, row.version, len(ex.events), len(ex.figures)
            )


def _meta_values(a: Article, ext_id: str | None, curl: str | None) -> dict[str, Any]:
    """The document row's metadata columns for article ``a`` (as :meth:`DocumentStore._add`
    stores them)."""
    return {
        "ext_id": ext_id,
        "url": a.url,
        "canonical_url": curl,
        "outlet": clip(a.outlet, 512),
        "published": clip(a.published, 32),
        "language": clip(a.language, 16),
        "title": a.title,
    }


def _same_document(row: Any, ext_id: str | None, curl: str | None, origin: str | None) -> bool:
    """Is the stored ``row`` (of the same text) this document, read again with corrected
    metadata, rather than a copy of its text elsewhere (another id, URL and file: unchanged)?"""
    return bool(
        (ext_id and ext_id == row.ext_id)
        or (curl and curl == row.canonical_url)
        or (origin and origin == row.origin)
    )
