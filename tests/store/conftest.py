from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from awol.store.repo import resolve_url

PG_URL = os.environ.get("AWOL_TEST_PG_URL")
PG_SKIP = 'AWOL_TEST_PG_URL is not set (run: eval "$(scripts/start-postgres.sh)")'
CORPUS = Path(os.environ.get("AWOL_CORPUS", Path(__file__).resolve().parents[2] / "corpus" / "dev"))


def _pg_database() -> tuple[str, str]:
    """Create a fresh database on the test server; return (url, name)."""
    name = "awol_t_" + uuid.uuid4().hex[:12]
    admin = create_engine(resolve_url(PG_URL), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    base = PG_URL.rsplit("/", 1)[0]
    return f"{base}/{name}", name


def _pg_drop(name: str) -> None:
    admin = create_engine(resolve_url(PG_URL), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request, tmp_path):
    """A fresh, empty database URL: an SQLite file, or a new database on the PostgreSQL server."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'awol.db'}"
        return
    if not PG_URL:
        pytest.skip(PG_SKIP)
    url, name = _pg_database()
    yield url
    _pg_drop(name)


@pytest.fixture
def store(db_url):
    from awol.store import Store

    s = Store(db_url)
    yield s
    s.close()
