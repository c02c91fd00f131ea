"""Parallel ingest on Dask: sources -> tasks -> workers (clean + extract) -> one writer.

    from awol.scale import ingest_parallel
    ingest_parallel(store, ["archive/"], workers=4)                 # a LocalCluster
    ingest_parallel(store, ["cc-news/"], scheduler="tcp://host:8786")

See docs/scale.md.
"""

from awol.scale.run import ScaleError, connect, ingest_parallel

__all__ = ["ScaleError", "connect", "ingest_parallel"]
