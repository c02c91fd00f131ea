"""One writer at a time: the lock that serialises ingests (and re-extractions) on one database.

Two ``awol ingest`` processes on one SQLite file or one PostgreSQL database would otherwise race:
both store the same new document (a spurious second version) and both save the same incidents
(the linking step fails on a duplicate key).  ``writer_lock(store)`` is held for a whole run:

* SQLite: an exclusive ``flock`` on ``<database file>.lock`` beside the database;
* PostgreSQL: a session advisory lock (``pg_advisory_lock``) on a dedicated connection.

Both are released by the operating system or the server when the process dies (kill -9
included), so a crashed run never leaves the database locked.  A run that has to wait says so
once (``on_wait``) and waits up to ``timeout`` seconds (default: for ever).
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import text

from awol.store.engine import StoreError

__all__ = ["writer_lock"]

_PG_KEY = 0x4157_4F4C  # "AWOL"
_POLL = 0.2


def _sqlite_path(url: str) -> Path | None:
    path = url.split(":///", 1)[1] if ":///" in url else ""
    path = path.split("?", 1)[0]
    if not path or path == ":memory:":
        return None
    return Path(path).expanduser()


@contextlib.contextmanager
def _file_lock(
    path: Path, on_wait: Callable[[str], Any] | None, timeout: float | None
) -> Iterator[None]:
    import fcntl

    lock = path.with_name(path.name + ".lock")
    fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        start, told = time.monotonic(), False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if not told and on_wait:
                    on_wait(f"waiting for another ingest on {path} to finish ...")
                    told = True
                if timeout is not None and time.monotonic() - start > timeout:
                    raise StoreError(
                        f"{path} is being written by another ingest (waited {timeout:g}s)"
                    ) from None
                time.sleep(_POLL)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


@contextlib.contextmanager
def _pg_lock(
    store: Any, on_wait: Callable[[str], Any] | None, timeout: float | None
) -> Iterator[None]:
    conn = store.engine.connect()
    try:
        start, told = time.monotonic(), False
        while not conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": _PG_KEY}).scalar():
            conn.rollback()
            if not told and on_wait:
                on_wait(f"waiting for another ingest on {store.display_url} to finish ...")
                told = True
            if timeout is not None and time.monotonic() - start > timeout:
                raise StoreError(
                    f"{store.display_url} is being written by another ingest (waited {timeout:g}s)"
                )
            time.sleep(_POLL)
        conn.commit()
        try:
            yield
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _PG_KEY})
            conn.commit()
    finally:
        conn.close()


@contextlib.contextmanager
def writer_lock(
    store: Any, on_wait: Callable[[str], Any] | None = None, timeout: float | None = None
) -> Iterator[None]:
    """Hold the database's writer lock for the duration of the block."""
    dialect = store.engine.dialect.name
    if dialect == "sqlite":
        path = _sqlite_path(str(store.url))
        if path is None:
            yield
            return
        with _file_lock(path, on_wait, timeout):
            yield
    elif dialect == "postgresql":
        with _pg_lock(store, on_wait, timeout):
            yield
    else:
        yield
