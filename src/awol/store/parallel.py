"""Store queries for the parallel ingest (:mod:`awol.scale`): kept here, the store being the only
code that knows SQL."""

from __future__ import annotations

from sqlalchemy import select, union

from awol.store.repo import Store
from awol.store.schema import SkipRow, SourceRow


def raw_digests(store: Store) -> bytes:
    """Every stored raw-bytes hash (and every one of a record skipped as holding no prose) as
    sorted 20-byte sha1 digests, concatenated (streamed from the database; 20 bytes each)."""
    out: list[bytes] = []
    with store.engine.connect() as c:
        rows = c.execution_options(stream_results=True, yield_per=10_000).execute(
            union(
                select(SourceRow.raw_hash),
                select(SkipRow.raw_hash).where(SkipRow.raw_hash.is_not(None)),
            )
        )
        for (h,) in rows:
            if len(h) == 40:
                try:
                    out.append(bytes.fromhex(h))
                except ValueError:
                    continue
    out.sort()
    return b"".join(out)
