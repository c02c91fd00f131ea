"""Polite HTTP fetching: robots.txt, a per-host rate limit, timeouts and a clear user agent.

Standard library only (urllib.request + urllib.robotparser).
"""

from __future__ import annotations

import http.client
import re
import socket
import threading
import time
import urllib.error
import urllib.request
import urllib.robotparser
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from awol import __version__
from awol.errors import InputError
from awol.model import Document

USER_AGENT = f"AWOL/{__version__} (press monitor; +https://github.com/awol-project/awol)"
MAX_BYTES = 20_000_000


def media_type_of(content_type: str | None) -> str | None:
    ct = (content_type or "").split(";")[0].strip().lower()
    if ct in ("text/html", "application/xhtml+xml"):
        return "html"
    if ct == "text/plain":
        return "text"
    return None


def charset_of(content_type: str | None) -> str | None:
    m = re.search(r"charset=[\"']?([\w.:-]+)", content_type or "", re.I)
    return m.group(1).lower() if m else None


def _socket_of(resp: Any) -> socket.socket | None:
    """The socket under a urllib response (to shorten its timeout near the deadline)."""
    fp = getattr(resp, "fp", None)
    raw = getattr(fp, "raw", None)
    sock = getattr(raw, "_sock", None)
    return sock if isinstance(sock, socket.socket) else None


class _Watch:
    """The time limit of one whole request: every connection it opens (redirects included) is
    cut off once ``seconds`` have passed.  A per-read timeout alone lets a server that sends its
    status line, a header or robots.txt a byte at a time hold a fetch open for hours."""

    def __init__(self, seconds: float) -> None:
        self.fired = False
        self._socks: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._fire)
        self._timer.daemon = True

    def __enter__(self) -> _Watch:
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()

    def add(self, sock: socket.socket) -> None:
        with self._lock:
            self._socks.append(sock)
            if self.fired:
                self._cut(sock)

    def _fire(self) -> None:
        with self._lock:
            self.fired = True
            for sock in self._socks:
                self._cut(sock)

    @staticmethod
    def _cut(sock: socket.socket) -> None:
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


def _opener(watch: _Watch) -> urllib.request.OpenerDirector:
    """An opener whose HTTP(S) connections ``watch`` can cut off."""

    class _HTTPConnection(http.client.HTTPConnection):
        def connect(self) -> None:
            super().connect()
            watch.add(self.sock)

    class _HTTPSConnection(http.client.HTTPSConnection):
        def connect(self) -> None:
            super().connect()
            watch.add(self.sock)

    class _HTTPHandler(urllib.request.HTTPHandler):
        def http_open(self, req: urllib.request.Request) -> Any:
            return self.do_open(_HTTPConnection, req)

    class _HTTPSHandler(urllib.request.HTTPSHandler):
        def https_open(self, req: urllib.request.Request) -> Any:
            return self.do_open(_HTTPSConnection, req, context=self._context)

    return urllib.request.build_opener(_HTTPHandler(), _HTTPSHandler())


