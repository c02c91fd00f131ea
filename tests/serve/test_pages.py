"""Every page and API route, for every role: what each may see and do."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from tests.serve.conftest import make_client

PUBLIC_PAGES = ["/", "/incidents", "/cases", "/events", "/figures", "/feed.atom", "/docs",
                "/login", "/openapi.json", "/api/events", "/api/incidents", "/api/cases",
                "/api/figures", "/api/documents", "/api/stats", "/api/export?format=csv"]  # fmt: skip
EDITOR_PAGES = ["/review", "/audit", "/api/review/queue", "/api/audit"]
READER_PAGES = ["/account"]
ADMIN_PAGES = ["/admin/users"]


def _detail_pages(app) -> list[str]:
    q = app.state.awol.query
    from awol.query import Filters

    cases = q.cases(Filters(), limit=500, public=False).items
    incs = q.incidents(Filters(), limit=500, public=False).items
    docs = q.documents(Filters(), limit=500, public=False).items
    out = [f"/cases/{quote(c['case_id'], safe='')}" for c in cases[:5]]
    out += [f"/incidents/{quote(i['incident_id'], safe='')}" for i in incs[:5]]
    out += [f"/documents/{quote(d['id'], safe='')}" for d in docs[:5]]
    out += [f"/api/cases/{quote(c['case_id'], safe='')}" for c in cases[:3]]
    out += [f"/api/incidents/{quote(i['incident_id'], safe='')}" for i in incs[:3]]
    out += [f"/api/documents/{quote(d['id'], safe='')}" for d in docs[:3]]
    return out


@pytest.mark.parametrize("role", [None, "reader", "editor", "admin"])
def test_every_route_for_every_role(app, role):
    c = make_client(app, role)
    rank = {None: 0, "reader": 1, "editor": 2, "admin": 3}[role]
    for path in PUBLIC_PAGES + _detail_pages(app):
        r = c.get(path)
        assert r.status_code == 200, (path, r.status_code, r.text[:300])
    for need, pages in ((1, READER_PAGES), (2, EDITOR_PAGES), (3, ADMIN_PAGES)):
        for path in pages:
            r = c.get(path)
            expected = 200 if rank >= need else (401 if rank == 0 else 403)
            assert r.status_code == expected, (role, path, r.status_code)


def test_unknown_records_are_404(client):
    for path in ("/cases/nope", "/incidents/nope", "/documents/nope", "/api/cases/nope",
                 "/api/events/nope", "/api/documents/nope"):  # fmt: skip
        assert client.get(path).status_code == 404, path


def test_bad_filters_get_400_with_the_reason(client):
    r = client.get("/api/events?since=last-week")
    assert r.status_code == 400 and "since" in r.json()["detail"]
    r = client.get("/incidents?type=picnic")
    assert r.status_code == 400 and "picnic" in r.text
    r = client.get("/api/events?limit=100000")
    assert r.status_code == 422


def test_dashboard_shows_counts_chart_map_and_figures(reader, app):
    html = reader.get("/").text
    counts = app.state.awol.store.counts()
    assert f'<b id="n-events">{counts["events"]}</b>' in html
    assert 'class="chart"' in html and "<rect" in html  # month chart
    assert 'class="map"' in html and "UA-" in html  # occupied regions under UA codes
    assert "IStories" in html or "Mediazona" in html or "as of" in html  # figure claims
    assert "Newest incidents" in html


def test_case_page_has_timeline_and_reports_in_both_languages(reader, app):
    from awol.query import Filters

    q = app.state.awol.query
    both = [c for c in q.cases(Filters(), limit=500, public=False).items
            if set(c["languages"]) == {"en", "ru"} and len(c.get("timeline") or []) >= 2]  # fmt: skip
    assert both, "the corpus has cases told in English and Russian"
    c = both[0]
    html = reader.get(f"/cases/{quote(c['case_id'], safe='')}").text
    assert 'id="timeline"' in html
    assert html.count('class="report"') == len(c["documents"])
    assert 'lang="en"' in html and 'lang="ru"' in html
    for t in c["timeline"]:
        assert t["as_of"] in html


def test_document_page_highlights_evidence_and_links_source(reader, app):
    from awol.query import Filters

    q = app.state.awol.query
    ev = q.events(Filters(), limit=1, public=False).items[0]
    html = reader.get(f"/documents/{quote(ev['document_id'], safe='')}").text
    assert "<mark" in html and ev["event_id"] in html
    assert 'id="source-link"' in html and (ev["url"] or "") in html


def test_lists_page_and_filter(reader, app):
    r = reader.get("/events?type=detention")
    assert r.status_code == 200
    body = r.text.split('id="results"', 1)[1]
    assert "t-detention" in body and "t-desertion" not in body
    api = reader.get("/api/events?type=detention&limit=500").json()
    assert api["total"] == body.count('class="badge t-detention"') or api["total"] > 50
