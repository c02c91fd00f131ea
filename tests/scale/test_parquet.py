"""`awol export --format parquet --partitioned DIR`: Hive partitions by year/month, readable by
pyarrow.dataset (and so Dask / DuckDB / Spark), names masked exactly as in the other exports."""

from __future__ import annotations

import csv
import io

import pytest
from click.testing import CliRunner

from awol.model import Article, Event, Evidence, Extraction
from awol.serve.export import ExportError, export
from awol.serve.parquet import NULL_PARTITION, export_partitioned, partition_of
from awol.store import Store

ds = pytest.importorskip("pyarrow.dataset")

DATES = ["2024-03-05", "2024-03", "2024-11-30", "2023", None]


@pytest.fixture
def store(tmp_path):
    s = Store(f"sqlite:///{tmp_path / 'awol.db'}")
    for n, date in enumerate(DATES):
        text = f"Private Ivan Petrov{n} deserted from his unit in Rostov. Report {n}."
        ev = Event(
            type="desertion", evidence=Evidence(text, 0, len(text)), date=date,
            country="RU", region="RU-ROS", who=f"Private Ivan Petrov{n}",
            names=[f"Ivan Petrov{n}"], confidence=0.9,
        )  # fmt: skip
        art = Article(id=f"d{n}", text=text, title=f"Ivan Petrov{n} fled", outlet="News",
                      url=f"https://news.example/{n}", published="2024-12-01", language="en")  # fmt: skip
        s.add_extraction(Extraction(article=art, events=[ev]), raw_hash=f"{n:040x}")
    yield s
    s.close()


def read(path):
    return ds.dataset(str(path), format="parquet", partitioning="hive").to_table().to_pylist()


def test_partitions_by_year_and_month_with_a_null_partition(store, tmp_path):
    out = tmp_path / "events"
    assert export_partitioned(store, out) == len(DATES)
    dirs = sorted(str(p.relative_to(out)) for p in out.glob("year=*/month=*"))
    assert dirs == [
        "year=2023/month=" + NULL_PARTITION,
        "year=2024/month=03",
        "year=2024/month=11",
        f"year={NULL_PARTITION}/month={NULL_PARTITION}",
    ]
    rows = {r["document_id"]: r for r in read(out)}
    assert len(rows) == len(DATES)
    for n, date in enumerate(DATES):
        y, m = partition_of(date)
        r = rows[f"d{n}"]
        assert (r["year"], r["month"]) == (int(y) if y else None, int(m) if m else None)
        assert r["date"] == date


def test_names_masked_like_the_other_exports(store, tmp_path):
    out = tmp_path / "events"
    export_partitioned(store, out)
    buf = io.StringIO()
    export(store, "csv", buf)
    expected = {r["event_id"]: r for r in csv.DictReader(io.StringIO(buf.getvalue()))}
    assert len(expected) == len(DATES)
    for r in read(out):
        assert "names" not in r
        want = expected[r["event_id"]]
        assert r["evidence"] == want["evidence"] and "Petrov" not in r["evidence"]
        assert (r["who"] or "") == want["who"] and (r["title"] or "") == want["title"]
    export_partitioned(store, out, with_names=True)  # replaces the previous export
    rows = read(out)
    assert len(rows) == len(DATES) and all("Petrov" in r["evidence"] for r in rows)
    assert sorted(r["names"] for r in rows) == [f"Ivan Petrov{n}" for n in range(len(DATES))]


def test_refuses_a_directory_that_is_not_an_export(store, tmp_path):
    (tmp_path / "mine.txt").write_text("keep me")
    with pytest.raises(ExportError, match="not a partitioned export"):
        export_partitioned(store, tmp_path)
    assert (tmp_path / "mine.txt").read_text() == "keep me"


def test_cli(store, tmp_path):
    from awol.cli import main

    out = tmp_path / "pq"
    r = CliRunner().invoke(main, ["export", "--db", store.url, "--format", "parquet", "--partitioned", str(out)])  # fmt: skip
    assert r.exit_code == 0, r.output
    assert len(read(out)) == len(DATES)
    r = CliRunner().invoke(main, ["export", "--db", store.url, "--format", "csv", "--partitioned", str(out)])  # fmt: skip
    assert r.exit_code != 0 and "--partitioned needs --format parquet" in r.output
