"""A new version of a document is linked again (round 23): when re-ingest stores changed bytes
of a document (``updated``) or its bytes with a corrected manifest (``corrected``) and its events
differ, the incidents and cases (and their timelines) hold the new version's events and no
longer the old ones': the same incidents and cases as a fresh database given the documents as
they are now.  A second identical run changes nothing.  On SQLite and PostgreSQL, with the real
linker (it keeps the first version of a document it was given) and the fake pipeline."""

from __future__ import annotations

import json
from pathlib import Path

from store_fakes import FakePipeline

from awol.ingest.sources import iter_sources
from awol.model import Article, Extraction
from awol.store import Store
from awol.store.ingest import ingest

VOLATILE = {"ingested_at", "created_at", "updated_at", "first_seen", "last_seen"}

ROSTOV = (
    "{title}\nPrivate Ivan Petrov deserted from a unit in Rostov region on 2024-03-05.\n"
    "Police said 2 soldiers were detained in Rostov region on 2024-04-05.\n"
)
SARATOV = "{title}\nPrivate Oleg Sidorov was sentenced in Saratov region on 2024-08-09.\n"


def _links(store: Store) -> dict[str, list]:
    def strip(rs: list[dict]) -> list[dict]:
        return [{k: v for k, v in r.items() if k not in VOLATILE} for r in rs]

    return {"incidents": strip(store.incidents()), "cases": strip(store.cases())}


def _members(store: Store) -> set[tuple[str, int]]:
    return {(str(d), int(i)) for inc in store.incidents() for d, i in inc["events"]}


def _ingest(url: str, folder: Path, pipeline: FakePipeline | None = None):
    p = pipeline or FakePipeline()
    with Store(url) as store:
        s = ingest(store, iter_sources([str(folder)]), process=p.process, version=p.version)
        return s, _links(store)


def _write(folder: Path, texts: dict[str, str]) -> None:
    folder.mkdir(exist_ok=True)
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text.format(title=f"Story {name}"), encoding="utf-8")


def test_changed_bytes_are_linked_again(db_url, tmp_path):
    folder = tmp_path / "in"
    _write(folder, {"a": ROSTOV, "b": ROSTOV, "c": SARATOV})
    s, before = _ingest(db_url, folder)
    assert s.new == 3 and s.linking == "ok"
    with Store(db_url) as store:
        # a and b tell the same two happenings: linked
        assert any({d for d, _ in inc["events"]} == {"a", "b"} for inc in store.incidents())
        assert ("a", 1) in _members(store)

    _write(folder, {"a": SARATOV})  # a's page now tells c's story
    s, after = _ingest(db_url, folder)
    assert (s.updated, s.unchanged, s.linking) == (1, 2, "ok"), s.lines()
    with Store(db_url) as store:
        now = {(e["document_id"], e["index"]) for e in store.events()}
        members = _members(store)
        assert members <= now, members - now  # no link to an event of the old version
        docs = [{d for d, _ in inc["events"]} for inc in store.incidents()]
        assert {"a", "c"} in docs and not any({"a", "b"} <= d for d in docs)
        assert "Rostov" not in json.dumps([c for c in store.cases() if "a" in c["documents"]])
    # what a fresh database makes of the documents as they are now
    fresh = tmp_path / "fresh"
    _write(fresh, {"a": SARATOV, "b": ROSTOV, "c": SARATOV})
    assert after == _ingest(f"sqlite:///{tmp_path / 'fresh.db'}", fresh)[1]
    # the same input again: nothing stored, nothing relinked
    s, again = _ingest(db_url, folder)
    assert (s.updated, s.unchanged) == (0, 3) and again == after


class _DatedByManifest(FakePipeline):
    """The fake pipeline, every event dated by the document's publication date (as "on Monday"
    is reckoned from it): a corrected date changes the events."""

    def extract(self, article: Article) -> Extraction:
        ex = super().extract(article)
        for ev in ex.events:
            ev.date = article.published
        return ex


def test_a_corrected_manifest_is_linked_again(db_url, tmp_path):
    folder = tmp_path / "in"
    _write(folder, {"a": ROSTOV, "b": ROSTOV})

    def manifest(a_published: str) -> None:
        rows = [{"id": "a", "published": a_published}, {"id": "b", "published": "2024-05-01"}]
        (folder / "manifest.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))

    manifest("2024-05-01")
    s, before = _ingest(db_url, folder, _DatedByManifest())
    with Store(db_url) as store:
        assert any({d for d, _ in inc["events"]} == {"a", "b"} for inc in store.incidents())
    manifest("2021-01-15")  # a's date corrected: its events are of another day
    s, after = _ingest(db_url, folder, _DatedByManifest())
    assert (s.corrected, s.unchanged, s.linking) == (1, 1, "ok"), s.lines()
    assert after != before
    with Store(db_url) as store:
        dated = {(e["document_id"], e["index"]): e["date"] for e in store.events()}
        for inc in store.incidents():  # the corrected events, not the old ones, linked
            assert len({dated[(d, i)] for d, i in inc["events"]}) == 1, inc
            assert {d for d, _ in inc["events"]} != {"a", "b"}
    fresh = tmp_path / "fresh"
    _write(fresh, {"a": ROSTOV, "b": ROSTOV})
    (fresh / "manifest.jsonl").write_bytes((folder / "manifest.jsonl").read_bytes())
    assert after == _ingest(f"sqlite:///{tmp_path / 'fresh.db'}", fresh, _DatedByManifest())[1]
    s, again = _ingest(db_url, folder, _DatedByManifest())
    assert (s.corrected, s.unchanged) == (0, 2) and again == after


def test_a_run_killed_before_relinking_is_relinked_by_the_next(tmp_path):
    """A new version stored but not linked yet (the run was killed before its end): it stays
    unlinked, and the next run (nothing new in it) links it again."""
    url = f"sqlite:///{tmp_path / 'k.db'}"
    folder = tmp_path / "in"
    _write(folder, {"a": ROSTOV, "b": ROSTOV, "c": SARATOV})
    _ingest(url, folder)
    _write(folder, {"a": SARATOV})
    from awol.store import ingest as ingest_mod

    real = ingest_mod.Linking.finish
    ingest_mod.Linking.finish = lambda self: None  # killed before the end of the run
    try:
        _ingest(url, folder)
    finally:
        ingest_mod.Linking.finish = real
    with Store(url) as store:
        assert ("a", 1) in _members(store)  # still the old version's links
        assert store.unlinked()[0]  # the new version waits
    s, after = _ingest(url, folder)
    assert (s.updated, s.unchanged) == (0, 3)
    with Store(url) as store:
        assert ("a", 1) not in _members(store) and not store.unlinked()[0]
    fresh = tmp_path / "fresh"
    _write(fresh, {"a": SARATOV, "b": ROSTOV, "c": SARATOV})
    assert after == _ingest(f"sqlite:///{tmp_path / 'fresh.db'}", fresh)[1]
