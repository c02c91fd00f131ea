"""Reads: live events with overrides applied and their incident and case ids, figures, counts."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from awol.store.schema import (
    CaseRow,
    DocumentRow,
    EventRow,
    FailureRow,
    FigureRow,
    IncidentEventRow,
    IncidentRow,
    OverrideRow,
    SkipRow,
)
from awol.store.values import event_dict, figure_dict, in_range, region_match


class ReadStore:
    """Queries for exports, stats and pages (mixed into :class:`awol.store.repo.Store`)."""

    engine: Engine

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
                d.update(event_dict(ev))
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
                if regions and not region_match(d, regions):
                    continue
                if not in_range(d["date"] or doc.published, since, until):
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
                    **event_dict(r),
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
                {"document_id": doc.doc_id, "index": f.idx, **figure_dict(f), "url": doc.url}
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
                "skipped": n(select(func.count()).select_from(SkipRow)),
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

    def document(self, doc_id: str) -> dict | None:
        """The current version of one document, with its cleaned text."""
        return self.documents_by_id([doc_id]).get(doc_id)

    def documents_by_id(self, doc_ids: Iterable[str]) -> dict[str, dict]:
        """The current versions of the documents ``doc_ids`` (those stored), with their cleaned
        texts, read in a few queries rather than one per document."""
        ids = list(dict.fromkeys(doc_ids))
        out: dict[str, dict] = {}
        with Session(self.engine) as s:
            for i in range(0, len(ids), 500):  # a bounded IN list on every backend
                rows = s.scalars(
                    select(DocumentRow).where(
                        DocumentRow.doc_id.in_(ids[i : i + 500]), DocumentRow.current.is_(True)
                    )
                )
                for r in rows:
                    out[r.doc_id] = {
                        "id": r.doc_id,
                        "version": r.version,
                        "url": r.url,
                        "outlet": r.outlet,
                        "published": r.published,
                        "language": r.language,
                        "title": r.title,
                        "text": r.text,
                        "ingested_at": r.ingested_at,
                    }
        return out
