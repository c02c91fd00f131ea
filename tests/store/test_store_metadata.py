"""What a document's metadata may be, and what a corrected manifest does (round 22).

A publication date no filter could ask for (year 1, 9999, a day that does not exist) is a
recorded failure of that document, which is stored with its date empty; on SQLite and
PostgreSQL alike.
"""

from __future__ import annotations

import json
from pathlib import Path

from store_fakes import FakePipeline, article_text, fake_linker_factory

from awol.ingest.sources import iter_sources
from awol.store.ingest import ingest


def _folder(tmp_path: Path, entries: list[dict]) -> Path:
    d = tmp_path / "in"
    d.mkdir(exist_ok=True)
    for i, e in enumerate(entries):
        (d / f"{e['id']}.txt").write_text(article_text(i + 1), encoding="utf-8")
    (d / "manifest.jsonl").write_text("".join(json.dumps(e) + "\n" for e in entries), "utf-8")
    return d


def _run(store, folder: Path, pipeline: FakePipeline | None = None):
    p = pipeline or FakePipeline()
    return ingest(store, iter_sources([str(folder)]), process=p.process, version=p.version,
                  linker_factory=fake_linker_factory)  # fmt: skip


def test_a_publication_date_no_filter_could_ask_for_is_a_failure_of_its_document(store, tmp_path):
    folder = _folder(
        tmp_path,
        [
            {"id": "a", "published": "0001-01-01"},
            {"id": "b", "published": "9999-12-31"},
            {"id": "c", "published": "2024-02-30"},
            {"id": "d", "published": "2024-05-01"},
        ],
    )
    s = _run(store, folder)
    assert (s.new, s.failures) == (4, 3), s.lines()
    docs = {d["id"]: d for d in store.documents()}
    assert {k: d["published"] for k, d in docs.items()} == {
        "a": None, "b": None, "c": None, "d": "2024-05-01",
    }  # fmt: skip
    fails = {Path(f["origin"]).stem: f["reason"] for f in store.failures()}
    assert sorted(fails) == ["a", "b", "c"]
    for stem, value in (("a", "0001-01-01"), ("b", "9999-12-31"), ("c", "2024-02-30")):
        assert repr(value) in fails[stem] and "without a publication date" in fails[stem]
    # the same input again: nothing new, the same failures, still listed
    s = _run(store, folder)
    assert (s.new, s.unchanged, s.failures) == (0, 4, 3), s.lines()
    assert len(store.failures()) == 3 and store.counts()["documents"] == 4


def test_readers_apply_the_same_rule_to_the_dates_they_read():
    from awol.clean.dates import combine_published
    from awol.ingest.feeds import _date
    from awol.ingest.telegram import _post_date

    day, why = _post_date({"date": "0001-01-01T00:00:00"})
    assert day is None and "'0001-01-01'" in why and "1000 to 2999" in why
    assert _post_date({"date": "0001-01-01T00:00:00", "date_unixtime": "1700000000"}) == (
        "2023-11-14", None,
    )  # fmt: skip
    day, why = _post_date({"date_unixtime": "253402300799"})  # 9999-12-31
    assert day is None and "'9999-12-31'" in why
    day, why = _date({"published": "9999-12-31"})
    assert day is None and "'9999-12-31'" in why and "without a publication date" in why
    assert _date({"published": "0001-01-01", "updated": "2024-05-02"}) == ("2024-05-02", None)
    # a page's own "0001-01-01" (a CMS's empty date) is no date; a real one is kept
    assert combine_published(None, "0001-01-01", "2024-05-03") == "2024-05-03"
    assert combine_published("0001-01-01") is None


