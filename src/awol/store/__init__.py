"""The event database: documents, events, figures, incidents, cases, overrides, failures.

``Store(url)`` (:mod:`awol.store.repo`) is the only code that knows SQL; ``ingest`` and
``reextract`` (:mod:`awol.store.ingest`) drive the pipeline and the linker into it.
"""

from __future__ import annotations

from awol.store.repo import DEFAULT_URL, AddResult, Store, StoreError, resolve_url

__all__ = ["DEFAULT_URL", "AddResult", "Store", "StoreError", "resolve_url"]
