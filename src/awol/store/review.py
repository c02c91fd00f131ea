"""Review decisions and the audit log of the newsroom.

A decision (confirm an event, add a missed event, merge or split incidents) is a row, applied
whenever data is read (:mod:`awol.query`), so it survives re-extraction and re-linking; undoing
it marks the row undone.  Corrections of fields are overrides (:mod:`awol.store.overrides`).
Every change made through the newsroom, and every undo, is an audit row: who, when, what, the
value before and after.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from awol.store.engine import StoreError, now
from awol.store.schema import (
    AuditRow,
    CaseRow,
    DocumentRow,
    EventRow,
    IncidentRow,
    OverrideRow,
    ReviewDecisionRow,
)

DECISIONS = ("confirm", "add_event", "merge", "split")


def _decision(r: ReviewDecisionRow) -> dict:
    return {
        "id": r.pk,
        "kind": r.kind,
        "target": r.target,
        "payload": r.payload,
        "who": r.who,
        "when": r.created_at,
        "undone_at": r.undone_at,
        "undone_by": r.undone_by,
    }


def _audit(r: AuditRow) -> dict:
    return {
        "id": r.pk,
        "who": r.who,
        "action": r.action,
        "target": r.target,
        "field": r.field,
        "before": r.before,
        "after": r.after,
        "decision": r.decision_pk,
        "undoes": r.undoes,
        "undone": r.undone,
        "when": r.created_at,
    }


class ReviewStore:
    """Review decisions and audit (mixed into :class:`awol.store.repo.Store`)."""

    engine: Engine

    def add_decision(
        self,
        kind: str,
        target: str,
        payload: dict | None,
        *,
        who: str,
        audit_field: str | None = None,
    ) -> dict:
        """Store a decision and its audit row in one transaction; return the audit row."""
        if kind not in DECISIONS:
            raise StoreError(f"unknown decision {kind!r}: decisions are {', '.join(DECISIONS)}")
        ts = now()
        with Session(self.engine) as s, s.begin():
            row = ReviewDecisionRow(
                kind=kind, target=target, payload=payload, who=who, created_at=ts
            )
            s.add(row)
            s.flush()
            a = AuditRow(
                who=who,
                action=kind,
                target=target,
                field=audit_field,
                before=None,
                after=payload,
                decision_pk=row.pk,
                undone=False,
                created_at=ts,
            )
            s.add(a)
            s.flush()
            return _audit(a)

    def decisions(self, kinds: tuple[str, ...] = DECISIONS, *, active: bool = True) -> list[dict]:
        with Session(self.engine) as s:
            q = select(ReviewDecisionRow).where(ReviewDecisionRow.kind.in_(kinds))
            if active:
                q = q.where(ReviewDecisionRow.undone_at.is_(None))
            return [_decision(r) for r in s.scalars(q.order_by(ReviewDecisionRow.pk))]

    def record_audit(
        self,
        who: str,
        action: str,
        target: str,
        *,
        field: str | None = None,
        before: Any = None,
        after: Any = None,
        undoes: int | None = None,
    ) -> dict:
        with Session(self.engine) as s, s.begin():
            row = AuditRow(
                who=who,
                action=action,
                target=target,
                field=field,
                before=before,
                after=after,
                undoes=undoes,
                undone=False,
                created_at=now(),
            )
            s.add(row)
            s.flush()
            return _audit(row)

    def audit_entry(self, pk: int) -> dict | None:
        with Session(self.engine) as s:
            row = s.get(AuditRow, pk)
            return _audit(row) if row else None

    def audit_log(self, *, target: str | None = None, limit: int = 200) -> list[dict]:
        """Newest first."""
        with Session(self.engine) as s:
            q = select(AuditRow).order_by(AuditRow.pk.desc()).limit(limit)
            if target:
                q = q.where(AuditRow.target == target)
            return [_audit(r) for r in s.scalars(q)]

    def mark_undone(self, audit_pk: int, who: str) -> None:
        """Mark an audit row undone (and its decision, if any, no longer applied)."""
        ts = now()
        with Session(self.engine) as s, s.begin():
            row = s.get(AuditRow, audit_pk)
            if row is None:
                raise StoreError(f"no change #{audit_pk}")
            if row.undone:
                raise StoreError(f"change #{audit_pk} was already undone")
            row.undone = True
            if row.decision_pk is not None:
                s.execute(
                    update(ReviewDecisionRow)
                    .where(ReviewDecisionRow.pk == row.decision_pk)
                    .values(undone_at=ts, undone_by=who)
                )

    def data_stamp(self) -> tuple:
        """A cheap fingerprint of everything a read depends on: changes when documents, events,
        overrides, links or decisions change (used to invalidate read caches)."""
        with Session(self.engine) as s:
            return (
                s.scalar(select(func.max(DocumentRow.pk))),
                s.scalar(select(func.count()).select_from(DocumentRow)),
                s.scalar(select(func.max(EventRow.pk))),
                s.scalar(select(func.max(EventRow.superseded_at))),
                s.scalar(select(func.max(OverrideRow.pk))),
                s.scalar(select(func.max(IncidentRow.updated_at))),
                s.scalar(select(func.count()).select_from(IncidentRow)),
                s.scalar(select(func.max(CaseRow.updated_at))),
                s.scalar(select(func.max(AuditRow.pk))),
            )
