"""A multimap of 64-bit hashes to 32-bit numbers kept as sorted numpy arrays (12 bytes an
entry) plus a dict of the entries filed since the last merge, merged into the arrays when it
holds ``merge_at`` entries or 1/2**``SHIFT`` of the arrays' entries.  One hash's entries stay in
filing order.  The linker's block index (:class:`awol.link.blocks.BlockIndex`) and the
near-duplicate band index (:mod:`awol.link.dedup`) are two of these, each with its own look-up
(round 38: their filing and merging were the same code twice)."""

from __future__ import annotations

import numpy as np


class SortedIndex:
    """hash -> numbers: filing (:meth:`add`) and merging; the look-up is the subclass's."""

    __slots__ = ("_buf", "_nbuf", "keys", "merge_at", "vals")
    KEY: type = np.int64  # the arrays' types
    VAL: type = np.int32
    SHIFT = 5  # merged when the dict holds 1/32 of the arrays' entries (or ``merge_at``)

    def __init__(self, merge_at: int = 1 << 16) -> None:
        self.merge_at = merge_at  # entries of the dict merged into the arrays (at least)
        self.keys = np.empty(0, self.KEY)
        self.vals = np.empty(0, self.VAL)
        self._buf: dict[int, int | list[int]] = {}
        self._nbuf = 0

    def add(self, hashes: list[int], e: int) -> None:
        """File number ``e`` under each of ``hashes``."""
        buf = self._buf
        for h in hashes:
            cur = buf.get(h)
            if cur is None:
                buf[h] = e
            elif type(cur) is int:
                buf[h] = [cur, e]
            else:
                cur.append(e)
        self._nbuf += len(hashes)
        if self._nbuf >= max(self.merge_at, len(self.keys) >> self.SHIFT):
            self._merge()

    def _merge(self) -> None:
        ks: list[int] = []
        vs: list[int] = []
        for h, v in self._buf.items():
            if type(v) is int:
                ks.append(h)
                vs.append(v)
            else:
                ks.extend([h] * len(v))
                vs.extend(v)
        self._buf = {}
        self._nbuf = 0
        k = np.array(ks, self.KEY)
        v = np.array(vs, self.VAL)
        del ks, vs
        o = np.argsort(k, kind="stable")  # one hash's entries stay in filing order
        k, v = k[o], v[o]
        at = np.searchsorted(self.keys, k, side="right")  # after the entries filed before
        self.keys = np.insert(self.keys, at, k)
        self.vals = np.insert(self.vals, at, v)
