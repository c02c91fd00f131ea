"""Compact in-memory forms of what the linker keeps per event (it keeps every event's record,
features and index entries: ~1M events must fit in a few GB; see docs/linking.md, "Memory").

The representations change nothing the linker decides or gives out: a record reads back as the
same dict, an index block lists the same events in the same order.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, MutableMapping

from awol.link.features import EVENT_FIELDS

# the fields of an event record, in the order the linker writes them
RECORD_FIELDS = (*EVENT_FIELDS, "doc", "idx", "published", "evidence")
# the fields of a document's metadata
DOC_FIELDS = ("published", "language", "outlet", "url", "title", "n")
# values repeated across records (interned: one string object each)
_INTERNED = frozenset(("type", "country", "region", "count_qualifier", "who", "published",
                       "language", "outlet"))  # fmt: skip


class Records(MutableMapping):
    """key -> record dict with the fields ``fields`` (event records by default), stored as
    tuples of the values (a dict of 16 keys costs about 4 times as much), the short repeated
    strings interned; a record with other keys (a state written by another version) is kept as
    it is.  Reading a record builds a fresh dict: change a record by assigning it again."""

    __slots__ = ("_d", "_fields", "_intern_at", "_lists_at")

    def __init__(self, fields: tuple[str, ...] = RECORD_FIELDS) -> None:
        self._d: dict = {}
        self._fields = fields
        self._intern_at = tuple(i for i, k in enumerate(fields) if k in _INTERNED)
        self._lists_at = tuple(i for i, k in enumerate(fields) if k == "names")

    def _pack(self, rec: dict) -> tuple | dict:
        fields = self._fields
        if len(rec) != len(fields) or any(k not in rec for k in fields):
            return dict(rec)
        vals = [rec[k] for k in fields]
        for i in self._intern_at:
            if type(vals[i]) is str and len(vals[i]) <= 64:
                vals[i] = sys.intern(vals[i])
        for i in self._lists_at:
            if type(vals[i]) is list:
                vals[i] = tuple(vals[i])
        return tuple(vals)

    def __getitem__(self, k: object) -> dict:
        v = self._d[k]
        if type(v) is dict:
            return v
        rec = dict(zip(self._fields, v, strict=True))
        for i in self._lists_at:
            if type(v[i]) is tuple:
                rec[self._fields[i]] = list(v[i])
        return rec

    def field(self, k: object, name: str) -> object:
        """One field of a record (None if absent), without building the dict."""
        v = self._d[k]
        if type(v) is dict:
            return v.get(name)
        return v[self._fields.index(name)]

    def __setitem__(self, k: object, rec: dict) -> None:
        self._d[k] = self._pack(rec)

    def __delitem__(self, k: object) -> None:
        del self._d[k]

    def __contains__(self, k: object) -> bool:
        return k in self._d

    def __iter__(self) -> Iterator:
        return iter(self._d)

    def __len__(self) -> int:
        return len(self._d)
