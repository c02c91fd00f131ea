"""``Store``: the event database's Python API (the only code in AWOL that knows SQL).

    store = Store("sqlite:///awol.db")          # or "postgresql://user@host/db", or a file path
    result = store.add_extraction(extraction, raw_hash=..., origin=...)   # one transaction
    store.events(since="2024-01", types=["desertion"])                    # overrides applied

Opening a store upgrades its schema to the latest Alembic revision (never rebuilds it).
The class is assembled from one part per concern: :mod:`.documents` (ingest, versions,
failures), :mod:`.links` (incidents, cases, linker state), :mod:`.overrides` (corrections) and
:mod:`.reads` (queries), :mod:`.accounts` (users, sessions, API tokens), :mod:`.review`
(review decisions, audit) and :mod:`.spans` (person-name spans of public text), :mod:`.skips` (records holding no
prose); :mod:`.engine` opens the database and :mod:`.values` converts rows.
"""

from __future__ import annotations

import re
import sys

from awol.errors import AwolError
from awol.store.accounts import AccountStore
from awol.store.documents import AddResult, DocumentStore
from awol.store.engine import (
    DEFAULT_URL,
    StoreError,
    check_exists,
    current_revision,
    head_revision,
    make_engine,
    resolve_url,
    upgrade,
)
from awol.store.links import LinkStore
from awol.store.overrides import OVERRIDABLE, OverrideStore
from awol.store.reads import ReadStore
from awol.store.review import ReviewStore
from awol.store.skips import SkipStore
from awol.store.spans import SpanStore
from awol.store.values import canonical_url, date_range, event_key, text_hash

__all__ = [
    "DEFAULT_URL",
    "OVERRIDABLE",
    "AddResult",
    "Store",
    "StoreError",
    "canonical_url",
    "current_revision",
    "date_range",
    "event_key",
    "head_revision",
    "make_engine",
    "resolve_url",
    "text_hash",
    "upgrade",
]


class Store(
    DocumentStore,
    LinkStore,
    OverrideStore,
    ReadStore,
    AccountStore,
    ReviewStore,
    SpanStore,
    SkipStore,
):
    """The event database (SQLite file or PostgreSQL server)."""

    def __init__(self, url: str | None = None, *, migrate: bool = True, must_exist: bool = False) -> None:  # fmt: skip
        self.url = resolve_url(url)
        try:
            self.engine = make_engine(self.url, must_exist=must_exist)
            if must_exist:  # opened for reading: no new database, no schema created
                check_exists(self.engine, self.display_url)
            if migrate and current_revision(self.engine) != head_revision():
                from awol.store.lock import writer_lock

                # two processes opening a new database at once: the second waits, and says so
                with writer_lock(self, on_wait=_say):
                    if current_revision(self.engine) != head_revision():
                        upgrade(self.engine)
        except AwolError:
            raise
        except Exception as exc:  # bad URL, server down, unreadable file
            raise StoreError(f"cannot open database {self.display_url}: {exc}") from exc

    @property
    def display_url(self) -> str:
        return re.sub(r"//([^:/@]+):[^@]*@", r"//\1:***@", self.url)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def revision(self) -> str | None:
        return current_revision(self.engine)


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)
