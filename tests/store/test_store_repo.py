"""Store API tests, run on SQLite and on PostgreSQL (AWOL_TEST_PG_URL)."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from store_fakes import FakePipeline, article_text, clean, extract, fake_linker_factory

from awol.model import Document
from awol.store import Store
from awol.store.ingest import ingest, reextract
from awol.store.repo import canonical_url, event_key, head_revision, upgrade


def doc(text_: str, id_: str | None = "a1", url: str | None = None, enc: str = "utf-8", **kw):
    return Document(
        origin=kw.pop("origin", f"/in/{id_}.txt"), content=text_.encode(enc), id=id_, url=url, **kw
    )


def run(store, docs, **kw):
    p = FakePipeline(extractor_version=kw.pop("v", 1))
    kw.setdefault("linker_factory", fake_linker_factory)
    return ingest(store, docs, process=p.process, version=p.version, **kw)


def test_open_creates_schema_at_head(store):
    assert store.revision() == head_revision()
    assert store.counts()["documents"] == 0


def test_ingest_stores_documents_events_figures(store):
    s = run(store, [doc(article_text(1), "a1"), doc(article_text(2), "a2")])
    assert (s.new, s.unchanged, s.failures) == (2, 0, 0)
    assert s.events == 4
    assert store.counts()["documents"] == 2
    evs = store.events()
    assert {e["type"] for e in evs} == {"desertion", "detention"}
    e = evs[0]
    assert e["document_id"] == "a1" and e["region"] == "RU-ROS"
    assert e["names"] == ["Ivan Petrovbov"]
    assert e["evidence"]["text"] in store.documents()[0]["text"]
    ex = store.extraction("a1")
    assert ex["id"] == "a1" and len(ex["events"]) == 2


def test_same_document_twice_is_stored_once(store):
    t = article_text(3)
    s1 = run(store, [doc(t, "a1")])
    s2 = run(store, [doc(t, "a1")])
    assert (s1.new, s2.new, s2.unchanged) == (1, 0, 1)
    # other copies of the same text: another origin, a Windows-1251 copy, an HTML copy
    ru = "Рядовой дезертировал.\nОн deserted in Rostov region on 2024-03-01.\n"
    html = "<html><head><title>T</title></head><body><p>" + ru.replace("\n", "</p><p>") + "</p>"
    s3 = run(
        store,
        [
            doc(t, "a1-copy", origin="/elsewhere/a1.txt"),
            doc(ru, "ru-01"),
            doc(ru, "ru-01.cp1251", enc="cp1251", origin="/in/ru-01.cp1251.txt"),
            doc(html + "</body></html>", "ru-01", origin="/in/ru-01.html", media_type="html"),
        ],
    )
    assert (s3.new, s3.unchanged, s3.updated) == (1, 3, 0)
    assert store.counts()["documents"] == 2
    assert store.counts()["versions"] == 2


def test_changed_page_is_a_new_version(store):
    url = "https://www.example.org/news/1?utm_source=x"
    run(store, [doc(article_text(4), "a1", url=url)])
    s = run(store, [doc(article_text(4) + "Update: 2 soldiers wanted.\n", None, url=url + "#c")])
    assert s.updated == 1
    docs = store.documents(all_versions=True)
    assert [(d["id"], d["version"], d["current"]) for d in docs] == [
        ("a1", 1, False),
        ("a1", 2, True),
    ]
    assert store.counts()["documents"] == 1
    # only the current version's events are live; the old ones are kept
    assert {e["document_version"] for e in store.events()} == {2}
    assert len(store.events()) == 3


def test_documents_are_read_by_id_in_one_call(store):
    url = "https://www.example.org/news/1"
    run(store, [doc(article_text(4), "a1", url=url), doc(article_text(5), "b2")])
    run(store, [doc(article_text(4) + "Update: 2 soldiers wanted.\n", None, url=url)])
    got = store.documents_by_id(["b2", "a1", "nope", "a1"])
    assert sorted(got) == ["a1", "b2"]  # an unknown id is left out, a repeated one read once
    assert got["a1"]["version"] == 2 and "Update" in got["a1"]["text"]  # the current version
    assert store.document("a1") == got["a1"] and store.document("nope") is None


def test_canonical_url():
    assert canonical_url("HTTP://WWW.Example.org/a/?utm_medium=x&b=2#frag") == (
        "https://example.org/a?b=2"
    )
    assert canonical_url(None) is None


def test_same_id_different_url_is_another_document(store):
    run(store, [doc(article_text(5), "story", url="https://a.example/story")])
    run(store, [doc(article_text(6), "story", url="https://b.example/story")])
    assert sorted(d["id"] for d in store.documents()) == ["story", "story~2"]


def test_failures_are_recorded_and_do_not_stop_the_batch(store):
    from awol.errors import InputError

    items = [doc(article_text(7), "ok1"), InputError("/in/bad.bin", "binary file, not text"),
             doc("   \n", "empty"), doc(article_text(8), "ok2")]  # fmt: skip
    s = run(store, items)
    assert (s.new, s.failures) == (2, 2)
    f = store.failures()
    assert {r["origin"] for r in f} == {"/in/bad.bin", "/in/empty.txt"}
    assert all(r["reason"] for r in f)
    run(store, items[1:2])
    assert [r["attempts"] for r in store.failures() if r["origin"] == "/in/bad.bin"] == [2]
    # a failure fixed later is resolved
    run(store, [doc("Now it has text. Someone deserted.\n", "empty")])
    assert {r["origin"] for r in store.failures()} == {"/in/bad.bin"}
    assert len(store.failures(include_resolved=True)) == 2


def test_overrides_apply_on_read_and_survive_reextract(store):
    run(store, [doc(article_text(9), "a1")])
    ev = next(e for e in store.events() if e["type"] == "desertion")
    key = ev["event_id"]
    store.set_override(key, "region", "RU-SAR", who="alice", note="Saratov, per the court")
    store.set_override(key, "count", 3, who="bob")
    got = store.event(key)
    assert (got["region"], got["count"]) == ("RU-SAR", 3)
    assert got["overridden"] == ["count", "region"]

    p2 = FakePipeline(extractor_version=2)
    s = reextract(store, extract=p2.extract, version=p2.version, linker_factory=None)
    assert s.reextracted == 1
    got = store.event(key)
    assert (got["region"], got["count"], got["extractor_version"]) == ("RU-SAR", 3, "fake-2")
    hist = store.event_history(key)
    assert [h["extractor_version"] for h in hist] == ["fake-1", "fake-2"]
    assert [h["superseded"] for h in hist] == [True, False]
    # same version again: nothing to do unless --all
    assert (
        reextract(store, extract=p2.extract, version="fake-2", linker_factory=None).reextracted == 0
    )
    assert reextract(store, extract=p2.extract, version="fake-2", everything=True, linker_factory=None).reextracted == 1  # fmt: skip
    # clearing and rejecting
    store.set_override(key, "count", None, who="bob", clear=True)
    assert store.event(key)["count"] == 1
    store.set_override(key, "rejected", True, who="carol")
    assert key not in {e["event_id"] for e in store.events()}
    assert [o["who"] for o in store.overrides(key)] == ["alice", "bob", "bob", "carol"]
    assert all(o["when"] for o in store.overrides(key))


def test_override_validation(store):
    from awol.store import StoreError

    run(store, [doc(article_text(10), "a1")])
    key = store.events()[0]["event_id"]
    with pytest.raises(StoreError):
        store.set_override(key, "evidence", "x", who="a")
    with pytest.raises(StoreError):
        store.set_override("nope", "region", "RU-ROS", who="a")


def test_event_key_is_stable_and_distinguishes_repeats():
    a = clean(doc(article_text(11), "a1"))
    e1 = extract(a).events[0]
    assert event_key("a1", e1) == event_key("a1", e1.to_dict())
    assert event_key("a1", e1, 0) != event_key("a1", e1, 1)
    assert event_key("a1", e1) != event_key("a2", e1)


def test_incidents_and_cases_update_incrementally(store):
    run(store, [doc(article_text(1, day=5), "a1")])
    assert store.incidents() == []
    run(store, [doc(article_text(2, day=5), "a2")])
    incs = store.incidents()
    assert len(incs) == 2 and len(store.cases()) == 1
    assert store.linker_state()["docs"].keys() == {"a1", "a2"}
    evs = store.events()
    assert all(e["incident_id"] and e["case_id"] == "case-RU-ROS"
               or e["type"] == "detention" for e in evs)  # fmt: skip
    run(store, [doc(article_text(3, day=5), "a3")])
    inc = next(i for i in store.incidents() if i["type"] == "desertion")
    assert [m[0] for m in inc["events"]] == ["a1", "a2", "a3"]


def test_unlinked_documents_are_linked_on_next_run(store):
    run(store, [doc(article_text(1, day=7), "a1"), doc(article_text(2, day=7), "a2")],
        linker_factory=None)  # fmt: skip
    assert store.incidents() == []
    run(store, [])
    assert len(store.incidents()) == 2


def test_filters_and_stats(store):
    run(store, [doc(article_text(1, "Rostov", 3), "a1"), doc(article_text(2, "Kursk", 4), "a2"),
                doc("Someone deserted somewhere.\n", "a3", published="2023-12-30")])  # fmt: skip
    assert len(store.events()) == 5
    assert len(store.events(types=["desertion"])) == 3
    assert len(store.events(regions=["RU-KRS"])) == 2
    assert len(store.events(regions=["RU"])) == 4
    assert len(store.events(since="2024-04")) == 2
    assert len(store.events(until="2024-03-03")) == 2  # a1's desertion + a3 (by publication)
    assert len(store.events(since="2024-03-04", until="2024-03")) == 1
    st = store.stats()
    assert st["type"] == {"desertion": 3, "detention": 2}
    assert st["month"] == {"2024-03": 2, "2024-04": 2, "2023-12": 1}
    assert st["region"]["RU-ROS"] == 2 and st["region"]["unknown"] == 1


def test_migration_from_older_revision_keeps_data(db_url):
    from awol.store.repo import make_engine

    engine = make_engine(db_url)
    upgrade(engine, "0001")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO documents (doc_id, version, current, text, content_hash, "
                "ingested_at, linked) VALUES ('old', 1, :t, 'old text', 'h0', '2024-01-01', :f)"
            ),
            {"t": True, "f": False},
        )
        tables = set(engine.dialect.get_table_names(conn))
    assert "documents" in tables and "overrides" not in tables
    engine.dispose()
    s = Store(db_url)
    assert s.revision() == head_revision()
    assert [d["id"] for d in s.documents()] == ["old"]
    run(s, [doc(article_text(1), "new")])
    assert s.counts()["documents"] == 2
    s.close()


def test_models_match_migrations(store):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from awol.store.schema import Base

    with store.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": False})
        diff = [d for d in compare_metadata(ctx, Base.metadata) if d[0] != "remove_table"]
    assert diff == []
