"""The linker's block index and the near-duplicate band index share their filing and merging
(:class:`awol.link.sorted_index.SortedIndex`, round 38, code38): each still reads back what a
plain dict of lists would, across merges."""

from __future__ import annotations

import random

import numpy as np
import pytest

from awol.link.blocks import BlockIndex
from awol.link.dedup import _BandIndex
from awol.link.sorted_index import SortedIndex


def _filings(seed: int, n: int = 600) -> list[tuple[list[int], int]]:
    rng = random.Random(seed)
    return [
        ([rng.randrange(0, 90) * 7919 for _ in range(rng.randrange(1, 6))], e) for e in range(n)
    ]


@pytest.mark.parametrize("merge_at", [1 << 16, 40, 1])
def test_the_block_index_reads_back_in_filing_order(merge_at: int) -> None:
    idx, plain = BlockIndex(merge_at=merge_at), {}
    for hashes, e in _filings(1):
        idx.add(hashes, e)
        for h in hashes:
            plain.setdefault(h, []).append(e)
    assert len(idx) == sum(len(v) for v in plain.values())
    if merge_at < 1 << 16:
        assert len(idx.keys) > 0 and idx.keys.dtype == np.int64 and idx.vals.dtype == np.int32
    queries = [[h] for h in plain] + [[3, 7919 * 5, 7919 * 8], []]
    want = [[e for h in q for e in plain.get(h, [])] for q in queries]
    assert idx.get_many(queries) == want
    assert idx.get(queries[0]) == want[0]


@pytest.mark.parametrize("merge_at", [1 << 16, 40])
def test_the_band_index_reads_back_the_documents(monkeypatch, merge_at: int) -> None:
    monkeypatch.setattr(_BandIndex, "MERGE_AT", merge_at)
    idx, plain = _BandIndex(), {}
    for hashes, e in _filings(2):
        hashes = [h + (1 << 63) for h in hashes]  # unsigned 64-bit hashes
        idx.add(hashes, e)
        for h in hashes:
            plain.setdefault(h, set()).add(e)
    if merge_at < 1 << 16:
        assert len(idx.keys) > 0 and idx.keys.dtype == np.uint64 and idx.vals.dtype == np.uint32
    for h, docs in plain.items():
        assert idx.get([h, 5]) == docs


def test_the_merge_share_is_the_subclass_s() -> None:
    assert (SortedIndex.SHIFT, BlockIndex.SHIFT, _BandIndex.SHIFT) == (5, 5, 4)