class Fetcher:
    """Fetch URLs politely.

    * robots.txt of each host is read once and obeyed for our user agent (an unreachable
      robots.txt allows everything, a 401/403 disallows everything, as ``robotparser`` does);
    * at most one request per ``delay`` seconds per host (robots.txt Crawl-delay if larger);
    * each read has a ``timeout`` and each response ``total_timeout`` in all (default 3 x
      ``timeout``); bodies larger than ``max_bytes`` are refused, and a body shorter than its
      Content-Length (the server closed mid-way) is an error, not a document.
    """

    def __init__(
        self,
        user_agent: str = USER_AGENT,
        delay: float = 1.0,
        timeout: float = 20.0,
        max_bytes: int = MAX_BYTES,
        respect_robots: bool = True,
        total_timeout: float | None = None,
    ) -> None:
        self.user_agent = user_agent
        self.delay = delay
        self.timeout = timeout
        #: the most a whole response may take (a server sending a byte now and then is cut off)
        self.total_timeout = total_timeout if total_timeout is not None else 3 * timeout
        self.max_bytes = max_bytes
        self.respect_robots = respect_robots
        self._robots: dict[str, urllib.robotparser.RobotFileParser] = {}
        self._last: dict[str, float] = {}
        self._lock = threading.Lock()

    # -- helpers
    def _host(self, url: str) -> str:
        p = urlsplit(url)
        return f"{p.scheme}://{p.netloc}"

    def _wait(self, host: str, delay: float) -> None:
        with self._lock:
            last = self._last.get(host)
            now = time.monotonic()
            if last is not None and now - last < delay:
                time.sleep(delay - (now - last))
            self._last[host] = time.monotonic()

    def _open(self, url: str, watch: _Watch):  # noqa: ANN202
        req = urllib.request.Request(
            url, headers={"User-Agent": self.user_agent, "Accept": "text/html,*/*;q=0.8"}
        )
        return _opener(watch).open(req, timeout=self.timeout)

    def robots(self, url: str) -> urllib.robotparser.RobotFileParser:
        host = self._host(url)
        rp = self._robots.get(host)
        if rp is None:
            rp = urllib.robotparser.RobotFileParser(host + "/robots.txt")
            self._wait(host, self.delay)
            try:
                with _Watch(self.total_timeout) as watch, self._open(host + "/robots.txt", watch) as resp:  # fmt: skip
                    body = resp.read(1_000_000)
                if watch.fired:  # cut off: unreachable, as below
                    raise OSError("robots.txt took too long")
                rp.parse(body.decode("utf-8", "replace").splitlines())
            except urllib.error.HTTPError as exc:
                if exc.code in (401, 403):
                    rp.disallow_all = True
                else:
                    rp.allow_all = True
            except (urllib.error.URLError, OSError, ValueError):
                rp.allow_all = True
            self._robots[host] = rp
        return rp

    def allowed(self, url: str) -> bool:
        return not self.respect_robots or self.robots(url).can_fetch(self.user_agent, url)

    def _read(self, url: str, resp: Any, deadline: float) -> bytes:
        """The whole body, within the total time allowed; a body shorter than its
        Content-Length is an error (a server that closed mid-way), not a document."""
        chunks: list[bytes] = []
        size = 0
        sock = _socket_of(resp)
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise InputError(
                    url,
                    f"took longer than {self.total_timeout:g}s in total (slow server; "
                    f"{size} bytes read)",
                )
            if sock is not None:
                sock.settimeout(max(0.05, min(self.timeout, left)))
            try:
                chunk = resp.read1(65536) if hasattr(resp, "read1") else resp.read(65536)
            except http.client.IncompleteRead as exc:  # counted with what was read before
                raise InputError(
                    url,
                    "partial response: the connection closed after "
                    f"{size + len(exc.partial)} bytes",
                ) from None
            except TimeoutError:
                if deadline - time.monotonic() < self.timeout:
                    continue  # the deadline cut this read short: reported above
                raise
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
            if size > self.max_bytes:
                break
        body = b"".join(chunks)
        expected = resp.headers.get("Content-Length")
        if expected and expected.strip().isdigit() and size < int(expected) <= self.max_bytes:
            raise InputError(
                url, f"partial response: {size} of {int(expected)} bytes (connection closed)"
            )
        return body

    # -- API
    def get(self, url: str) -> tuple[bytes, str | None, str]:
        """Fetch ``url`` politely: (body, content type, final URL); raises InputError."""
        if urlsplit(url).scheme not in ("http", "https"):
            raise InputError(url, "not an http(s) URL")
        if not self.allowed(url):
            raise InputError(url, "disallowed by robots.txt")
        host = self._host(url)
        delay = self.delay
        if self.respect_robots:
            crawl_delay = self.robots(url).crawl_delay(self.user_agent)
            if crawl_delay:
                delay = max(delay, float(crawl_delay))
        self._wait(host, delay)
        watch = _Watch(self.total_timeout + 0.5)  # the body's own deadline reports first
        try:
            with watch, self._open(url, watch) as resp:
                ctype = resp.headers.get("Content-Type")
                final = resp.geturl() or url
                body = self._read(url, resp, time.monotonic() + self.total_timeout)
        except (http.client.HTTPException, urllib.error.URLError, OSError, ValueError) as exc:
            if watch.fired:  # cut off before the body: the status line or a header trickled
                raise InputError(
                    url, f"took longer than {self.total_timeout:g}s in total (slow server)"
                ) from None
            raise self._reason(url, exc) from None
        if watch.fired:  # the headers ended where the connection was cut: nothing is whole
            raise InputError(
                url, f"took longer than {self.total_timeout:g}s in total (slow server)"
            )
        if len(body) > self.max_bytes:
            raise InputError(url, f"response too large (> {self.max_bytes} bytes)")
        if not body.strip():
            raise InputError(url, "empty response")
        return body, ctype, final

    def _reason(self, url: str, exc: Exception) -> InputError:
        """Why fetching ``url`` failed with ``exc``, as an InputError of one line (urllib's
        reason for a redirect loop runs over four)."""
        err = self._reason_of(url, exc)
        return InputError(url, " ".join(err.reason.split()))

    def _reason_of(self, url: str, exc: Exception) -> InputError:
        if isinstance(exc, http.client.IncompleteRead):
            return InputError(
                url, f"partial response: the connection closed after {len(exc.partial)} bytes"
            )
        if isinstance(exc, urllib.error.HTTPError):
            return InputError(url, f"HTTP {exc.code} {exc.reason}")
        if isinstance(exc, urllib.error.URLError):
            return InputError(url, f"cannot fetch: {exc.reason}")
        if isinstance(exc, TimeoutError):
            return InputError(url, f"timed out after {self.timeout:g}s")
        return InputError(url, f"cannot fetch: {exc}")

    def fetch(self, url: str, **meta: str | None) -> Document | InputError:
        """Fetch one article page as a Document (``meta``: id, outlet, published, language)."""
        try:
            body, ctype, final = self.get(url)
        except InputError as err:
            return err
        return Document(
            origin=url,
            content=body,
            id=meta.get("id"),
            url=final,
            outlet=meta.get("outlet"),
            published=meta.get("published"),
            language=meta.get("language"),
            fetched_at=datetime.now(UTC).isoformat(timespec="seconds"),
            media_type=media_type_of(ctype) or "html",
            encoding=charset_of(ctype),
        )
