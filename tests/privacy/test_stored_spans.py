"""Public outputs read the recogniser's results stored per text (table ``name_spans``) and give
exactly what recognising again gives; stored rows of another recogniser version are ignored, and
a database without rows (made before the table) is recognised on read and its rows written."""

from __future__ import annotations

import io

import pytest
from tests.conftest import copy_db

import awol.privacy.mask as mask
import awol.privacy.recognise as recognise
from awol.privacy.stored import public_texts, recogniser_version, text_key
from awol.serve.export import export
from awol.store import Store


def _forget() -> None:
    """A new process: no recogniser result cached in memory."""
    recognise._SEEDED_PERSONS.clear()
    recognise._SEEDED_PLACES.clear()
    recognise._person_spans.cache_clear()
    recognise._place_spans.cache_clear()
    mask._mask_spans.cache_clear()
    mask._redact.cache_clear()


@pytest.fixture(scope="module")
def store(dev_cli_db, tmp_path_factory):
    """``awol ingest corpus/dev`` (the session's, copied: this module writes spans to it)."""
    db = copy_db(dev_cli_db, tmp_path_factory.mktemp("spans"))
    with Store(db) as s:
        yield s


def _jsonl(store: Store, what: str = "events") -> str:
    buf = io.StringIO()
    export(store, "jsonl", buf, what=what)
    return buf.getvalue()


def test_exports_store_spans_then_read_them(store, monkeypatch):
    texts = public_texts(store.events())
    assert len(texts) > 100
    keys = [text_key(t) for t in texts]
    _forget()
    first = _jsonl(store)  # a database without rows: recognised, then stored
    stored = store.name_spans(keys, recogniser_version())
    assert set(stored) == set(keys)
    assert any(p for p, _ in stored.values()), "no person found in any stored text"
    incidents = _jsonl(store, "incidents")

    _forget()

    def no_recogniser(text):  # noqa: ANN001, ANN202
        raise AssertionError(f"recognised again: {text[:60]!r}")

    monkeypatch.setattr(recognise, "_person_spans", no_recogniser)
    assert _jsonl(store) == first  # read from the store, same output
    assert _jsonl(store, "incidents") == incidents


def test_rows_of_another_recogniser_are_ignored(store):
    texts = public_texts(store.events())
    _forget()
    expected = _jsonl(store)
    # wrong spans (nothing found) stored under another version must not unmask anyone
    store.save_name_spans({text_key(t): ([], []) for t in texts}, "another-version")
    _forget()
    assert _jsonl(store) == expected
    assert "[name]" in expected
