"""What runs on a Dask worker: read a task's documents, clean + extract them, return the results.

The pipeline (gazetteer, morphology, lexicons) is loaded once per worker process, when the worker
starts (:class:`LoadPipeline`) or at its first task, never per task.  Workers never touch the
database: they return, per document in order, its raw-bytes hash and its Extraction (or the
reason it failed), and the driver's single writer stores them.
"""

from __future__ import annotations

import hashlib
import resource
import time
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Any

from awol.errors import InputError
from awol.model import Document, Extraction
from awol.scale.tasks import Task

_PIPELINE: tuple[Any, str] | None = None


def pipeline() -> tuple[Any, str]:
    """This process's pipeline and extractor version (loaded on first use)."""
    global _PIPELINE
    if _PIPELINE is None:
        from awol.pipeline import Pipeline
        from awol.store.ingest import extractor_version

        p = Pipeline()
        list(p.process(_WARM_UP))  # load every lazy model now, not in the first task
        _PIPELINE = (p, extractor_version(p.extractor))
    return _PIPELINE


_WARM_UP = [
    Document("<warm-up en>", b"A soldier deserted from his unit in the Rostov region on Monday, "
             b"police said. He was detained two days later.", language="en", media_type="text"),
    Document("<warm-up ru>", "Военнослужащий самовольно оставил часть в Ростовской области, "
             "сообщила полиция. Через два дня его задержали.".encode(), language="ru",
             media_type="text"),
]  # fmt: skip


try:
    from distributed.diagnostics.plugin import WorkerPlugin
except ImportError:  # pragma: no cover - dask is a dependency, but keep the module importable
    WorkerPlugin = object  # type: ignore[assignment,misc]


class LoadPipeline(WorkerPlugin):  # type: ignore[misc,valid-type]
    """Loads the pipeline when a worker starts (also a worker restarted after a crash)."""

    name = "awol-pipeline"

    def setup(self, worker: Any) -> None:
        pipeline()


class KnownRaws:
    """What is stored already (sorted 20-byte digests in one bytes object: 20 MB per million
    documents; :func:`awol.store.parallel.raw_digests`), so a re-run skips cleaning and
    extraction of what is stored: raw bytes with the metadata declared with them
    (:func:`holds`), and the raw bytes of records that hold no prose."""

    def __init__(self, digests: bytes) -> None:
        self.blob = digests
        self.n = len(digests) // 20

    def __len__(self) -> int:
        return self.n

    def __contains__(self, digest: bytes) -> bool:
        blob = self.blob
        i = bisect_left(range(self.n), digest, key=lambda j: blob[j * 20 : j * 20 + 20])
        return i < self.n and blob[i * 20 : i * 20 + 20] == digest

    def holds(self, digest: bytes, meta: str) -> bool:
        """Whether bytes of sha1 ``digest`` need not be read: stored with the same declared
        metadata ``meta`` (other metadata: a corrected manifest, read again), or a record that
        holds no prose."""
        from awol.store.documents import source_key

        return source_key(digest.hex(), meta) in self or digest in self


@dataclass
class Item:
    """One input of a task, in order: a document (``raw`` set) or an error reading the source."""

    origin: str
    raw: str | None = None  # sha1 hex of the raw bytes (None: the source could not be read)
    fetched_at: str | None = None
    result: Extraction | InputError | None = None  # None: skipped, its raw bytes are stored
    meta: str | None = None  # fingerprint of the metadata declared with the bytes (declared_meta)


@dataclass
class Result:
    items: list[Item] = field(default_factory=list)
    version: str | None = None
    cpu: float = 0.0  # CPU seconds of this task on its worker
    rss_peak: int = 0  # the worker process's peak resident memory so far, bytes
    pid: int = 0


def run_task(task: Task, known: KnownRaws | None = None) -> Result:
    """Read, clean and extract one task (runs on a worker; never raises for bad input)."""
    import os

    from awol.store.documents import declared_meta

    t0 = time.process_time()
    proc, version = pipeline()
    items: list[Item] = []
    todo: list[tuple[int, Document]] = []
    try:
        for doc in task.read():
            if isinstance(doc, InputError):
                items.append(Item(doc.origin, result=doc))
                continue
            digest = hashlib.sha1(doc.content).digest()
            item = Item(doc.origin, digest.hex(), doc.fetched_at, meta=declared_meta(doc))
            items.append(item)
            if known is None or not known.holds(digest, item.meta):
                todo.append((len(items) - 1, doc))
    except Exception as exc:  # a reader bug: keep what was read, report the rest
        items.append(Item(task.label, result=InputError(task.label, f"cannot read: {exc!r}")))
    if todo:
        results = list(proc.process(doc for _, doc in todo))
        if len(results) != len(todo):  # the pipeline keeps one result per input
            raise RuntimeError(f"pipeline returned {len(results)} results for {len(todo)}")
        for (i, _), res in zip(todo, results, strict=True):
            items[i].result = res
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    return Result(items, version, time.process_time() - t0, rss, os.getpid())


def index_task(path: str, chunk_size: int, max_bytes: int, cwd: str) -> list[Task]:
    from awol.scale.tasks import index_warc

    return index_warc(path, chunk_size, max_bytes, cwd)
