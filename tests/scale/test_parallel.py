"""Parallel ingest on a Dask LocalCluster (2 worker processes) equals the single-process ingest:
same documents, events, figures, incidents and cases; re-runs store nothing; a worker killed
mid-ingest loses nothing and duplicates nothing."""

from __future__ import annotations

import io
import os
import signal
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")

from awol.ingest.sources import iter_sources  # noqa: E402
from awol.ingest.warc import warc_documents  # noqa: E402
from awol.scale import ingest_parallel  # noqa: E402
from awol.scale.tasks import index_warc  # noqa: E402
from awol.store import Store  # noqa: E402
from awol.store.ingest import ingest  # noqa: E402

DEV = Path(__file__).resolve().parents[2] / "corpus" / "dev"
VOLATILE = {"ingested_at", "created_at", "updated_at", "first_seen", "last_seen"}


def rows(store: Store) -> dict[str, list]:
    def strip(rs: list[dict]) -> list[dict]:
        return [{k: v for k, v in r.items() if k not in VOLATILE} for r in rs]

    return {
        "documents": strip(store.documents(all_versions=True)),
        "events": strip(store.events()),
        "figures": strip(store.figures()),
        "incidents": strip(store.incidents()),
        "cases": strip(store.cases()),
    }


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
        dashboard_address=None, silence_logs=50,
    )  # fmt: skip
    c = distributed.Client(cluster)
    yield c
    c.close()
    cluster.close()


@pytest.fixture(scope="module")
def single(tmp_path_factory):
    """The reference: corpus/dev ingested by the single-process ingest."""
    url = f"sqlite:///{tmp_path_factory.mktemp('single') / 'awol.db'}"
    with Store(url) as store:
        summary = ingest(store, iter_sources([str(DEV)]))
        return summary, rows(store)


def test_same_database_as_single_process_and_idempotent(client, single, tmp_path):
    ref_summary, ref_rows = single
    assert ref_rows["events"] and ref_rows["incidents"] and ref_rows["cases"]
    with Store(f"sqlite:///{tmp_path / 'p.db'}") as store:
        s = ingest_parallel(store, [str(DEV)], client=client, chunk_size=7)
        assert s.lines()[:5] == ref_summary.lines()[:5]  # same summary (but the time)
        got = rows(store)
        for table, expected in ref_rows.items():
            assert got[table] == expected, table
        again = ingest_parallel(store, [str(DEV)], client=client, chunk_size=7)
        assert (again.documents, again.unchanged, again.new, again.events) == (
            s.documents, s.documents, 0, 0,
        )  # fmt: skip
        assert rows(store) == got
        # the workers remembered the metadata declared with the bytes: a single-process ingest
        # of the same input reads nothing again either (no pipeline is loaded)
        serial = ingest(store, iter_sources([str(DEV)]), process=_never)
        assert (serial.unchanged, serial.new, serial.corrected, serial.failures) == (
            s.documents, 0, 0, 0,
        )  # fmt: skip


def _never(docs):  # noqa: ANN001, ANN202
    raise AssertionError(f"read again: {[d.origin for d in docs]}")


def _kill_a_busy_worker(client) -> int:
    """SIGKILL the process of a worker that is running a task; return its pid."""
    busy = [w for w, keys in client.processing().items() if keys] or list(client.nthreads())
    pid = client.run(os.getpid, workers=[busy[0]])[busy[0]]
    os.kill(pid, signal.SIGKILL)
    return pid


def test_killed_worker_loses_nothing_and_stores_nothing_twice(client, single, tmp_path):
    ref_summary, ref_rows = single
    killed: list[int] = []

    def on_written(n: int, c) -> None:  # noqa: ANN001
        if n == 1:
            killed.append(_kill_a_busy_worker(c))

    with Store(f"sqlite:///{tmp_path / 'k.db'}") as store:
        s = ingest_parallel(store, [str(DEV)], client=client, chunk_size=4, on_written=on_written)
        assert killed, "no worker was killed"
        assert s.failures == 0
        assert (s.documents, s.new, s.unchanged) == (
            ref_summary.documents, ref_summary.new, ref_summary.unchanged,
        )  # fmt: skip
        assert rows(store) == ref_rows
    # the nanny restarts it; a worker imports the whole pipeline, which at load ~17 (CI beside five
    # sessions) took over 60 s: the bound only stops a hang, it measures nothing
    client.wait_for_workers(2, timeout=300)
    pids = set(client.run(os.getpid).values())
    assert killed[0] not in pids


