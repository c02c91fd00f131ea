"""Store queries for the parallel ingest (:mod:`awol.scale`): kept here, the store being the only
code that knows SQL."""

from __future__ import annotations

from sqlalchemy import select

from awol.store.repo import Store
from awol.store.schema import SourceRow


def raw_digests(store: Store) -> bytes:
    """Every stored raw-bytes hash as sorted 20-byte sha1 digests, concatenated (streamed from
    the database; 20 bytes per stored source)."""
    out: list[bytes] = []
    with store.engine.connect() as c:
        rows = c.execution_options(stream_results=True, yield_per=10_000).execute(
            select(SourceRow.raw_hash)
        )
        for (h,) in rows:
            if len(h) == 40:
                try:
                    out.append(bytes.fromhex(h))
                except ValueError:
                    continue
    out.sort()
    return b"".join(out)
