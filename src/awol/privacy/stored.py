"""Recogniser results kept in the store: public outputs read them instead of re-running NER.

Masking a record runs the person-name recogniser (natasha's NER for Russian, rules and the
gazetteer for English) over each of its free-text strings: 10-20 ms an event.  The spans it finds
depend only on the text and on the recogniser, so they are stored once per text (table
``name_spans``, keyed by the SHA-256 of the text and :func:`recogniser_version`) and every later
export, API call or page of the same text reads them.

:func:`load` is called with the records about to be published: it reads the stored spans of
their texts, recognises the texts that have none (a database made before the table existed, a
new recogniser version, new documents) in batches and writes those rows, then hands every span to
the recogniser's caches (:func:`awol.privacy.recognise.seed`).  Masking itself is unchanged, so a
stored result masks exactly what the recogniser would.  A database that cannot be written only
loses the saving.
"""

from __future__ import annotations

import functools
import hashlib
from importlib import metadata
from typing import Any

from awol.privacy.mask import _CAP, _SAFE, _URL_FIELDS, NAME_FIELDS, text_places
from awol.privacy.recognise import person_spans, prime, seed
from awol.privacy.sources import ROOT, digest, recogniser_files

__all__ = ["document_names", "load", "public_texts", "recogniser_version", "text_key"]

# what the recogniser's result depends on, besides the text: its code and data (the modules
# it imports and the files they name: the given-name lists, the gazetteer, ...; read from the
# source by awol.privacy.sources, round 38) and the NER model's package
_PACKAGES = ("natasha", "slovnet", "navec", "pymorphy3")


@functools.cache
def recogniser_version() -> str:
    """A digest of everything the recogniser's output depends on (stored rows of another
    version are recognised again)."""
    h = hashlib.sha256(digest(ROOT, recogniser_files()).encode())
    for p in _PACKAGES:
        try:
            h.update(f"{p}={metadata.version(p)}".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{p}=none".encode())
    return h.hexdigest()[:32]


def text_key(text: str) -> str:
    """The key of a text's stored spans: SHA-256 of its exact UTF-8 bytes."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def public_texts(records: Any) -> list[str]:
    """The free-text strings of ``records`` that masking runs the recogniser on (not ids, codes,
    dates, URLs or the name fields, which are emptied), each once."""
    out: dict[str, None] = {}

    def walk(v: Any, key: str | None) -> None:
        if isinstance(v, dict):
            for k, x in v.items():
                if k not in NAME_FIELDS:
                    walk(x, k)
        elif isinstance(v, (list, tuple)):
            for x in v:
                walk(x, key)
        elif isinstance(v, str) and v and key not in _SAFE and key not in _URL_FIELDS:
            if _CAP.search(v):
                out[v] = None

    walk(records, None)
    return list(out)


def load(store: Any, records: Any, recognise: bool = True) -> dict[str, int]:
    """Make the recogniser's results for the texts of ``records`` come from ``store`` and, with
    ``recognise``, recognise and store the ones it lacks now (without, they are recognised
    when first masked).  Returns ``{"stored": n, "recognised": m}``."""
    texts = public_texts(records)
    if not texts:
        return {"stored": 0, "recognised": 0}
    version = recogniser_version()
    keys = {text_key(t): t for t in texts}
    try:
        found = store.name_spans(keys, version)
    except Exception:  # noqa: BLE001 - no table yet (read-only old database): recognise all
        found = {}
    for h, (persons, places) in found.items():
        seed(keys[h], persons, places)
    missing = [t for h, t in keys.items() if h not in found]
    if missing and recognise:
        prime(missing)  # the Russian NER in batches
        new = {text_key(t): (list(person_spans(t)), text_places(t)) for t in missing}
        try:
            store.save_name_spans(new, version)
        except Exception:  # noqa: BLE001 - a database that cannot be written loses the saving
            pass
    return {"stored": len(found), "recognised": len(missing) if recognise else 0}


def document_names(store: Any, doc_ids: Any) -> dict[str, list[str]]:
    """Every person name recognised in each document's stored title, outlet and each line of its
    text (spans read from ``store``, recognised and stored where missing): a record of a document
    masks the names its document tells anywhere -- a caption, a quote, a paragraph no event
    cites -- in its URL slug, title and fields, not only those of its own sentences."""
    texts: dict[str, list[str]] = {}
    wanted = list(dict.fromkeys(x for x in doc_ids if isinstance(x, str) and x))
    try:
        docs = store.documents_by_id(wanted)
    except Exception:  # noqa: BLE001 - a store without documents: the events' names only
        docs = {}
    for d in wanted:
        doc = docs.get(d)
        if doc:
            # line by line: a headline in title case is read as one ("Servicemen Wanted for
            # Desertion" names no one), and each paragraph is a text the NER reads well
            lines = [doc.get("title"), doc.get("outlet"), *(doc.get("text") or "").split("\n")]
            texts[d] = [t for t in lines if isinstance(t, str) and t.strip()]
    load(store, [{"text": t} for ts in texts.values() for t in ts])
    return {d: [t[s:e] for t in ts for s, e in person_spans(t)] for d, ts in texts.items()}
