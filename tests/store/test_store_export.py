"""Exports and stats (SQLite and PostgreSQL)."""

from __future__ import annotations

import csv
import io
import json

import pytest
from store_fakes import FakePipeline, article_text, fake_linker_factory

import awol.serve.export as export_mod
from awol.model import Document
from awol.serve.export import ACLED_COLUMNS, export, stats_table
from awol.store.ingest import ingest

PLACES = {
    "RU": {"name_en": "Russia", "country": "RU", "centroid": [61.5, 105.3]},
    "RU-ROS": {"name_en": "Rostov Oblast", "country": "RU", "centroid": [47.7, 41.3]},
    "RU-KRS": {"name_en": "Kursk Oblast", "country": "RU", "centroid": [51.7, 36.2]},
}


@pytest.fixture(autouse=True)
def gazetteer(monkeypatch):
    monkeypatch.setattr(export_mod, "place", lambda code: dict(PLACES.get(code or "", {})))


@pytest.fixture
def filled(store):
    docs = [
        Document(origin=f"/in/a{n}.txt", content=article_text(n, region, 5).encode(), id=f"a{n}",
                 url=f"https://news.example/{n}", outlet="News", published="2024-05-01")
        for n, region in [(1, "Rostov"), (2, "Rostov"), (3, "Kursk")]
    ] + [Document(origin="/in/b.txt", content=b"Someone deserted.\n", id="b", published="2024-06-02")]  # fmt: skip
    p = FakePipeline()
    ingest(store, docs, process=p.process, version=p.version, linker_factory=fake_linker_factory)
    return store


def test_acled_csv_columns_and_values(filled):
    buf = io.StringIO()
    n = export(filled, "acled-csv", buf)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert n == len(rows) == 7
    assert list(rows[0].keys()) == ACLED_COLUMNS
    for col in ("event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1",
                "country", "admin1", "location", "latitude", "longitude", "geo_precision",
                "source", "notes"):  # fmt: skip
        assert col in rows[0]
    r = next(
        r for r in rows if r["awol_document_id"] == "a1" and r["awol_event_type"] == "desertion"
    )
    assert r["event_date"] == "2024-03-05" and r["year"] == "2024" and r["time_precision"] == "1"
    assert (r["country"], r["admin1"], r["latitude"], r["geo_precision"]) == (
        "Russia", "Rostov Oblast", "47.7", "3")  # fmt: skip
    assert r["awol_incident_id"] and r["awol_case_id"]
    det = next(r for r in rows if r["awol_event_type"] == "detention")
    assert det["sub_event_type"] == "Arrests"
    b = next(r for r in rows if r["awol_document_id"] == "b")
    assert (b["event_date"], b["time_precision"], b["latitude"]) == ("2024-06-02", "3", "")
    # names are masked by default
    assert "Petrov" not in buf.getvalue() and "[name]" in buf.getvalue()
    buf2 = io.StringIO()
    export(filled, "acled-csv", buf2, with_names=True)
    assert "Ivan Petrov" in buf2.getvalue()


def test_csv_and_filters(filled):
    buf = io.StringIO()
    assert export(filled, "csv", buf, types=["desertion"], regions=["RU-ROS"]) == 2
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert {r["type"] for r in rows} == {"desertion"} and "names" not in rows[0]
    assert (
        export(filled, "csv", io.StringIO(), since="2024-04") == 4
    )  # 3 detentions + b (by publication)
    assert export(filled, "csv", io.StringIO(), until="2024-03-31") == 3


def test_jsonl_has_incident_and_case_ids_and_hides_names(filled):
    buf = io.StringIO()
    export(filled, "jsonl", buf)
    lines = [json.loads(x) for x in buf.getvalue().splitlines()]
    assert len(lines) == 7
    assert all("names" not in x for x in lines)
    assert all("Petrov" not in json.dumps(x) for x in lines)
    linked = [x for x in lines if x["incident_id"]]
    assert len(linked) == 4 and all(x["case_id"] for x in linked)
    assert {"event_id", "document_id", "type", "evidence", "url"} <= set(lines[0])
    buf = io.StringIO()
    export(filled, "jsonl", buf, with_names=True)
    assert json.loads(buf.getvalue().splitlines()[0])["names"] == ["Ivan Petrovbov"]
    buf = io.StringIO()
    assert export(filled, "jsonl", buf, what="incidents") == 2


def test_geojson_points_at_centroids(filled):
    buf = io.StringIO()
    n = export(filled, "geojson", buf)
    gj = json.loads(buf.getvalue())
    assert gj["type"] == "FeatureCollection" and n == len(gj["features"]) == 6
    for f in gj["features"]:
        assert f["type"] == "Feature" and f["geometry"]["type"] == "Point"
        lon, lat = f["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert "names" not in f["properties"]
    kursk = [f for f in gj["features"] if f["properties"]["region"] == "RU-KRS"]
    assert kursk[0]["geometry"]["coordinates"] == [36.2, 51.7]


def test_parquet_readable(filled, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "events.parquet"
    assert export(filled, "parquet", out) == 7
    table = pq.read_table(out)
    assert table.num_rows == 7 and "names" not in table.column_names
    assert table.schema.field("latitude").type == "double"
    export(filled, "parquet", out, with_names=True)
    assert "names" in pq.read_table(out).column_names


def test_stats_table(filled):
    txt = stats_table(filled.stats())
    assert "desertion" in txt and "2024-03" in txt and "RU-ROS" in txt
    assert "total" in txt


def test_export_errors(filled):
    from awol.serve.export import ExportError

    with pytest.raises(ExportError):
        export(filled, "xml", io.StringIO())
    with pytest.raises(ExportError):
        export(filled, "parquet", None)