def _warc(path: Path, n: int) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    html = [p.read_bytes() for p in sorted(DEV.glob("en-0*.html"))]
    with path.open("wb") as fh:
        w = WARCWriter(fh, gzip=True)
        for i in range(n):
            url = f"https://news.example/{i}"
            req = w.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))  # fmt: skip
            w.write_record(req)
            body = html[i % len(html)].replace(b"</body>", f"<p>{i}</p></body>".encode())
            status = "404 Not Found" if i % 7 == 3 else "200 OK"
            headers = StatusAndHeaders(status, [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")  # fmt: skip
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))  # fmt: skip


def test_warc_chunks_read_every_document_once(tmp_path):
    path = tmp_path / "shard.warc.gz"
    _warc(path, 23)
    whole = [(d.origin, d.content) for d in warc_documents(path)]
    tasks = index_warc(str(path), chunk_size=5)
    assert len(tasks) == 4 and [t.size for t in tasks] == [5, 5, 5, 5]
    parts = [(d.origin, d.content) for t in tasks for d in t.read()]
    assert parts == whole and len(whole) == 20


def test_warc_shards_in_parallel_equal_single_process(client, tmp_path, monkeypatch):
    import awol.scale.tasks as tasks

    monkeypatch.setattr(tasks, "WARC_SPLIT_BYTES", 0)  # index and split even a small shard
    shard = tmp_path / "a.warc.gz"
    _warc(shard, 12)
    with Store(f"sqlite:///{tmp_path / 's.db'}") as ref:
        ingest(ref, iter_sources([str(shard)]), chunk_size=5)
        expected = rows(ref)
    with Store(f"sqlite:///{tmp_path / 'p.db'}") as store:
        s = ingest_parallel(store, [str(shard)], client=client, chunk_size=5)
        assert s.documents == 10 and s.failures == 0
        assert rows(store) == expected


