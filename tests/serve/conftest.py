"""Fixtures of the newsroom tests: the bundled corpus ingested once, a fresh copy per test, an
in-process client per role (HTTPS base URL, so Secure cookies are sent)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from tests.conftest import DEV

PASSWORD = "a long test password"
ROLES = ("reader", "editor", "admin")


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory) -> Path:
    """corpus/dev ingested by the real pipeline (events, figures, incidents, cases)."""
    from awol.ingest.manifest import load_manifest
    from awol.ingest.sources import iter_sources
    from awol.store import Store
    from awol.store.ingest import ingest

    path = tmp_path_factory.mktemp("sample") / "awol.db"
    store = Store(f"sqlite:///{path}")
    man = load_manifest(DEV / "manifest.jsonl")
    files = sorted(str(p) for p in DEV.glob("*.txt") if ".cp1251." not in p.name)
    summary = ingest(store, iter_sources(files, manifest=man))
    assert summary.failures == 0
    from awol.serve.auth import hash_password

    for role in ROLES:
        store.add_user(role, role, hash_password(PASSWORD))
    store.close()
    return path


@pytest.fixture
def db_path(sample_db, tmp_path) -> Path:
    p = tmp_path / "awol.db"
    shutil.copy(sample_db, p)
    return p


@pytest.fixture
def app(db_path):
    from awol.serve.app import create_app

    a = create_app(f"sqlite:///{db_path}")
    yield a
    a.state.awol.store.close()


def csrf_of(html: str) -> str:
    m = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert m, "no CSRF token in the page"
    return m.group(1)


def make_client(app, role: str | None = None):
    from fastapi.testclient import TestClient

    c = TestClient(app, base_url="https://testserver")
    if role:
        page = c.get("/login")
        r = c.post(
            "/login",
            data={
                "name": role,
                "password": PASSWORD,
                "csrf_token": csrf_of(page.text),
                "next": "/",
            },
            follow_redirects=False,
        )
        assert r.status_code == 303, r.text
    return c


@pytest.fixture
def client(app):
    return make_client(app)


@pytest.fixture
def editor(app):
    return make_client(app, "editor")


@pytest.fixture
def reader(app):
    return make_client(app, "reader")
