"""The driver of a parallel ingest: tasks to Dask workers, results to ONE writer, in order.

    summary = ingest_parallel(store, ["corpus/dev", "news.warc.gz"], workers=4)
    summary = ingest_parallel(store, sources, scheduler="tcp://10.0.0.5:8786")

Workers clean and extract (:mod:`awol.scale.worker`); this process stores every result in the
order the single-process ingest would (a window of tasks in flight, written head first), with the
same rules: a document whose raw bytes are stored is ``unchanged`` without being extracted, one
whose cleaned text is stored is ``unchanged``, a changed page is a new version, bad documents go
to the failures table, posts and entries holding no prose are recorded as skipped, and linking runs after every ``chunk_size`` documents.  Each document is
committed in its own transaction, keyed by the hashes of its bytes and of its text, so a run
that is killed or re-run stores nothing twice; a task whose worker dies is run again.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from awol.errors import AwolError, InputError, NoProse, NotText
from awol.scale.tasks import Task, Unit, plan
from awol.scale.worker import Item, KnownRaws, LoadPipeline, Result, index_task, run_task
from awol.store.ingest import Linking, Summary, default_linker_factory
from awol.store.repo import Store

CONNECT_TIMEOUT = "30s"  # to reach a remote scheduler
RETRIES = 3  # times a task is submitted again after its worker died (on top of Dask's own)


class ScaleError(AwolError):
    pass


@contextmanager
def connect(workers: int | None = None, scheduler: str | None = None) -> Iterator[Any]:
    """A Dask client: on the cluster at ``scheduler`` (tcp://HOST:PORT), else on a LocalCluster
    of ``workers`` processes with one thread each (closed afterwards)."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover
        raise ScaleError(f"parallel ingest needs dask.distributed ({exc})") from None
    if scheduler:
        try:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT)
        except Exception as exc:
            raise ScaleError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
        try:
            yield client
        finally:
            client.close()
        return
    with (
        LocalCluster(
            n_workers=max(1, workers or 1),
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.CRITICAL,  # a worker restarted after a crash is not an error here
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


class _Bar:
    def __init__(self, enabled: bool) -> None:
        self.bar = None
        if enabled:
            from tqdm import tqdm

            self.bar = tqdm(desc="ingest", unit="doc", total=0, file=sys.stderr, dynamic_ncols=True)

    def grow(self, n: int) -> None:
        if self.bar is not None:
            self.bar.total += n
            self.bar.refresh()

    def update(self, s: Summary) -> None:
        if self.bar is not None:
            if self.bar.n + 1 > self.bar.total:
                self.bar.total = self.bar.n + 1
            self.bar.update(1)
            self.bar.set_postfix(events=s.events, failures=s.failures, refresh=False)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.total = self.bar.n
            self.bar.close()


class Writer:
    """Stores task results in order, as :func:`awol.store.ingest.ingest` stores its chunks."""

    def __init__(self, store: Store, linking: Linking, chunk_size: int, bar: _Bar) -> None:
        self.store = store
        self.linking = linking
        self.chunk_size = chunk_size
        self.bar = bar
        self.s = Summary()
        self.version: str | None = None
        self.ndocs = 0  # documents seen (not read errors): the single-process chunks
        self.chunk_raws: set[str] = set()  # raw hashes of the current chunk
        self.skipped_raws: dict[str, str] = {}  # raw hash -> why its record holds no prose
        # origins with a failure recorded in this run: a record read with a problem (a post
        # whose date is no date) is stored and its failure stays listed, as single-process
        self.failed_now: set[str] = set()
        self.cpu = 0.0
        self.rss: dict[int, int] = {}

    def fail(self, err: InputError, raw: str | None = None) -> None:
        if isinstance(err, NoProse):  # a post of furniture, hashtags or links: not a failure
            self.s.skip(err.origin, isinstance(err, NotText))
            self.store.record_skip(err.origin, err.reason, raw)
            if raw:
                self.skipped_raws[raw] = err.reason
            return
        self.s.failures += 1
        self.s.failed.append((err.origin, err.reason))  # printed by the CLI, as single-process
        self.failed_now.add(err.origin)
        self.store.record_failure(err.origin, err.reason)

    def write(self, res: Result) -> None:
        self.version = self.version or res.version
        self.cpu += res.cpu
        self.rss[res.pid] = max(self.rss.get(res.pid, 0), res.rss_peak)
        known = self.store.known_raw_metas(i.raw for i in res.items if i.raw)
        self.skipped_raws.update(
            self.store.known_skips(i.raw for i in res.items if i.raw and i.raw not in known)
        )
        for item in res.items:
            self._one(item, known)

    def _one(self, item: Item, known: dict[str, str | None]) -> None:
        s = self.s
        if item.raw is None:  # the source could not be read
            assert isinstance(item.result, InputError)
            self.fail(item.result)
            s.documents += 1
            self.bar.update(s)
            return
        if item.raw in self.skipped_raws:  # holds no prose, as an earlier record: not read again
            s.skip(item.origin)
            self.store.record_skip(item.origin, self.skipped_raws[item.raw], item.raw)
        elif item.raw in self.chunk_raws or (
            # stored with the same metadata (other metadata: a corrected manifest, stored as
            # the single-process ingest stores it), or judged so by the worker
            item.raw in known and (known[item.raw] == item.meta or item.result is None)
        ):
            s.unchanged += 1
        elif item.result is None:  # skipped by the worker, yet not stored: never happens
            self.fail(InputError(item.origin, "skipped as stored but not in the database"))
        elif isinstance(item.result, InputError):
            self.fail(item.result, item.raw)
        else:
            res = item.result
            try:
                r = self.store.add_extraction(
                    res,
                    raw_hash=item.raw,
                    origin=item.origin,
                    fetched_at=item.fetched_at,
                    extractor_version=self.version,
                    keep_failures=item.origin in self.failed_now,
                    meta=item.meta,
                )
            except Exception as exc:  # e.g. a value the database refuses
                self.fail(InputError(res.article.origin or res.article.id, f"cannot store: {exc}"))
            else:
                setattr(s, r.status, getattr(s, r.status) + 1)
                s.events += r.events
                s.figures += r.figures
                if r.status != "unchanged":
                    s.stored(res)
                known[item.raw] = item.meta
        self.chunk_raws.add(item.raw)
        s.documents += 1
        self.bar.update(s)
        self.ndocs += 1
        if self.ndocs % self.chunk_size == 0:
            self.chunk_raws.clear()
            self.linking.step()


def ingest_parallel(
    store: Store,
    sources: Iterable[str],
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    client: Any = None,
    manifest: dict[str, dict] | None = None,
    fetcher: Any = None,
    telegram_username: str | None = None,
    chunk_size: int = 200,
    progress: bool = False,
    linker_factory: Callable[[dict | None], Any] | None | str = "default",
    on_written: Callable[[int, Any], None] | None = None,
) -> Summary:
    """Ingest ``sources`` on Dask workers; same database and Summary as the single-process ingest.

    ``client``: an existing ``distributed.Client`` (else one is made from ``workers`` or
    ``scheduler``).  ``on_written(n, client)`` is called after the n-th task is stored (tests).
    """
    t0 = time.monotonic()
    if client is None:
        with connect(workers, scheduler) as c:
            return ingest_parallel(
                store, sources, client=c, manifest=manifest, fetcher=fetcher,
                telegram_username=telegram_username, chunk_size=chunk_size, progress=progress,
                linker_factory=linker_factory, on_written=on_written,
            )  # fmt: skip
    chunk_size = max(1, chunk_size)
    client.register_plugin(LoadPipeline())
    if linker_factory == "default":
        linker_factory = default_linker_factory()
    linking = Linking(store, linker_factory)
    linking.step()  # documents committed by an interrupted run but not linked yet
    bar = _Bar(progress)
    writer = Writer(store, linking, chunk_size, bar)
    known = _known(store, client)
    slots = max(1, sum(client.nthreads().values()))
    window = 2 * slots + 2
    units = plan(sources, manifest=manifest, fetcher=fetcher,
                 telegram_username=telegram_username, chunk_size=chunk_size)  # fmt: skip
    stream = _tasks(client, units, lookahead=slots, bar=bar)
    inflight: deque[list] = deque()
    n = 0
    writer_cpu = 0.0

    def submit(task: Task, attempt: int) -> Any:
        return client.submit(run_task, task, known, pure=False, retries=1)

    def fill() -> None:
        while len(inflight) < window:
            task = next(stream, None)
            if task is None:
                return
            inflight.append([task, submit(task, 0), 0])

    try:
        fill()
        while inflight:
            task, fut, attempt = inflight[0]
            try:
                res = fut.result()
            except Exception as exc:  # its worker died too often, or a lost connection
                if attempt < RETRIES:
                    inflight[0] = [task, submit(task, attempt + 1), attempt + 1]
                    continue
                res = _failed(task, exc)
            inflight.popleft()
            fut.release()
            fill()
            c0 = time.process_time()
            writer.write(res)
            writer_cpu += time.process_time() - c0
            n += 1
            if on_written is not None:
                on_written(n, client)
        linking.step()  # what the last chunk stored
        linking.finish()  # new versions of linked documents: linked again from scratch
    finally:
        for _, fut, _ in inflight:
            fut.cancel()
        bar.close()
    s = writer.s
    s.seconds = time.monotonic() - t0
    s.linking = linking.status
    s.totals = store.counts()
    # measurements for benchmarks/bench_scale.py and docs/scale.md
    s.cpu_seconds = writer.cpu  # type: ignore[attr-defined]  # workers' CPU
    s.writer_cpu = writer_cpu  # type: ignore[attr-defined]  # storing (and linking, if on)
    s.worker_rss = dict(writer.rss)  # type: ignore[attr-defined]
    return s


def _known(store: Store, client: Any) -> Any:
    from awol.store.parallel import raw_digests

    blob = raw_digests(store)
    if not blob:
        return None
    return client.scatter(KnownRaws(blob), broadcast=True, hash=False)


def _tasks(client: Any, units: Iterator[Unit], lookahead: int, bar: _Bar) -> Iterator[Task]:
    """The tasks of every unit in order; WARC shards are indexed on workers a few units ahead."""
    ahead: deque[tuple[Unit, Any]] = deque()

    def pull() -> bool:
        unit = next(units, None)
        if unit is None:
            return False
        fut = None
        if unit.warc is not None:
            fut = client.submit(
                index_task, unit.warc, unit.chunk_size, unit.max_bytes, os.getcwd(), pure=False
            )
        ahead.append((unit, fut))
        return True

    while len(ahead) < lookahead and pull():
        pass
    while ahead:
        unit, fut = ahead.popleft()
        pull()
        if fut is not None:
            try:
                tasks: Iterable[Task] = fut.result()
            except Exception:  # indexing failed: read the shard as one task
                tasks = [Task("warc", unit.warc or "", unit.chunk_size, path=unit.warc or "")]
            fut.release()
        else:
            tasks = unit.tasks
        for task in tasks:
            bar.grow(task.size)
            yield task


def _failed(task: Task, exc: BaseException) -> Result:
    """A task that could not be run: one failure naming its source (nothing is stored for it;
    the next run picks its documents up)."""
    reason = f"task failed on the cluster ({type(exc).__name__}: {exc}); ingest again to retry"
    return Result([Item(task.label, result=InputError(task.label, reason))])