def _telegram(folder: Path) -> None:
    import json

    texts = [p.read_text(encoding="utf-8") for p in sorted(DEV.glob("ru-1*.txt"))[:4]]
    messages = [{"id": 10 + i, "type": "message", "date": f"2024-0{i + 1}-15T10:00:00", "text": t}
                for i, t in enumerate(texts)]  # fmt: skip
    messages.insert(1, {"id": 5, "type": "service", "action": "pin_message"})
    folder.mkdir()
    data = {"name": "Канал", "type": "public_channel", "id": 1234, "messages": messages}
    (folder / "result.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def _feed(path: Path) -> None:
    from xml.sax.saxutils import escape

    items = "".join(
        f"<item><title>Story {i}</title><link>https://feed.example/{i}</link>"
        f"<pubDate>Mon, 0{i + 1} Apr 2024 10:00:00 GMT</pubDate>"
        f"<description>{escape(p.read_text(encoding='utf-8'))}</description></item>"
        for i, p in enumerate(sorted(DEV.glob("en-2*.txt"))[:3])
    )
    path.write_text(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title>'
        f"<language>en</language>{items}</channel></rss>",
        encoding="utf-8",
    )


def test_mixed_sources_in_parallel_equal_single_process(client, tmp_path):
    """Files, an RSS feed, a Telegram export, a missing source, a file given twice."""
    _telegram(tmp_path / "tg")
    _feed(tmp_path / "news.rss")
    sources = [str(DEV / "en-07.txt"), str(tmp_path / "news.rss"), str(tmp_path / "tg"),
               str(tmp_path / "nope"), str(DEV / "en-08.html"), str(DEV / "en-07.txt")]  # fmt: skip
    with Store(f"sqlite:///{tmp_path / 's.db'}") as ref:
        ref_summary = ingest(ref, iter_sources(sources), chunk_size=3)
        expected = rows(ref)
        ref_failures = [(f["origin"], f["reason"]) for f in ref.failures()]
    assert ref_summary.failures >= 1 and len(expected["documents"]) >= 8
    with Store(f"sqlite:///{tmp_path / 'p.db'}") as store:
        s = ingest_parallel(store, sources, client=client, chunk_size=3)
        assert s.lines()[:5] == ref_summary.lines()[:5]
        assert rows(store) == expected
        assert [(f["origin"], f["reason"]) for f in store.failures()] == ref_failures


def test_posts_without_prose_are_skipped_as_in_a_single_process(client, tmp_path):
    """Channel furniture (twice, the same bytes), a photo without a caption and a post of only
    a hashtag and a link are skipped, named and recorded as the single-process ingest does,
    beside a real failure (a missing source); a re-run skips them again without reading them."""
    import json

    messages = [
        {"id": 1, "type": "message", "text": "Дезертира задержали в Курске."},
        {"id": 2, "type": "message", "text": "Ставьте лайк ❤️"},
        {"id": 3, "type": "message", "photo": "photos/3.jpg", "text": ""},
        {"id": 4, "type": "message", "text": [{"type": "hashtag", "text": "#СОЧ"}, " ",
                                              {"type": "link", "text": "https://t.me/x"}]},
        {"id": 5, "type": "message", "text": "Ставьте лайк ❤️"},
    ]  # fmt: skip
    (tmp_path / "tg").mkdir()
    data = {"name": "Канал", "type": "public_channel", "id": 4321, "messages": messages}
    (tmp_path / "tg" / "result.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    sources = [str(tmp_path / "tg"), str(tmp_path / "nope")]

    def skips(store: Store) -> list[tuple[str, str]]:
        return sorted((r["origin"], r["reason"]) for r in store.skips())

    with Store(f"sqlite:///{tmp_path / 's.db'}") as ref:
        ref_summary = ingest(ref, iter_sources(sources), chunk_size=3)
        ref_skips = skips(ref)
    assert (ref_summary.failures, ref_summary.skipped) == (1, 4)
    with Store(f"sqlite:///{tmp_path / 'p.db'}") as store:
        s = ingest_parallel(store, sources, client=client, chunk_size=3)
        assert s.lines()[:-1] == ref_summary.lines()[:-1]  # the same summary, but the time
        assert skips(store) == ref_skips
        again = ingest_parallel(store, sources, client=client, chunk_size=3)
        assert (again.new, again.unchanged, again.failures, again.skipped) == (0, 1, 1, 4)
        assert again.lines()[4] == s.lines()[4]  # the same skipped line, the same names
        assert again.lines()[4].startswith("skipped    4 posts/entries with no prose")
        assert skips(store) == ref_skips
        assert {r["seen"] for r in store.skips()} == {2}


def test_a_post_read_with_a_bad_date_stays_listed_as_in_a_single_process(client, tmp_path):
    """A post whose date is no date is stored with its date empty and its failure stays listed
    (storing it must not resolve the failure its own run recorded), in parallel too."""
    import json

    messages = [{"id": 1, "type": "message", "date": "not a date",
                 "text": "Дезертира задержали в Курске в мае 2024 года."}]  # fmt: skip
    (tmp_path / "tg").mkdir()
    data = {"name": "Канал", "type": "public_channel", "id": 4321, "messages": messages}
    (tmp_path / "tg" / "result.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    sources = [str(tmp_path / "tg")]
    with Store(f"sqlite:///{tmp_path / 's.db'}") as ref:
        ref_summary = ingest(ref, iter_sources(sources))
        ref_failures = [(f["origin"], f["reason"]) for f in ref.failures()]
    assert ref_summary.failures == 1 and len(ref_failures) == 1
    with Store(f"sqlite:///{tmp_path / 'p.db'}") as store:
        s = ingest_parallel(store, sources, client=client)
        assert (s.new, s.failures) == (1, 1)
        assert [(f["origin"], f["reason"]) for f in store.failures()] == ref_failures


def _failed_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("failed: ")]


def test_cli_scheduler_of_a_running_cluster_equals_single_process(client, single, tmp_path):
    """`awol ingest --scheduler tcp://127.0.0.1:PORT` on a real scheduler with 2 worker
    processes stores the same rows as the single-process ingest."""
    from click.testing import CliRunner

    from awol.cli import main

    _, ref_rows = single
    address = client.scheduler.address
    assert address.startswith("tcp://127.0.0.1:")
    # the killed worker's nanny restarts it (test above); under load (two pytest workers beside
    # other sessions) it may not be back yet: wait as that test does, the bound stops a hang
    client.wait_for_workers(2, timeout=300)
    assert len(client.nthreads()) == 2
    db = f"sqlite:///{tmp_path / 'sched.db'}"
    args = ["ingest", str(DEV), "--manifest", str(DEV / "manifest.jsonl"), "--scheduler", address,
            "--db", db, "--no-progress"]  # fmt: skip
    r = CliRunner().invoke(main, args)
    assert r.exit_code == 0, r.output
    assert f"database   {len(ref_rows['documents'])} documents" in r.output
    with Store(db) as store:
        got = rows(store)
    for table, expected in ref_rows.items():
        assert got[table] == expected, table


def test_cli_workers_and_unreachable_scheduler(tmp_path, monkeypatch):
    """--workers prints each failure (path and reason) as the single-process ingest does."""
    from click.testing import CliRunner

    import awol.scale.run as run
    from awol.cli import main

    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    files = [str(DEV / "en-01.txt"), str(tmp_path / "empty.txt"), str(DEV / "en-02.txt"),
             str(tmp_path / "binary.txt"), str(DEV / "en-03.txt")]  # fmt: skip
    single = CliRunner().invoke(main, ["ingest", *files, "--db", f"sqlite:///{tmp_path / 's.db'}", "--no-progress"])  # fmt: skip
    db = f"sqlite:///{tmp_path / 'c.db'}"
    r = CliRunner().invoke(main, ["ingest", *files, "--db", db, "--workers", "1", "--no-progress"])
    assert r.exit_code == single.exit_code == 1, r.output  # failures set the exit code
    assert "documents  5 read: 3 new" in r.output and "database   3 documents" in r.output
    failed = _failed_lines(r.stderr)
    assert failed == _failed_lines(single.stderr)
    assert [line.split(": ")[1] for line in failed] == [files[1], files[3]]
    assert all(len(line.split(": ", 2)[2]) > 3 for line in failed)  # a reason, not just a path
    assert "Traceback" not in r.output
    monkeypatch.setattr(run, "CONNECT_TIMEOUT", "1s")
    r = CliRunner().invoke(main, ["ingest", *files, "--db", db, "--scheduler", "tcp://127.0.0.1:9"])  # fmt: skip
    assert r.exit_code == 1 and "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in r.output
    assert "Traceback" not in r.output


def test_input_errors_travel_between_processes():
    import pickle

    from awol.errors import InputError

    err = pickle.loads(pickle.dumps(InputError("a.txt", "empty file")))
    assert (err.origin, err.reason, str(err)) == ("a.txt", "empty file", "a.txt: empty file")


def test_relative_paths_are_read_from_the_drivers_directory(client, tmp_path, monkeypatch):
    """Workers have their own working directory; origins keep the paths as given."""
    import awol.scale.tasks as tasks

    monkeypatch.setattr(tasks, "WARC_SPLIT_BYTES", 0)
    (tmp_path / "in").mkdir()
    for name in ("en-01.txt", "en-02.txt", "manifest.jsonl"):
        (tmp_path / "in" / name).write_bytes((DEV / name).read_bytes())
    _warc(tmp_path / "in" / "s.warc.gz", 4)
    monkeypatch.chdir(tmp_path)
    assert set(client.run(os.getcwd).values()) != {str(tmp_path)}
    sources = ["in", "in/s.warc.gz"]
    with Store(f"sqlite:///{tmp_path / 's.db'}") as ref:
        ingest(ref, iter_sources(sources), chunk_size=2)
        expected = rows(ref)
    with Store(f"sqlite:///{tmp_path / 'p.db'}") as store:
        s = ingest_parallel(store, sources, client=client, chunk_size=2)
        assert s.failures == 0 and s.documents == 5  # 2 files, 3 pages (one is a 404)
        got = rows(store)
    assert got == expected
    assert {d["origin"].split("#")[0] for d in got["documents"]} <= {"in/en-01.txt", "in/en-02.txt", "in/s.warc.gz"}  # fmt: skip


def _changes_folder(tmp_path: Path) -> Path:
    """Four corpus/dev articles (two stories) with their manifest entries."""
    import json

    d = tmp_path / "four"
    d.mkdir()
    names = ("en-04", "en-06", "en-07", "en-08")
    for n in names:
        (d / f"{n}.txt").write_bytes((DEV / f"{n}.txt").read_bytes())
    entries = [json.loads(x) for x in (DEV / "manifest.jsonl").read_text("utf-8").splitlines() if x]
    _manifest(d, [e for e in entries if e["id"] in names])
    return d


def _manifest(folder: Path, entries: list[dict]) -> None:
    import json

    (folder / "manifest.jsonl").write_text("".join(json.dumps(e) + "\n" for e in entries), "utf-8")


def _change(folder: Path) -> None:
    """en-07's date corrected in the manifest (its bytes the same); en-06's page now tells
    en-08's story (its bytes changed)."""
    import json

    entries = [json.loads(x) for x in (folder / "manifest.jsonl").read_text("utf-8").splitlines()]
    for e in entries:
        if e["id"] == "en-07":
            e["published"] = "2026-01-20"
    _manifest(folder, entries)
    story = (DEV / "en-08.txt").read_bytes()
    more = b"\n\nRelatives of the two soldiers said they had not heard from them since June.\n"
    (folder / "en-06.txt").write_bytes(story + more)


def test_a_changed_document_is_stored_and_linked_alike_by_both_paths(client, tmp_path):
    """A corrected manifest (the same bytes) and changed bytes: `awol ingest --workers` stores
    the correction as the single-process ingest does (its workers used to skip the known bytes
    whatever their metadata), and both link the new versions again: the same rows, the same
    incidents and cases as a fresh database of the documents as they are now; a second
    identical run changes nothing."""
    folder = _changes_folder(tmp_path)
    serial_db, parallel_db = Store(f"sqlite:///{tmp_path / 's.db'}"), Store(f"sqlite:///{tmp_path / 'p.db'}")  # fmt: skip
    with serial_db, parallel_db:
        ingest(serial_db, iter_sources([str(folder)]))
        ingest_parallel(parallel_db, [str(folder)], client=client, chunk_size=2)
        assert rows(serial_db) == rows(parallel_db)
        _change(folder)
        s = ingest(serial_db, iter_sources([str(folder)]))
        p = ingest_parallel(parallel_db, [str(folder)], client=client, chunk_size=2)
        for summary in (s, p):
            assert (summary.updated, summary.corrected, summary.unchanged, summary.linking) == (
                1, 1, 2, "ok",
            ), summary.lines()  # fmt: skip
        got = rows(serial_db)
        assert rows(parallel_db) == got
        assert [r["published"] for r in parallel_db.revisions("en-07")] == ["2025-07-08"]
        assert {d["id"]: d["published"] for d in parallel_db.documents()}["en-07"] == "2026-01-20"
        with Store(f"sqlite:///{tmp_path / 'fresh.db'}") as fresh:
            ingest(fresh, iter_sources([str(folder)]))
            want = rows(fresh)
        assert (got["incidents"], got["cases"]) == (want["incidents"], want["cases"])
        s = ingest(serial_db, iter_sources([str(folder)]), process=_never)
        p = ingest_parallel(parallel_db, [str(folder)], client=client, chunk_size=2)
        assert (s.unchanged, s.corrected, p.unchanged, p.corrected, p.events) == (4, 0, 4, 0, 0)
        assert rows(serial_db) == rows(parallel_db) == got
