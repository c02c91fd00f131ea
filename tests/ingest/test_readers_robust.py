"""Readers under bad input: a malformed record fails only itself with a reason; truncated
archives and partial or endless HTTP responses are detected (loopback servers only)."""

from __future__ import annotations

import io
import json
import socket
import threading
import time
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from awol.errors import InputError
from awol.ingest.http import Fetcher
from awol.ingest.sources import iter_sources
from awol.ingest.warc import warc_documents
from awol.model import Document

DEV = Path(__file__).resolve().parents[2] / "corpus" / "dev"


def _split(items):
    docs = [i for i in items if isinstance(i, Document)]
    errs = [i for i in items if isinstance(i, InputError)]
    return docs, errs


# ------------------------------------------------------------------ Telegram
def _export(tmp_path: Path, data: dict) -> Path:
    d = tmp_path / "tg"
    d.mkdir()
    (d / "result.json").write_text(json.dumps(data), encoding="utf-8")
    return d


@pytest.mark.parametrize(
    "data, bad",
    [
        (
            {
                "name": ["not", "text"],
                "id": 1,
                "messages": [{"id": 1, "type": "message", "text": "Soldiers deserted."}],
            },
            "'name' is a list",
        ),  # fmt: skip
        (
            {"name": "C", "id": {"x": 1}, "messages": [{"id": 1, "text": "Soldiers deserted."}]},
            "'id' is a dict",
        ),  # fmt: skip
        (
            {"name": "C", "messages": [7, {"id": 2, "text": "Soldiers deserted."}]},
            "a int, not an object",
        ),  # fmt: skip
        (
            {
                "name": "C",
                "messages": [{"id": [1], "text": "x"}, {"id": 2, "text": "Soldiers deserted."}],
            },
            "'id' is a list",
        ),  # fmt: skip
        (
            {
                "name": "C",
                "messages": [{"id": 1, "text": 5}, {"id": 2, "text": "Soldiers deserted."}],
            },
            "'text' is a int",
        ),  # fmt: skip
        (
            {"name": "C", "messages": [{"text": "lost?"}, {"id": 2, "text": "Soldiers deserted."}]},
            "malformed message 0: no 'id' (a post with text)",
        ),  # fmt: skip
        (
            {"name": "C", "messages": [{"id": 2, "text": "Soldiers deserted."}, {"id": " "}]},
            "malformed message 1: no 'id'",
        ),  # fmt: skip
        (
            {
                "name": "C",
                "messages": [
                    {"id": 2, "date": ["x"], "text": [{"text": ["y"]}, "Soldiers deserted."]}
                ],
            },
            "date ['x'] is not a date (published left empty)",
        ),  # fmt: skip
        (
            {"name": "C", "messages": [{"id": 2, "date": "banana", "text": "Soldiers deserted."}]},
            "date 'banana' is not a date (published left empty)",
        ),  # fmt: skip
        (
            {
                "name": "C",
                "messages": [
                    {
                        "id": 2,
                        "date": "2024-06-03T10:00:00",
                        "text": [{"text": ["y"]}, "Soldiers deserted."],
                    }
                ],
            },  # fmt: skip
            None,
        ),  # fmt: skip
    ],
)
def test_malformed_telegram_records_fail_alone(tmp_path, data, bad):
    docs, errs = _split(list(iter_sources([str(_export(tmp_path, data))])))
    assert len(docs) == 1 and docs[0].content == b"Soldiers deserted."
    assert all(isinstance(getattr(docs[0], f), (str, type(None))) for f in ("outlet", "published", "id", "url"))  # fmt: skip
    if bad:
        assert len(errs) == 1 and bad in errs[0].reason, errs
    else:
        assert not errs


@pytest.mark.parametrize(
    "msg, published",
    [
        ({"date": "2024-06-03T23:30:00"}, "2024-06-03"),
        ({"date_unixtime": "1717408800"}, "2024-06-03"),  # only the UTC time: it was ignored
        ({"date": "", "date_unixtime": "1717408800"}, "2024-06-03"),
        ({}, None),
    ],
)
def test_telegram_post_dates(tmp_path, msg, published):
    data = {"name": "C", "messages": [{"id": 1, "text": "Soldiers deserted.", **msg}]}
    docs, errs = _split(list(iter_sources([str(_export(tmp_path, data))])))
    assert [d.published for d in docs] == [published] and not errs


