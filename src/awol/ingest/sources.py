"""Decide what a SOURCE is and read it: ``iter_sources(sources) -> Document | InputError``.

* ``http(s)://`` URL: fetched politely (:mod:`awol.ingest.http`); an RSS/Atom feed yields its
  entries (each article page fetched), any other page is one document;
* a WARC / WARC.gz archive: its HTML responses (:mod:`awol.ingest.warc`);
* a Telegram Desktop export (``result.json`` or its folder): its posts (:mod:`awol.ingest.telegram`);
* an RSS/Atom file (.xml/.rss/.atom, or sniffed): its entries, offline (:mod:`awol.ingest.feeds`);
* any other file or folder: .txt/.html documents (:mod:`awol.ingest.files`), with the manifest
  given, else the folder's own ``manifest.jsonl`` if it has one.

Nothing here raises for bad input: every problem is an InputError naming the source.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from awol.errors import InputError
from awol.ingest.feeds import feed_documents, looks_like_feed
from awol.ingest.http import Fetcher, media_type_of
from awol.ingest.telegram import is_telegram_export, telegram_documents
from awol.ingest.warc import is_warc, warc_documents
from awol.model import Document

FEED_SUFFIXES = (".xml", ".rss", ".atom")
MAX_BYTES = 20_000_000


def kind_of(source: str) -> str:
    """``url`` | ``warc`` | ``telegram`` | ``feed`` | ``files`` | ``missing``."""
    if source.lower().startswith(("http://", "https://")):
        return "url"
    p = Path(source)
    if not p.exists():
        return "missing"
    if p.is_file() and is_warc(p):
        return "warc"
    if is_telegram_export(p):
        return "telegram"
    if p.is_file():
        if p.suffix.lower() in FEED_SUFFIXES:
            return "feed"
        if p.suffix.lower() not in (".txt", ".html", ".htm"):
            try:
                with p.open("rb") as fh:
                    if looks_like_feed(fh.read(2048)):
                        return "feed"
            except OSError:
                pass
    return "files"


def _files(source: str, manifest: dict | None, max_bytes: int) -> Iterator[Document | InputError]:
    from awol.ingest.files import iter_documents

    if manifest is None and Path(source).is_dir() and (Path(source) / "manifest.jsonl").is_file():
        from awol.ingest.manifest import load_manifest

        try:
            manifest = load_manifest(Path(source) / "manifest.jsonl")
        except InputError as err:
            yield err
            manifest = None
    yield from iter_documents([source], manifest=manifest, max_bytes=max_bytes)


def _url(source: str, fetcher: Fetcher) -> Iterator[Document | InputError]:
    from awol.validate import ValidationError, check_url

    try:
        source = check_url(source)
    except ValidationError as err:
        yield InputError(source, str(err))
        return
    try:
        body, ctype, final = fetcher.get(source)
    except InputError as err:
        yield err
        return
    ct = (ctype or "").lower()
    if media_type_of(ctype) != "html" and (
        "rss" in ct or "atom" in ct or "xml" in ct or looks_like_feed(body)
    ):
        yield from feed_documents(body, source, fetch=fetcher.fetch)
        return
    from datetime import UTC, datetime

    from awol.ingest.http import charset_of

    yield Document(
        origin=source,
        content=body,
        url=final,
        fetched_at=datetime.now(UTC).isoformat(timespec="seconds"),
        media_type=media_type_of(ctype) or "html",
        encoding=charset_of(ctype),
    )


def iter_sources(
    sources: Iterable[str],
    manifest: dict[str, dict] | None = None,
    fetcher: Fetcher | None = None,
    max_bytes: int = MAX_BYTES,
    telegram_username: str | None = None,
) -> Iterator[Document | InputError]:
    """Yield every document of every source, in order; problems come out as InputError.

    Every document passes :func:`awol.validate.check_document` (metadata of the wrong type is an
    error of that document only), and a reader that breaks mid-way fails only its source."""
    from awol.validate import check_document

    for item in _iter_sources(sources, manifest, fetcher, max_bytes, telegram_username):
        yield item if isinstance(item, InputError) else check_document(item)


def _iter_sources(
    sources: Iterable[str],
    manifest: dict[str, dict] | None,
    fetcher: Fetcher | None,
    max_bytes: int,
    telegram_username: str | None,
) -> Iterator[Document | InputError]:
    for source in sources:
        kind = kind_of(source)
        try:
            if kind == "missing":
                yield InputError(source, "no such file or directory")
            elif kind == "url":
                yield from _url(source, fetcher or Fetcher(max_bytes=max_bytes))
            elif kind == "warc":
                yield from warc_documents(source, max_bytes=max_bytes)
            elif kind == "telegram":
                yield from telegram_documents(
                    source, username=telegram_username, max_bytes=max_bytes
                )
            elif kind == "feed":
                try:
                    data = Path(source).read_bytes()
                except OSError as exc:
                    yield InputError(source, f"cannot read feed: {exc.strerror or exc}")
                    continue
                yield from feed_documents(data, source)
            else:
                yield from _files(source, manifest, max_bytes)
        except InputError as err:
            yield err
        except Exception as exc:  # a reader bug must not stop the other sources
            yield InputError(source, f"cannot read {kind} source: {exc!r}")
