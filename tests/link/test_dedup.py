"""The near-duplicate index: datasketch's signatures, computed faster, and its banding."""

from __future__ import annotations

import random

import pytest
from datasketch import MinHash, MinHashLSH

from awol.link.dedup import NUM_PERM, NearDuplicates, _BandIndex, shingles, signature

WORDS = "police soldier unit region court left base said village relatives border week".split()


def _texts(n: int, seed: int = 3) -> list[str]:
    rng = random.Random(seed)
    base = [" ".join(rng.choice(WORDS) for _ in range(80)) for _ in range(n // 3 + 1)]
    out = []
    for i in range(n):
        words = base[i % len(base)].split()
        for _ in range(rng.randrange(0, 30)):  # light edits: some texts stay copies
            words[rng.randrange(len(words))] = rng.choice(WORDS)
        out.append(" ".join(words))
    return out


def test_signatures_are_datasketch_minhashes():
    for text in _texts(20):
        m = MinHash(num_perm=NUM_PERM, seed=1)
        m.update_batch(list(shingles(text)))
        assert (signature(text).astype("u8") == m.hashvalues.astype("u8")).all()


@pytest.mark.parametrize("merge_at", [1 << 16, 40])
def test_pairs_equal_datasketch_lsh_and_survive_the_state(monkeypatch, merge_at):
    # merge_at 40: the band table's recent entries are merged into its sorted arrays every
    # document or two, so both halves of the table are exercised
    monkeypatch.setattr(_BandIndex, "MERGE_AT", merge_at)
    texts = _texts(60)
    lsh = MinHashLSH(threshold=0.4, num_perm=NUM_PERM)
    expected = {}
    sigs = {}
    for i, text in enumerate(texts):
        m = MinHash(num_perm=NUM_PERM, seed=1)
        m.update_batch(list(shingles(text)))
        for other in lsh.query(m):
            sim = m.jaccard(sigs[other])
            if sim >= 0.4:
                expected[tuple(sorted((f"d{i:02d}", other)))] = round(sim, 3)
        lsh.insert(f"d{i:02d}", m)
        sigs[f"d{i:02d}"] = m
    nd = NearDuplicates(threshold=0.4)
    half = NearDuplicates(threshold=0.4)
    for i, text in enumerate(texts):
        nd.add(f"d{i:02d}", text)
        if i == 30:
            half = NearDuplicates.from_state(half.state())
        half.add(f"d{i:02d}", text)
    assert expected and nd.pairs == expected and half.pairs == expected
    assert NearDuplicates.from_state(nd.state()).state() == nd.state()
