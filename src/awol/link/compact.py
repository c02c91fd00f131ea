"""Compact in-memory forms of what the linker keeps per event (it keeps every event's record,
features and index entries: ~1M events must fit in a few GB; see docs/linking.md, "Memory").

The representations change nothing the linker decides or gives out: a record reads back as the
same dict, an index block lists the same events in the same order.
"""

from __future__ import annotations

import sys
from array import array
from collections.abc import Iterator, Mapping, MutableMapping, Set

from awol.link.features import EVENT_FIELDS

# the fields of an event record, in the order the linker writes them
RECORD_FIELDS = (*EVENT_FIELDS, "at", "doc", "idx", "published", "evidence")
# the fields of a document's metadata
DOC_FIELDS = ("published", "language", "outlet", "url", "title", "n", "names_seen")
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


class EventIds:
    """Dense numbers of the events (0, 1, ...: the events of a document are numbered in a row),
    so that links, adjacency and components are arrays of ints instead of dicts and sets of
    ``(doc, idx)`` keys: ``keys`` / ``feats`` give an event's key and features by number."""

    __slots__ = ("base", "feats", "keys")

    def __init__(self) -> None:
        self.keys: list = []  # number -> (doc, idx) (the key object every structure shares)
        self.feats: list = []  # number -> its features (None until filed)
        self.base: dict[str, int] = {}  # document -> number of its first event

    def new_doc(self, doc: str, n: int) -> int:
        """Number the ``n`` events of a new document; returns the first number."""
        base = len(self.keys)
        self.base[doc] = base
        self.keys.extend([None] * n)
        self.feats.extend([None] * n)
        return base

    def id(self, k: tuple[str, int]) -> int:
        return self.base[k[0]] + k[1]

    def __len__(self) -> int:
        return len(self.keys)


class PairTable:
    """Pairs of event numbers (links), in the order added, with each event's adjacency as a
    linked list through the pairs: 12 bytes a pair (16 with a score) where a dict of key
    tuples and adjacency lists took ~140."""

    __slots__ = ("a", "b", "head", "nxt", "scores")

    def __init__(self, scored: bool = False) -> None:
        self.a = array("i")
        self.b = array("i")
        self.nxt = array("i")  # end 2l (a's) and 2l + 1 (b's) -> the previous end of that event
        self.head = array("i")  # event -> its last end (-1: none)
        self.scores = array("d") if scored else None

    def add(self, a: int, b: int, score: float | None = None) -> int:
        n = len(self.a)
        head = self.head
        top = max(a, b)
        if top >= len(head):
            head.extend([-1] * (top + 1 - len(head) + (len(head) >> 3)))
        self.a.append(a)
        self.b.append(b)
        self.nxt.append(head[a])
        head[a] = 2 * n
        self.nxt.append(head[b])
        head[b] = 2 * n + 1
        if self.scores is not None:
            self.scores.append(score)
        return n

    def pairs_of(self, e: int) -> list[int]:
        """The numbers of the pairs event ``e`` is in."""
        out = []
        if e < len(self.head):
            j, nxt = self.head[e], self.nxt
            while j >= 0:
                out.append(j >> 1)
                j = nxt[j]
        return out

    def neighbours(self, e: int) -> list[int]:
        """The events paired with ``e`` (once per pair)."""
        a, b = self.a, self.b
        out = []
        if e < len(self.head):
            j, nxt = self.head[e], self.nxt
            while j >= 0:
                out.append(b[j >> 1] if j & 1 == 0 else a[j >> 1])
                j = nxt[j]
        return out

    def __len__(self) -> int:
        return len(self.a)


class LinkMap(Mapping):
    """The links of a :class:`PairTable` read as ``{(key a, key b): score}`` (or, unscored, as a
    set of key pairs: :class:`PairSet`), in the order added."""

    __slots__ = ("_ids", "_t")

    def __init__(self, table: PairTable, ids: EventIds) -> None:
        self._t = table
        self._ids = ids

    def _find(self, pair: object) -> int:
        try:
            ka, kb = pair  # type: ignore[misc]
            a, b = self._ids.id(ka), self._ids.id(kb)
        except (KeyError, TypeError, ValueError):
            return -1
        t = self._t
        for n in t.pairs_of(a):
            if t.a[n] == a and t.b[n] == b:
                return n
        return -1

    def __getitem__(self, pair: object) -> float:
        n = self._find(pair)
        if n < 0 or self._t.scores is None:
            raise KeyError(pair)
        return self._t.scores[n]

    def __contains__(self, pair: object) -> bool:
        return self._find(pair) >= 0

    def __iter__(self) -> Iterator:
        keys = self._ids.keys
        for a, b in zip(self._t.a, self._t.b, strict=True):
            yield (keys[a], keys[b])

    def __len__(self) -> int:
        return len(self._t)

    def items(self):  # noqa: ANN201  (an iterator of (pair, score), without a lookup per pair)
        return zip(iter(self), self._t.scores or (), strict=True)


class PairSet(Set):
    """The unscored pairs of a :class:`PairTable` read as a set of ``(key a, key b)``."""

    __slots__ = ("_m",)

    def __init__(self, table: PairTable, ids: EventIds) -> None:
        self._m = LinkMap(table, ids)

    def __contains__(self, pair: object) -> bool:
        return pair in self._m

    def __iter__(self) -> Iterator:
        return iter(self._m)

    def __len__(self) -> int:
        return len(self._m)
