"""The JSON API: filters, paging, search, downloads of a filtered view, the Atom feed, OpenAPI."""

from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq


def test_filters_and_paging(reader):
    all_ = reader.get("/api/events?limit=500").json()
    assert all_["total"] == len(all_["items"]) > 100
    det = reader.get("/api/events?type=detention&limit=500").json()
    assert det["total"] and {e["type"] for e in det["items"]} == {"detention"}
    two = reader.get("/api/events?type=detention&type=sentence&limit=500").json()
    assert {e["type"] for e in two["items"]} == {"detention", "sentence"}
    ru = reader.get("/api/events?language=ru&limit=500").json()
    assert ru["total"] and {e["language"] for e in ru["items"]} == {"ru"}
    since = reader.get("/api/events?since=2025-01&until=2025-06&limit=500").json()
    assert since["total"] and since["total"] < all_["total"]
    for e in since["items"]:  # the event's date (else its report's) overlaps the range
        d = e["date"] or e["published"]
        assert d == "2025" or "2025-01" <= d[:7] <= "2025-06"
    conf = reader.get("/api/events?min_confidence=0.9&limit=500").json()
    assert conf["total"] < all_["total"] and all(e["confidence"] >= 0.9 for e in conf["items"])
    region = reader.get("/api/events?region=UA-23&limit=500").json()
    assert region["total"] and {e["region"] for e in region["items"]} == {"UA-23"}
    p1 = reader.get("/api/events?limit=10&offset=0").json()["items"]
    p2 = reader.get("/api/events?limit=10&offset=10").json()["items"]
    assert not {e["event_id"] for e in p1} & {e["event_id"] for e in p2}


def test_full_text_search_over_evidence(reader):
    r = reader.get("/api/events", params={"q": "training ground", "limit": 500}).json()
    assert r["total"] > 0
    for e in r["items"]:
        hay = json.dumps(e, ensure_ascii=False).lower()
        assert "training" in hay and "ground" in hay
    assert reader.get("/api/events", params={"q": "zzzxqv"}).json()["total"] == 0
    ru = reader.get("/api/events", params={"q": "дезертир", "limit": 500}).json()
    assert ru["total"] > 0


def test_case_status_and_reviewed_filters(reader):
    at_large = reader.get("/api/cases?status=at_large&limit=500").json()
    assert at_large["items"] and all(c["status"]["at_large"] > 0 for c in at_large["items"])
    assert reader.get("/api/events?reviewed=true").json()["total"] == 0
    assert reader.get("/api/incidents?reviewed=false").json()["total"] > 0


def test_downloads_of_a_filtered_view(reader, client):
    n = reader.get("/api/events?type=desertion&limit=500").json()["total"]
    r = reader.get("/api/export?format=csv&type=desertion")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == n and {x["type"] for x in rows} == {"desertion"}
    gj = reader.get("/api/export?format=geojson&type=desertion").json()
    assert gj["type"] == "FeatureCollection" and 0 < len(gj["features"]) <= n
    table = pq.read_table(io.BytesIO(reader.get("/api/export?format=parquet&type=desertion").content))  # fmt: skip
    assert table.num_rows == n and "names" not in table.column_names
    named = reader.get("/api/export?format=csv&type=desertion&with_names=true")
    assert "names" in named.text.splitlines()[0]
    anon = client.get("/api/export?format=csv&type=desertion")
    assert anon.status_code == 200 and "names" not in anon.text.splitlines()[0].split(",")
    assert client.get("/api/export?format=xlsx").status_code == 400


def test_atom_feed_of_incidents_and_cases(client):
    import feedparser

    r = client.get("/feed.atom")
    assert r.headers["content-type"].startswith("application/atom+xml")
    feed = feedparser.parse(r.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.entries and {t.term for e in feed.entries for t in e.tags} == {"incident", "case"}
    only = feedparser.parse(client.get("/feed.atom?type=sentence").content)
    assert only.entries and len(only.entries) < len(feed.entries)
    assert all("sentence" in e.title or e.title.startswith("case") for e in only.entries)


def test_openapi_documents_the_api(client):
    spec = client.get("/openapi.json").json()
    for path in ("/api/events", "/api/incidents", "/api/cases", "/api/figures", "/api/documents",
                 "/api/stats", "/api/export", "/api/events/{key}/corrections"):  # fmt: skip
        assert path in spec["paths"], path
    params = {p["name"] for p in spec["paths"]["/api/events"]["get"]["parameters"]}
    assert {"type", "since", "until", "region", "country", "language", "outlet", "status",
            "min_confidence", "reviewed", "q", "offset", "limit"} <= params  # fmt: skip
    html = client.get("/docs").text
    assert "/static/swagger/swagger-ui-bundle.js" in html and "cdn" not in html.lower()


def test_cli_users_and_tokens(db_path):
    from click.testing import CliRunner

    from awol.cli import main

    db = f"sqlite:///{db_path}"
    r = CliRunner().invoke(
        main,
        ["users", "add", "anna", "--role", "editor", "--password-stdin", "--db", db],  # fmt: skip
        input="a good long password\n",
    )
    assert r.exit_code == 0, r.output
    r = CliRunner().invoke(main, ["users", "add", "anna", "--password-stdin", "--db", db], input="another password\n")  # fmt: skip
    assert r.exit_code != 0 and "already exists" in r.output
    r = CliRunner().invoke(main, ["users", "add", "bob", "--password-stdin", "--db", db], input="short\n")  # fmt: skip
    assert r.exit_code != 0 and "8 characters" in r.output
    r = CliRunner().invoke(main, ["users", "list", "--db", db])
    assert "anna\teditor" in r.output
    r = CliRunner().invoke(main, ["users", "token", "anna", "--db", db])
    assert r.exit_code == 0 and r.output.startswith("awol_")
    r = CliRunner().invoke(main, ["users", "set", "anna", "--role", "reader", "--db", db])
    assert r.exit_code == 0 and "reader" in r.output
    assert CliRunner().invoke(main, ["serve", "--help"]).exit_code == 0
