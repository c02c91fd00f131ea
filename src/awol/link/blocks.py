"""The block index of the linker: hash of a blocking key -> the events filed under it.

An event is filed under ~30 keys; at a million events a dict of lists of key tuples took ~700
bytes an event.  Here the entries are sorted numpy arrays (hash, event number: 12 bytes an
entry) plus a dict of the entries filed since the last merge, which is merged into the arrays
when it holds 1/32 of them.  A block reads back in filing order, as a list did.
"""

from __future__ import annotations

import numpy as np

from awol.link.sorted_index import SortedIndex


class BlockIndex(SortedIndex):
    """hash -> event numbers, in filing order (filed and merged by :class:`SortedIndex`: int64
    hashes, int32 event numbers, merged at 1/32)."""

    __slots__ = ()

    def __len__(self) -> int:
        return len(self.keys) + self._nbuf

    def get(self, hashes: list[int]) -> list[int]:
        """The blocks of ``hashes`` one after the other (each in filing order; an event is
        listed once per block it is in)."""
        return self.get_many([hashes])[0]

    def get_many(self, groups: list[list[int]]) -> list[list[int]]:
        """``get`` of each group of hashes, with one search of the arrays for all of them (a
        search costs mostly its fixed overhead and cache misses in the large arrays)."""
        buf = self._buf
        keys = self.keys
        total = 0
        if len(keys):
            flat = [h for g in groups for h in g]
            if flat:
                q = np.array(flat, np.int64)
                del flat
                lo = np.searchsorted(keys, q, side="left")
                cnt = np.searchsorted(keys, q, side="right") - lo
                total = int(cnt.sum())
        out: list[list[int]] = []
        if not total:
            for hashes in groups:
                o: list[int] = []
                for h in hashes:
                    cur = buf.get(h)
                    if cur is not None:
                        if type(cur) is int:
                            o.append(cur)
                        else:
                            o.extend(cur)
                out.append(o)
            return out
        before = np.cumsum(cnt) - cnt
        found = self.vals[np.repeat(lo - before, cnt) + np.arange(total)].tolist()
        counts = cnt.tolist()
        pos = i = 0
        for hashes in groups:
            o = []
            for h in hashes:
                c = counts[i]
                i += 1
                if c:
                    o += found[pos : pos + c]
                    pos += c
                cur = buf.get(h)
                if cur is not None:
                    if type(cur) is int:
                        o.append(cur)
                    else:
                        o.extend(cur)
            out.append(o)
        return out
