"""The compact structures of the linker read back what dicts and lists of keys held."""

from __future__ import annotations

import random

from awol.link import Linker
from awol.link.blocks import BlockIndex
from awol.link.compact import EventIds, LinkMap, PairSet, PairTable

from .test_link import _bench_docs


def test_block_index_lists_each_block_in_filing_order_across_merges():
    rng = random.Random(5)
    idx = BlockIndex(merge_at=50)  # merge often: entries in the arrays and in the dict at once
    ref: dict[int, list[int]] = {}
    hashes = [rng.randrange(-(2**63), 2**63) for _ in range(40)]
    for e in range(600):
        hs = rng.sample(hashes, rng.randrange(0, 6))
        if hs and rng.random() < 0.1:
            hs.append(hs[0])  # a key given twice: filed twice
        idx.add(hs, e)
        for h in hs:
            ref.setdefault(h, []).append(e)
        if e % 37 == 0:
            q = rng.sample(hashes, 5) + [12345]
            assert idx.get(q) == [x for h in q for x in ref.get(h, [])]
    assert len(idx.keys) > 0 and idx._buf  # both parts were read
    q = hashes[::-1]
    assert idx.get(q) == [x for h in q for x in ref.get(h, [])]
    assert idx.get([]) == []


def test_pair_table_reads_back_as_a_dict_and_a_set_of_key_pairs():
    ids = EventIds()
    base = ids.new_doc("d1", 3)
    ids.keys[base : base + 3] = [("d1", 0), ("d1", 1), ("d1", 2)]
    base = ids.new_doc("d2", 2)
    ids.keys[base : base + 2] = [("d2", 0), ("d2", 1)]
    t = PairTable(scored=True)
    ref = {}
    for a, b, s in [(0, 3, 2.5), (1, 3, 1.25), (0, 4, 3.0), (2, 4, 0.5)]:
        t.add(a, b, s)
        ref[(ids.keys[a], ids.keys[b])] = s
    links = LinkMap(t, ids)
    assert dict(links.items()) == ref and links == ref and len(links) == 4
    assert links[(("d1", 1), ("d2", 0))] == 1.25
    assert (("d2", 0), ("d1", 1)) not in links and (("zz", 0), ("d1", 1)) not in links
    assert sorted(t.neighbours(3)) == [0, 1] and sorted(t.neighbours(0)) == [3, 4]
    assert t.neighbours(9) == []
    cases = PairTable()
    cases.add(0, 1)
    pairs = PairSet(cases, ids)
    assert pairs == {(("d1", 0), ("d1", 1))} and (("d1", 0), ("d1", 1)) in pairs


def test_streamed_outputs_are_those_of_the_incremental_path():
    """iter_incidents / iter_cases build one incident (case) at a time; changes() builds whole
    clusters at once: on a fresh linker both give every incident and case."""
    lk = Linker()
    lk.add(_bench_docs(1200))
    incs, cases = lk.incidents(), lk.cases()
    assert incs == list(lk.iter_incidents()) and cases == list(lk.iter_cases())
    ch = lk.changes()
    assert sorted(ch["incidents"], key=lambda d: d["incident_id"]) == incs
    assert sorted(ch["cases"], key=lambda d: d["case_id"]) == cases
    assert any(len(i["events"]) > 1 for i in incs) and any(len(c["incidents"]) > 1 for c in cases)
