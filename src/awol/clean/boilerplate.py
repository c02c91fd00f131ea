"""Learn boilerplate that repeats across documents of the same outlet."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import urlsplit

from awol.clean.text import normalize_text, split_units
from awol.clean.units import Unit, is_prose

# units this short are furniture anyway; longer ones are hashed
_HEAD_UNITS = 12
_TAIL_UNITS = 25


def outlet_key(outlet: str | None, url: str | None) -> str:
    """Grouping key: the outlet name, else the URL host (without www.), else ""."""
    if outlet and outlet.strip():
        return outlet.strip().casefold()
    if url:
        host = urlsplit(url).hostname or ""
        return host.removeprefix("www.")
    return ""


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


class BoilerplateIndex:
    """Lines / paragraphs seen in at least ``min_docs`` different documents of one outlet.

    Usage::

        index = BoilerplateIndex()
        for doc in docs:
            index.add(outlet_key(doc.outlet, doc.url), raw_text, doc_id=doc.id)
        article = clean_document(doc, boilerplate=index)

    or ``BoilerplateIndex.fit(docs)`` for :class:`~awol.model.Document` objects.

    Only the head and the tail of each document and its non-sentence lines are counted (that is
    where site furniture lives), which keeps the index small.  A document whose long paragraphs
    were mostly seen already (a re-scrape, a .txt and .html of the same article, a syndicated
    copy) is not counted, so an article never makes its own duplicate look like boilerplate.
    """

    def __init__(self, min_docs: int = 2, duplicate_overlap: float = 0.5) -> None:
        self.min_docs = min_docs
        self.duplicate_overlap = duplicate_overlap
        self._counts: Counter[int] = Counter()
        self._seen_ids: set[tuple[str, str]] = set()
        self.documents = 0

    def __len__(self) -> int:
        return sum(1 for c in self._counts.values() if c >= self.min_docs)

    def _h(self, outlet: str | None, text: str) -> int:
        # a stable digest (not hash(), which changes per process): an index can be stored
        key = f"{outlet or ''}\x00{_key(text)}".encode()
        return int.from_bytes(hashlib.blake2b(key, digest_size=8).digest(), "big")

    def save(self, path: str | Path) -> None:
        """Store the learned counts (JSON) as knowledge of the outlets for later runs."""
        data = {
            "min_docs": self.min_docs,
            "documents": self.documents,
            "counts": {str(h): c for h, c in self._counts.items()},
        }
        Path(path).write_text(json.dumps(data), encoding="utf-8")

    @classmethod
    def load(cls, path: str | Path) -> BoilerplateIndex:
        """An index stored by :meth:`save`."""
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        index = cls(min_docs=int(data.get("min_docs", 2)))
        index.documents = int(data.get("documents", 0))
        index._counts.update({int(h): int(c) for h, c in data["counts"].items()})
        return index

    def add(self, outlet: str | None, text: str, doc_id: str | None = None) -> bool:
        """Count the units of one raw document; returns False if it was skipped as a duplicate."""
        outlet = outlet or ""
        if doc_id is not None:
            if (outlet, doc_id) in self._seen_ids:
                return False
            self._seen_ids.add((outlet, doc_id))
        units = split_units(normalize_text(text))
        n = len(units)
        picked = {
            self._h(outlet, u.text)
            for k, u in enumerate(units)
            if k < _HEAD_UNITS or k >= n - _TAIL_UNITS or not is_prose(u.text)
        }
        long_units = {self._h(outlet, u.text) for u in units if len(u.text) >= 80}
        if long_units:
            seen = sum(1 for h in long_units if self._counts[h] > 0)
            if seen / len(long_units) > self.duplicate_overlap:
                return False
        for h in picked:
            self._counts[h] += 1
        self.documents += 1
        return True

    def add_document(self, doc) -> bool:  # noqa: ANN001 - Document, imported lazily
        """Decode a :class:`~awol.model.Document` and add it (HTML pages are not counted)."""
        from awol.clean.decoding import decode_document

        try:
            text, _enc, is_html = decode_document(doc)
        except Exception:
            return False
        if is_html:
            return False
        return self.add(outlet_key(doc.outlet, doc.url), text, doc_id=doc.id)

    @classmethod
    def fit(cls, docs: Iterable, **kwargs) -> BoilerplateIndex:  # noqa: ANN001
        """Build an index from Documents (InputErrors and HTML pages are skipped)."""
        from awol.model import Document

        index = cls(**kwargs)
        for doc in docs:
            if isinstance(doc, Document):
                index.add_document(doc)
        return index

    def count(self, outlet: str | None, text: str) -> int:
        return self._counts.get(self._h(outlet, text), 0)

    def is_repeated(self, outlet: str | None, text: str) -> bool:
        return self.count(outlet, text) >= self.min_docs

    def trusted_for(self, outlet: str | None, units: list[Unit]) -> bool:
        """False when most long paragraphs of this text repeat: a duplicate article, not furniture."""
        if not self._counts:
            return False
        long_units = [u for u in units if len(u.text) >= 80]
        if not long_units:
            return True
        rep = sum(1 for u in long_units if self.is_repeated(outlet, u.text))
        return rep / len(long_units) <= 0.6
