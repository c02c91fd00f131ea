"""Store queries for the parallel ingest (:mod:`awol.scale`): kept here, the store being the only
code that knows SQL."""

from __future__ import annotations

from sqlalchemy import select

from awol.store.documents import source_key
from awol.store.repo import Store
from awol.store.schema import SkipRow, SourceRow


def raw_digests(store: Store) -> bytes:
    """What a parallel ingest's workers need not read, as sorted 20-byte digests, concatenated
    (streamed from the database; 20 bytes each): every stored source as its raw-bytes hash with
    the metadata declared with it (:func:`awol.store.documents.source_key`; one stored before
    that metadata was remembered is left out: read once more, as single-process), and the raw
    hash itself of every record skipped as holding no prose (skipped whatever its metadata)."""
    out: list[bytes] = []
    with store.engine.connect() as c:
        stream = c.execution_options(stream_results=True, yield_per=10_000)
        for h, meta in stream.execute(select(SourceRow.raw_hash, SourceRow.meta)):
            if meta is not None:
                out.append(source_key(h, meta))
        q = select(SkipRow.raw_hash).where(SkipRow.raw_hash.is_not(None)).distinct()
        for (h,) in stream.execute(q):
            if len(h) == 40:
                try:
                    out.append(bytes.fromhex(h))
                except ValueError:
                    continue
    out = sorted(set(out))
    return b"".join(out)
