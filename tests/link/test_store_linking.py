"""The linker with the store: state kept as rows appended per chunk, only touched incidents and
cases written, a new run reloading the linker from the rows (SQLite; PostgreSQL with
AWOL_TEST_PG_URL)."""

from __future__ import annotations

import json
import os
import uuid

import pytest

from awol.link import Linker
from awol.store import Store
from awol.store.schema import LinkerDocumentRow, LinkerLinkRow

from .test_link import DEV, _bench_docs, _dev_docs, needs_dev


def _stores(tmp_path):
    yield f"sqlite:///{tmp_path / 'a.db'}"
    pg = os.environ.get("AWOL_TEST_PG_URL")
    if pg:
        from sqlalchemy import create_engine

        name = "awol_link_" + uuid.uuid4().hex[:8]
        admin = create_engine(pg, isolation_level="AUTOCOMMIT")
        with admin.connect() as c:
            c.exec_driver_sql(f'CREATE DATABASE "{name}"')
        try:
            yield pg.rsplit("/", 1)[0] + "/" + name
        finally:
            with admin.connect() as c:
                c.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _run(url: str, docs: list[dict], chunk: int, reload_every: int) -> Store:
    store = Store(url)
    lk = Linker()
    for n, k in enumerate(range(0, len(docs), chunk)):
        if n and n % reload_every == 0:  # a new ingest run: the linker comes from the rows
            lk = Linker.from_state(store.linker_state())
        lk.add(docs[k : k + chunk])
        store.save_link_changes(lk.changes())
    return store


@pytest.mark.parametrize("source", ["dev", "synthetic"])
def test_store_rows_equal_batch_linking(tmp_path, source):
    if source == "dev" and not DEV.exists():
        pytest.skip(f"dev corpus not found at {DEV}")
    docs = _dev_docs() if source == "dev" else _bench_docs(800)
    batch = Linker()
    batch.add(docs)
    for url in _stores(tmp_path):
        store = _run(url, docs, chunk=7 if source == "dev" else 60, reload_every=3)
        got = {i["incident_id"]: i for i in store.incidents()}
        assert got == {i["incident_id"]: json.loads(json.dumps(i)) for i in batch.incidents()}
        assert store.cases() == [json.loads(json.dumps(c)) for c in batch.cases()]
        # the state is rows: one per document, one per link (nothing rewritten per chunk)
        from sqlalchemy import func, select
        from sqlalchemy.orm import Session

        with Session(store.engine) as s:
            assert s.scalar(select(func.count()).select_from(LinkerDocumentRow)) == len(docs)
            n_links = s.scalar(select(func.count()).select_from(LinkerLinkRow))
        assert n_links == len(batch.links) + len(batch.case_links) + len(batch.dups.pairs)
        store.close()


@needs_dev
def test_rebuild_replaces_the_rows(tmp_path):
    docs = _dev_docs()
    store = _run(f"sqlite:///{tmp_path / 'r.db'}", docs, chunk=10, reload_every=99)
    lk = Linker()
    lk.add(docs[:20])
    store.save_link_changes(lk.changes(), replace=True)
    assert {i["incident_id"] for i in store.incidents()} == {
        i["incident_id"] for i in lk.incidents()
    }
    assert len(Linker.from_state(store.linker_state()).docs) == 20
