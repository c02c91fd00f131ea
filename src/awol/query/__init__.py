"""One query API over the event database, for the CLI, the HTTP API and the web pages.

    q = Query(store)
    f = Filters.parse({"type": "desertion", "since": "2024-01", "q": "training ground"})
    q.incidents(f, offset=0, limit=50, public=True)   # anonymous: names masked (awol.privacy)
    q.dashboard(f, public=True)

Reads go through :class:`awol.store.Store` (overrides applied); review decisions (confirmations,
events added by hand, merged or split incidents) are applied here on every read, so they survive
re-extraction and re-linking.  A snapshot of what was read is kept until the store's data stamp
changes; filters, paging, full-text search and aggregates run on it.  Anonymous views are built
through :func:`awol.serve.public.public` only.

The package: :mod:`.filters` (what a list shows, paging, matching records to filters) and
:mod:`.view` (one snapshot of the store with review decisions applied, masked on demand for
anonymous readers); the :class:`Query` class here reads through them.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections import Counter, defaultdict
from dataclasses import replace
from typing import Any

from awol.query.filters import (
    MAX_LIMIT,
    STATUSES,
    Filters,
    Page,
    QueryError,
    _case_status,
    _event_part,
    _match,
    _match_figure,
    _page,
    _reviewed_ok,
    _text_ok,
    _trim,
    _when,
    clean,
    figure_series,
)
from awol.query.view import (
    _apply_links,
    _gold_event,
    _gold_figure,
    _index,
    _segments,
    _stored_spans,
    _summarise_incident,
    _View,
)
from awol.serve.export import place
from awol.serve.public import PrivacyUnavailable, names_query, public_text, use_database

__all__ = [
    "MAX_LIMIT",
    "STATUSES",
    "Filters",
    "Page",
    "Query",
    "QueryError",
    "clean",
    "figure_series",
]


def _public_match(masked: dict, q: str) -> bool:
    """An anonymous text search: ``q`` is in the record's masked text (a masked name is not
    there) and names none of the people its documents tell (the query is masked against the
    names of the records it would return: a name that stays readable as a place or a common
    word in the same record, "Petrovsky district" in the article about Petrov, finds nothing)."""
    return _text_ok(masked, q) and not names_query(q, masked.get("_names") or ())


def _raw_part(f: Filters, public: bool) -> Filters:
    """The filters matched on stored values: for anonymous readers all but the outlets, which
    they know only as :func:`_outlets` shows them (masked) and are matched as such by
    :func:`_public_outlets`, so the raw name of a person's channel finds nothing."""
    return replace(f, outlets=()) if public and f.outlets else f


def _public_outlets(items: list[dict], f: Filters, public: bool) -> list[dict]:
    """Anonymous readers' outlet filter, on the outlets as shown to them."""
    if not (public and f.outlets):
        return items
    return [x for x in items if (public_text(x.get("outlet")) or "") in f.outlets]


def _outlets(v: _View, public: bool) -> list[str]:
    """The outlets of the stored documents (an outlet may be a person's blog or channel: masked
    for anonymous readers)."""
    outlets = {d["outlet"] for d in v.docs.values() if d.get("outlet")}
    return sorted({public_text(o) or "" for o in outlets} - {""} if public else outlets)


