"""The newsroom web app: dashboard, lists, case and document pages, review desk, Atom feed.

    from awol.serve.app import create_app
    app = create_app("sqlite:///awol.db")        # uvicorn.run(app) -- or `awol serve`

Everything is served from the package (templates, CSS, JS, the API docs' assets): nothing is
fetched from the internet.  Pages are rendered with Jinja2 autoescaping (article text is data);
anonymous readers get the masked view (:mod:`awol.serve.public`); every form carries a CSRF token.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import jinja2
from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from awol import __version__
from awol.desk import CORRECTABLE, Desk, DeskError
from awol.model import EVENT_TYPES
from awol.query import STATUSES, Filters, Query, QueryError
from awol.serve import charts
from awol.serve.auth import (
    CSRF_COOKIE,
    SESSION_COOKIE,
    SESSION_HOURS,
    TOKEN_PREFIX,
    LoginLimiter,
    digest,
    new_token,
    session_expiry,
    verify_password,
)
from awol.serve.deps import AppState, checked_form, csrf_expected, filters, require, state, viewer
from awol.serve.public import PrivacyUnavailable, public_key

WEB = Path(__file__).resolve().parent / "web"
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'; form-action 'self'"
)


def _swagger_dir() -> Path | None:
    try:
        import swagger_ui_bundle

        return Path(swagger_ui_bundle.swagger_ui_path)
    except ImportError:
        return None


def create_app(
    db: str | None = None,
    *,
    store: Any = None,
    secure_cookies: bool = True,
    login_attempts: int = 5,
    login_window: float = 300.0,
) -> FastAPI:
    """The ASGI app over the database ``db`` (or an open ``store``)."""
    from awol.store import Store

    store = store if store is not None else Store(db)
    query = Query(store)
    app = FastAPI(
        title="AWOL",
        version=__version__,
        description="Events, incidents, cases and figures of military desertion reported in "
        "the press. Anonymous callers get names masked; send `Authorization: Bearer TOKEN` "
        "(an API token from your account page or `awol users token`) for more.",
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.awol = AppState(
        store, query, Desk(store, query), LoginLimiter(login_attempts, login_window), secure_cookies
    )
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(WEB / "templates")),
        autoescape=True,  # text is data
    )
    templates = Jinja2Templates(env=env)
    templates.env.filters["q"] = lambda s: quote(str(s), safe="")
    templates.env.filters["httpurl"] = _http_url
    templates.env.globals.update(
        TYPES=EVENT_TYPES, STATUSES=STATUSES, COLOURS=charts.TYPE_COLOURS, CORRECTABLE=CORRECTABLE,
        version=__version__,
    )  # fmt: skip
    app.state.templates = templates
    sw = _swagger_dir()
    if sw is not None:  # before /static, which would otherwise take these paths
        app.mount("/static/swagger", StaticFiles(directory=str(sw)), name="swagger")
    app.mount("/static", StaticFiles(directory=str(WEB / "static")), name="static")

    def error(request: Request, status: int, message: str) -> Response:
        if request.url.path.startswith("/api/") or "application/json" in request.headers.get("accept", ""):  # fmt: skip
            return JSONResponse({"detail": message}, status_code=status)
        return render(request, "error.html", {"status": status, "message": message}, status=status)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        return error(request, exc.status_code, str(exc.detail))

    @app.exception_handler(QueryError)
    async def query_error(request: Request, exc: QueryError) -> Response:
        return error(request, 400, str(exc))

    @app.exception_handler(DeskError)
    async def desk_error(request: Request, exc: DeskError) -> Response:
        return error(request, exc.status, str(exc))

    @app.exception_handler(PrivacyUnavailable)
    async def privacy_error(request: Request, exc: PrivacyUnavailable) -> Response:
        return error(request, 503, "the masking layer is unavailable: nothing is shown to anonymous readers")  # fmt: skip

    def render(request: Request, name: str, ctx: dict, status: int = 200) -> Response:
        try:
            v = viewer(request)
        except HTTPException:
            from awol.serve.auth import ANONYMOUS

            v = ANONYMOUS
        token = v.csrf if v.via == "session" else request.cookies.get(CSRF_COOKIE)
        fresh = None
        if not token:
            token = fresh = new_token()
        f = ctx.get("filters")
        ctx = {
            "request": request, "viewer": v, "csrf_token": token, "path": request.url.path,
            "filter_qs": urlencode(f.params()) if isinstance(f, Filters) else "", **ctx,
        }  # fmt: skip
        resp = templates.TemplateResponse(request, name, ctx, status_code=status)
        if fresh:
            resp.set_cookie(CSRF_COOKIE, fresh, httponly=True, samesite="strict",
                            secure=state(request).secure_cookies, path="/")  # fmt: skip
        return resp

    app.state.render = render

    def public(request: Request) -> bool:
        return not viewer(request).can("reader")

    def paging(request: Request) -> tuple[int, int]:
        try:
            page = max(1, int(request.query_params.get("page", "1")))
        except ValueError:
            raise HTTPException(400, "page: not a number") from None
        return (page - 1) * 50, 50

    def to_public_id(request: Request, kind: str, key: str) -> Response | None:
        """For an anonymous reader who opened a record by an id that may name someone (a file
        name, a URL slug), a redirect to its public id: no page shows or links to that id."""
        if not public(request) or public_key(key) == key:
            return None
        return RedirectResponse(f"/{kind}/{quote(public_key(key), safe='')}", status_code=307)

    # ------------------------------------------------------------------ reading pages

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def dashboard(request: Request, f: Filters = Depends(filters)) -> Response:
        q = state(request).query
        d = q.dashboard(f, public=public(request))
        series = [{**s, "spark": charts.sparkline(s["points"])} for s in d["series"][:40]]
        return render(request, "dashboard.html", {
            "filters": f, "d": d, "bars": charts.month_bars(d["stats"]["month_type"]),
            "map": charts.region_map(d["regions"]), "series": series,
            "only_country": [r for r in d["regions"] if "-" not in r["code"]],
        })  # fmt: skip

    def list_page(request: Request, f: Filters, kind: str) -> Response:
        q = state(request).query
        offset, limit = paging(request)
        fn = {"incidents": q.incidents, "cases": q.cases, "events": q.events}[kind]
        page = fn(f, offset=offset, limit=limit, public=public(request))
        outlets = q.dashboard(Filters(), public=public(request))["outlets"]
        return render(request, "list.html", {"filters": f, "page": page, "kind": kind,
                                             "outlets": outlets, "pageno": offset // 50 + 1})  # fmt: skip

    @app.get("/incidents", response_class=HTMLResponse, include_in_schema=False)
    def incidents(request: Request, f: Filters = Depends(filters)) -> Response:
        return list_page(request, f, "incidents")

    @app.get("/cases", response_class=HTMLResponse, include_in_schema=False)
    def cases(request: Request, f: Filters = Depends(filters)) -> Response:
        return list_page(request, f, "cases")

    @app.get("/events", response_class=HTMLResponse, include_in_schema=False)
    def events(request: Request, f: Filters = Depends(filters)) -> Response:
        return list_page(request, f, "events")

    @app.get("/figures", response_class=HTMLResponse, include_in_schema=False)
    def figures(request: Request, f: Filters = Depends(filters)) -> Response:
        q = state(request).query
        page = q.figures(f, limit=500, public=public(request))
        return render(request, "figures.html", {"filters": f, "page": page})

    @app.get("/cases/{case_id:path}", response_class=HTMLResponse, include_in_schema=False)
    def case(request: Request, case_id: str) -> Response:
        c = state(request).query.case(case_id, public=public(request))
        if c is None:
            raise HTTPException(404, f"no case {case_id!r}")
        return to_public_id(request, "cases", case_id) or render(request, "case.html", {"c": c})

    @app.get("/incidents/{incident_id:path}", response_class=HTMLResponse, include_in_schema=False)
    def incident(request: Request, incident_id: str) -> Response:
        inc = state(request).query.incident(incident_id, public=public(request))
        if inc is None:
            raise HTTPException(404, f"no incident {incident_id!r}")
        return to_public_id(request, "incidents", incident_id) or render(
            request, "incident.html", {"inc": inc}
        )

    @app.get("/documents/{doc_id:path}", response_class=HTMLResponse, include_in_schema=False)
    def document(request: Request, doc_id: str) -> Response:
        d = state(request).query.document(doc_id, public=public(request))
        if d is None:
            raise HTTPException(404, f"no document {doc_id!r}")
        return to_public_id(request, "documents", doc_id) or render(request, "document.html", {"d": d})  # fmt: skip

    @app.get("/feed.atom", include_in_schema=False)
    def feed(request: Request, f: Filters = Depends(filters)) -> Response:
        q = state(request).query
        incs = q.incidents(f, limit=50, public=True).items
        cs = q.cases(f, limit=50, public=True).items
        entries = [{"kind": "incident", "id": i["incident_id"], "when": i.get("first_reported"),
                    "obj": i} for i in incs]  # fmt: skip
        entries += [{"kind": "case", "id": c["case_id"], "when": c.get("last_reported"), "obj": c} for c in cs]  # fmt: skip
        entries.sort(key=lambda e: e["when"] or "", reverse=True)
        base = str(request.base_url).rstrip("/")
        body = templates.get_template("feed.xml").render(
            entries=entries[:50], base=base, self_url=str(request.url),
            updated=(entries[0]["when"] if entries else "1970-01-01"),
        )  # fmt: skip
        return Response(body, media_type="application/atom+xml; charset=utf-8")

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def api_docs(request: Request) -> Response:
        return render(request, "docs.html", {})

    # ------------------------------------------------------------------ sign-in

    @app.get("/login", response_class=HTMLResponse, include_in_schema=False)
    def login_page(request: Request) -> Response:
        return render(request, "login.html", {"next": request.query_params.get("next", "/")})

    @app.post("/login", include_in_schema=False)
    def login(request: Request, form: Any = Depends(checked_form)) -> Response:
        st = state(request)
        name = str(form.get("name") or "")[:128]
        password = str(form.get("password") or "")
        ip = request.client.host if request.client else "?"
        wait = st.limiter.blocked(f"ip:{ip}", f"user:{name}")
        if wait:
            raise HTTPException(429, f"too many failed sign-ins: try again in {int(wait) + 1} s")
        u = st.store.user(name) if name else None
        if u is None or u["disabled"] or not verify_password(u["password_hash"], password):
            st.limiter.failed(f"ip:{ip}", f"user:{name}")
            return render(request, "login.html", {"error": "wrong name or password", "next": "/"}, status=401)  # fmt: skip
        st.limiter.succeeded(f"user:{name}")
        token, csrf = new_token(), new_token()
        st.store.create_session(name, digest(token), csrf, session_expiry())
        nxt = str(form.get("next") or "/")
        if not nxt.startswith("/") or nxt.startswith("//"):
            nxt = "/"
        resp = RedirectResponse(nxt, status_code=303)
        resp.set_cookie(SESSION_COOKIE, token, max_age=SESSION_HOURS * 3600, httponly=True,
                        samesite="strict", secure=st.secure_cookies, path="/")  # fmt: skip
        return resp

    @app.post("/logout", include_in_schema=False)
    def logout(request: Request, form: Any = Depends(checked_form)) -> Response:
        tok = request.cookies.get(SESSION_COOKIE)
        if tok:
            state(request).store.delete_session(digest(tok))
        resp = RedirectResponse("/", status_code=303)
        resp.delete_cookie(SESSION_COOKIE, path="/")
        return resp

    # ------------------------------------------------------------------ account: API tokens

    @app.get("/account", response_class=HTMLResponse, include_in_schema=False)
    def account(request: Request) -> Response:
        v = require(request, "reader")
        return render(request, "account.html", {"tokens": state(request).store.api_tokens(v.name)})

    @app.post("/account/tokens", response_class=HTMLResponse, include_in_schema=False)
    def new_api_token(request: Request, form: Any = Depends(checked_form)) -> Response:
        v = require(request, "reader")
        token = new_token(TOKEN_PREFIX)
        st = state(request)
        st.store.create_api_token(v.name, digest(token), str(form.get("label") or "")[:200] or None)
        st.store.record_audit(v.name, "api_token", v.name, after={"label": form.get("label")})
        return render(request, "account.html", {"tokens": st.store.api_tokens(v.name), "new_token": token})  # fmt: skip

    @app.post("/account/tokens/{token_id}/revoke", include_in_schema=False)
    def revoke_api_token(request: Request, token_id: str, form: Any = Depends(checked_form)) -> Response:  # fmt: skip
        v = require(request, "reader")
        if not state(request).store.revoke_api_token(v.name, token_id):
            raise HTTPException(404, "no such token")
        return RedirectResponse("/account", status_code=303)

    app.add_middleware(SecurityHeaders)
    from awol.serve.api import router as api_router
    from awol.serve.desk_pages import router as desk_router

    app.include_router(desk_router)
    app.include_router(api_router)
    return app


class SecurityHeaders:
    """Security headers on every response (a plain ASGI middleware: no per-request task)."""

    HEADERS = [
        (b"content-security-policy", CSP.encode()),
        (b"x-content-type-options", b"nosniff"),
        (b"x-frame-options", b"DENY"),
        (b"referrer-policy", b"same-origin"),
        (b"permissions-policy", b"geolocation=(), camera=(), microphone=()"),
        (b"cross-origin-opener-policy", b"same-origin"),
    ]

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        path = scope.get("path", "")

        async def send_with_headers(message: Any) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers") or [])
                have = {k.lower() for k, _ in headers}
                extra = [(k, v) for k, v in self.HEADERS if k not in have]
                if scope.get("scheme") == "https":
                    extra.append((b"strict-transport-security", b"max-age=31536000"))
                if (b"set-cookie" in have or path.startswith(("/review", "/account", "/audit"))) and b"cache-control" not in have:  # fmt: skip
                    extra.append((b"cache-control", b"no-store"))
                message = {**message, "headers": headers + extra}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _http_url(url: Any) -> str | None:
    """A link target from data: only http(s) URLs (never javascript:, data:...)."""
    u = str(url or "").strip()
    return u if u.lower().startswith(("https://", "http://")) else None


__all__ = ["create_app", "csrf_expected"]
