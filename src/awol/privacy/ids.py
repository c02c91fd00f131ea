"""Public ids: the form of a document, incident or case id an anonymous reader sees.

A document's id is the name of its file or its feed entry ("ivan-petrov-deserter", a URL), and
incident and case ids carry it ("inc-ivan-petrov-deserter#0"): any of them may name a person, in
lower case, in any transliteration, with no cue around it.  An id whose every word is one of
``ids.yaml`` (AWOL's own words, language codes and corpus prefixes, file suffixes), a single
letter or a number ("ren-001", "inc-ru-05#2") is shown as it is; any other -- however short its
words: "lev-kim" -- is replaced by a keyed digest: ``"~"`` and 12 hex digits of
HMAC-SHA256(key, id), after the ``inc-`` / ``case-`` prefix it had.

The key is a random secret made once per database and kept in it (:meth:`Store.secret`,
``public-id-key``), so the same database always gives the same public ids (exports, pages, links
and :func:`awol.query` agree, across runs) while a dictionary of names hashed without the key
reverses none of them.  ``AWOL_PUBLIC_ID_KEY`` in the environment sets one key for a whole
installation instead (public ids then survive a rebuilt database).  Every entry point that
publishes (``awol.serve.export.export``, the query API) calls :func:`use_store` first; a process
that never does (a bare call) uses a random key of its own.

A database that holds no key and cannot be given one (a read-only file from before schema
revision 0007) would get a random key in every process, so its public ids would change at each
restart and links to them would break: :func:`use_store` refuses it (:class:`NoPublicIdKey`,
saying what to do) unless ``AWOL_PUBLIC_ID_KEY`` is set.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import os
import re
import secrets
from importlib import resources
from typing import Any

import yaml

from awol.errors import AwolError

__all__ = ["ENV_KEY", "NoPublicIdKey", "public_id", "use_key", "use_store"]

ENV_KEY = "AWOL_PUBLIC_ID_KEY"
SECRET_NAME = "public-id-key"
_PREFIXES = ("inc-", "case-")
_PUBLIC_ID = re.compile(r"(?:inc-|case-)?~[0-9a-f]{12}")
_ID_WORD = re.compile(r"[^\W\d_]+")
_state: dict[str, bytes] = {}


@functools.cache
def _safe_words() -> frozenset[str]:
    data = yaml.safe_load((resources.files("awol.privacy") / "ids.yaml").read_text("utf-8"))
    return frozenset(w.lower() for words in data.values() for w in words)


def use_key(key: str | bytes) -> None:
    """Make ``key`` the key of public ids from now on (``AWOL_PUBLIC_ID_KEY`` still wins)."""
    _state["key"] = key.encode("utf-8") if isinstance(key, str) else key


class NoPublicIdKey(AwolError):
    """A database with no public-id key that cannot be given one: its public ids would change
    at every restart."""


def use_store(store: Any) -> None:
    """Use the public-id key of ``store``'s database (made and stored the first time).

    Raises :class:`NoPublicIdKey` where the database holds none and cannot be written (a
    read-only database from before revision 0007) and ``AWOL_PUBLIC_ID_KEY`` is not set; an
    object with no ``secret`` method (no database) uses the process's key."""
    key = getattr(store, "_public_id_key", None)
    if key is None:
        reader = getattr(store, "secret", None)
        try:
            key = reader(SECRET_NAME) if reader is not None else None
        except Exception:  # noqa: BLE001 - no secrets table (an old read-only database)
            key = None
        if key is None and reader is not None and not os.environ.get(ENV_KEY):
            where = getattr(store, "display_url", None) or "this database"
            raise NoPublicIdKey(
                f"{where} keeps no public-id key and cannot be given one (a read-only database "
                "from before schema revision 0007): its public ids would change at every "
                f"restart. Open it once writable (any awol command upgrades it) or set {ENV_KEY}."
            )
        key = key or _process_key()
        try:
            store._public_id_key = key
        except AttributeError:
            pass
    use_key(key)


@functools.cache
def _process_key() -> str:
    return secrets.token_hex(32)


def _key() -> bytes:
    env = os.environ.get(ENV_KEY)
    if env:
        return env.encode("utf-8")
    key = _state.get("key")
    if key is None:
        key = _state["key"] = _process_key().encode("ascii")
    return key


def public_id(raw: str) -> str:
    """The public form of a document, incident or case id (see the module's doc)."""
    if not isinstance(raw, str) or not raw or _PUBLIC_ID.fullmatch(raw):
        return raw
    return _public_id(raw, _key())


@functools.lru_cache(maxsize=200_000)
def _public_id(raw: str, key: bytes) -> str:
    safe = _safe_words()
    if all(len(w) == 1 or w.lower() in safe for w in _ID_WORD.findall(raw)):
        return raw
    prefix = next((p for p in _PREFIXES if raw.startswith(p)), "")
    digest = hmac.new(key, raw.encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()
    return f"{prefix}~{digest[:12]}"
