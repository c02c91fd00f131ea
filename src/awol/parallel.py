"""The parts of one long text read on all the machine's cores: each process, the reader (this
one) and forked workers, takes the first part nobody has taken; the reader goes through them in
order.  (A module of its own, not of extract/: cleaning forks with it too, and the stages
share :func:`workers`.)

The reader of a long text (:func:`awol.extract.document._read`) goes through its sentences in
order: what it makes of a sentence depends on what the sentences before it left (the story
window, the names of the last mentions, the figure before, the merging of the drafts, the
sources named before; :mod:`awol.extract.sentence_pool`).  Most of that reading is the sentence's
own (the classifier's verdict, the mentions, their dates, counts, places and names, the
figures), and a worker can read a part of the text as the reader would, from a warm-up before it
with nothing carried in; the reader takes its reading of a sentence only where the reader
carries the same to it.  So the parts can be read anywhere, while the reader keeps the
order-dependent stages (the document level) to itself.

:class:`Parts` shares them out with no part read twice: each worker takes the first part nobody
has taken (under one lock), reads it and sends it back; the reader takes the next part in order
where it is read, reads it itself (as it goes: no warm-up, nothing sent) where nobody has taken
it yet, and, where a worker is still reading it, reads the first part nobody has taken (as a
worker would) instead of waiting.  So no process waits while a part is left, the document level
of each part follows its reading closely (nothing is left for the reader alone at the end but
the last part's), and however fast each process runs (a loaded machine, a core shared with
others) the parts go to whoever is free: the wall time is about the total CPU time over the
processes, plus what the reader does alone before and after (cleaning, the article's stages).

A worker is forked (the models, the lexicons and the text are shared copy-on-write; nothing of
them is sent), reads a part with ``read(k)`` and sends back what it returns, pickled (its size
counted: :attr:`Parts.stats`).  A worker that fails, or dies, leaves its part to the reader
(``None``): the extraction is the same, only later.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import pickle
import queue
import resource
import threading
import time
from collections.abc import Callable
from typing import Any

WAIT = 0.2  # seconds between looks at whether a worker that holds a part is still alive


def can_fork() -> bool:
    """Whether this process may fork workers: the fork start method, not a daemon (a Dask worker
    or a pool's process has no children), and the main thread (a server's thread forks none)."""
    return (
        "fork" in mp.get_all_start_methods()
        and not mp.current_process().daemon
        and threading.current_thread() is threading.main_thread()
    )


class Parts:
    """Parts ``0 .. n - 1`` of a job, read by the reader and by ``processes`` forked workers:
    ``read(k)`` reads part ``k`` (a function of the part alone: a worker sends its value back;
    the reader, between its parts, calls ``here(k)``, the same reading in this process)."""

    between = True  # (False: the reader waits for the workers' parts, reading none of them)

    def __init__(
        self,
        read: Callable[[int], Any],
        n: int,
        processes: int,
        here: Callable[[int], Any] | None = None,
    ) -> None:
        ctx = mp.get_context("fork")
        self.n = n
        self._here = here or read
        self._lock = ctx.Lock()
        self._next = ctx.RawValue("i", 0)  # the first part nobody has taken
        self._queue: Any = ctx.Queue()
        self._holds = ctx.RawArray("i", [-1] * processes)  # the part each worker reads
        self._got: dict[int, tuple[bool, Any]] = {}  # part -> (sent pickled?, value)
        self.stats: dict[str, Any] = {
            "workers": processes,
            "parts": n,
            "read_here": 0,  # by the reader, as it goes
            "read_between": 0,  # by the reader, as a worker would, while a worker read its next
            "read_by_workers": 0,
            "lost": 0,  # parts a worker failed to read (read here instead)
            "shipped_bytes": 0,
            "largest_part_bytes": 0,
            "waited_seconds": 0.0,
            "worker_cpu_seconds": 0.0,
            "worker_peak_mb": [],
        }
        self._workers = []
        try:
            for w in range(processes):
                p = ctx.Process(target=_work, args=(read, self, w), daemon=True)
                p.start()
                self._workers.append(p)
        except BaseException:
            self.close()
            raise

    def _claim(self, w: int | None = None, only: int | None = None) -> int | None:
        """The first part nobody has taken (``only``: that part, where it is the first), taken
        by worker ``w`` (None: the reader)."""
        with self._lock:
            k = self._next.value
            if k >= self.n or (only is not None and k != only):
                if w is not None:
                    self._holds[w] = -1
                return None
            self._next.value = k + 1
            if w is not None:
                self._holds[w] = k
            return k

    def mine(self, k: int) -> bool:
        """Part ``k``, the reader's next, taken by the reader where nobody has taken it: it then
        reads it itself, as it goes; else it takes the one read for it (:meth:`result`)."""
        if self._claim(only=k) is None:
            return False
        self.stats["read_here"] += 1
        return True

    def result(self, k: int) -> Any:
        """What was read of part ``k`` (by a worker, or by the reader between its parts): until
        it comes, the reader reads the first part nobody has taken, else waits.  None where no
        worker could read it: the reader then reads it itself."""
        while k not in self._got:
            if self._poll(k):
                break
            j = self._claim() if self.between else None
            if j is None:
                break
            try:
                value = self._here(j)
            except Exception:  # (read again as it goes: the same extraction)
                value = None
            self._got[j] = (False, value)
            self.stats["read_between"] += 1
        t0 = time.perf_counter()
        while k not in self._got:
            try:
                msg = self._queue.get(timeout=WAIT)
            except queue.Empty:
                if not self._holder_alive(k) and self._drained(k):
                    break  # (a worker gone: what it held is read here; the others' still come)
                continue
            self._take(msg)
        self.stats["waited_seconds"] += time.perf_counter() - t0
        pickled, value = self._got.pop(k, (False, None))
        if value is None:
            self.stats["lost"] += 1
            return None
        if not pickled:
            return value
        self.stats["read_by_workers"] += 1
        return pickle.loads(value)

    def _poll(self, k: int) -> bool:
        """What the workers have sent, taken in (without waiting); whether part ``k`` is in."""
        while True:
            try:
                self._take(self._queue.get_nowait())
            except queue.Empty:
                return k in self._got

    def _holder_alive(self, k: int) -> bool:
        """Whether the worker that holds part ``k`` (or, where it has sent it, any) lives."""
        for w, p in enumerate(self._workers):
            if self._holds[w] == k:
                return p.is_alive()
        return any(p.is_alive() for p in self._workers)

    def _drained(self, k: int) -> bool:
        """Whether part ``k`` will not come (what the pipe still holds read first)."""
        while True:
            try:
                msg = self._queue.get(timeout=WAIT)
            except queue.Empty:
                return k not in self._got
            self._take(msg)
            if k in self._got:
                return False

    def _take(self, msg: tuple) -> None:
        kind, k, value = msg
        if kind == "part":
            self._got[k] = (True, value)
            if value is not None:
                self.stats["shipped_bytes"] += len(value)
                self.stats["largest_part_bytes"] = max(self.stats["largest_part_bytes"], len(value))
        else:  # ("end", worker, (cpu seconds, peak MB))
            self.stats["worker_cpu_seconds"] += value[0]
            self.stats["worker_peak_mb"].append(value[1])

    def close(self) -> None:
        """No part is taken any more; the workers end (each sends its CPU time and peak memory
        as it does)."""
        with self._lock:
            self._next.value = self.n
        deadline = time.monotonic() + 2.0
        while any(p.is_alive() for p in self._workers) and time.monotonic() < deadline:
            try:
                self._take(self._queue.get(timeout=0.05))
            except queue.Empty:
                pass
        for p in self._workers:
            if p.is_alive():
                p.terminate()
            p.join()
        while True:  # (the ends sent last)
            try:
                self._take(self._queue.get_nowait())
            except queue.Empty:
                break
            except Exception:  # pragma: no cover - a message cut by a terminated worker
                break
        self._queue.close()
        self._queue.join_thread()
        self._workers = []
        self.stats["waited_seconds"] = round(self.stats["waited_seconds"], 2)
        self.stats["worker_cpu_seconds"] = round(self.stats["worker_cpu_seconds"], 2)
        LAST.clear()
        LAST.update(self.stats)


LAST: dict[str, Any] = {}  # the stats of the last long text read in parts (benchmarks, tests)


def _work(read: Callable[[int], Any], parts: Parts, w: int) -> None:
    """A worker: the first part nobody has taken, read and sent, until none is left."""
    _end_with_parent()
    out = parts._queue
    while True:
        k = parts._claim(w)
        if k is None:
            break
        try:
            value = pickle.dumps(read(k), pickle.HIGHEST_PROTOCOL)
        except Exception:  # (the reader reads it: the same extraction)
            value = None
        out.put(("part", k, value))
    use = resource.getrusage(resource.RUSAGE_SELF)
    out.put(("end", w, (use.ru_utime + use.ru_stime, use.ru_maxrss // 1024)))
    out.close()
    out.join_thread()
    os._exit(0)  # (nothing of the parent's to clean up: its atexit handlers are its own)


def _end_with_parent() -> None:
    """A worker ends when the reader does, however it ends (Linux: the parent-death signal; a
    worker left behind would wait forever to send what nobody reads)."""
    try:
        import ctypes
        import signal

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # pragma: no cover - not Linux
        pass


class Apart:
    """``fn(*args)`` run in a forked child while this process goes on with other work (the
    child has a copy of everything as it stands at the fork: ``fn`` must read nothing this
    process changes meanwhile); :meth:`value` waits for what it returns (sent back pickled),
    None where the child failed or died (the caller then runs ``fn`` here: the same result,
    only later)."""

    def __init__(self, fn: Callable[..., Any], *args: Any) -> None:
        ctx = mp.get_context("fork")
        self._recv, send = ctx.Pipe(duplex=False)
        try:
            self._child: Any = ctx.Process(target=_apart, args=(fn, args, send), daemon=True)
            self._child.start()
        except BaseException:
            self._recv.close()
            raise
        finally:
            send.close()  # (the child's end: a child that dies leaves the pipe at its end)

    def value(self) -> Any:
        try:
            got = self._recv.recv_bytes()
        except (EOFError, OSError):
            got = b""
        finally:
            self._recv.close()
            self._child.join()
        return pickle.loads(got) if got else None


def _apart(fn: Callable[..., Any], args: tuple, send: Any) -> None:
    """The child of :class:`Apart`: ``fn(*args)`` sent back pickled (nothing, where it failed)."""
    _end_with_parent()
    try:
        value = pickle.dumps(fn(*args), pickle.HIGHEST_PROTOCOL)
    except Exception:  # (the parent runs it itself)
        value = b""
    try:
        send.send_bytes(value)
    finally:
        send.close()
        os._exit(0)  # (nothing of the parent's to clean up: its atexit handlers are its own)


def map_halves(fn: Callable[..., Any], items: list, *args: Any) -> list:
    """``[fn(x, *args) for x in items]``, the second half read by a forked child (:class:`Apart`:
    ``fn`` a function of its arguments alone) while this process reads the first; where the
    child fails, this process reads its half too (the same list)."""
    half = len(items) // 2
    try:
        child = Apart(_map, fn, items[half:], args)
    except OSError:  # pragma: no cover - no process to be had: all read here
        return _map(fn, items, args)
    out = _map(fn, items[:half], args)
    rest = child.value()
    if rest is None or len(rest) != len(items) - half:
        rest = _map(fn, items[half:], args)
    return out + rest


def _map(fn: Callable[..., Any], items: list, args: tuple) -> list:
    return [fn(x, *args) for x in items]


def workers() -> int:
    """The processes a long text may be read with: ``AWOL_WORKERS``, else the cores free to
    this process."""
    env = os.environ.get("AWOL_WORKERS", "").strip()
    if env.isdigit():
        return max(1, int(env))
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        return os.cpu_count() or 1
