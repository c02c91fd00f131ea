"""Opening the database: URLs, engines and Alembic migrations."""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine

from awol.errors import AwolError

DEFAULT_URL = "sqlite:///awol.db"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


class StoreError(AwolError):
    """A problem with the database itself (bad URL, unreachable server, bad override...)."""


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def resolve_url(url: str | None = None) -> str:
    """The SQLAlchemy URL for ``url`` (default: $AWOL_DB, else ``sqlite:///awol.db``).

    Accepts ``postgresql://`` / ``postgres://`` URLs (psycopg 3 driver), ``sqlite:///path``,
    and a bare file path (an SQLite file).
    """
    url = url or os.environ.get("AWOL_DB") or DEFAULT_URL
    if "://" not in url:
        return "sqlite:///" + url
    scheme, rest = url.split("://", 1)
    if scheme in ("postgresql", "postgres"):
        return "postgresql+psycopg://" + rest
    return url


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision`` (default: the latest) with Alembic; data is kept."""
    if revision == "head" and current_revision(engine) == head_revision():
        return
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def sqlite_path(url: str | None = None) -> Path | None:
    """The file of an SQLite ``url`` (as :func:`resolve_url` reads it); None for another backend
    or a database in memory."""
    url = resolve_url(url)
    if not url.startswith("sqlite") or ":///" not in url:
        return None
    path = url.split(":///", 1)[1].split("?", 1)[0]
    if not path or path == ":memory:":
        return None
    return Path(path).expanduser()


def make_engine(url: str | None = None, *, must_exist: bool = False) -> Engine:
    """An engine for ``url``.  With ``must_exist`` (commands that only read), an SQLite file that
    does not exist is an error and nothing is created (no empty database, no folders)."""
    url = resolve_url(url)
    if url.startswith("sqlite"):
        p = sqlite_path(url)
        if p is not None:
            if must_exist and not p.is_file():
                raise StoreError(
                    f"no database at {p} (check --db or $AWOL_DB; `awol ingest` creates one)"
                )
            if not must_exist:
                p.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 60})

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn, _record):  # noqa: ANN001
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA busy_timeout=60000")
            _wal(cur)
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()

        return engine
    return create_engine(url, pool_pre_ping=True)


def _wal(cur: Any, timeout: float = 60.0) -> None:
    """Put the SQLite file in WAL mode (a persistent property of the file).

    Switching a new file to WAL needs an exclusive lock, and SQLite answers "database is
    locked" at once, without its busy handler, when two connections try it at the same moment
    (two ingests creating one database).  The switch is retried until one of them has made it."""
    import sqlite3

    deadline = time.monotonic() + timeout
    delay = 0.01
    while True:
        try:
            if cur.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal":
                return
            cur.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.25)


def check_exists(engine: Engine, display_url: str) -> None:
    """A database opened for reading must hold AWOL's schema (else it is the wrong database)."""
    if current_revision(engine) is None:
        raise StoreError(
            f"{display_url} is not an AWOL database (no AWOL tables; check --db or $AWOL_DB, "
            f"`awol ingest` creates one)"
        )