def test_telegram_message_without_id_is_a_recorded_failure(tmp_path):
    """A message with no id is not dropped silently: `awol ingest` names it (file, message index,
    "no 'id'"), records it as a failure, stores the other posts and exits 1.  A message named by
    its index is never taken for the post of that id (each failure keeps its own record)."""
    from click.testing import CliRunner

    from awol.cli import main
    from awol.store import Store

    tg = _export(tmp_path, {"name": "C", "messages": [
        {"id": 1, "text": "A contract soldier deserted from his unit in Belgorod region in May."},
        {"text": "Two soldiers deserted from a unit near Kursk, the outlet reported."},
        {"id": 3, "text": 42},
        7,  # message index 3: not to be confused with the post whose id is 3
    ]})  # fmt: skip
    db = f"sqlite:///{tmp_path / 'a.db'}"
    res = CliRunner().invoke(main, ["ingest", str(tg), "--db", db, "--no-progress"])
    assert res.exit_code == 1, res.output
    assert "result.json#message[1]: malformed message 1: no 'id'" in res.output
    store = Store(db)
    try:
        fails = store.failures()
        assert sorted(f["origin"].rsplit("/", 1)[-1] for f in fails) == [
            "result.json#3", "result.json#message[1]", "result.json#message[3]"]  # fmt: skip
        assert store.counts()["documents"] == 1
    finally:
        store.close()


def test_a_post_read_with_a_bad_date_stays_listed_as_a_failure(tmp_path):
    """A post whose date is no date is stored (its date left empty) and its problem recorded:
    storing the post must not resolve the failure this very run recorded (the summary said
    "failures 1 (see `awol failures`)" and `awol failures` listed none)."""
    from click.testing import CliRunner

    from awol.cli import main
    from awol.store import Store

    text = "A contract soldier deserted from his unit in Belgorod region in May."
    tg = _export(tmp_path, {"name": "C", "messages": [{"id": 1, "date": "not a date", "text": text}]})  # fmt: skip
    db = f"sqlite:///{tmp_path / 'a.db'}"
    res = CliRunner().invoke(main, ["ingest", str(tg), "--db", db, "--no-progress"])
    assert res.exit_code == 1 and "failures   1" in res.output, res.output
    store = Store(db)
    try:
        assert store.counts()["documents"] == 1
        fails = store.failures()
        assert [f["origin"].rsplit("/", 1)[-1] for f in fails] == ["result.json#1"]
        assert "is not a date (published left empty)" in fails[0]["reason"]
    finally:
        store.close()
    # the same export again: the same one failure, listed once, the post stored once
    res = CliRunner().invoke(main, ["ingest", str(tg), "--db", db, "--no-progress"])
    assert res.exit_code == 1, res.output
    store = Store(db)
    try:
        assert len(store.failures()) == 1 and store.counts()["documents"] == 1
    finally:
        store.close()


def test_a_post_with_a_nul_character_is_read_not_refused_as_binary(tmp_path):
    from awol.clean import clean_document

    text = "A contract soldier deserted from his unit\u0000 in Kursk, the outlet said.\u0001"
    tg = _export(tmp_path, {"name": "C\u0000", "messages": [{"id": 1, "text": text}]})
    (doc,) = list(iter_sources([str(tg)]))
    art = clean_document(doc)  # was: "binary content, not text"
    assert "\x00" not in art.text and "deserted from his unit in Kursk" in art.text
    # a file the user names with NUL bytes is still refused as binary
    f = tmp_path / "x.txt"
    f.write_bytes(b"A soldier deserted.\x00\x00\x00")
    (err,) = list(iter_sources([str(f)]))
    assert isinstance(err, InputError) and "binary" in err.reason


def test_malformed_telegram_export_does_not_stop_the_sample(tmp_path):
    tg = _export(tmp_path, {"name": ["a", "list"], "messages": [{"id": 1, "text": "A soldier deserted."}]})  # fmt: skip
    docs, errs = _split(list(iter_sources([str(tg), str(DEV)])))
    assert len(docs) >= 51 and len(errs) == 1


def test_documents_with_metadata_of_the_wrong_type_are_errors(monkeypatch):
    import awol.ingest.sources as src

    def reader(*a, **k):
        yield Document(origin="/a.txt", content=b"ok", outlet=["x"])
        yield Document(origin="/b.txt", content="not bytes")
        yield Document(origin="/c.txt", content=b"ok", id=12, published=None)

    monkeypatch.setattr(src, "_iter_sources", reader)
    items = list(iter_sources(["x"]))
    assert isinstance(items[0], InputError) and "outlet is list" in items[0].reason
    assert isinstance(items[1], InputError) and "content is str" in items[1].reason
    assert isinstance(items[2], Document) and items[2].id == "12"


# ------------------------------------------------------------------ RSS
FEED = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
    b"<item><guid>a</guid><title>Deserter detained</title><description>A soldier who deserted "
    b"was detained in Kursk on May 5.</description></item>"
    b"<item><guid>b</guid><title>Second</title><description>Two soldiers deserted from their "
    b"unit in the Belgorod region.</description></item></channel></rss>"
)


