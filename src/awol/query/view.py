"""One snapshot of the store as the query API reads it: records with review decisions applied,
masked one by one for anonymous readers (through :func:`awol.serve.public.public` only)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from awol.serve.public import document_names, documents_of, names_in, unmasked
from awol.serve.public import public as _mask

#: non-personal keys kept on anonymous records when the masking API leaves them out
_PLAIN_KEYS = (
    "event_id", "document_id", "index", "type", "date", "country", "region", "count",
    "count_qualifier", "armed", "confidence", "outlet", "url", "published", "language",
    "incident_id", "case_id", "reviewed", "rejected", "manual", "overridden", "review",
)  # fmt: skip


@dataclass
class _View:
    """One reading of the store with review decisions applied.  Anonymous readers get records
    masked one by one when they are shown (``masked``: memo by record), never the raw ones."""

    events: list[dict]
    incidents: list[dict]
    cases: list[dict]
    figures: list[dict]
    docs: dict[str, dict]
    by_key: dict[str, dict] = field(default_factory=dict)
    inc_by_id: dict[str, dict] = field(default_factory=dict)
    case_by_id: dict[str, dict] = field(default_factory=dict)
    cache: dict = field(default_factory=dict)
    masked: dict = field(default_factory=dict)
    doc_names: dict = field(default_factory=dict)  # document id -> names it tells
    store: Any = None

    def names_of(self, documents: list[str]) -> list[str]:
        """The names ``documents`` tell: in their events' sentences and name fields, and every
        name recognised in their whole stored text, title and outlet (an incident's or a case's
        fields hold no sentence to recognise them in; a URL slug, a caption, a quote no event
        cites may name someone the events do not)."""
        if not self.doc_names and self.events:
            by_doc: dict[str, list[dict]] = {}
            for e in self.events:
                by_doc.setdefault(e.get("document_id") or "", []).append(e)
            self.doc_names["_by_doc"] = by_doc
        by_doc = self.doc_names.get("_by_doc") or {}
        todo = [d for d in dict.fromkeys(documents) if d not in self.doc_names]
        if todo:
            texts = document_names(self.store, todo) if self.store is not None else {}
            for d in todo:
                self.doc_names[d] = names_in(by_doc.get(d) or []) + texts.get(d, [])
        out: list[str] = []
        for d in documents:
            out.extend(self.doc_names[d])
        return out

    def raw_id(self, kind: str, key: str) -> str:
        """The stored id of the document, incident or case whose public id (what anonymous
        readers see, :func:`awol.privacy.public_id`) or stored id is ``key``."""
        table = {"document": self.docs, "incident": self.inc_by_id, "case": self.case_by_id}[kind]
        if key in table:
            return key
        memo = self.cache.setdefault(("public ids", kind), {})
        if not memo:
            from awol.privacy import public_id

            memo.update({public_id(k): k for k in table})
        return memo.get(key, key)

    def pub(self, kind: str, obj: dict) -> dict:
        """The anonymous form of ``obj`` (through :func:`awol.serve.public.public`), memoised."""
        key = (kind, id(obj))
        out = self.masked.get(key)
        if out is None:
            src = {k: v for k, v in obj.items() if not k.startswith("_") and k != "members"}
            # the names told by every document the record comes from: a case's fields hold no
            # sentence, and a document's URL slug names people only its events' sentences name
            docs = [src["id"]] if kind == "document" and isinstance(src.get("id"), str) else []
            names = self.names_of(documents_of(src) + docs)
            out = _mask(kind, src, names)
            for k in _PLAIN_KEYS:
                if k in src and k not in out:
                    out[k] = src[k]
            if kind == "incident":
                out["members"] = [self.pub("event", m) for m in obj.get("members") or []]
            if kind in ("event", "figure"):
                # the masked text without its masks, and the names the record was masked with:
                # an anonymous search must match the first and name none of the second
                out["_search"] = unmasked(_search_text(kind, out))
                out["_names"] = tuple(names)
            self.masked[key] = out
        return out


def _stored_spans(store: Any, records: list[dict], recognise: bool = True) -> None:
    """Masking of ``records`` reads the recogniser's results stored for their texts (and, with
    ``recognise``, finds and stores the missing ones now) instead of running it on each read."""
    if not hasattr(store, "name_spans"):
        return
    try:
        from awol.privacy.stored import load
    except ImportError:  # no masking API: the public gate refuses anyway
        return
    load(store, records, recognise)


def _segments(text: str, spans: list[tuple[str, dict]]) -> list[dict]:
    """Cut ``text`` at every evidence boundary; each piece lists the spans covering it."""
    cuts = {0, len(text)}
    good = []
    for sid, ev in spans:
        a, b = ev.get("start"), ev.get("end")
        if isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(text):
            cuts.update((a, b))
            good.append((sid, a, b))
    pts = sorted(cuts)
    out = []
    for a, b in zip(pts, pts[1:], strict=False):
        out.append({"text": text[a:b], "start": a, "marks": [sid for sid, x, y in good if x <= a and b <= y]})  # fmt: skip
    return out


def _search_text(kind: str, x: dict) -> str:
    ev = x.get("evidence") or {}
    keys = ("title", "place_text", "who", "source", "outlet") if kind == "event" else ("metric", "source")  # fmt: skip
    return " ".join(str(t) for t in (ev.get("text"), *(x.get(k) for k in keys)) if t).casefold()


def _index(v: _View) -> None:
    for e in v.events:
        e["_search"] = _search_text("event", e)
    for f in v.figures:
        f["_search"] = _search_text("figure", f)


def _apply_links(
    incidents: list[dict], decisions: list[dict], by_key: dict, by_pos: dict
) -> list[dict]:
    """The linker's incidents with reviewers' merges and splits applied, in decision order.

    Decisions name events by their stable keys, so they still apply after re-linking."""
    incs = []
    for inc in incidents:
        inc = dict(inc)
        keys = [by_pos[(d, i)]["event_id"] for d, i in inc.get("events") or [] if (d, i) in by_pos]
        inc["event_keys"] = keys
        inc["merged_from"] = []
        inc["split_by"] = None
        incs.append(inc)
    for d in decisions:
        keys = set((d.get("payload") or {}).get("events") or [])
        if d["kind"] == "merge":
            group = [i for i in incs if keys & set(i["event_keys"])]
            if len(group) < 2:
                continue
            group.sort(key=lambda i: (-len(i["event_keys"]), i["incident_id"]))
            base = group[0]
            for other in group[1:]:
                base["event_keys"] += [k for k in other["event_keys"] if k not in base["event_keys"]]  # fmt: skip
                base["merged_from"] += [other["incident_id"], *other["merged_from"]]
                incs.remove(other)
        elif d["kind"] == "split":
            for inc in list(incs):
                moved = [k for k in inc["event_keys"] if k in keys]
                if not moved or len(moved) == len(inc["event_keys"]):
                    continue
                inc["event_keys"] = [k for k in inc["event_keys"] if k not in keys]
                new = {**inc, "incident_id": f"{inc['incident_id']}/split-{d['id']}",
                       "event_keys": moved, "merged_from": [], "split_by": d["id"],
                       "case_id": inc.get("case_id")}  # fmt: skip
                incs.append(new)
    for inc in incs:
        inc["events"] = [[by_key[k]["document_id"], by_key[k]["index"]] for k in inc["event_keys"] if k in by_key]  # fmt: skip
    return incs


def _summarise_incident(inc: dict, members: list[dict], docs: dict) -> None:
    fields_ = inc.get("fields") or {}
    inc["members"] = members
    inc["documents"] = sorted({e["document_id"] for e in members})
    inc["reports"] = len(inc["documents"])
    inc["languages"] = sorted({e.get("language") or "" for e in members} - {""})
    inc["outlets"] = sorted({e.get("outlet") or "" for e in members} - {""})
    pubs = [e["published"] for e in members if e.get("published")]
    inc["first_reported"] = min(pubs) if pubs else inc.get("first_reported")
    inc["confidence"] = max((e.get("confidence") or 0 for e in members), default=None)
    inc["reviewed"] = bool(members) and all(e["reviewed"] for e in members)
    for k in ("date", "region", "country", "count", "count_qualifier"):
        inc[k] = fields_.get(k) if fields_.get(k) is not None else next((e.get(k) for e in members if e.get(k) is not None), None)  # fmt: skip
    if not inc.get("type") and members:
        inc["type"] = members[0]["type"]


def _gold_event(e: dict) -> dict:
    keys = ("type", "date", "date_text", "place_text", "country", "region", "count",
            "count_qualifier", "who", "names", "armed", "source")  # fmt: skip
    out = {k: e.get(k) for k in keys}
    out["names"] = list(out["names"] or [])
    out["evidence"] = (e.get("evidence") or {}).get("text")
    return out


def _gold_figure(f: dict) -> dict:
    out = {k: f.get(k) for k in ("metric", "value", "qualifier", "as_of", "source")}
    out["evidence"] = (f.get("evidence") or {}).get("text")
    return out
