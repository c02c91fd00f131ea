"""The JSON API (``/api/...``, documented at ``/docs``): the same filters, paging and name-hiding
as the pages; downloads of any filtered view through :mod:`awol.serve.export`; the review desk
for editors' scripts (``Authorization: Bearer TOKEN``)."""

from __future__ import annotations

import io
from typing import Any

from fastapi import APIRouter, Body, Depends, HTTPException, Query, Request
from fastapi.responses import Response

from awol.query import MAX_LIMIT, Filters, QueryError
from awol.serve import export as ex
from awol.serve.deps import check_api_write, require, state, viewer

router = APIRouter(prefix="/api")


def api_filters(
    type: list[str] = Query(
        [], description="Event type(s): desertion, wanted, detention, death, prosecution, sentence"
    ),  # noqa: A002
    since: str | None = Query(
        None, description="On or after YYYY[-MM[-DD]] (event date, else publication date)"
    ),  # fmt: skip
    until: str | None = Query(None, description="On or before YYYY[-MM[-DD]]"),
    region: list[str] = Query([], description="ISO 3166-2 region code(s), e.g. RU-ROS, UA-14"),
    country: list[str] = Query([], description="ISO 3166-1 country code(s), e.g. RU"),
    language: list[str] = Query([], description="Language of the report(s): en, ru"),
    outlet: list[str] = Query([], description="Outlet name(s)"),
    status: list[str] = Query(
        [], description="Case status: at_large, wanted, detained, died, prosecuted, sentenced"
    ),  # fmt: skip
    min_confidence: float | None = Query(None, ge=0, le=1),
    max_confidence: float | None = Query(None, ge=0, le=1),
    reviewed: bool | None = Query(None, description="Reviewed by an editor (true) or not (false)"),
    q: str | None = Query(None, description="Full-text search over evidence, titles, places"),
) -> Filters:
    params = {"type": type, "since": since, "until": until, "region": region, "country": country,
              "language": language, "outlet": outlet, "status": status,
              "min_confidence": min_confidence, "max_confidence": max_confidence,
              "reviewed": None if reviewed is None else str(reviewed).lower(), "q": q}  # fmt: skip
    try:
        return Filters.parse({k: v for k, v in params.items() if v not in (None, [])})
    except QueryError as exc:
        raise HTTPException(400, str(exc)) from None


def _paging(
    offset: int = Query(0, ge=0), limit: int = Query(50, ge=0, le=MAX_LIMIT)
) -> tuple[int, int]:
    return offset, limit


def _public(request: Request) -> bool:
    return not viewer(request).can("reader")


@router.get("/events", tags=["read"], summary="Events (overrides and review decisions applied)")
def events(request: Request, f: Filters = Depends(api_filters), p: tuple = Depends(_paging)) -> dict:  # fmt: skip
    return state(request).query.events(f, offset=p[0], limit=p[1], public=_public(request)).as_dict()  # fmt: skip


@router.get("/events/{key}", tags=["read"])
def event(request: Request, key: str) -> dict:
    e = state(request).query.event(key, public=_public(request))
    if e is None:
        raise HTTPException(404, f"no event {key!r}")
    return e


@router.get("/incidents", tags=["read"], summary="Incidents: one happening told by one or more reports")  # fmt: skip
def incidents(request: Request, f: Filters = Depends(api_filters), p: tuple = Depends(_paging)) -> dict:  # fmt: skip
    return state(request).query.incidents(f, offset=p[0], limit=p[1], public=_public(request)).as_dict()  # fmt: skip


@router.get("/incidents/{incident_id:path}", tags=["read"])
def incident(request: Request, incident_id: str) -> dict:
    i = state(request).query.incident(incident_id, public=_public(request))
    if i is None:
        raise HTTPException(404, f"no incident {incident_id!r}")
    return i


@router.get("/cases", tags=["read"], summary="Cases: the same people's story with its status timeline")  # fmt: skip
def cases(request: Request, f: Filters = Depends(api_filters), p: tuple = Depends(_paging)) -> dict:  # fmt: skip
    return state(request).query.cases(f, offset=p[0], limit=p[1], public=_public(request)).as_dict()  # fmt: skip


@router.get("/cases/{case_id:path}", tags=["read"], summary="A case with its incidents and every report")  # fmt: skip
def case(request: Request, case_id: str) -> dict:
    c = state(request).query.case(case_id, public=_public(request))
    if c is None:
        raise HTTPException(404, f"no case {case_id!r}")
    return c


@router.get("/figures", tags=["read"], summary="Aggregate figures: dated, attributed claims")
def figures(request: Request, f: Filters = Depends(api_filters), p: tuple = Depends(_paging)) -> dict:  # fmt: skip
    return state(request).query.figures(f, offset=p[0], limit=p[1], public=_public(request)).as_dict()  # fmt: skip


@router.get("/documents", tags=["read"], summary="Documents (with events matching the filters)")
def documents(request: Request, f: Filters = Depends(api_filters), p: tuple = Depends(_paging)) -> dict:  # fmt: skip
    return state(request).query.documents(f, offset=p[0], limit=p[1], public=_public(request)).as_dict()  # fmt: skip


