"""One long text read on several cores (awol.parallel) gives byte for byte the extraction
of one process: a ~200 KB long text made from corpus/dev (benchmarks/long_text.py), the size
threshold lowered and parts of 300 sentences, read with ``AWOL_WORKERS`` 1 and 2; the parallel
path is taken (parts read by the reader and by a worker, each once); a worker that fails or dies leaves its
part to the reader, and a process that may not fork (a thread, a daemon) reads alone."""

from __future__ import annotations

import json
import multiprocessing as mp
import os
import threading

import pytest
from tests.extract.helpers import dump as _dump
from tests.extract.helpers import long_article as _long
from tests.extract.helpers import long_text_in_parts

from awol import parallel
from awol.extract import verdicts as vmod
from awol.extract.document import extract_article
from awol.model import Article


@pytest.fixture
def parts(monkeypatch):
    long_text_in_parts(monkeypatch)
    parallel.LAST.clear()


def _read(article: Article, monkeypatch, workers: int) -> str:
    monkeypatch.setenv("AWOL_WORKERS", str(workers))
    parallel.LAST.clear()
    return _dump(extract_article(article))


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_a_long_text_on_two_cores_is_read_byte_for_byte_the_same(parts, monkeypatch, lang):
    article = _long(lang, 200_000)
    alone = _read(article, monkeypatch, 1)
    assert not parallel.LAST  # (one process)
    both = _read(article, monkeypatch, 2)
    stats = dict(parallel.LAST)
    assert both == alone and json.loads(alone)["events"]
    assert stats["workers"] == 1 and stats["lost"] == 0
    assert stats["parts"] >= 4
    # (each part read once: by the reader as it goes or between its parts, or by the worker)
    mine = stats["read_here"] + stats["read_between"]
    assert mine >= 1 and stats["read_by_workers"] >= 1
    assert mine + stats["read_by_workers"] == stats["parts"]
    assert 0 < stats["shipped_bytes"] and stats["worker_peak_mb"]


def test_a_failed_or_dead_worker_leaves_its_part_to_the_reader(parts, monkeypatch):
    article = _long("en", 120_000)
    alone = _read(article, monkeypatch, 1)
    part = vmod._part
    reader = os.getpid()

    def failing(k: int):
        if k % 2:
            raise RuntimeError("a bug")  # (in a worker, or in the reader reading a part)
        if k == 2 and os.getpid() != reader:
            os._exit(3)  # (a worker killed)
        return part(k)

    monkeypatch.setattr(vmod, "_part", failing)
    monkeypatch.setattr(parallel, "WAIT", 0.05)
    assert _read(article, monkeypatch, 3) == alone
    assert parallel.LAST["lost"] >= 1


def test_no_workers_where_a_process_may_not_fork(parts, monkeypatch):
    article = _long("en", 60_000)
    alone = _read(article, monkeypatch, 1)
    got: list[str] = []
    t = threading.Thread(target=lambda: got.append(_read(article, monkeypatch, 2)))
    t.start()
    t.join()
    assert got == [alone] and not parallel.LAST  # (a thread: read alone)
    monkeypatch.setattr(mp.current_process(), "daemon", True, raising=False)
    assert not parallel.can_fork()


def test_the_parts_shorten_towards_the_end() -> None:
    """Long parts first (each is read from a warm-up before it), shorter ones at the end (the
    reader waits there for the last a worker holds), every sentence in exactly one part."""
    for n, processes in ((196_617, 2), (49_368, 3), (4_900, 2), (300, 2), (10, 8)):
        got = vmod.spans(n, processes)
        assert got[0][0] == 0 and got[-1][1] == n
        assert all(a[1] == b[0] for a, b in zip(got, got[1:], strict=False))
        sizes = [b - a for a, b in got]
        chunk = vmod.part_size(n, processes)
        assert vmod.CHUNK <= chunk <= vmod.LONG_CHUNK
        assert max(sizes) <= chunk + vmod.LAST_CHUNK
        assert all(s >= min(vmod.LAST_CHUNK, vmod.CHUNK, n) for s in sizes)
        if n > 4 * processes * chunk:
            assert sizes[0] == chunk and sizes[-2] < chunk


def test_a_very_long_text_has_longer_parts() -> None:
    """Parts of CHUNK up to PARTS_EACH of them per process; beyond, longer (fewer warm-ups),
    up to LONG_CHUNK: 20 MB on two processes in 27 parts, not 56."""
    assert vmod.part_size(49_368, 2) == vmod.CHUNK
    assert vmod.part_size(vmod.PARTS_EACH * vmod.CHUNK * 2, 2) == vmod.CHUNK
    assert vmod.CHUNK < vmod.part_size(98_000, 2) < vmod.LONG_CHUNK
    assert vmod.part_size(196_617, 2) == vmod.LONG_CHUNK == vmod.spans(196_617, 2)[0][1]
    assert len(vmod.spans(196_617, 2)) < 30


def test_parts_of_several_sizes_are_read_the_same(parts, monkeypatch):
    monkeypatch.setattr(vmod, "LAST_CHUNK", 70)
    article = _long("en", 200_000)
    alone = _read(article, monkeypatch, 1)
    both = _read(article, monkeypatch, 2)
    assert both == alone
    from awol.extract.sentences import split_sentences

    sentences = len(split_sentences(article.text, "en"))
    assert parallel.LAST["parts"] == len(vmod.spans(sentences, 2)) > -(-sentences // 300)
    # (every sentence asked for once; most readings taken, the rest read again by the reader)
    assert 0 < parallel.LAST["readings_taken"] <= parallel.LAST["readings_asked"] == sentences
