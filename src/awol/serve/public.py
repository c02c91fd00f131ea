"""The one gate every anonymous view goes through: :func:`public` calls :mod:`awol.privacy`.

Pages, the API, downloads and the Atom feed never mask names themselves: what an anonymous
reader sees is built here, from the project's single masking API.  While that API is missing the
gate refuses (:class:`PrivacyUnavailable`) rather than show anything unmasked.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from typing import Any

from awol.errors import AwolError

KINDS = ("event", "incident", "case", "figure", "document")


class PrivacyUnavailable(AwolError):
    """The masking API (awol.privacy) cannot be imported: nothing is shown to anonymous readers."""


def _privacy() -> Any:
    try:
        return importlib.import_module("awol.privacy")
    except ImportError as exc:
        raise PrivacyUnavailable(f"awol.privacy is not available: {exc}") from exc


def public(kind: str, obj: dict, names: Iterable[str] = ()) -> dict:
    """The anonymous-reader form of an ``event``, ``incident``, ``case``, ``figure`` or
    ``document`` (no person names anywhere).  ``names``: more names to mask in it (an
    incident's or a case's fields hold no sentence; the people its documents' sentences name)."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}")
    return getattr(_privacy(), f"public_{kind}")(obj, tuple(names))


def documents_of(rec: dict) -> list[str]:
    """The documents an incident, a case, an event or a figure is told by (its ``documents``,
    its ``document_id``, and the document of each of its ``events`` pairs), sorted."""
    docs = {d for d in rec.get("documents") or [] if isinstance(d, str)}
    if isinstance(rec.get("document_id"), str):
        docs.add(rec["document_id"])
    docs |= {e[0] for e in rec.get("events") or [] if isinstance(e, (list, tuple)) and e}
    return sorted(docs)


def names_in(records: Iterable[dict]) -> list[str]:
    """The person names stored in or recognised in the free text of ``records``."""
    collect = _privacy().collect_names
    return [n for r in records for n in collect(r)]


def public_text(text: str | None, names: Iterable[str] = ()) -> str | None:
    """A piece of article text for anonymous readers (names masked)."""
    if not text:
        return text
    return _privacy().redact_text(text, names=tuple(names))


def public_key(raw: str) -> str:
    """The id of a document, incident or case as anonymous readers see it (an id that may name
    someone, such as a file name "ivan-petrov-deserter", is replaced by a digest)."""
    return _privacy().public_id(raw)


def use_database(store: Any) -> None:
    """Public ids from now on are those of ``store``'s database (its own key)."""
    _privacy().use_store(store)


def document_names(store: Any, doc_ids: Iterable[str]) -> dict[str, list[str]]:
    """The person names recognised in each document's whole stored text, title and outlet."""
    _privacy()
    return importlib.import_module("awol.privacy.stored").document_names(store, list(doc_ids))


def names_query(query: str | None, names: Iterable[str]) -> bool:
    """Does a word of the search ``query`` name one of ``names`` (a form of it in any case or
    transliteration, or a piece of one)?  An anonymous search drops such records."""
    if not query:
        return False
    return importlib.import_module("awol.privacy.forms").query_names(query, tuple(names))


def unmasked(text: str) -> str:
    """``text`` (masked) without its mask tokens, for a search index: a search for "name"
    finds the word, not every record where someone was masked."""
    return text.replace(_privacy().NAME_MASK, " ")