@router.get("/documents/{doc_id:path}", tags=["read"], summary="A document: cleaned text, events, figures")  # fmt: skip
def document(request: Request, doc_id: str) -> dict:
    d = state(request).query.document(doc_id, public=_public(request))
    if d is None:
        raise HTTPException(404, f"no document {doc_id!r}")
    return d


@router.get("/stats", tags=["read"], summary="Counts by type, month and region; figure series")
def stats(request: Request, f: Filters = Depends(api_filters)) -> dict:
    d = state(request).query.dashboard(f, public=_public(request))
    return {"counts": d["counts"], **d["stats"], "figure_series": d["series"]}


class _Rows:
    """Hands already-filtered events to :func:`awol.serve.export.export`."""

    def __init__(self, rows: list[dict]) -> None:
        self.rows = rows

    def events(self, **_: Any) -> list[dict]:
        return self.rows


MEDIA = {"csv": ("text/csv; charset=utf-8", "csv"), "acled-csv": ("text/csv; charset=utf-8", "csv"),
         "geojson": ("application/geo+json", "geojson"), "jsonl": ("application/x-ndjson", "jsonl"),
         "parquet": ("application/vnd.apache.parquet", "parquet")}  # fmt: skip


@router.get("/export", tags=["read"], summary="Download the filtered events as CSV, ACLED-style CSV, GeoJSON, JSON Lines or Parquet")  # fmt: skip
def export(
    request: Request,
    format: str = Query("csv", description="csv, acled-csv, geojson, jsonl or parquet"),  # noqa: A002
    with_names: bool = Query(False, description="Include names (signed-in readers only)"),
    f: Filters = Depends(api_filters),
) -> Response:
    if format not in MEDIA:
        raise HTTPException(400, f"format: {format!r} is not one of {', '.join(MEDIA)}")
    pub = _public(request)
    if with_names and pub:
        raise HTTPException(403, "with_names needs a signed-in reader")
    rows = state(request).query.all_events(f, public=pub)
    buf: Any = io.BytesIO() if format == "parquet" else io.StringIO()
    ex.export(_Rows(rows), format, buf, with_names=with_names and not pub)
    data = buf.getvalue()
    media, ext = MEDIA[format]
    return Response(data, media_type=media,
                    headers={"Content-Disposition": f'attachment; filename="awol-events.{ext}"'})  # fmt: skip


# ---------------------------------------------------------------------- review desk


@router.get("/review/queue", tags=["review"], summary="Unreviewed events, most in need first (editors)")  # fmt: skip
def review_queue(request: Request, limit: int = Query(100, ge=1, le=MAX_LIMIT)) -> list[dict]:
    require(request, "editor")
    return state(request).query.review_queue(limit=limit)


@router.post("/events/{key}/corrections", tags=["review"], summary="Correct one field (validated; 422 with the reason)")  # fmt: skip
def correct(
    request: Request,
    key: str,
    field: str = Body(..., embed=True),
    value: Any = Body(None, embed=True),
    note: str | None = Body(None, embed=True),
) -> dict:
    v = check_api_write(request, "editor")
    return state(request).desk.correct(key, field, value, who=v.name, note=note)


@router.post("/events/{key}/confirm", tags=["review"])
def confirm(request: Request, key: str) -> dict:
    v = check_api_write(request, "editor")
    return state(request).desk.confirm(key, who=v.name)


@router.post("/events/{key}/reject", tags=["review"])
def reject(request: Request, key: str) -> dict:
    v = check_api_write(request, "editor")
    return state(request).desk.reject(key, who=v.name)


@router.post("/documents/{doc_id}/events", tags=["review"], summary="Add a missed event by its evidence span")  # fmt: skip
def add_event(
    request: Request,
    doc_id: str,
    type: str = Body(..., embed=True),  # noqa: A002
    start: int = Body(..., embed=True),
    end: int = Body(..., embed=True),
    fields: dict = Body({}, embed=True),
) -> dict:
    v = check_api_write(request, "editor")
    return state(request).desk.add_event(doc_id, type, start, end, who=v.name, fields=fields)


@router.post("/incidents/merge", tags=["review"])
def merge(request: Request, incidents: list[str] = Body(..., embed=True)) -> dict:
    v = check_api_write(request, "editor")
    return state(request).desk.merge(incidents, who=v.name)


@router.post("/incidents/split", tags=["review"])
def split(request: Request, incident: str = Body(..., embed=True), events: list[str] = Body(..., embed=True)) -> dict:  # fmt: skip
    v = check_api_write(request, "editor")
    return state(request).desk.split(incident, events, who=v.name)


@router.get("/audit", tags=["review"], summary="Every change: who, when, before, after")
def audit(request: Request, target: str | None = None, limit: int = Query(200, ge=1, le=2000)) -> list[dict]:  # fmt: skip
    require(request, "editor")
    return state(request).store.audit_log(target=target, limit=limit)


@router.post("/changes/{change_id}/undo", tags=["review"])
def undo(request: Request, change_id: int) -> dict:
    v = check_api_write(request, "editor")
    return state(request).desk.undo(change_id, who=v.name)
