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
_INTERNED = frozenset(("type", "country", "region", "count_qualifier", "who", "published"))
_INTERN_AT = tuple(i for i, k in enumerate(RECORD_FIELDS) if k in _INTERNED)
_LISTS_AT = tuple(i for i, k in enumerate(RECORD_FIELDS) if k == "names")


def _pack(rec: dict) -> tuple | dict:
    """A record as a tuple of its values (a dict of 16 keys costs about 4 times as much); a
    record with other keys (a state written by another version) is kept as it is."""
    if len(rec) != len(RECORD_FIELDS) or any(k not in rec for k in RECORD_FIELDS):
        return dict(rec)
    vals = [rec[k] for k in RECORD_FIELDS]
    for i in _INTERN_AT:
        if type(vals[i]) is str and len(vals[i]) <= 64:
            vals[i] = sys.intern(vals[i])
    for i in _LISTS_AT:
        if type(vals[i]) is list:
            vals[i] = tuple(vals[i])
    return tuple(vals)


def _unpack(v: tuple | dict) -> dict:
    if type(v) is dict:
        return v
    rec = dict(zip(RECORD_FIELDS, v, strict=True))
    for i in _LISTS_AT:
        if type(v[i]) is tuple:
            rec[RECORD_FIELDS[i]] = list(v[i])
    return rec


class Records(MutableMapping):
    """event key -> record dict (the fields of ``RECORD_FIELDS``), stored as tuples.  Reading a
    record builds a fresh dict: change a record by assigning it again."""

    __slots__ = ("_d",)

    def __init__(self) -> None:
        self._d: dict = {}

    def __getitem__(self, k: object) -> dict:
        return _unpack(self._d[k])

    def __setitem__(self, k: object, rec: dict) -> None:
        self._d[k] = _pack(rec)

    def __delitem__(self, k: object) -> None:
        del self._d[k]

    def __contains__(self, k: object) -> bool:
        return k in self._d

    def __iter__(self) -> Iterator:
        return iter(self._d)

    def __len__(self) -> int:
        return len(self._d)
