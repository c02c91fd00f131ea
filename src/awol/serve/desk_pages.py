"""The review desk's pages and forms (editors): queue, confirm, correct, reject, add an event,
merge and split incidents, the audit log and undo.  Every form is CSRF-checked."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from awol.desk import CORRECTABLE, parse_form_value
from awol.serve.deps import checked_form, require, state

router = APIRouter(include_in_schema=False)


def _back(form: Any, default: str = "/review") -> RedirectResponse:
    nxt = str(form.get("next") or default)
    if not nxt.startswith("/") or nxt.startswith("//"):
        nxt = default
    return RedirectResponse(nxt, status_code=303)


@router.get("/review", response_class=HTMLResponse)
def review(request: Request) -> Response:
    require(request, "editor")
    q = state(request).query
    return request.app.state.render(request, "review.html", {"queue": q.review_queue(limit=100)})


@router.post("/review/events/{key}/confirm")
def confirm(request: Request, key: str, form: Any = Depends(checked_form)) -> Response:
    v = require(request, "editor")
    state(request).desk.confirm(key, who=v.name)
    return _back(form)


@router.post("/review/events/{key}/reject")
def reject(request: Request, key: str, form: Any = Depends(checked_form)) -> Response:
    v = require(request, "editor")
    state(request).desk.reject(key, who=v.name, note=str(form.get("note") or "") or None)
    return _back(form)


@router.post("/review/events/{key}/correct")
def correct(request: Request, key: str, form: Any = Depends(checked_form)) -> Response:
    v = require(request, "editor")
    field = str(form.get("field") or "")
    if field not in CORRECTABLE:
        raise HTTPException(422, f"field: {field!r} cannot be corrected (fields: {', '.join(CORRECTABLE)})")  # fmt: skip
    value = parse_form_value(field, form.get("value"))
    state(request).desk.correct(key, field, value, who=v.name, note=str(form.get("note") or "") or None)  # fmt: skip
    return _back(form)


@router.post("/review/add-event")
def add_event(request: Request, form: Any = Depends(checked_form)) -> Response:
    v = require(request, "editor")
    doc_id = str(form.get("document_id") or "")
    try:
        start, end = int(form.get("start") or -1), int(form.get("end") or -1)
    except ValueError:
        raise HTTPException(422, "evidence: start and end must be character offsets") from None
    fields = {}
    for f in ("date", "region", "country", "count", "count_qualifier", "who", "armed", "source"):
        val = parse_form_value(f, form.get(f))
        if val is not None:
            fields[f] = val
    state(request).desk.add_event(doc_id, str(form.get("type") or ""), start, end, who=v.name, fields=fields)  # fmt: skip
    return _back(form, "/documents/" + doc_id)


@router.post("/review/merge")
def merge(request: Request, form: Any = Depends(checked_form)) -> Response:
    v = require(request, "editor")
    ids = [str(form.get("incident_id") or "")] + str(form.get("other") or "").replace(",", " ").split()  # fmt: skip
    state(request).desk.merge(ids, who=v.name)
    return _back(form)


@router.post("/review/split")
def split(request: Request, form: Any = Depends(checked_form)) -> Response:
    v = require(request, "editor")
    keys = [str(k) for k in form.getlist("event")]
    state(request).desk.split(str(form.get("incident_id") or ""), keys, who=v.name)
    return _back(form)


@router.get("/audit", response_class=HTMLResponse)
def audit(request: Request) -> Response:
    require(request, "editor")
    log = state(request).store.audit_log(target=request.query_params.get("target") or None)
    return request.app.state.render(request, "audit.html", {"log": log})


@router.post("/audit/{change_id}/undo")
def undo(request: Request, change_id: int, form: Any = Depends(checked_form)) -> Response:
    v = require(request, "editor")
    state(request).desk.undo(change_id, who=v.name)
    return _back(form, "/audit")


@router.get("/admin/users", response_class=HTMLResponse)
def users(request: Request) -> Response:
    require(request, "admin")
    return request.app.state.render(request, "users.html", {"users": state(request).store.users()})
