"""WARC / WARC.gz archives (e.g. a news crawl): one Document per HTML response.

Only ``response`` records with HTTP status 200 and an HTML content type are kept; each carries its
``WARC-Target-URI`` and ``WARC-Date`` (as ``fetched_at``).  Other records are skipped silently.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from awol.errors import InputError
from awol.ingest.http import charset_of, media_type_of
from awol.model import Document

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
MAX_RECORD = 20_000_000


def is_warc(path: Path) -> bool:
    name = path.name.lower()
    if name.endswith(WARC_SUFFIXES):
        return True
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError:
        return False
    return head.startswith(b"WARC/")


def warc_documents(
    path: str | Path,
    max_bytes: int = MAX_RECORD,
    *,
    start: int = 0,
    records: int | None = None,
) -> Iterator[Document | InputError]:
    """The documents of an archive, or of a chunk of it: the ``records`` records (of any type)
    from byte offset ``start`` (a record boundary; see :mod:`awol.scale.tasks`)."""
    p = Path(path)
    found = 0
    whole = start == 0 and records is None
    try:
        with p.open("rb") as fh:
            fh.seek(start)
            for n, record in enumerate(ArchiveIterator(fh)):
                if records is not None and n >= records:
                    break
                if record.rec_type != "response":
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                headers = record.http_headers
                if headers is None:
                    continue
                status = (headers.get_statuscode() or "").strip()
                ctype = headers.get_header("Content-Type")
                if status != "200" or media_type_of(ctype) != "html":
                    continue
                origin = f"{p}#{url}"
                try:
                    body = record.content_stream().read(max_bytes + 1)
                except Exception as exc:  # corrupt gzip member, bad chunking
                    yield InputError(origin, f"unreadable WARC record: {exc}")
                    continue
                if len(body) > max_bytes:
                    yield InputError(origin, f"record too large (> {max_bytes} bytes)")
                    continue
                missing = _missing(record)
                if missing:
                    yield InputError(
                        origin,
                        f"truncated WARC record: {missing} of its {record.length} bytes are "
                        f"missing (archive cut short?)",
                    )
                    continue
                if not body.strip():
                    yield InputError(origin, "empty HTML response")
                    continue
                found += 1
                yield Document(
                    origin=origin,
                    content=body,
                    url=url,
                    fetched_at=record.rec_headers.get_header("WARC-Date"),
                    media_type="html",
                    encoding=charset_of(ctype),
                    container=str(p),
                )
    except ArchiveLoadFailed as exc:
        if found:
            yield InputError(str(p), f"archive is cut short or corrupt after {found} documents: {_short(exc)}")  # fmt: skip
        else:
            yield InputError(str(p), f"not a readable WARC archive: {_short(exc)}")
        return
    except OSError as exc:
        yield InputError(str(p), f"cannot read archive: {exc.strerror or exc}")
        return
    except Exception as exc:  # truncated/corrupt archive: keep what was read
        yield InputError(str(p), f"archive is corrupt after {found} documents: {exc}")
        return
    if records is None and p.name.lower().endswith(".gz"):
        problem = gzip_problem(p)
        if problem:
            yield InputError(str(p), f"archive is damaged after {found} documents: {problem}")
            return
    if not found and whole:
        yield InputError(str(p), "archive contains no HTML responses")


def _missing(record: object) -> int:
    """Bytes of the record's block that the archive does not hold (0 if complete)."""
    raw = getattr(record, "raw_stream", None)
    limit = getattr(raw, "limit", 0)
    return limit if isinstance(limit, int) and limit > 0 else 0


def gzip_problem(path: Path, chunk: int = 1 << 20) -> str | None:
    """Why a (multi-member) gzip file is damaged -- a member cut short, a bad CRC -- or None.

    warcio stops silently at a gzip member cut short: the records after the cut would be lost
    without a word, so the whole file is checked once (about the cost of reading it)."""
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    started = False
    try:
        with path.open("rb") as fh:
            while True:
                data = fh.read(chunk)
                if not data:
                    break
                while data:
                    started = True
                    d.decompress(data)
                    if d.eof:
                        data = d.unused_data
                        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
                        started = False
                    else:
                        data = b""
    except zlib.error as exc:
        return f"corrupt gzip data ({exc})"
    except OSError as exc:
        return f"cannot read ({exc.strerror or exc})"
    if started and not d.eof:
        return "the last gzip member is cut short (truncated file)"
    return None


def _short(exc: Exception, limit: int = 160) -> str:
    """The reader's reason on one line, without the raw bytes it quotes at length."""
    text = " ".join(str(exc).split())
    return text if len(text) <= limit else text[: limit - 3] + "..."
