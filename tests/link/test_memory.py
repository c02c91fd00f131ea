"""What the linker keeps per event: bounded, so that 1M events fit in a few GB (not a timing
test: bytes allocated and kept, counted by tracemalloc on the benchmark's synthetic events)."""

from __future__ import annotations

import gc
import tracemalloc

from awol.link import Linker

from .test_link import _bench_docs

# Measured on 4,000 synthetic events: ~3.1 KB per event kept after add() (records, features,
# block index, links, components, near-duplicate index); ~3.9 KB before the links, components
# and block index became arrays of event numbers, ~9.1 KB before the compact forms of
# awol.link.compact / dedup.  The bound leaves room for new features.
MAX_BYTES_PER_EVENT = 4_500


def _kept_per_event(docs: list[dict]) -> float:
    Linker().add(docs)  # fill the module-level caches (dates, names, words): not per event
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        lk = Linker()
        lk.add(docs)
        gc.collect()
        kept = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert lk.links and lk.case_links and lk.dups.pairs  # it linked something
    return kept / len(lk.events)


def test_what_the_linker_keeps_per_event_is_bounded():
    docs = _bench_docs(4000)
    per_event = _kept_per_event(docs)
    assert 200 < per_event < MAX_BYTES_PER_EVENT, per_event
