"""Sources: RSS/Atom feeds, WARC archives, Telegram exports, polite HTTP (loopback server)."""

from __future__ import annotations

import gzip
import http.server
import io
import json
import threading
import time
from pathlib import Path

import pytest

from awol.errors import InputError, NoProse
from awol.ingest.http import Fetcher
from awol.ingest.sources import iter_sources, kind_of
from awol.model import Document

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Volga Herald</title><language>en-us</language>
<item><title>Deserter detained</title><link>{base}/news/1.html</link><guid>vh-1</guid>
<pubDate>Mon, 13 Nov 2023 10:00:00 +0000</pubDate>
<description>&lt;p&gt;A soldier who deserted was detained in Saratov.&lt;/p&gt;</description></item>
<item><title>Secret</title><link>{base}/private/2.html</link><guid>vh-2</guid>
<pubDate>Tue, 14 Nov 2023 10:00:00 +0000</pubDate><description>Summary only.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Steppe Dispatch</title>
<entry><title>Три дезертира задержаны</title><id>urn:sd:1</id>
<link href="https://sd.example/1"/><updated>2025-03-18T08:00:00Z</updated>
<content type="html">&lt;p&gt;В Воронеже задержали трёх дезертиров.&lt;/p&gt;</content></entry>
</feed>"""

PAGE = "<html><head><title>{t}</title></head><body><article><p>{t}: soldiers deserted.</p></article></body></html>"


def test_feed_file_rss_and_atom(tmp_path):
    rss = tmp_path / "feed.xml"
    rss.write_text(RSS.format(base="https://vh.example"), encoding="utf-8")
    atom = tmp_path / "atom"  # no suffix: sniffed
    atom.write_text(ATOM, encoding="utf-8")
    assert kind_of(str(rss)) == "feed" and kind_of(str(atom)) == "feed"
    docs = list(iter_sources([str(rss), str(atom)]))
    assert all(isinstance(d, Document) for d in docs)
    assert [d.id for d in docs] == ["vh-1", "vh-2", "urn:sd:1"]
    d = docs[0]
    assert (d.url, d.published, d.outlet, d.language, d.media_type) == (
        "https://vh.example/news/1.html", "2023-11-13", "Volga Herald", "en", "html")  # fmt: skip
    assert b"deserted was detained" in d.content and b"<title>Deserter detained" in d.content
    ru = docs[2]
    assert ru.published == "2025-03-18" and "дезертиров" in ru.content.decode("utf-8")


@pytest.mark.parametrize(
    "declared, language",
    [("en-us", "en"), ("ru-RU", "ru"), ("RU", "ru"), ("English", None), ("x-default", None),
     ("xx", None), ("", None)],
)  # fmt: skip
def test_feed_language_that_is_no_code_is_detected_not_declared(tmp_path, declared, language):
    """A channel's <language> that is no language code declared a language nobody speaks
    ("english"): it declares nothing now, and each entry's language is detected."""
    rss = tmp_path / "feed.xml"
    rss.write_text(RSS.format(base="https://vh.example").replace("en-us", declared), encoding="utf-8")  # fmt: skip
    docs = list(iter_sources([str(rss)]))
    assert [d.language for d in docs] == [language, language]


def test_bad_feed_is_an_input_error(tmp_path):
    bad = tmp_path / "bad.rss"
    bad.write_text("<rss><channel><item>", encoding="utf-8")
    out = list(iter_sources([str(bad)]))
    assert len(out) == 1 and isinstance(out[0], InputError)


