"""Linking rows: incidents, cases, the linker's state, which documents are linked."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from awol.store.engine import now
from awol.store.schema import CaseRow, DocumentRow, IncidentEventRow, IncidentRow, LinkerStateRow


class LinkStore:
    """Incidents, cases and linker state (mixed into :class:`awol.store.repo.Store`)."""

    engine: Engine

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