class _Counting(FakePipeline):
    """The fake pipeline, noting which documents it was given (read again, or skipped)."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []

    def process(self, docs):  # noqa: ANN001, ANN201
        for d in docs:
            if not isinstance(d, Exception):
                self.seen.append(Path(d.origin).stem)
            yield from super().process([d])


def _manifest(folder: Path, entries: list[dict]) -> None:
    (folder / "manifest.jsonl").write_text("".join(json.dumps(e) + "\n" for e in entries), "utf-8")


def test_a_corrected_manifest_makes_a_new_version_and_keeps_the_old(store, tmp_path):
    """The same bytes with a corrected published date, outlet and url: the document takes
    them under its next version, its events are read again (the old ones kept as superseded
    history) and the old metadata is kept; the same input again stores nothing new."""
    first = [
        {"id": "a", "url": "https://x.example/a", "outlet": "X", "published": "2024-05-01"},
        {"id": "b", "outlet": "X", "published": "2024-05-02"},
    ]
    folder = _folder(tmp_path, first)
    s = _run(store, folder)
    assert (s.new, s.corrected) == (2, 0)
    p = _Counting()
    s = _run(store, folder, p)
    assert (s.new, s.updated, s.corrected, s.unchanged) == (0, 0, 0, 2) and p.seen == []
    events_before = store.extraction("a")["events"]

    fixed = [
        {"id": "a", "url": "https://x.example/a-fixed", "outlet": "Y", "published": "2024-06-11"},
        first[1],
    ]
    _manifest(folder, fixed)
    p = _Counting()
    s = _run(store, folder, p)
    assert (s.new, s.updated, s.corrected, s.unchanged) == (0, 0, 1, 1), s.lines()
    assert p.seen == ["a"]  # b's bytes and metadata are known: not read again
    assert "1 with corrected metadata" in s.lines()[0]
    docs = {d["id"]: d for d in store.documents()}
    assert (docs["a"]["version"], docs["a"]["published"], docs["a"]["outlet"]) == (
        2, "2024-06-11", "Y",
    )  # fmt: skip
    assert docs["a"]["url"] == "https://x.example/a-fixed" and docs["b"]["version"] == 1
    (old,) = store.revisions("a")
    assert (old["version"], old["published"], old["outlet"], old["url"]) == (
        1, "2024-05-01", "X", "https://x.example/a",
    )  # fmt: skip
    assert store.extraction("a")["published"] == "2024-06-11"
    assert len(store.extraction("a")["events"]) == len(events_before)
    counts = store.counts()
    assert counts["documents"] == 2
    # the same corrected input again: nothing new, nothing read
    p = _Counting()
    s = _run(store, folder, p)
    assert (s.new, s.updated, s.corrected, s.unchanged) == (0, 0, 0, 2) and p.seen == []
    assert len(store.revisions("a")) == 1 and store.counts() == counts
    # back to the first metadata: a correction again, both earlier states kept
    _manifest(folder, first)
    s = _run(store, folder)
    assert s.corrected == 1
    assert [r["published"] for r in store.revisions("a")] == ["2024-05-01", "2024-06-11"]
    assert {d["id"]: d["version"] for d in store.documents()} == {"a": 3, "b": 1}


def test_a_copy_of_the_same_bytes_under_another_id_stays_one_document(store, tmp_path):
    folder = _folder(tmp_path, [{"id": "a", "published": "2024-05-01"}])
    (folder / "c.txt").write_bytes((folder / "a.txt").read_bytes())
    _manifest(folder, [{"id": "a", "published": "2024-05-01"},
                       {"id": "c", "published": "2024-07-01"}])  # fmt: skip
    s = _run(store, folder)
    assert (s.new, s.unchanged, s.corrected) == (1, 1, 0)
    s = _run(store, folder)
    assert (s.new, s.unchanged, s.corrected) == (0, 2, 0)
    assert [(d["id"], d["published"]) for d in store.documents()] == [("a", "2024-05-01")]
    assert store.revisions("a") == []


def test_a_source_stored_before_metadata_was_remembered_is_read_once_more(store, tmp_path):
    from sqlalchemy import text

    folder = _folder(tmp_path, [{"id": "a", "published": "2024-05-01"}])
    _run(store, folder)
    with store.engine.begin() as c:
        c.execute(text("UPDATE sources SET meta = NULL"))
    p = _Counting()
    s = _run(store, folder, p)
    assert (s.unchanged, s.corrected, p.seen) == (1, 0, ["a"])
    p = _Counting()
    s = _run(store, folder, p)
    assert (s.unchanged, p.seen) == (1, [])


def test_a_corrected_date_moves_the_dates_reckoned_from_it(tmp_path):
    """Through the CLI and the real extractor: "on Monday" is read again against the corrected
    publication date; `awol ingest` says so."""
    from click.testing import CliRunner

    from awol.cli import main
    from awol.store import Store

    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(
        "Deserter detained\n\nA contract soldier who deserted from his unit was detained by "
        "police in the Kursk region on Monday, the regional court said.\n",
        encoding="utf-8",
    )
    db = f"sqlite:///{tmp_path / 'a.db'}"

    def ingest(published: str) -> str:
        _manifest(d, [{"id": "a", "published": published, "language": "en"}])
        res = CliRunner().invoke(main, ["ingest", str(d), "--db", db, "--no-progress"])
        assert res.exit_code == 0, res.output
        return res.output

    def dates() -> set:
        store = Store(db)
        try:
            return {e["date"] for e in store.extraction("a")["events"] if e["type"] == "detention"}
        finally:
            store.close()

    ingest("2024-05-08")  # a Wednesday
    assert dates() == {"2024-05-06"}
    out = ingest("2024-06-12")
    assert "1 with corrected metadata" in out, out
    assert dates() == {"2024-06-10"}
    assert "0 new, 0 updated, 1 unchanged" in ingest("2024-06-12")
