"""Records that hold no prose are skipped, not failed: the store side, on SQLite and on
PostgreSQL (AWOL_TEST_PG_URL).  A fake pipeline says "no prose" for posts starting "FURNITURE"."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from store_fakes import FakePipeline, article_text, fake_linker_factory

from awol.errors import InputError, NoProse
from awol.model import Document, Extraction
from awol.store.ingest import ingest
from awol.store.parallel import raw_digests

EXPORT = "/in/result.json"


class Furniture(FakePipeline):
    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []  # origins the pipeline was given

    def process(self, docs: Iterable[Document | InputError]) -> Iterator[Extraction | InputError]:
        for d in docs:
            if isinstance(d, Document):
                self.seen.append(d.origin)
                if d.content.startswith(b"FURNITURE"):
                    yield NoProse(d.origin, "no prose left in the text after removing boilerplate")
                    continue
            yield from super().process([d])


def post(n: int, text: str) -> Document:
    return Document(f"{EXPORT}#{n}", text.encode(), id=f"tg-x-{n}", container=EXPORT)


def run(store, items, pipeline=None):
    p = pipeline or Furniture()
    return ingest(store, items, process=p.process, version=p.version,
                  linker_factory=fake_linker_factory)  # fmt: skip


def test_skips_are_counted_recorded_and_not_read_again(store):
    items = [post(1, article_text(1)), post(2, "FURNITURE like"), post(3, "FURNITURE like"),
             NoProse(f"{EXPORT}#4", "no text (a post without a caption)")]  # fmt: skip
    s = run(store, items)
    assert (s.new, s.failures, s.skipped) == (1, 0, 3)
    assert s.skips == [f"{EXPORT}#4", f"{EXPORT}#2", f"{EXPORT}#3"]
    line = next(ln for ln in s.lines() if ln.startswith("skipped"))
    assert f"({EXPORT}#2, #3, #4;" in line
    assert store.failures() == []
    assert store.counts()["skipped"] == 3 and store.counts()["failures"] == 0
    # again: nothing new is recorded, and the furniture is not cleaned again
    again = Furniture()
    s = run(store, items, again)
    assert (s.new, s.unchanged, s.failures, s.skipped) == (0, 1, 0, 3)
    assert again.seen == []
    rows = store.skips()
    assert sorted(r["origin"] for r in rows) == [f"{EXPORT}#{n}" for n in (2, 3, 4)]
    assert {r["seen"] for r in rows} == {2}
    # the parallel ingest's workers do not clean them again either
    assert len(raw_digests(store)) == 20 * 2  # the stored post and the furniture's bytes


def test_a_skipped_post_edited_to_hold_prose_is_stored(store):
    run(store, [post(1, "FURNITURE like")])
    assert [r["origin"] for r in store.skips()] == [f"{EXPORT}#1"]
    s = run(store, [post(1, article_text(5))])
    assert (s.new, s.skipped) == (1, 0)
    assert store.skips() == [] and store.counts()["skipped"] == 0


def test_real_failures_stay_failures(store):
    items = [post(1, "FURNITURE like"), InputError(f"{EXPORT}#2", "malformed message"),
             InputError("/in/missing", "no such file or directory")]  # fmt: skip
    s = run(store, items)
    assert (s.failures, s.skipped) == (2, 1)
    assert {f["origin"] for f in store.failures()} == {f"{EXPORT}#2", "/in/missing"}


def test_an_earlier_failure_of_a_skipped_post_is_resolved(store):
    store.record_failure(f"{EXPORT}#1", "no prose left in the text after removing boilerplate")
    run(store, [post(1, "FURNITURE like")])
    assert store.failures() == []
    assert store.failures(include_resolved=True)[0]["resolved"] is True
