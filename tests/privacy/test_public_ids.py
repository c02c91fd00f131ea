"""Public ids are keyed digests: a dictionary of names hashed without the database's key reverses
none of them, the same database gives the same public ids in every run, and another database
(another key) gives other ones."""

from __future__ import annotations

import hashlib
import subprocess
import sys

import pytest

from awol.privacy import public_id, use_store
from awol.privacy.ids import ENV_KEY, SECRET_NAME, use_key
from awol.store import Store


def _ids(db: str, raw: str) -> str:
    """The public id of ``raw`` as a fresh process that opens ``db`` computes it."""
    code = (
        "from awol.store import Store; from awol.privacy import public_id, use_store; "
        f"s = Store({db!r}); use_store(s); print(public_id({raw!r})); s.close()"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return out.stdout.strip()


@pytest.fixture(autouse=True)
def _restore_key():
    yield
    use_key("tests: another key")  # no test leaves its database's key behind


def test_a_dictionary_attack_without_the_key_finds_nothing(tmp_path, monkeypatch):
    monkeypatch.delenv(ENV_KEY, raising=False)
    store = Store(f"sqlite:///{tmp_path / 'a.db'}")
    try:
        use_store(store)
        shown = public_id("ivan-petrov-deserter")
    finally:
        store.close()
    assert shown.startswith("~") and len(shown) == 13
    # the attacker hashes every candidate id (a list of names and slug words) as the old,
    # unkeyed digest did, and with a key of his own: none gives what the reader sees
    for cand in ("ivan-petrov-deserter", "ivan-petrov", "petrov"):
        assert hashlib.sha256(cand.encode()).hexdigest()[:12] != shown[1:]
    use_key("guessed key")
    assert public_id("ivan-petrov-deserter") != shown


def test_same_database_same_public_ids_across_runs(tmp_path, monkeypatch):
    monkeypatch.delenv(ENV_KEY, raising=False)
    a, b = f"sqlite:///{tmp_path / 'a.db'}", f"sqlite:///{tmp_path / 'b.db'}"
    for db in (a, b):
        Store(db).close()
    first = _ids(a, "inc-ivan-petrov-deserter#0")
    assert first.startswith("inc-~")
    assert _ids(a, "inc-ivan-petrov-deserter#0") == first  # stable for one database
    assert _ids(b, "inc-ivan-petrov-deserter#0") != first  # another database, another key
    store = Store(a)
    try:
        assert len(store.secret(SECRET_NAME) or "") == 64
    finally:
        store.close()


def test_an_installation_key_overrides_the_databases(tmp_path, monkeypatch):
    a, b = f"sqlite:///{tmp_path / 'a.db'}", f"sqlite:///{tmp_path / 'b.db'}"
    for db in (a, b):
        Store(db).close()
    monkeypatch.setenv(ENV_KEY, "one key for the whole installation")
    assert _ids(a, "lev-kim") == _ids(b, "lev-kim") != "lev-kim"


def _read_only_store_before_0007(tmp_path):
    """A database at schema revision 0006 (no secrets table) that cannot be written."""
    from sqlalchemy import event

    from awol.store.engine import make_engine, upgrade

    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = make_engine(url)
    upgrade(engine, "0006")
    engine.dispose()
    store = Store(url, migrate=False)

    @event.listens_for(store.engine, "connect")
    def _read_only(dbapi_conn, _record):  # noqa: ANN001
        dbapi_conn.execute("PRAGMA query_only=ON")

    store.engine.dispose()  # (connections opened from now on are read-only)
    return store


def test_a_keyless_read_only_database_is_refused_not_given_a_key_per_restart(tmp_path, monkeypatch):
    from awol.privacy.ids import NoPublicIdKey

    monkeypatch.delenv(ENV_KEY, raising=False)
    store = _read_only_store_before_0007(tmp_path)
    try:
        assert store.secret(SECRET_NAME) is None  # no table, and none can be made
        with pytest.raises(NoPublicIdKey, match=f"0007.*{ENV_KEY}"):
            use_store(store)
        # the installation's key serves instead: the same public ids in every process
        monkeypatch.setenv(ENV_KEY, "one key for the whole installation")
        use_store(store)
        first = public_id("ivan-petrov-deserter")
        assert first.startswith("~") and public_id("ivan-petrov-deserter") == first
    finally:
        store.close()
