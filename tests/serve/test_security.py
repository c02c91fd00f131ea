"""Sign-in, sessions, CSRF, security headers, login limits, API tokens, XSS."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from tests.serve.conftest import PASSWORD, csrf_of, make_client

from awol.model import Article, Event, Evidence, Extraction
from awol.query import Filters


def _a_key(app) -> str:
    return app.state.awol.query.events(Filters(), limit=1, public=False).items[0]["event_id"]


def _form_routes(app) -> list[tuple[str, dict]]:
    key = _a_key(app)
    inc = app.state.awol.query.incidents(Filters(), limit=2, public=False).items
    return [
        ("/logout", {}),
        (f"/review/events/{key}/confirm", {}),
        (f"/review/events/{key}/reject", {}),
        (f"/review/events/{key}/correct", {"field": "count", "value": "3"}),
        (
            "/review/add-event",
            {"document_id": "en-01", "type": "wanted", "start": "0", "end": "20"},
        ),
        ("/review/merge", {"incident_id": inc[0]["incident_id"], "other": inc[1]["incident_id"]}),
        ("/review/split", {"incident_id": inc[0]["incident_id"], "event": "x"}),
        ("/audit/1/undo", {}),
        ("/account/tokens", {"label": "x"}),
        ("/account/tokens/abcdefgh/revoke", {}),
    ]


def test_every_form_post_route_is_listed():
    """The CSRF test below covers every POST route of the pages (the API's are covered apart)."""
    from awol.serve.app import create_app

    app = create_app("sqlite:///:memory:")

    def routes(rs):  # noqa: ANN001, ANN202
        for r in rs:
            inner = getattr(r, "original_router", None)
            if inner is not None:
                prefix = getattr(inner, "prefix", "")
                yield from ((prefix + p, m) for p, m in routes(inner.routes))
            elif hasattr(r, "methods"):
                yield r.path, r.methods

    posts = {p for p, m in routes(app.routes) if "POST" in (m or ()) and not p.startswith("/api/")}
    listed = {"/login", "/logout", "/review/events/{key}/confirm", "/review/events/{key}/reject",
              "/review/events/{key}/correct", "/review/add-event", "/review/merge", "/review/split",
              "/audit/{change_id}/undo", "/account/tokens", "/account/tokens/{token_id}/revoke"}  # fmt: skip
    assert posts == listed


def test_forms_without_or_with_a_wrong_csrf_token_are_refused(app, editor):
    store = app.state.awol.store
    before = (store.counts(), store.audit_log())
    for path, data in _form_routes(app):
        for token in (None, "forged"):
            payload = dict(data, **({"csrf_token": token} if token else {}))
            r = editor.post(path, data=payload, follow_redirects=False)
            assert r.status_code == 403, (path, token, r.status_code)
            assert "CSRF" in r.text
    assert (store.counts(), store.audit_log()) == before
    assert editor.get("/review").status_code == 200  # still signed in: logout was refused too


def test_login_needs_csrf_and_the_right_password(app, client):
    r = client.post("/login", data={"name": "editor", "password": PASSWORD}, follow_redirects=False)
    assert r.status_code == 403
    tok = csrf_of(client.get("/login").text)
    r = client.post(
        "/login", data={"name": "editor", "password": "wrong password", "csrf_token": tok}
    )
    assert r.status_code == 401 and "wrong name or password" in r.text
    r = client.post("/login", data={"name": "editor", "password": PASSWORD, "csrf_token": tok,
                                    "next": "https://evil.example/"}, follow_redirects=False)  # fmt: skip
    assert r.status_code == 303 and r.headers["location"] == "/"
    cookie = r.headers["set-cookie"].lower()
    for flag in ("httponly", "secure", "samesite=strict"):
        assert flag in cookie


def test_login_is_rate_limited(app, client):
    tok = csrf_of(client.get("/login").text)
    codes = [
        client.post(
            "/login", data={"name": "reader", "password": f"guess {i}", "csrf_token": tok}
        ).status_code  # fmt: skip
        for i in range(6)
    ]
    assert codes[:5] == [401] * 5 and codes[5] == 429
    r = client.post("/login", data={"name": "reader", "password": PASSWORD, "csrf_token": tok})
    assert r.status_code == 429  # even the right password waits


def test_logout_ends_the_session(app, editor):
    tok = csrf_of(editor.get("/review").text)
    assert (
        editor.post("/logout", data={"csrf_token": tok}, follow_redirects=False).status_code == 303
    )
    assert editor.get("/review").status_code == 401


def test_security_headers(client):
    r = client.get("/")
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp  # fmt: skip
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["x-frame-options"] == "DENY"
    assert "<script>" not in r.text.replace('<script src="/static/app.js" defer></script>', "")


def test_pages_use_no_remote_asset(client):
    import re

    for path in ("/", "/docs", "/login", "/incidents"):
        html = client.get(path).text
        for url in re.findall(r'(?:src|href)="([^"]+)"', html):
            assert url.startswith(("/", "#", "?")), (path, url)
    assert client.get("/static/swagger/swagger-ui-bundle.js").status_code == 200
    assert client.get("/static/swagger/swagger-ui.css").status_code == 200
    assert client.get("/static/docs.js").status_code == 200


def test_api_tokens(app, client):
    from awol.serve.auth import digest, new_token

    store = app.state.awol.store
    token = new_token("awol_")
    store.create_api_token("editor", digest(token), "script")
    h = {"Authorization": f"Bearer {token}"}
    assert client.get("/api/review/queue", headers=h).status_code == 200
    assert client.get("/api/review/queue").status_code == 401
    assert client.get("/api/events", headers={"Authorization": "Bearer nope"}).status_code == 401
    key = _a_key(app)
    r = client.post(f"/api/events/{key}/confirm", headers=h)  # tokens need no CSRF header
    assert r.status_code == 200 and r.json()["who"] == "editor"
    tid = store.api_tokens("editor")[0]["id"]
    assert store.revoke_api_token("editor", tid)
    assert client.get("/api/review/queue", headers=h).status_code == 401


def test_account_page_makes_and_revokes_tokens(app, reader):
    tok = csrf_of(reader.get("/account").text)
    r = reader.post("/account/tokens", data={"csrf_token": tok, "label": "my script"})
    assert r.status_code == 200
    import re

    token = re.search(r'id="new-token">([^<]+)<', r.text).group(1)
    assert (
        reader.get("/api/events", headers={"Authorization": f"Bearer {token}"}).status_code == 200
    )


def test_api_writes_with_a_session_need_the_csrf_header(app, editor):
    key = _a_key(app)
    assert editor.post(f"/api/events/{key}/confirm").status_code == 403
    tok = csrf_of(editor.get("/review").text)
    assert (
        editor.post(f"/api/events/{key}/confirm", headers={"X-CSRF-Token": tok}).status_code == 200
    )


@pytest.fixture
def xss_doc(app):
    store = app.state.awol.store
    text = ("Breaking <script>alert('x')</script> news. A soldier <b>deserted</b> from his unit "
            "near Rostov on 5 May 2024. <img src=x onerror=alert(1)>")  # fmt: skip
    ev_text = "A soldier <b>deserted</b> from his unit near Rostov on 5 May 2024."
    start = text.index(ev_text)
    art = Article(id="xss-1", text=text, title="<script>alert('t')</script> Title",
                  url="javascript:alert(1)", outlet="<i>Outlet</i>", published="2024-05-06", language="en")  # fmt: skip
    ev = Event(type="desertion", evidence=Evidence(ev_text, start, start + len(ev_text)),
               date="2024-05-05", who="<script>alert('who')</script>", confidence=0.9)  # fmt: skip
    store.add_extraction(Extraction(article=art, events=[ev]))
    app.state.awol.query.invalidate()
    return "xss-1"


@pytest.mark.parametrize("role", [None, "reader", "editor"])
def test_a_script_in_an_article_is_shown_as_text(app, xss_doc, role):
    c = make_client(app, role)
    for path in (f"/documents/{quote(xss_doc)}", "/events", "/review" if role == "editor" else "/"):
        html = c.get(path).text
        for bad in ("<script>alert", "<b>deserted", "<img src=x", "<i>Outlet"):
            assert bad not in html, (path, bad)
    html = c.get(f"/documents/{quote(xss_doc)}").text
    assert "&lt;b&gt;deserted&lt;/b&gt;" in html
    assert 'href="javascript:' not in html
