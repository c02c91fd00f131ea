"""Exports of the event database: ACLED-style CSV, flat CSV, JSON Lines, GeoJSON, Parquet.

    from awol.serve.export import export
    export(store, "acled-csv", "events.csv", since="2024-01", types=["desertion"])

Everything is read through :class:`awol.store.Store` (overrides applied).  Names of people are
left out unless ``with_names=True``: every record goes through :mod:`awol.privacy` (``names``
dropped, every person mention in the evidence, who, source, place, title and incident/case
fields replaced by ``[name]``).
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections.abc import Iterable
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import IO, Any

from awol.errors import AwolError
from awol.privacy import (
    collect_names,
    prime,
    public_case,
    public_event,
    public_incident,
    use_store,
)
from awol.serve.public import documents_of
from awol.store.repo import Store
from awol.validate import check_output

FORMATS = ("acled-csv", "csv", "jsonl", "geojson", "parquet")

#: ACLED's column order (https://acleddata.com: codebook), then AWOL's own columns.
ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
    "awol_event_type", "awol_count", "awol_count_qualifier", "awol_document_id", "awol_url",
    "awol_incident_id", "awol_case_id", "awol_confidence",
]  # fmt: skip

FLAT_COLUMNS = [
    "event_id", "document_id", "index", "type", "date", "date_text", "place_text", "country",
    "region", "admin1", "latitude", "longitude", "count", "count_qualifier", "who", "armed",
    "source", "evidence", "evidence_start", "evidence_end", "confidence", "outlet", "url",
    "published", "language", "title", "incident_id", "case_id", "extractor_version", "overridden",
]  # fmt: skip

ACTOR_RU = "Military Forces of Russia (2000-)"
SUB_EVENT = {"detention": "Arrests"}
ISO_NUMERIC = {"RU": 643, "UA": 804, "BY": 112, "KZ": 398, "GE": 268, "AM": 51, "PL": 616,
               "FI": 246, "NO": 578, "LT": 440, "LV": 428, "EE": 233, "MN": 496, "KG": 417,
               "TR": 792, "RS": 688, "AZ": 31, "UZ": 860, "TJ": 762, "MD": 498, "DE": 276,
               "FR": 250, "CZ": 203, "SK": 703, "RO": 642, "HU": 348}  # fmt: skip


class ExportError(AwolError):
    pass


@lru_cache(maxsize=1)
def _gazetteer() -> Any:
    try:
        from awol.extract.places import get_gazetteer

        return get_gazetteer()
    except Exception:
        return None


@lru_cache(maxsize=4096)
def place(code: str | None) -> dict:
    """Gazetteer entry (name_en, name_ru, country, centroid) for a region/country code, or {}."""
    if not code or _gazetteer() is None:
        return {}
    try:
        entry = _gazetteer().lookup(code)
    except Exception:
        return {}
    return dict(entry) if entry else {}


def coordinates(ev: dict) -> tuple[float, float, int] | None:
    """(lat, lon, geo_precision) at the region centroid (3), else the country centroid (3)."""
    for code in (ev.get("region"), ev.get("country")):
        c = place(code).get("centroid")
        if c and len(c) == 2 and c[0] is not None and c[1] is not None:
            return float(c[0]), float(c[1]), 3
    return None


def _prepare(ev: dict, with_names: bool, doc_names: Iterable[str] = ()) -> dict:
    """The event as published: without ``with_names``, through :func:`public_event` (names
    dropped, every person mention in its free text masked, using all names stored for the same
    document).  An overridden value stored before overrides were validated, and that is not
    valid (a count of "many"), is exported as null rather than breaking typed formats."""
    if ev.get("overridden"):
        ev = _valid_overrides(ev)
    if with_names:
        ev = dict(ev)
        ev["evidence"] = dict(ev.get("evidence") or {})
        return ev
    ev = public_event(ev, doc_names)
    ev.pop("names", None)
    ev["evidence"] = dict(ev.get("evidence") or {})
    return ev


def _valid_overrides(ev: dict) -> dict:
    from awol.validate import ValidationError, check_override

    ev = dict(ev)
    for f in ev.get("overridden") or []:
        if f in ev and f != "rejected":
            try:
                ev[f] = check_override(f, ev[f])
            except ValidationError:
                ev[f] = [] if f == "names" else None
    return ev


def _names_by_document(events: list[dict], store: Any = None) -> dict[str, list[str]]:
    """The names each document tells: those of its events' fields and sentences and, with a
    ``store``, every name recognised in its whole stored text, title and outlet."""
    out: dict[str, list[str]] = {}
    for ev in events:
        out.setdefault(ev.get("document_id") or "", []).extend(collect_names(ev))
    if store is not None and hasattr(store, "document"):
        from awol.privacy.stored import document_names

        for d, names in document_names(store, list(out)).items():
            out[d].extend(names)
    return out


def _prime(records: list[dict], store: Any = None) -> None:
    """Have the name recogniser's results for all free text of ``records`` ready: read from
    ``store`` where it has them (and stored there where not), else found in batches (faster)."""
    if store is not None and hasattr(store, "name_spans"):
        from awol.privacy.stored import load

        load(store, records)
        return
    texts: list[str] = []

    def walk(v: Any) -> None:
        if isinstance(v, str):
            texts.append(v)
        elif isinstance(v, dict):
            for x in v.values():
                walk(x)
        elif isinstance(v, list):
            for x in v:
                walk(x)

    walk(records)
    prime(texts)


def public_links(records: list[dict], what: str, store: Any = None) -> list[dict]:
    """Incidents or cases as published: names emptied and masked in free text, with the names
    of every record of the same case (recogniser results read from ``store`` where given)."""
    if store is not None:
        use_store(store)  # the key of this database's public ids
    _prime(records, store)  # before collecting names: those read the same spans
    # an incident's or a case's fields (a source "адвокат Павел Кириллов", a who) hold no
    # sentence: the names its documents' sentences tell are masked in it too
    events = store.events() if store is not None and hasattr(store, "events") else []
    if events:
        _prime(events, store)
    doc_names = _names_by_document(events, store)
    by_case: dict[str, list[str]] = {}
    for r in records:
        names = by_case.setdefault(r.get("case_id") or r.get("incident_id") or "", [])
        names.extend(collect_names(r))
        for d in documents_of(r):
            names.extend(doc_names.get(d, ()))
    public = public_incident if what == "incidents" else public_case
    return [
        public(r, by_case.get(r.get("case_id") or r.get("incident_id") or "", ())) for r in records
    ]


class PublicEvents:
    """Per-export state: names of each document, for masking every event of it."""

    def __init__(self, events: list[dict], with_names: bool, store: Any = None):
        self.with_names = with_names
        if not with_names:
            if store is not None:
                use_store(store)  # the key of this database's public ids
            _prime(events, store)  # before collecting names: those read the same spans
        self.doc_names = {} if with_names else _names_by_document(events, store)

    def __call__(self, ev: dict) -> dict:
        return _prepare(ev, self.with_names, self.doc_names.get(ev.get("document_id") or "", ()))


_INT_COLUMNS = {"index", "count", "evidence_start", "evidence_end"}
_FLOAT_COLUMNS = {"latitude", "longitude", "confidence"}


def arrow_schema(with_names: bool = False):  # noqa: ANN201
    """The Arrow schema of the flat export (plus ``names`` with ``with_names``)."""
    import pyarrow as pa

    def typ(c: str):  # noqa: ANN202
        if c in _INT_COLUMNS:
            return pa.int64()
        if c in _FLOAT_COLUMNS:
            return pa.float64()
        return pa.bool_() if c == "armed" else pa.string()

    cols = FLAT_COLUMNS + (["names"] if with_names else [])
    return pa.schema([(c, typ(c)) for c in cols])


def date_and_precision(ev: dict) -> tuple[str | None, int]:
    """ACLED event_date and time_precision (1 day, 2 about a week, 3 month or vaguer).

    A month or year gives its first day with precision 3; no event date gives the publication
    date with precision 3 (the event happened on or before it)."""
    d = ev.get("date")
    if d and len(d) >= 10:
        return d[:10], 1
    if d and len(d) == 7:
        return d + "-01", 3
    if d and len(d) == 4:
        return d + "-01-01", 3
    pub = ev.get("published")
    return (pub[:10], 3) if pub and len(pub) >= 10 else (None, 3)


def flat_row(ev: dict, with_names: bool = False, prepared: bool = False) -> dict:
    ev = ev if prepared else _prepare(ev, with_names)
    geo = coordinates(ev)
    row = {
        "event_id": ev["event_id"],
        "document_id": ev["document_id"],
        "index": ev["index"],
        "type": ev["type"],
        "date": ev.get("date"),
        "date_text": ev.get("date_text"),
        "place_text": ev.get("place_text"),
        "country": ev.get("country"),
        "region": ev.get("region"),
        "admin1": place(ev.get("region")).get("name_en"),
        "latitude": geo[0] if geo else None,
        "longitude": geo[1] if geo else None,
        "count": ev.get("count"),
        "count_qualifier": ev.get("count_qualifier"),
        "who": ev.get("who"),
        "armed": ev.get("armed"),
        "source": ev.get("source"),
        "evidence": ev["evidence"].get("text"),
        "evidence_start": ev["evidence"].get("start"),
        "evidence_end": ev["evidence"].get("end"),
        "confidence": ev.get("confidence"),
        "outlet": ev.get("outlet"),
        "url": ev.get("url"),
        "published": ev.get("published"),
        "language": ev.get("language"),
        "title": ev.get("title"),
        "incident_id": ev.get("incident_id"),
        "case_id": ev.get("case_id"),
        "extractor_version": ev.get("extractor_version"),
        "overridden": ";".join(ev.get("overridden") or []),
    }
    if with_names:
        row["names"] = "; ".join(ev.get("names") or [])
    return row


def acled_row(ev: dict, with_names: bool = False, prepared: bool = False) -> dict:
    ev = ev if prepared else _prepare(ev, with_names)
    geo = coordinates(ev)
    event_date, precision = date_and_precision(ev)
    country = place(ev.get("country")).get("name_en") or ev.get("country")
    count = ev.get("count")
    notes = ev["evidence"].get("text") or ""
    if ev.get("date") is None:
        notes = f"{notes} [date of report]".strip()
    elif len(ev["date"]) < 10:
        notes = f"{notes} [date: {ev['date']}]".strip()
    tags = [f"awol_type={ev['type']}"]
    if count is not None:
        tags.append(f"count={count} ({ev.get('count_qualifier') or 'exact'})")
    if ev.get("armed") is not None:
        tags.append("armed" if ev["armed"] else "unarmed")
    if with_names and ev.get("names"):
        tags.append("names=" + ", ".join(ev["names"]))
    src = ev.get("outlet") or ""
    if ev.get("source"):
        src = f"{src}; {ev['source']}" if src else ev["source"]
    return {
        "event_id_cnty": f"AWOL-{ev['event_id']}",
        "event_date": event_date,
        "year": int(event_date[:4]) if event_date else None,
        "time_precision": precision,
        "disorder_type": "Strategic developments",
        "event_type": "Strategic developments",
        "sub_event_type": SUB_EVENT.get(ev["type"], "Other"),
        "actor1": ACTOR_RU,
        "assoc_actor_1": ev.get("who"),
        "inter1": 1,
        "actor2": None,
        "assoc_actor_2": None,
        "inter2": None,
        "interaction": 10,
        "civilian_targeting": None,
        "iso": ISO_NUMERIC.get((ev.get("country") or "").upper()),
        "region": None,
        "country": country,
        "admin1": place(ev.get("region")).get("name_en"),
        "admin2": None,
        "admin3": None,
        "location": ev.get("place_text") or place(ev.get("region")).get("name_en") or country,
        "latitude": round(geo[0], 4) if geo else None,
        "longitude": round(geo[1], 4) if geo else None,
        "geo_precision": geo[2] if geo else None,
        "source": src or None,
        "source_scale": None,
        "notes": notes,
        "fatalities": (count or 1) if ev["type"] == "death" else 0,
        "tags": "; ".join(tags),
        "timestamp": None,
        "awol_event_type": ev["type"],
        "awol_count": count,
        "awol_count_qualifier": ev.get("count_qualifier"),
        "awol_document_id": ev["document_id"],
        "awol_url": ev.get("url"),
        "awol_incident_id": ev.get("incident_id"),
        "awol_case_id": ev.get("case_id"),
        "awol_confidence": ev.get("confidence"),
    }


def jsonl_record(ev: dict, with_names: bool = False, prepared: bool = False) -> dict:
    ev = ev if prepared else _prepare(ev, with_names)
    geo = coordinates(ev)
    ev["latitude"], ev["longitude"] = (geo[0], geo[1]) if geo else (None, None)
    return ev


def geojson(events: list[dict], with_names: bool = False, prepared: bool = False) -> dict:
    """A FeatureCollection of points (region centroids, else country centroids); events with
    no known place are left out."""
    features = []
    for ev in events:
        geo = coordinates(ev)
        if geo is None:
            continue
        props = flat_row(ev, with_names, prepared)
        props.pop("latitude"), props.pop("longitude")
        props["geo_precision"] = geo[2]
        features.append(
            {
                "type": "Feature",
                "id": ev["event_id"],
                "geometry": {"type": "Point", "coordinates": [round(geo[1], 5), round(geo[0], 5)]},
                "properties": props,
            }
        )
    return {"type": "FeatureCollection", "features": features}


@contextmanager
def _open_text(out: str | Path | IO[str] | None):  # noqa: ANN202
    if out is None or out == "-":
        yield sys.stdout
    elif hasattr(out, "write"):
        yield out
    else:
        check_output(out, "output")  # its folder must exist: AWOL creates no folders
        with open(out, "w", encoding="utf-8", newline="") as fh:
            yield fh


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def csv_cell(value: Any) -> Any:
    """A value safe to open in a spreadsheet (OWASP CSV injection): a text cell starting with
    ``= + - @``, a tab or a carriage return (or their full-width forms) gets a leading ``'``;
    control characters other than newline and tab are written as ``\\xNN``.  Numbers and
    booleans are left as they are."""
    if value is None:
        return ""
    if not isinstance(value, str):
        return value
    v = (
        _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", value)
        if _CONTROL.search(value)
        else value
    )
    if v.startswith(_FORMULA_START) or (value[:1] in ("\t", "\r")):
        v = "'" + v
    return v


def _write_csv(rows: list[dict], columns: list[str], fh: IO[str]) -> None:
    w = csv.DictWriter(fh, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow({k: csv_cell(v) for k, v in r.items()})


def export(
    store: Store,
    fmt: str,
    out: str | Path | IO | None = None,
    *,
    since: str | None = None,
    until: str | None = None,
    types: Iterable[str] | None = None,
    regions: Iterable[str] | None = None,
    with_names: bool = False,
    what: str = "events",
) -> int:
    """Write events (or incidents / cases, jsonl only) in ``fmt`` to ``out`` (path, file object,
    or stdout); return the number of records written."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    if what != "events":
        if fmt != "jsonl":
            raise ExportError(f"{what} can only be exported as jsonl")
        records = store.incidents() if what == "incidents" else store.cases()
        if not with_names:
            records = public_links(records, what, store)
        with _open_text(out) as fh:
            for r in records:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        return len(records)

    events = store.events(since=since, until=until, types=types, regions=regions)
    pub = PublicEvents(events, with_names, store)
    events = [pub(e) for e in events]
    if fmt == "parquet":
        if out is None or out == "-":
            raise ExportError("parquet needs an output file (--output FILE)")
        import pyarrow as pa
        import pyarrow.parquet as pq

        rows = [flat_row(e, with_names, True) for e in events]
        cols = FLAT_COLUMNS + (["names"] if with_names else [])
        schema = arrow_schema(with_names)
        table = pa.Table.from_pylist([{c: r.get(c) for c in cols} for r in rows], schema=schema)
        if hasattr(out, "write"):
            pq.write_table(table, out)
        else:
            check_output(out, "output")
            pq.write_table(table, str(out))
        return len(rows)
    with _open_text(out) as fh:
        if fmt == "acled-csv":
            cols = ACLED_COLUMNS
            _write_csv([acled_row(e, with_names, True) for e in events], cols, fh)
        elif fmt == "csv":
            cols = FLAT_COLUMNS + (["names"] if with_names else [])
            _write_csv([flat_row(e, with_names, True) for e in events], cols, fh)
        elif fmt == "jsonl":
            for e in events:
                fh.write(json.dumps(jsonl_record(e, with_names, True), ensure_ascii=False) + "\n")
        elif fmt == "geojson":
            gj = geojson(events, with_names, True)
            json.dump(gj, fh, ensure_ascii=False)
            fh.write("\n")
            return len(gj["features"])
    return len(events)


def stats_table(stats: dict[str, Any]) -> str:
    """Format :meth:`Store.stats` as plain-text tables."""
    buf = io.StringIO()
    for title, key, order in (
        ("type", "type", "count"),
        ("month", "month", "key"),
        ("region", "region", "count"),
    ):
        counter = stats[key]
        items = (
            sorted(counter.items())
            if order == "key"
            else sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))
        )
        width = max([len(title), 5] + [len(str(k)) for k in counter])
        buf.write(f"{title:<{width}}  {'events':>6}\n")
        buf.write(f"{'-' * width}  {'-' * 6}\n")
        for k, v in items:
            label = str(k)
            buf.write(f"{label:<{width}}  {v:>6}\n")
        buf.write(f"{'total':<{width}}  {sum(counter.values()):>6}\n\n")
    return buf.getvalue().rstrip() + "\n"