@pytest.mark.parametrize("cut", [20, 60, 110])
def test_truncated_feed_is_a_failure_and_its_last_entry_is_not_stored(tmp_path, cut):
    f = tmp_path / "wire.xml"
    f.write_bytes(FEED[:-cut])
    docs, errs = _split(list(iter_sources([str(f)])))
    assert len(errs) == 1 and "feed is cut short" in errs[0].reason, errs
    assert errs[0].origin == str(f)
    assert [d.id for d in docs] == ["a"]  # b may be cut mid-text: not stored as if complete


def test_complete_feeds_with_oddities_are_read_whole(tmp_path):
    for i, data in enumerate([FEED, FEED + b"\n<!-- trailing -->", FEED.replace(b"May 5.", b"May 5 & 6.")]):  # fmt: skip
        f = tmp_path / f"wire{i}.xml"
        f.write_bytes(data)
        docs, errs = _split(list(iter_sources([str(f)])))
        assert [d.id for d in docs] == ["a", "b"] and not errs, (i, errs)


def _item(guid: str, body: str, date: str | None = None) -> bytes:
    when = f"<pubDate>{date}</pubDate>" if date else ""
    return f"<item><guid>{guid}</guid><title>T {guid}</title>{when}<description>{body}</description></item>".encode()  # fmt: skip


def _rss(*items: bytes) -> bytes:
    return b'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>' + b"".join(items) + b"</channel></rss>"  # fmt: skip


def test_an_unreadable_entry_date_is_reported_and_the_entry_still_read(tmp_path):
    f = tmp_path / "wire.xml"
    f.write_bytes(_rss(_item("a", "Two soldiers deserted.", "banana"), _item("b", "Three soldiers deserted.", "Mon, 06 May 2024 10:00:00 GMT")))  # fmt: skip
    docs, errs = _split(list(iter_sources([str(f)])))
    assert [(d.id, d.published) for d in docs] == [("a", None), ("b", "2024-05-06")]
    assert len(errs) == 1 and errs[0].origin == f"{f}#a"
    assert "date 'banana' is not a date (published left empty)" in errs[0].reason


@pytest.mark.parametrize(("given", "read"), [("2024-05", "2024-05"), ("2024", "2024"), ("2024-05-03T10:00:00Z", "2024-05-03")])  # fmt: skip
def test_an_iso_entry_date_keeps_its_precision(tmp_path, given, read):
    f = tmp_path / "wire.xml"
    f.write_bytes(_rss(_item("a", "Two soldiers deserted.", given)))
    docs, errs = _split(list(iter_sources([str(f)])))
    assert [d.published for d in docs] == [read] and not errs  # never the 1st of a month


def test_a_repeated_entry_id_is_read_once_and_a_conflicting_one_reported(tmp_path):
    f = tmp_path / "wire.xml"
    same, other = _item("a", "Two soldiers deserted."), _item("a", "Ten soldiers deserted.")
    f.write_bytes(_rss(same, _item("b", "Three soldiers deserted."), same, other))
    docs, errs = _split(list(iter_sources([str(f)])))
    assert [d.id for d in docs] == ["a", "b"] and b"Two" in docs[0].content
    assert len(errs) == 1 and errs[0].origin == f"{f}#a (entry 4)"
    assert "entry 4 repeats the id 'a' of entry 1 with other content" in errs[0].reason


def test_unreadable_archive_reason_is_one_short_line(tmp_path):
    f = tmp_path / "junk.warc.gz"
    f.write_bytes(b"\x1f\x8b" + b"garbage" * 500)
    (err,) = list(warc_documents(f))
    assert isinstance(err, InputError) and err.reason.startswith("not a readable WARC archive")
    assert len(err.reason) < 220 and "\n" not in err.reason


# ------------------------------------------------------------------ WARC
def _warc(path: Path, n: int = 3, gz: bool = True) -> bytes:
    with path.open("wb") as fh:
        w = WARCWriter(fh, gzip=gz)
        for i in range(n):
            body = f"<html><body><article><p>{'Soldiers deserted. ' * 40}{i}</p></article></body></html>"
            h = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            w.write_record(
                w.create_warc_record(
                    f"https://x.example/{i}", "response", payload=io.BytesIO(body.encode()), http_headers=h
                )
            )  # fmt: skip
    return path.read_bytes()


