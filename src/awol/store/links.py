"""Linking rows: incidents, cases, the linker's state, which documents are linked.

The linker's state is kept as rows updated in place (``linker_documents``: one per linked
document; ``linker_links``: one per link), appended as documents arrive; after each chunk only the
incidents and cases the new documents touched are written (``save_link_changes``).  Databases
written before (one JSON state blob in ``linker_state``) are still read.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from awol.store.engine import now
from awol.store.schema import (
    CaseRow,
    DocumentRow,
    IncidentEventRow,
    IncidentRow,
    LinkerDocumentRow,
    LinkerLinkRow,
    LinkerStateRow,
)


class LinkStore:
    """Incidents, cases and linker state (mixed into :class:`awol.store.repo.Store`)."""

    engine: Engine

    # ------------------------------------------------------------------ linking

    def unlinked(self, skip: Iterable[int] = ()) -> tuple[list[int], list[dict]]:
        """Current documents not yet given to the linker, but those of ``skip`` (pks): (pks,
        extraction dicts)."""
        skip = set(skip)
        with Session(self.engine) as s:
            docs = s.scalars(
                select(DocumentRow)
                .where(DocumentRow.current.is_(True), DocumentRow.linked.is_(False))
                .order_by(DocumentRow.pk)
            ).all()
            docs = [d for d in docs if d.pk not in skip]
            return [d.pk for d in docs], self._extraction_dicts(s, docs)

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
        """The linker's state: ``{"rows": ...}`` (see ``Linker.state_rows``) assembled from the
        rows, or the JSON state of an older database, or None."""
        with Session(self.engine) as s:
            row = s.get(LinkerStateRow, 1)
            settings = row.state if row is not None else None
            if not (isinstance(settings, dict) and settings.get("format") == "rows"):
                return settings
            rows: dict[str, Any] = {
                "threshold": settings.get("threshold"),
                "scheme": settings.get("scheme"),
                "documents": [r.data for r in s.scalars(select(LinkerDocumentRow))],
                "links": [],
                "case_links": [],
                "copies": [],
            }
            q = select(LinkerLinkRow.kind, LinkerLinkRow.a, LinkerLinkRow.b, LinkerLinkRow.score)
            for kind, a, b, score in s.execute(q.order_by(LinkerLinkRow.pk)):
                if kind == "incident":
                    rows["links"].append([a, b, score])
                elif kind == "case":
                    rows["case_links"].append([a, b])
                else:
                    rows["copies"].append([a, b, score])
            return {"rows": rows}

    def save_link_changes(
        self, changes: dict, linked_pks: Iterable[int] = (), *, replace: bool = False
    ) -> None:
        """Store what the linker's ``changes()`` gives (one transaction): the incidents and
        cases it touched (upserted with their event rows), the ids that vanished (deleted), the
        new state rows (appended); ``linked_pks`` are marked as linked.  ``replace``: the
        changes hold everything (a rebuild): all previous linking rows are dropped first."""
        ts = now()
        incidents = [json.loads(json.dumps(i, default=str)) for i in changes.get("incidents") or []]
        cases = [json.loads(json.dumps(c, default=str)) for c in changes.get("cases") or []]
        state = changes.get("rows") or {}
        with Session(self.engine) as s, s.begin():
            if replace:
                for model in (IncidentEventRow, IncidentRow, CaseRow, LinkerDocumentRow,
                              LinkerLinkRow):  # fmt: skip
                    s.execute(delete(model))
            gone = list(changes.get("removed_incidents") or [])
            for i in range(0, len(gone), 500):
                part = gone[i : i + 500]
                s.execute(delete(IncidentEventRow).where(IncidentEventRow.incident_id.in_(part)))
                s.execute(delete(IncidentRow).where(IncidentRow.incident_id.in_(part)))
            gone = list(changes.get("removed_cases") or [])
            for i in range(0, len(gone), 500):
                s.execute(delete(CaseRow).where(CaseRow.case_id.in_(gone[i : i + 500])))
            # the rows already there, one query per 500 ids (not one per incident)
            old_inc = {} if replace else _rows_by_id(s, IncidentRow, "incident_id",
                                                      [str(i["incident_id"]) for i in incidents])  # fmt: skip
            refill: list[str] = []
            members: list[dict] = []
            for inc in incidents:
                iid = str(inc["incident_id"])
                row = old_inc.get(iid)
                if row is not None and row.data == inc:
                    continue
                if row is None:
                    row = IncidentRow(incident_id=iid)
                    s.add(row)
                row.data, row.updated_at = inc, ts
                row.type, row.case_id = inc.get("type"), inc.get("case_id")
                refill.append(iid)
                pairs = sorted({(str(d), int(i)) for d, i in inc.get("events") or []})
                members += [{"incident_id": iid, "doc_id": d, "event_idx": i} for d, i in pairs]
            s.flush()
            for i in range(0, len(refill), 500):
                part = refill[i : i + 500]
                s.execute(delete(IncidentEventRow).where(IncidentEventRow.incident_id.in_(part)))
            if members:
                s.execute(insert(IncidentEventRow), members)
            old_case = {} if replace else _rows_by_id(s, CaseRow, "case_id",
                                                       [str(c["case_id"]) for c in cases])  # fmt: skip
            for case in cases:
                cid = str(case["case_id"])
                row = old_case.get(cid)
                if row is not None and row.data == case:
                    continue
                if row is None:
                    row = CaseRow(case_id=cid)
                    s.add(row)
                row.data, row.updated_at = case, ts
            docs = [{"doc_id": str(d["id"]), "data": json.loads(json.dumps(d, default=str))}
                    for d in state.get("documents") or []]  # fmt: skip
            if docs:
                s.execute(insert(LinkerDocumentRow), docs)
            links = [{"kind": "incident", "a": a, "b": b, "score": sc}
                     for a, b, sc in state.get("links") or []]  # fmt: skip
            links += [{"kind": "case", "a": a, "b": b, "score": None}
                      for a, b in state.get("case_links") or []]  # fmt: skip
            links += [{"kind": "copy", "a": a, "b": b, "score": sc}
                      for a, b, sc in state.get("copies") or []]  # fmt: skip
            if links:
                s.execute(insert(LinkerLinkRow), links)
            settings = {"format": "rows", "threshold": state.get("threshold"),
                        "scheme": state.get("scheme")}  # fmt: skip
            st = s.get(LinkerStateRow, 1)
            if st is None:
                s.add(LinkerStateRow(id=1, state=settings, updated_at=ts))
            elif st.state != settings:
                st.state, st.updated_at = settings, ts
            self._mark_linked(s, linked_pks, replace)

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
            self._mark_linked(s, linked_pks, mark_all)

    @staticmethod
    def _mark_linked(s: Session, linked_pks: Iterable[int], mark_all: bool) -> None:
        if mark_all:
            s.execute(update(DocumentRow).values(linked=True))
            return
        pks = list(linked_pks)
        for i in range(0, len(pks), 500):
            s.execute(
                update(DocumentRow).where(DocumentRow.pk.in_(pks[i : i + 500])).values(linked=True)
            )

    def incidents(self) -> list[dict]:
        with Session(self.engine) as s:
            return [
                r.data for r in s.scalars(select(IncidentRow).order_by(IncidentRow.incident_id))
            ]

    def cases(self) -> list[dict]:
        with Session(self.engine) as s:
            return [r.data for r in s.scalars(select(CaseRow).order_by(CaseRow.case_id))]


def _rows_by_id(s: Session, model: type, key: str, ids: list[str]) -> dict[str, Any]:
    """The rows of ``model`` whose ``key`` is one of ``ids`` (500 per query), by id."""
    column = getattr(model, key)
    out: dict[str, Any] = {}
    for i in range(0, len(ids), 500):
        for row in s.scalars(select(model).where(column.in_(ids[i : i + 500]))):
            out[getattr(row, key)] = row
    return out


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