def _warc(path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        w = WARCWriter(fh, gzip=True)

        def response(url, body, ctype="text/html; charset=utf-8", status="200 OK"):
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            rec = w.create_warc_record(url, "response", payload=io.BytesIO(body),
                                       http_headers=headers,
                                       warc_headers_dict={"WARC-Date": "2024-05-01T12:00:00Z"})  # fmt: skip
            w.write_record(rec)

        response("https://a.example/1", PAGE.format(t="One").encode())
        response("https://a.example/style.css", b"body{}", ctype="text/css")
        response("https://a.example/404", b"<html>nope</html>", status="404 Not Found")
        response("https://b.example/2", PAGE.format(t="Два").encode("cp1251"),
                 ctype="text/html; charset=windows-1251")  # fmt: skip
        w.write_record(w.create_warc_record("https://a.example/1", "request",
                                            payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))  # fmt: skip


def test_warc_only_html_responses(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    _warc(path)
    assert kind_of(str(path)) == "warc"
    docs = list(iter_sources([str(path)]))
    assert [d.url for d in docs] == ["https://a.example/1", "https://b.example/2"]
    assert all(d.fetched_at == "2024-05-01T12:00:00Z" and d.media_type == "html" for d in docs)
    assert docs[1].encoding == "windows-1251" and "Два" in docs[1].content.decode("cp1251")
    assert docs[0].origin.endswith("crawl.warc.gz#https://a.example/1")


def test_corrupt_warc_is_an_input_error(tmp_path):
    path = tmp_path / "broken.warc.gz"
    path.write_bytes(gzip.compress(b"WARC/1.0\r\nnot really a warc\r\n\r\n"))
    out = list(iter_sources([str(path)]))
    assert out and all(isinstance(x, InputError) for x in out)


def test_telegram_export(tmp_path):
    export = tmp_path / "ChatExport_2024"
    export.mkdir()
    data = {
        "name": "Дезертиры новости", "type": "public_channel", "id": 1234567890,
        "messages": [
            {"id": 10, "type": "service", "date": "2024-01-01T00:00:00", "action": "create_channel", "text": ""},
            {"id": 11, "type": "message", "date": "2024-01-02T09:30:00", "text": "В Ростове задержан дезертир."},
            {"id": 12, "type": "message", "date": "2024-01-03T10:00:00",
             "text": ["Сбежал солдат, ", {"type": "bold", "text": "вооружён"}, "."]},
            {"id": 13, "type": "message", "date": "2024-01-04T10:00:00", "text": "", "photo": "p.jpg"},
        ],
    }  # fmt: skip
    (export / "result.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert kind_of(str(export)) == "telegram"
    out = list(iter_sources([str(export)]))
    docs = [d for d in out if not isinstance(d, InputError)]
    assert [d.id for d in docs] == ["tg-c1234567890-11", "tg-c1234567890-12"]
    assert all(d.container == str(export / "result.json") for d in docs)
    # a photo without a caption: skipped as holding no prose (named), not a failure
    (photo,) = [d for d in out if isinstance(d, InputError)]
    assert isinstance(photo, NoProse) and photo.origin.endswith("result.json#13")
    assert docs[0].url == "https://t.me/c/1234567890/11" and docs[0].published == "2024-01-02"
    assert docs[1].content.decode() == "Сбежал солдат, вооружён."
    assert docs[0].outlet == "Дезертиры новости"
    named = list(iter_sources([str(export / "result.json")], telegram_username="@deserters"))
    assert named[0].url == "https://t.me/deserters/11"


def test_missing_source_and_folder(tmp_path):
    (tmp_path / "a.txt").write_text("Hello.", encoding="utf-8")
    (tmp_path / "manifest.jsonl").write_text(
        json.dumps({"id": "a", "url": "https://x.example/a", "outlet": "X"}) + "\n"
    )
    out = list(iter_sources([str(tmp_path / "nope"), str(tmp_path)]))
    assert isinstance(out[0], InputError) and "no such file" in out[0].reason
    assert isinstance(out[1], Document) and out[1].url == "https://x.example/a"


# ---------------------------------------------------------------- HTTP on loopback


class _Handler(http.server.BaseHTTPRequestHandler):
    log: list = []

    def log_message(self, *args):  # quiet
        pass

    def do_GET(self):  # noqa: N802
        _Handler.log.append((self.path, self.headers.get("User-Agent"), time.monotonic()))
        base = f"http://127.0.0.1:{self.server.server_port}"
        routes = {
            "/robots.txt": ("text/plain", b"User-agent: *\nDisallow: /private/\n"),
            "/feed.xml": ("application/rss+xml", RSS.format(base=base).encode()),
            "/news/1.html": ("text/html; charset=utf-8", PAGE.format(t="Full article").encode()),
            "/page.html": ("text/html; charset=windows-1251", PAGE.format(t="Страница").encode("cp1251")),
            "/private/2.html": ("text/html", b"<html>secret</html>"),
        }  # fmt: skip
        if self.path == "/slow":
            time.sleep(1.5)
        if self.path not in routes:
            self.send_response(404)
            self.end_headers()
            return
        ctype, body = routes[self.path]
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def server():
    _Handler.log = []
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{srv.server_port}"
    srv.shutdown()
    srv.server_close()


def test_http_page_and_feed_politely(server, monkeypatch):
    f = Fetcher(user_agent="AWOL-test/1.0", delay=0.2, timeout=5)
    # when each request was let go, on the fetcher's own clock (the server's arrival times
    # bunch up when the machine is busy, which says nothing about the fetcher's politeness)
    let_go: list[float] = []
    wait = Fetcher._wait

    def timed_wait(self, host, delay):  # noqa: ANN001, ANN202
        wait(self, host, delay)
        let_go.append(time.monotonic())

    monkeypatch.setattr(Fetcher, "_wait", timed_wait)
    docs = list(iter_sources([f"{server}/page.html", f"{server}/feed.xml"], fetcher=f))
    assert all(isinstance(d, Document) for d in docs), docs
    page, art1, art2 = docs
    assert page.encoding == "windows-1251" and page.fetched_at and page.media_type == "html"
    assert art1.url == f"{server}/news/1.html" and b"Full article" in art1.content
    assert art1.id == "vh-1" and art1.published == "2023-11-13" and art1.outlet == "Volga Herald"
    # robots.txt disallows /private/: never requested, the feed's own summary is used instead
    assert art2.content.endswith(b"Summary only.</article></body></html>")
    paths = [p for p, _, _ in _Handler.log]
    assert "/private/2.html" not in paths
    assert paths.count("/robots.txt") == 1
    assert {ua for _, ua, _ in _Handler.log} == {"AWOL-test/1.0"}
    assert len(let_go) == len(_Handler.log)
    assert all(b - a >= 0.2 for a, b in zip(let_go, let_go[1:], strict=False))


def test_http_errors_are_input_errors(server):
    f = Fetcher(delay=0, timeout=0.5)
    out = list(iter_sources([f"{server}/missing", f"{server}/private/2.html", f"{server}/slow"], fetcher=f))  # fmt: skip
    assert all(isinstance(x, InputError) for x in out)
    assert "404" in out[0].reason
    assert "robots.txt" in out[1].reason
    assert "timed out" in out[2].reason or "cannot fetch" in out[2].reason
    closed = list(iter_sources(["http://127.0.0.1:9/x"], fetcher=Fetcher(delay=0, timeout=1)))
    assert isinstance(closed[0], InputError)
