"""Validation before storing, NUL-free text, short failure reasons, CSV neutralisation, reads
that need an existing database, per-document isolation, failures listed by `awol ingest`
(SQLite and PostgreSQL)."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner
from store_fakes import FakePipeline, article_text, fake_linker_factory

import awol.store.ingest as ingest_mod
from awol.cli import main
from awol.model import Article, Document, Event, Evidence, Extraction
from awol.serve.export import export
from awol.store import Store, StoreError
from awol.store.ingest import ingest
from awol.validate import ValidationError


def invoke(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture
def fake(monkeypatch):
    def pipeline():
        p = FakePipeline()
        return p.process, p.version

    monkeypatch.setattr(ingest_mod, "default_pipeline", pipeline)
    monkeypatch.setattr(ingest_mod, "default_linker_factory", lambda: fake_linker_factory)
    monkeypatch.setenv("AWOL_USER", "tester")


@pytest.fixture
def filled(store):
    docs = [
        Document(origin=f"/in/a{n}.txt", content=article_text(n).encode(), id=f"a{n}")
        for n in range(3)
    ]
    p = FakePipeline()
    ingest(store, docs, process=p.process, version=p.version, linker_factory=fake_linker_factory)
    return store


# ------------------------------------------------------------------ overrides are validated
@pytest.mark.parametrize(
    "field, value, allowed",
    [
        ("count", "many", "whole number"),
        ("count", -1, "whole number"),
        ("count", 2.5, "whole number"),
        ("count", True, "whole number"),
        ("date", "not a date", "YYYY"),
        ("date", "2024-13-01", "month"),
        ("date", "2024-02-30", "day does not exist"),
        ("region", "XX-NOPE", "ISO 3166-2"),
        ("region", "RU", "ISO 3166-2"),  # a country is not a region
        ("country", "ZZ", "country code"),
        ("type", "banana", "desertion"),
        ("armed", "maybe", "true or false"),
        ("names", "Ivan Petrov", "list of names"),
        ("names", [1, 2], "list of names"),
        ("count_qualifier", "lots", "at_least"),
        ("who", "a\x00b", "control characters"),
    ],
)
def test_bad_override_is_refused_before_storing(filled, field, value, allowed):
    ev = filled.events()[0]
    with pytest.raises(ValidationError) as err:
        filled.set_override(ev["event_id"], field, value, who="t")
    assert allowed in str(err.value) and repr(value)[:20] in str(err.value)
    assert filled.overrides(ev["event_id"]) == []


def test_good_overrides_are_normalised(filled):
    key = filled.events()[0]["event_id"]
    for field, value, stored in [
        ("count", "3", 3), ("region", "ru-bel", "RU-BEL"), ("armed", "true", True),
        ("date", "2024-05", "2024-05"), ("type", "Detention", "detention"),
        ("names", ["Ivan Petrov"], ["Ivan Petrov"]), ("count", None, None),
    ]:  # fmt: skip
        filled.set_override(key, field, value, who="t")
        ev = filled.event(key)
        assert ev[field] == stored


def test_override_cli_names_value_and_rule(filled, fake):
    url = filled.url.replace("postgresql+psycopg", "postgresql")
    key = filled.events()[0]["event_id"]
    for args, words in [
        (("count", '"many"'), ("'many'", "whole number")),
        (("date", "not a date"), ("'not a date'", "YYYY")),
        (("region", "XX-NOPE"), ("'XX-NOPE'", "ISO 3166-2")),
        (("type", "banana"), ("'banana'", "desertion")),
    ]:
        r = invoke("override", key, *args, "--db", url)
        assert r.exit_code == 1 and "Traceback" not in r.output
        assert all(w in r.output for w in words), r.output
    assert filled.overrides(key) == []
    for fmt in ("parquet", "acled-csv"):
        buf = io.BytesIO() if fmt == "parquet" else io.StringIO()
        assert export(filled, fmt, buf) == len(filled.events())


# ------------------------------------------------------------------ filters are validated
@pytest.mark.parametrize(
    "args, words",
    [
        (("--since", "2024-13-45"), ["'2024-13-45'", "month"]),
        (("--since", "x' OR 1=1"), ["x' OR 1=1", "YYYY"]),
        (("--since", "2024-1"), ["'2024-1'", "YYYY-MM"]),
        (("--until", "2024-02-30"), ["'2024-02-30'", "day"]),
        (("--type", "banana"), ["'banana'", "desertion"]),
        (("--type", "desertion,banana"), ["'banana'"]),
        (("--region", "XX"), ["'XX'", "ISO 3166-2"]),
        (("--since", "2025", "--until", "2024"), ["not after"]),
    ],
)
def test_bad_filters_are_clear_errors(filled, args, words):
    url = filled.url.replace("postgresql+psycopg", "postgresql")
    for cmd in (("stats",), ("export", "--format", "csv")):
        r = invoke(*cmd, "--db", url, *args)
        assert r.exit_code == 2 and "Traceback" not in r.output, r.output
        assert all(w in r.output for w in words), r.output


def test_good_filters_still_work(filled):
    url = filled.url.replace("postgresql+psycopg", "postgresql")
    r = invoke(
        "stats", "--db", url, "--since", "2024-03", "--type", "Desertion", "--region", "ru-ros"
    )
    assert r.exit_code == 0 and "desertion" in r.stdout


# ------------------------------------------------------------------ reads need a database
@pytest.mark.parametrize(
    "cmd",
    [
        ("stats",),
        ("export",),
        ("failures",),
        ("reextract",),
        ("override", "x"),
        ("reextract", "--relink"),
        ("serve",),  # served a new empty database
        ("users", "list"),
        ("users", "token", "someone"),
        ("users", "set", "someone", "--disable"),
        ("export", "--format", "gold", "--with-names", "-o", "gold.jsonl"),
    ],
)
def test_reading_a_missing_database_is_an_error_and_creates_nothing(tmp_path, cmd, monkeypatch):
    import uvicorn

    def started(*a, **k):
        raise AssertionError("the server started on a database that does not exist")

    monkeypatch.setattr(uvicorn, "run", started)
    db = tmp_path / "typo" / "nested" / "awol.db"
    r = invoke(*cmd, "--db", f"sqlite:///{db}")
    assert r.exit_code == 1 and "no database at" in r.output and "Traceback" not in r.output
    assert not (tmp_path / "typo").exists()


def test_ingest_creates_a_new_database_but_not_a_missing_folder(tmp_path):
    """A mistyped folder in --db is refused, naming it, and nothing is made; a new database
    file in a folder that exists is created."""
    src = tmp_path / "a.txt"
    src.write_text("Военный суд приговорил дезертира к пяти годам колонии.", encoding="utf-8")
    db = tmp_path / "typo" / "nested" / "awol.db"
    r = invoke("ingest", src, "--db", f"sqlite:///{db}", "--no-progress")
    assert r.exit_code == 1 and f"no folder {db.parent}" in r.output, r.output
    assert "Traceback" not in r.output and not (tmp_path / "typo").exists()
    r = invoke("ingest", src, "--db", str(tmp_path / "typo.db"), "--no-progress")
    assert r.exit_code == 0 and (tmp_path / "typo.db").is_file(), r.output


def test_reading_an_empty_database_is_an_error(tmp_path):
    (tmp_path / "empty.db").write_bytes(b"")
    r = invoke("stats", "--db", f"sqlite:///{tmp_path / 'empty.db'}")
    assert r.exit_code == 1 and "not an AWOL database" in r.output
    with pytest.raises(StoreError):
        Store(f"sqlite:///{tmp_path / 'nothing.db'}", must_exist=True)


# ------------------------------------------------------------------ NUL bytes, failure reasons
def _extraction(text: str, doc_id: str = "nul") -> Extraction:
    start = text.index("deserted")
    return Extraction(
        article=Article(id=doc_id, text=text, title="T\x00itle", url=f"https://x.example/{doc_id}"),
        events=[
            Event(
                type="desertion",
                evidence=Evidence(text[0 : start + 8], 0, start + 8),
                who="a sol\x00dier",
                names=["Iv\x00an"],
            )
        ],
        figures=[],
    )


def test_nul_bytes_are_stored_the_same_on_every_backend(store):
    text = "A soldier\x00 deserted on Monday."
    store.add_extraction(_extraction(text), raw_hash="h", origin="/in/nul\x00.txt")
    doc = store.documents()[0]
    assert "\x00" not in json.dumps(doc) and doc["text"] == text.replace("\x00", "\ufffd")
    ev = store.events()[0]
    assert ev["who"] == "a sol\ufffddier" and ev["names"] == ["Iv\ufffdan"]
    s, e = ev["evidence"]["start"], ev["evidence"]["end"]
    assert doc["text"][s:e] == ev["evidence"]["text"]  # offsets still valid
    store.record_failure("/in/x\x00.txt", "bad\x00 reason")
    assert "\x00" not in json.dumps(store.failures())


def test_a_refused_document_has_a_short_reason_without_sql(store, monkeypatch):
    from sqlalchemy.exc import DataError

    def refuse(*a, **k):
        raise DataError("INSERT INTO documents (doc_id, text) VALUES (%s, %s)", ("x", "long article " * 50), Exception("value too long"))  # fmt: skip

    monkeypatch.setattr(type(store), "_add", refuse)
    with pytest.raises(StoreError) as err:
        store.add_extraction(_extraction("A soldier deserted."), raw_hash="h2")
    msg = str(err.value)
    assert "value too long" in msg and "INSERT" not in msg and "long article" not in msg


# ------------------------------------------------------------------ CSV neutralisation
def test_csv_cells_are_neutralised(store):
    text = "=cmd|' /C calc'!A0 deserted\x07 on Monday, +1 said @SUM(A1)."
    ex = _extraction(text, "inj")
    ex.events[0].who = "-2+3\x07"
    ex.events[0].source = "@SUM(1+1)"
    ex.events[0].place_text = "\t=1+1"
    store.add_extraction(ex, raw_hash="h3")
    for fmt in ("csv", "acled-csv"):
        buf = io.StringIO()
        export(store, fmt, buf, with_names=True)
        for row in csv.reader(io.StringIO(buf.getvalue())):
            for cell in row:
                assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (fmt, cell)
                assert not any(ord(c) < 32 and c not in "\n\t" for c in cell), (fmt, cell)
        assert "'=cmd|" in buf.getvalue() and "\\x07" in buf.getvalue()


# ------------------------------------------------------------------ isolation, failures listed
def test_one_document_that_breaks_the_pipeline_fails_only_itself(store):
    p = FakePipeline()

    def process(docs):
        docs = list(docs)
        if any(d.id == "bomb" for d in docs if isinstance(d, Document)):
            raise AttributeError("'list' object has no attribute 'strip'")
        yield from p.process(docs)

    docs = [Document(origin=f"/in/a{n}.txt", content=article_text(n).encode(), id=f"a{n}") for n in range(4)]  # fmt: skip
    docs.insert(2, Document(origin="/in/bomb.json", content=b"x", id="bomb"))
    s = ingest(store, docs, process=process, version="v", linker_factory=fake_linker_factory)
    assert s.new == 4 and s.failures == 1
    assert s.failed[0][0] == "/in/bomb.json" and "AttributeError" in s.failed[0][1]
    assert store.document_count() == 4


def test_ingest_prints_each_failure_with_path_and_reason(db_url, tmp_path, fake):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(article_text(1), encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    r = invoke("ingest", d, tmp_path / "mistyped.txt", "--db", db_url)
    assert r.exit_code == 1
    assert f"{tmp_path / 'mistyped.txt'}: no such file or directory" in r.stderr
    assert "empty.txt" in r.stderr
