"""What the pages and the API share: the app's state, who is asking, filters, CSRF checks."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fastapi import HTTPException, Request

from awol.desk import Desk
from awol.query import Filters, Query, QueryError
from awol.serve.auth import CSRF_COOKIE, SESSION_COOKIE, LoginLimiter, Viewer, same, viewer_for


@dataclass
class AppState:
    store: Any
    query: Query
    desk: Desk
    limiter: LoginLimiter
    secure_cookies: bool = True


def state(request: Request) -> AppState:
    return request.app.state.awol


def viewer(request: Request) -> Viewer:
    """The signed-in user (session cookie), the script (``Authorization: Bearer`` API token),
    or the anonymous reader."""
    v = getattr(request.state, "viewer", None)
    if v is None:
        auth = request.headers.get("authorization") or ""
        bearer = auth[7:].strip() if auth.lower().startswith("bearer ") else None
        v = viewer_for(
            state(request).store, bearer=bearer, session_token=request.cookies.get(SESSION_COOKIE)
        )
        if bearer and v.anonymous:
            raise HTTPException(401, "unknown or revoked API token")
        request.state.viewer = v
    return v


def require(request: Request, role: str) -> Viewer:
    v = viewer(request)
    if v.anonymous:
        raise HTTPException(401, "sign in first")
    if not v.can(role):
        raise HTTPException(403, f"this needs the {role} role (you are {v.role})")
    return v


def filters(request: Request) -> Filters:
    try:
        return Filters.parse(request.query_params)
    except QueryError as exc:
        raise HTTPException(400, str(exc)) from None


def csrf_expected(request: Request) -> str | None:
    v = viewer(request)
    return v.csrf if v.via == "session" else request.cookies.get(CSRF_COOKIE)


async def checked_form(request: Request) -> Any:
    """The posted form, after its CSRF token was checked (403 otherwise)."""
    form = await request.form()
    if not same(form.get("csrf_token"), csrf_expected(request)):
        raise HTTPException(403, "the form's CSRF token is missing or wrong: reload the page and try again")  # fmt: skip
    return form


def check_api_write(request: Request, role: str) -> Viewer:
    """Writes through the API: an API token, or a session with the ``X-CSRF-Token`` header."""
    v = require(request, role)
    if v.via == "session" and not same(request.headers.get("x-csrf-token"), v.csrf):
        raise HTTPException(403, "the X-CSRF-Token header is missing or wrong")
    return v
