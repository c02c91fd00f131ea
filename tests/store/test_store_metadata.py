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
