"""`awol ingest / failures / override / reextract / export / stats` in-process (CliRunner)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from store_fakes import FakePipeline, article_text, fake_linker_factory

import awol.store.ingest as ingest_mod
from awol.cli import main


@pytest.fixture(autouse=True)
def fake_pipeline(monkeypatch):
    state = {"v": 1}

    def pipeline():
        p = FakePipeline(extractor_version=state["v"])
        return p.process, p.version

    def extractor():
        p = FakePipeline(extractor_version=state["v"])
        return p.extract, p.version

    monkeypatch.setattr(ingest_mod, "default_pipeline", pipeline)
    monkeypatch.setattr(ingest_mod, "default_extract", extractor)
    monkeypatch.setattr(ingest_mod, "default_linker_factory", lambda: fake_linker_factory)
    monkeypatch.setenv("AWOL_USER", "tester")
    return state


@pytest.fixture
def corpus(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    for n in range(6):
        (d / f"a{n}.txt").write_text(article_text(n, day=9), encoding="utf-8")
    (d / "manifest.jsonl").write_text(
        json.dumps({"id": "a0", "url": "https://x.example/a0", "outlet": "X"}) + "\n"
    )
    return d


def invoke(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def test_ingest_summary_and_idempotency(db_url, corpus):
    r = invoke("ingest", corpus, "--db", db_url)
    assert r.exit_code == 0, r.output
    assert "6 new" in r.stdout and "12 extracted" in r.stdout and "failures   0" in r.stdout
    assert "2 incidents" in r.stdout
    r = invoke("ingest", corpus, "--db", db_url, "--progress")
    assert r.exit_code == 0 and "0 new" in r.stdout and "6 unchanged" in r.stdout
    assert "doc" in r.stderr  # the progress bar


def test_failures_exit_status_and_command(db_url, corpus, tmp_path):
    (corpus / "bad.txt").write_bytes(b"")
    r = invoke("ingest", corpus, tmp_path / "missing.txt", "--db", db_url)
    assert r.exit_code == 1
    assert "failures   2" in r.stdout and "Traceback" not in r.output
    r = invoke("failures", "--db", db_url)
    assert r.exit_code == 0
    assert "bad.txt" in r.stdout and "missing.txt" in r.stdout and "empty" in r.stdout
    r = invoke("failures", "--db", db_url, "--json")
    assert len(r.stdout.splitlines()) == 2


def test_override_reextract_export_stats(db_url, corpus, tmp_path, fake_pipeline):
    invoke("ingest", corpus, "--db", db_url)
    out = tmp_path / "e.jsonl"
    assert invoke("export", "--db", db_url, "--format", "jsonl", "-o", out).exit_code == 0
    ev = json.loads(out.read_text().splitlines()[0])
    r = invoke("override", ev["event_id"], "count", "7", "--db", db_url, "--note", "court says 7")
    assert r.exit_code == 0 and "by tester" in r.stdout
    r = invoke("override", ev["event_id"], "bogus", "1", "--db", db_url)
    assert r.exit_code == 1 and "cannot override" in r.output
    fake_pipeline["v"] = 2
    r = invoke("reextract", "--db", db_url)
    assert r.exit_code == 0 and "6 re-extracted" in r.stdout
    r = invoke("override", ev["event_id"], "--db", db_url)
    shown = json.loads(r.stdout.split("\n}\n")[0] + "}")
    assert shown["count"] == 7 and shown["extractor_version"] == "fake-2"
    assert '"who": "tester"' in r.stdout
    for fmt in ("acled-csv", "csv", "geojson"):
        r = invoke("export", "--db", db_url, "--format", fmt, "--type", "desertion,detention")
        assert r.exit_code == 0 and r.stdout
    r = invoke("export", "--db", db_url, "--format", "parquet", "-o", tmp_path / "e.parquet")
    assert r.exit_code == 0 and (tmp_path / "e.parquet").stat().st_size > 0
    r = invoke("stats", "--db", db_url)
    assert r.exit_code == 0
    assert "desertion" in r.stdout and "2024-03" in r.stdout and "RU-ROS" in r.stdout


def test_bad_database_url_is_one_line(tmp_path):
    r = invoke("stats", "--db", "postgresql://nobody@127.0.0.1:1/none")
    assert r.exit_code == 1 and "cannot open database" in r.output and "Traceback" not in r.output


def test_default_db_is_awol_db_in_cwd(tmp_path, monkeypatch, corpus):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("AWOL_DB", raising=False)
    assert invoke("ingest", corpus).exit_code == 0
    assert (tmp_path / "awol.db").exists()
