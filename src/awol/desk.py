"""The review desk: what editors change, each change audited and undoable.

    desk = Desk(store, query)
    desk.correct("714b5c85d25fbfe5", "count", "12", who="anna")     # validated, audited
    desk.confirm(key, who=...); desk.reject(key, who=...)
    desk.add_event("en-01", "detention", start, end, who=..., fields={...})
    desk.merge(["inc-a", "inc-b"], who=...); desk.split("inc-a", [key, ...], who=...)
    desk.undo(change_id, who=...)

Corrections and rejections are overrides (applied on read, kept by event key across
re-extraction); confirmations, added events, merges and splits are review decisions (rows applied
on read by :mod:`awol.query`, naming events by their stable keys, so they survive re-linking).
A bad value raises :class:`DeskError` naming the field and the reason, and changes nothing.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from awol.errors import AwolError
from awol.query import Query

#: fields an editor may correct (``rejected`` has its own action)
CORRECTABLE = (
    "type", "date", "date_text", "place_text", "country", "region", "count", "count_qualifier",
    "who", "names", "armed", "source",
)  # fmt: skip


class DeskError(AwolError):
    """A change that cannot be made (the message says which field or record, and why)."""

    def __init__(self, message: str, status: int = 422) -> None:
        super().__init__(message)
        self.status = status


def parse_form_value(field: str, raw: str | None) -> Any:
    """A value typed in a form, as the field's type: '' is null, names are ';'-separated,
    armed is true/false, count an integer when it looks like one (validation comes after)."""
    if raw is None:
        return None
    raw = raw.strip()
    if raw == "" or raw.lower() == "null":
        return [] if field == "names" else None
    if field == "names":
        return [n.strip() for n in raw.split(";") if n.strip()]
    if field == "armed":
        low = raw.lower()
        return (
            True if low in ("true", "yes", "1") else False if low in ("false", "no", "0") else raw
        )
    if field == "count":
        try:
            return int(raw)
        except ValueError:
            return raw
    return raw


def check_value(field: str, value: Any) -> Any:
    """A corrected value, validated and normalised by the project's one validation layer
    (:func:`awol.validate.check_override`); :class:`DeskError` (422) names the field and why."""
    from awol.validate import ValidationError, check_override

    if field not in CORRECTABLE:
        raise DeskError(f"{field}: cannot be corrected (fields: {', '.join(CORRECTABLE)})")
    try:
        return check_override(field, value)
    except ValidationError as exc:
        raise DeskError(str(exc)) from None


class Desk:
    """Editors' changes (one per store; share the :class:`Query` so reads see them at once)."""

    def __init__(self, store: Any, query: Query) -> None:
        self.store = store
        self.query = query

    def _event(self, key: str) -> dict:
        ev = self.query.event(key, public=False)
        if ev is None:
            raise DeskError(f"no event {key!r}", 404)
        return ev

    def _override(self, key: str, field: str) -> dict | None:
        cur = None
        for o in self.store.overrides(key):
            if o["field"] == field:
                cur = None if o["cleared"] else {"value": o["value"]}
        return cur

    def _set(self, key: str, field: str, value: Any, who: str, note: str | None = None) -> None:
        from awol.store import StoreError

        try:
            self.store.set_override(key, field, value, who=who, note=note)
        except StoreError as exc:
            raise DeskError(str(exc)) from None

    def correct(
        self, key: str, field: str, value: Any, *, who: str, note: str | None = None
    ) -> dict:
        ev = self._event(key)
        if ev["manual"]:
            raise DeskError("an event added by hand is changed by rejecting it and adding it again", 409)  # fmt: skip
        value = check_value(field, value)
        before = {"value": ev.get(field), "override": self._override(key, field)}
        self._set(key, field, value, who, note)
        self.query.invalidate()
        return self.store.record_audit(who, "correct", key, field=field, before=before, after={"value": value})  # fmt: skip

    def reject(self, key: str, *, who: str, note: str | None = None) -> dict:
        ev = self._event(key)
        if ev["manual"]:
            added = [a for a in self.store.audit_log(target=key) if a["action"] == "add_event" and not a["undone"]]  # fmt: skip
            if not added:
                raise DeskError(f"event {key!r} is already withdrawn", 409)
            return self.undo(added[0]["id"], who=who)
        if ev["rejected"]:
            raise DeskError(f"event {key!r} is already rejected", 409)
        before = {"value": False, "override": self._override(key, "rejected")}
        self._set(key, "rejected", True, who, note)
        self.query.invalidate()
        return self.store.record_audit(who, "reject", key, field="rejected", before=before, after={"value": True})  # fmt: skip

    def confirm(self, key: str, *, who: str) -> dict:
        ev = self._event(key)
        snapshot = {k: ev.get(k) for k in CORRECTABLE}
        out = self.store.add_decision("confirm", key, {"fields": snapshot}, who=who)
        self.query.invalidate()
        return out

    def add_event(
        self, doc_id: str, etype: str, start: int, end: int, *, who: str, fields: dict | None = None
    ) -> dict:
        """A missed event whose evidence is ``text[start:end]`` of the document."""
        doc = self.store.document(doc_id)
        if doc is None:
            raise DeskError(f"no document {doc_id!r}", 404)
        check_value("type", etype)
        text = doc["text"]
        if not (isinstance(start, int) and isinstance(end, int)) or not 0 <= start < end <= len(text):  # fmt: skip
            raise DeskError(f"evidence: select a span inside the text (0..{len(text)}), got {start}..{end}")  # fmt: skip
        if end - start > 2000:
            raise DeskError("evidence: select at most 2000 characters")
        values = {}
        for f, v in (fields or {}).items():
            if f == "type":
                continue
            values[f] = check_value(f, v)
        ev_text = text[start:end]
        payload = {"document_id": doc_id, "type": etype, **values,
                   "evidence": {"text": ev_text, "start": start, "end": end}}  # fmt: skip
        key = "m-" + hashlib.sha1(json.dumps([doc_id, etype, start, end]).encode()).hexdigest()[:14]
        if self.query.event(key, public=False) is not None:
            raise DeskError(f"this event was already added ({key})", 409)
        out = self.store.add_decision("add_event", key, payload, who=who)
        self.query.invalidate()
        return {**out, "event_id": key}

    def merge(self, incident_ids: list[str], *, who: str) -> dict:
        ids = list(dict.fromkeys(i.strip() for i in incident_ids if i and i.strip()))
        if len(ids) < 2:
            raise DeskError("merge: name at least two incidents")
        keys: list[str] = []
        for i in ids:
            inc = self.query.incident(i, public=False)
            if inc is None:
                raise DeskError(f"merge: no incident {i!r}", 404)
            keys += inc["event_keys"]
        out = self.store.add_decision("merge", ids[0], {"incidents": ids, "events": keys}, who=who)
        self.query.invalidate()
        return out

    def split(self, incident_id: str, event_keys: list[str], *, who: str) -> dict:
        inc = self.query.incident(incident_id, public=False)
        if inc is None:
            raise DeskError(f"split: no incident {incident_id!r}", 404)
        keys = [k for k in event_keys if k in inc["event_keys"]]
        if not keys or len(keys) != len(set(event_keys)):
            raise DeskError("split: choose events of this incident")
        if len(keys) == len(inc["event_keys"]):
            raise DeskError("split: leave at least one event in the incident")
        out = self.store.add_decision("split", incident_id, {"events": keys}, who=who)
        self.query.invalidate()
        return out

    def undo(self, change_id: int, *, who: str) -> dict:
        """Undo one audited change (a correction, rejection or decision); the undo is audited."""
        a = self.store.audit_entry(change_id)
        if a is None:
            raise DeskError(f"no change #{change_id}", 404)
        if a["undone"] or a["action"] == "undo":
            raise DeskError(f"change #{change_id} cannot be undone (already undone, or an undo)", 409)  # fmt: skip
        if a["action"] in ("correct", "reject"):
            prev = (a["before"] or {}).get("override")
            current = self._override(a["target"], a["field"])
            if prev is None:
                from awol.store import StoreError

                try:
                    self.store.set_override(a["target"], a["field"], None, who=who, clear=True)
                except StoreError as exc:
                    raise DeskError(str(exc)) from None
            else:
                self._set(a["target"], a["field"], prev["value"], who)
            before, after = current, prev
        else:
            before, after = a["after"], None
        self.store.mark_undone(change_id, who)
        self.query.invalidate()
        return self.store.record_audit(who, "undo", a["target"], field=a["field"], before=before, after=after, undoes=change_id)  # fmt: skip