class Query:
    """The query API (thread-safe; one per store)."""

    def __init__(self, store: Any, *, recheck_seconds: float = 1.0) -> None:
        self.store = store
        self.recheck_seconds = recheck_seconds
        self._lock = threading.Lock()
        self._stamp: tuple | None = None
        self._checked = 0.0
        self._full: _View | None = None

    # ------------------------------------------------------------------ snapshots

    def warm(self, *, public_records: int = 2000) -> None:
        """Read the store now, and mask the newest records for anonymous readers (the first
        masking loads the name recogniser)."""

        v = self._view()
        try:
            _stored_spans(self.store, v.events[:public_records] + v.incidents[:public_records])
            self.dashboard(Filters(), public=True)
            for e in v.events[:public_records]:
                v.pub("event", e)
            for i in v.incidents[:public_records]:
                v.pub("incident", i)
        except PrivacyUnavailable:
            pass

    def invalidate(self) -> None:
        with self._lock:
            self._stamp, self._full = None, None

    def _view(self, public_view: bool = False) -> _View:
        with contextlib.suppress(PrivacyUnavailable):
            use_database(self.store)  # public ids are those of this database (its own key)
        now_ = time.monotonic()
        with self._lock:
            if self._full is None or now_ - self._checked > self.recheck_seconds:
                stamp = self.store.data_stamp()
                self._checked = now_
                if stamp != self._stamp or self._full is None:
                    self._full = self._build()
                    full = self._full
                    # what the name recogniser found in these texts before, read from the store
                    _stored_spans(self.store, full.events + full.incidents + full.cases, False)
                    self._stamp = stamp
            return self._full

    def _build(self) -> _View:
        st = self.store
        docs = {}
        for d in st.documents():
            d.pop("text", None)
            docs[d["id"]] = d
        decisions = st.decisions()
        confirmed = {d["target"]: d for d in decisions if d["kind"] == "confirm"}
        events = st.events(include_rejected=True)
        for d in decisions:
            if d["kind"] == "add_event":
                ev = self._manual_event(d, docs)
                if ev is not None:
                    events.append(ev)
        for ev in events:
            ev.setdefault("manual", False)
            ev["rejected"] = bool(ev.get("rejected"))
            review = []
            if ev["event_id"] in confirmed:
                c = confirmed[ev["event_id"]]
                review.append(f"confirmed by {c['who']} {c['when'][:10]}")
            if ev.get("overridden"):
                review.append("corrected: " + ", ".join(ev["overridden"]))
            if ev["manual"]:
                review.append("added by hand")
            ev["review"] = review
            ev["reviewed"] = bool(review)
        by_key = {e["event_id"]: e for e in events}
        by_pos = {(e["document_id"], e["index"]): e for e in events if not e["manual"]}
        incidents = _apply_links(st.incidents(), decisions, by_key, by_pos)
        inc_by_id = {i["incident_id"]: i for i in incidents}
        alias = {i["incident_id"]: i["incident_id"] for i in incidents}
        for i in incidents:
            alias.update(dict.fromkeys(i["merged_from"], i["incident_id"]))
        cases = []
        for c in st.cases():
            c = dict(c)
            c["incidents"] = sorted({alias[i] for i in c.get("incidents") or [] if i in alias})
            cases.append(c)
        case_by_id = {c["case_id"]: c for c in cases}
        for inc in incidents:
            members = [by_key[k] for k in inc["event_keys"] if k in by_key]
            for ev in members:
                ev["incident_id"], ev["case_id"] = inc["incident_id"], inc.get("case_id")
            _summarise_incident(inc, members, docs)
        for c in cases:
            members = [e for i in c["incidents"] if i in inc_by_id for e in inc_by_id[i]["members"]]
            c["languages"] = sorted({e.get("language") or "" for e in members} - {""})
            c["outlets"] = sorted({e.get("outlet") or "" for e in members} - {""})
            pubs = [e["published"] for e in members if e.get("published")]
            c["first_reported"] = min(pubs) if pubs else None
            c["last_reported"] = max(pubs) if pubs else None
        figures = []
        for f in st.figures():
            doc = docs.get(f["document_id"], {})
            f = {**f, "outlet": doc.get("outlet"), "language": doc.get("language"),
                 "published": doc.get("published"), "title": doc.get("title")}  # fmt: skip
            figures.append(f)
        events.sort(key=lambda e: (_when(e), e["document_id"], e["index"]), reverse=True)
        v = _View(events, incidents, cases, figures, docs, by_key, inc_by_id, case_by_id, store=st)
        _index(v)
        return v

    @staticmethod
    def _manual_event(d: dict, docs: dict[str, dict]) -> dict | None:
        p = d.get("payload") or {}
        doc = docs.get(p.get("document_id"))
        if doc is None:
            return None
        ev = {k: p.get(k) for k in ("type", "date", "date_text", "place_text", "country",
                                    "region", "count", "count_qualifier", "who", "armed",
                                    "source")}  # fmt: skip
        ev.update(
            event_id=d["target"],
            document_id=doc["id"],
            index=-d["id"],
            names=list(p.get("names") or []),
            evidence=dict(p.get("evidence") or {}),
            confidence=1.0,
            overridden=[],
            extractor_version=None,
            document_version=doc.get("version"),
            url=doc.get("url"),
            outlet=doc.get("outlet"),
            title=doc.get("title"),
            published=doc.get("published"),
            language=doc.get("language"),
            incident_id=None,
            case_id=None,
            manual=True,
        )
        return ev

    # ------------------------------------------------------------------ lists

    def events(self, f: Filters, *, offset: int = 0, limit: int = 50, public: bool = True) -> Page:
        v = self._view()
        return _page(self._events(v, f, public), offset, limit, v, "event" if public else None)

    def all_events(self, f: Filters, *, public: bool = True) -> list[dict]:
        v = self._view()
        return [clean(v.pub("event", e) if public else e) for e in self._events(v, f, public)]

    def _events(self, v: _View, f: Filters, public: bool) -> list[dict]:
        """Events matching ``f`` (full records).  For anonymous readers a text search must also
        match the masked text, so that nobody finds a report by a person's name."""
        key = ("events", f.key(), public and bool(f.q or f.outlets))
        if key not in v.cache:
            cases_ok = None
            if f.statuses:
                cases_ok = {c["case_id"] for c in v.cases if _case_status(c) & set(f.statuses)}
            found = [e for e in v.events if _match(e, _raw_part(f, public), cases_ok)]
            found = _public_outlets(found, f, public)
            if public and f.q:
                found = [e for e in found if _public_match(v.pub("event", e), f.q)]
            v.cache[key] = found
            _trim(v.cache)
        return v.cache[key]

    def incidents(
        self, f: Filters, *, offset: int = 0, limit: int = 50, public: bool = True
    ) -> Page:
        v = self._view()
        key = ("incidents", f.key(), public and bool(f.q))
        if key not in v.cache:
            keep = {e["incident_id"] for e in self._events(v, _event_part(f), public)}
            items = [
                i for i in v.incidents
                if i["incident_id"] in keep and _reviewed_ok(i, f)
                and (not f.statuses or (i.get("case_id") in v.case_by_id
                     and _case_status(v.case_by_id[i["case_id"]]) & set(f.statuses)))
            ]  # fmt: skip
            items.sort(
                key=lambda i: (i.get("first_reported") or "", i["incident_id"]), reverse=True
            )
            v.cache[key] = items
        return _page(v.cache[key], offset, limit, v, "incident" if public else None, ("members",))

    def cases(self, f: Filters, *, offset: int = 0, limit: int = 50, public: bool = True) -> Page:
        v = self._view()
        key = ("cases", f.key(), public and bool(f.q))
        if key not in v.cache:
            keep = {e["case_id"] for e in self._events(v, _event_part(f), public)}
            items = [
                c for c in v.cases
                if c["case_id"] in keep and (not f.statuses or _case_status(c) & set(f.statuses))
            ]  # fmt: skip
            if f.reviewed is not None:
                items = [c for c in items if all(
                    v.inc_by_id[i]["reviewed"] == f.reviewed
                    for i in c["incidents"] if i in v.inc_by_id) ]  # fmt: skip
            items.sort(key=lambda c: (c.get("last_reported") or "", c["case_id"]), reverse=True)
            v.cache[key] = items
        return _page(v.cache[key], offset, limit, v, "case" if public else None)

    def figures(self, f: Filters, *, offset: int = 0, limit: int = 50, public: bool = True) -> Page:
        v = self._view()
        items = [x for x in v.figures if _match_figure(x, _raw_part(f, public))]
        items = _public_outlets(items, f, public)
        if public and f.q:
            items = [x for x in items if _public_match(v.pub("figure", x), f.q)]
        items.sort(key=lambda x: x.get("as_of") or x.get("published") or "", reverse=True)
        return _page(items, offset, limit, v, "figure" if public else None)

    def documents(
        self, f: Filters, *, offset: int = 0, limit: int = 50, public: bool = True
    ) -> Page:
        v = self._view()
        keep = {e["document_id"] for e in self._events(v, f, public)} if f != Filters() else None
        items = [d for d in v.docs.values() if keep is None or d["id"] in keep]
        items.sort(key=lambda d: (d.get("published") or "", d["id"]), reverse=True)
        return _page(items, offset, limit, v, "document" if public else None)

    # ------------------------------------------------------------------ single records

    def event(self, key: str, *, public: bool = True) -> dict | None:
        v = self._view()
        e = v.by_key.get(key)
        return clean(v.pub("event", e) if public and e else e)

    def incident(self, incident_id: str, *, public: bool = True) -> dict | None:
        v = self._view()
        i = v.inc_by_id.get(v.raw_id("incident", incident_id))
        return clean(v.pub("incident", i) if public and i else i)

    def case(self, case_id: str, *, public: bool = True) -> dict | None:
        """The case with its incidents and every report (document) that tells it."""
        v = self._view()
        c = v.case_by_id.get(v.raw_id("case", case_id))
        if c is None:
            return None
        show = (lambda kind, x: v.pub(kind, x)) if public else (lambda kind, x: x)
        incs = [v.inc_by_id[i] for i in c["incidents"] if i in v.inc_by_id]
        reports: dict[str, dict] = {}
        for inc in incs:
            for ev in inc["members"]:
                doc = v.docs.get(ev["document_id"], {})
                r = reports.setdefault(ev["document_id"], {"document": doc, "events": []})
                r["events"].append(ev)
        ordered = sorted(reports.values(), key=lambda r: (r["document"].get("published") or "", r["document"].get("id") or ""))  # fmt: skip
        for r in ordered:
            r["events"] = [clean(show("event", e)) for e in sorted(r["events"], key=lambda e: e["index"])]  # fmt: skip
            r["document"] = clean(show("document", r["document"])) if r["document"] else {}
        return {"case": clean(show("case", c)),
                "incidents": [clean(show("incident", i)) for i in incs], "reports": ordered}  # fmt: skip

    def document(self, doc_id: str, *, public: bool = True) -> dict | None:
        """The document, its events and figures, and its cleaned text cut into ``segments``
        (``{"text", "marks": [event ids / "figure-N"]}``) at evidence boundaries, so pages can
        highlight evidence; for anonymous readers each segment is masked (names hidden)."""
        v = self._view()
        doc_id = v.raw_id("document", doc_id)
        if doc_id not in v.docs:
            return None
        full = self.store.document(doc_id)
        if full is None:
            return None
        text = full["text"] or ""
        evs = sorted((e for e in v.events if e["document_id"] == doc_id), key=lambda e: e["index"])
        figs = [f for f in v.figures if f["document_id"] == doc_id]
        spans = [(e["event_id"], e.get("evidence") or {}) for e in evs]
        spans += [(f"figure-{f['index']}", f.get("evidence") or {}) for f in figs]
        segments = _segments(text, spans)
        doc = v.docs[doc_id]
        if public:
            # the names the document's events tell, and every name recognised anywhere in its
            # text (awol.privacy.stored.document_names, as every export and view masks with): a
            # surname a cue marks in one paragraph is masked where it stands alone
            names = sorted(set(v.names_of([doc_id])))
            segments = [{**g, "text": public_text(g["text"], names)} for g in segments]
            text = "".join(g["text"] for g in segments)
            doc = v.pub("document", doc)
            evs = [v.pub("event", e) for e in evs]
            figs = [v.pub("figure", f) for f in figs]
        return {"document": clean(doc), "text": text, "segments": segments,
                "events": [clean(e) for e in evs], "figures": [clean(f) for f in figs]}  # fmt: skip

    # ------------------------------------------------------------------ aggregates

    def stats(self, f: Filters, *, public: bool = True) -> dict[str, dict]:
        """Counts by type, month and region (no names in them, the same for every reader)."""
        v = self._view()
        key = ("stats", f.key(), public and bool(f.q))
        if key not in v.cache:
            by_type: Counter = Counter()
            by_month: Counter = Counter()
            by_region: Counter = Counter()
            month_type: dict[str, Counter] = defaultdict(Counter)
            for e in self._events(v, f, public):
                by_type[e["type"]] += 1
                w = _when(e)
                m = w[:7] if len(w) >= 7 else (w or "unknown")
                by_month[m] += 1
                month_type[m][e["type"]] += 1
                by_region[e.get("region") or e.get("country") or "unknown"] += 1
            v.cache[key] = {
                "type": dict(by_type.most_common()),
                "month": dict(sorted(by_month.items())),
                "month_type": {m: dict(c) for m, c in sorted(month_type.items())},
                "region": dict(by_region.most_common()),
            }
        return v.cache[key]

    def dashboard(self, f: Filters, *, public: bool = True) -> dict:
        v = self._view()
        key = ("dashboard", f.key(), public)
        if key not in v.cache:
            st = self.stats(f, public=public)
            regions = []
            for code, n in st["region"].items():
                p = place(code)
                c = p.get("centroid")
                if c:
                    regions.append({"code": code, "count": n, "lat": c[0], "lon": c[1],
                                    "name": p.get("name_en") or code})  # fmt: skip
            figures = [v.pub("figure", x) for x in v.figures] if public else v.figures
            v.cache[key] = {
                "counts": {
                    "events": sum(st["type"].values()),
                    "incidents": self.incidents(f, limit=0, public=public).total,
                    "cases": self.cases(f, limit=0, public=public).total,
                    "documents": len(v.docs),
                    "figures": len(v.figures),
                },  # fmt: skip
                "stats": st,
                "regions": regions,
                "newest": self.incidents(f, limit=10, public=public).items,
                "outlets": _outlets(v, public),
                "series": figure_series(figures, f),
            }
        return v.cache[key]

    def review_queue(self, *, limit: int = 100) -> list[dict]:
        """Unreviewed events, most in need of a person first: low confidence, disagreements
        between the reports of its incident, incidents told by only one new report."""
        v = self._view(False)
        out = []
        newest = max((d.get("ingested_at") or "" for d in v.docs.values()), default="")
        for e in v.events:
            if e["reviewed"] or e["rejected"]:
                continue
            reasons, score = [], 0.0
            conf = e.get("confidence") if e.get("confidence") is not None else 0.5
            if conf < 0.8:
                reasons.append(f"confidence {conf:.2f}")
            score += 1 - conf
            inc = v.inc_by_id.get(e.get("incident_id") or "")
            if inc and inc.get("disagreements"):
                reasons.append("reports disagree on " + ", ".join(sorted(inc["disagreements"])))
                score += 0.5
            doc = v.docs.get(e["document_id"], {})
            if inc and inc.get("reports", 1) <= 1 and (doc.get("ingested_at") or "")[:10] == newest[:10]:  # fmt: skip
                reasons.append("new incident")
                score += 0.2
            out.append({**clean(e), "need": round(score, 3), "reasons": reasons})
        out.sort(key=lambda e: (-e["need"], _when(e)))
        return out[:limit]

    def gold(self) -> list[dict]:
        """Fully reviewed documents in gold shape (SCHEMA.md): every event of the document has
        been confirmed, corrected, rejected or added by hand; rejected ones are left out."""
        v = self._view(False)
        per_doc: dict[str, list[dict]] = defaultdict(list)
        for e in v.events:
            per_doc[e["document_id"]].append(e)
        out = []
        for doc_id, evs in sorted(per_doc.items()):
            if not all(e["reviewed"] or e["rejected"] for e in evs):
                continue
            doc = v.docs[doc_id]
            keep = sorted((e for e in evs if not e["rejected"]), key=lambda e: (e["manual"], e["index"] if not e["manual"] else -e["index"]))  # fmt: skip
            out.append({
                "id": doc_id, "url": doc.get("url"), "outlet": doc.get("outlet"),
                "language": doc.get("language"), "published": doc.get("published"),
                "events": [_gold_event(e) for e in keep],
                "figures": [_gold_figure(f) for f in v.figures if f["document_id"] == doc_id],
            })  # fmt: skip
        return out