@pytest.mark.parametrize("gz", [True, False])
def test_truncated_warc_is_detected(tmp_path, gz):
    name = "a.warc.gz" if gz else "a.warc"
    data = _warc(tmp_path / name, gz=gz)
    docs, errs = _split(list(warc_documents(tmp_path / name)))
    assert len(docs) == 3 and not errs
    for cut in (len(data) - 60, len(data) * 2 // 3 + 7, len(data) // 2 + 3):
        t = tmp_path / ("t_" + name)
        t.write_bytes(data[:cut])
        docs, errs = _split(list(warc_documents(t)))
        assert errs, f"cut at {cut} of {len(data)} went unnoticed"
        assert any("truncated" in e.reason or "cut short" in e.reason for e in errs)
        assert all(len(d.content) > 700 for d in docs)  # nothing stored cut short


# ------------------------------------------------------------------ HTTP
class _Server:
    """A loopback server running ``handler(conn)`` for every connection."""

    def __init__(self, handler):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.port = self.sock.getsockname()[1]
        self.handler = handler
        self.stop = False
        threading.Thread(target=self._run, daemon=True).start()

    def _run(self):
        while not self.stop:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn):
        try:
            conn.recv(65536)
            self.handler(conn)
        except OSError:
            pass
        finally:
            conn.close()

    def close(self):
        self.stop = True
        self.sock.close()


def _fetch_timed(handler, **fetcher_kw) -> tuple[object, float]:
    """Fetch /page from a local server answering with ``handler`` (0.5 s per read, 1.5 s in
    all): the result and the seconds it took."""
    srv = _Server(handler)
    try:
        f = Fetcher(delay=0, timeout=0.5, total_timeout=1.5, **fetcher_kw)
        t0 = time.monotonic()
        res = f.fetch(f"http://127.0.0.1:{srv.port}/page")
        return res, time.monotonic() - t0
    finally:
        srv.close()


def _slow(conn):
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n")
    for _ in range(200):  # a byte every 0.1 s: never a read timeout, never done
        conn.sendall(b"x")
        time.sleep(0.1)


def _slow_header(conn):
    conn.sendall(b"HTTP/1.1 200 OK\r\nX-Padding: ")
    for _ in range(200):  # a header a byte every 0.1 s: the body's deadline never starts
        conn.sendall(b"x")
        time.sleep(0.1)


def _slow_status(conn):
    for _ in range(200):  # the status line itself, a byte every 0.1 s
        conn.sendall(b"H")
        time.sleep(0.1)


def _partial(conn):
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 5000\r\n\r\n")
    conn.sendall(b"<html><body>" + b"a" * 300)


def _partial_chunked(conn):
    conn.sendall(
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n"
    )
    conn.sendall(b"10\r\n" + b"b" * 16 + b"\r\n")  # one whole chunk of 16 bytes ...
    conn.sendall(b"100\r\n" + b"a" * 50)  # ... then 50 of a chunk of 256: closed


@pytest.mark.parametrize(
    "handler, words",
    [
        (_slow, "in total"),
        (_slow_header, "in total"),
        (_slow_status, "in total"),
        (_partial, "partial response: 312 of 5000 bytes"),
        (_partial_chunked, "partial response: the connection closed after 66 bytes"),
    ],
)
def test_http_slow_and_partial_bodies_are_errors(handler, words):
    res, took = _fetch_timed(handler, respect_robots=False)
    assert isinstance(res, InputError), res
    assert words in res.reason
    assert took < 4


def _redirect_loop(conn):
    conn.sendall(b"HTTP/1.1 302 Found\r\nLocation: /page\r\nContent-Length: 0\r\n\r\n")


def _redirect_to_a_file(conn):
    conn.sendall(b"HTTP/1.1 302 Found\r\nLocation: file:///etc/passwd\r\nContent-Length: 0\r\n\r\n")


@pytest.mark.parametrize(
    "handler, words",
    [(_redirect_loop, "redirect"), (_redirect_to_a_file, "file:///etc/passwd")],
)
def test_a_bad_redirect_is_a_one_line_reason(handler, words):
    """urllib's reason for a redirect loop runs over four lines ("The last 30x error message
    was:\nFound"): `awol ingest` prints each failure on one line, and `awol failures` too."""
    res, _ = _fetch_timed(handler, respect_robots=False)
    assert isinstance(res, InputError), res
    assert words in res.reason
    assert "\n" not in res.reason and "  " not in res.reason


def test_a_robots_txt_sent_a_byte_at_a_time_does_not_hold_the_fetch():
    def handler(conn):
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\n")
        for _ in range(200):
            conn.sendall(b"#")
            time.sleep(0.1)

    res, took = _fetch_timed(handler)
    assert isinstance(res, InputError), res
    assert took < 6


def test_bad_urls_are_input_errors_naming_them():
    items = list(iter_sources(["http://", "https://exa mple.com/x", "https://x.example/\x00"]))
    assert len(items) == 3 and all(isinstance(i, InputError) for i in items)
    assert all("URL" in i.reason and "http" in i.reason for i in items)
