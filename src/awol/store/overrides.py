"""Overrides: people's corrections of event fields, append-only, applied on every read."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from awol.store.engine import StoreError, now
from awol.store.schema import EventRow, OverrideRow
from awol.validate import check_override

#: event fields a person may override; ``rejected`` (true/false) hides an event from reads.
OVERRIDABLE = (
    "type", "date", "date_text", "place_text", "country", "region", "count", "count_qualifier",
    "who", "names", "armed", "source", "rejected",
)  # fmt: skip


class OverrideStore:
    """Corrections by people (mixed into :class:`awol.store.repo.Store`)."""

    engine: Engine

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
        if not clear:
            value = check_override(field, value)  # ValidationError names the value and the rule
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
