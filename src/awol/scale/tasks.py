"""Sources -> tasks: small, picklable descriptions of a chunk of documents, in source order.

A task names where its documents are, not the documents themselves, wherever the workers can read
them: a folder becomes tasks of ``chunk_size`` files (with their manifest entries); a WARC shard
becomes one task, or one per ``chunk_size`` documents (a worker indexes the shard first: record
offsets, no content kept); feeds, Telegram exports and URLs are read by the driver (URLs must be
fetched politely from one place) and shipped as tasks holding ``chunk_size`` documents.

The order of the tasks, and of the documents inside each task, is exactly the order in which
:func:`awol.ingest.sources.iter_sources` yields them, so the one writer can store the results as
the single-process ingest would.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from awol.errors import InputError
from awol.ingest.files import _expand, iter_documents
from awol.ingest.sources import MAX_BYTES, iter_sources, kind_of
from awol.model import Document

#: a WARC shard smaller than this is one task (indexing it would cost more than it saves)
WARC_SPLIT_BYTES = 4_000_000


@dataclass
class Task:
    """A chunk of documents: ``files`` (paths read on the worker), ``warc`` (a range of records
    of one archive) or ``docs`` (documents read by the driver)."""

    kind: str
    label: str  # for progress and error messages
    size: int  # expected number of items (documents or read errors)
    paths: list[str] = field(default_factory=list)
    manifest: dict[str, dict] = field(default_factory=dict)
    path: str = ""
    start: int = 0
    records: int | None = None
    items: list[Document | InputError] = field(default_factory=list)
    max_bytes: int = MAX_BYTES
    cwd: str = field(default_factory=os.getcwd)  # the driver's: relative paths are read from it

    def read(self) -> Iterator[Document | InputError]:
        """The task's documents, in order (runs on the worker, whatever its own directory).

        Files are opened by absolute path; origins keep the paths as given, as in a
        single-process ingest."""
        if self.kind == "files":
            given = {self._abs(p): p for p in self.paths}
            docs = iter_documents(list(given), manifest=self.manifest, max_bytes=self.max_bytes)
            yield from (_relabel(d, given) for d in docs)
        elif self.kind == "warc":
            from awol.ingest.warc import warc_documents

            given = {self._abs(self.path): self.path}
            docs = warc_documents(
                self._abs(self.path), self.max_bytes, start=self.start, records=self.records
            )
            yield from (_relabel(d, given) for d in docs)
        else:
            yield from self.items

    def _abs(self, path: str) -> str:
        return path if os.path.isabs(path) else os.path.join(self.cwd, path)


def _relabel(item: Document | InputError, given: dict[str, str]) -> Document | InputError:
    """Origin ``/abs/path[#...]`` back to the path as given."""
    origin = item.origin
    for abs_path, path in given.items():
        if abs_path != path and (origin == abs_path or origin.startswith(abs_path + "#")):
            origin = path + origin[len(abs_path) :]
            if isinstance(item, InputError):
                return InputError(origin, item.reason)
            item.origin = origin
            break
    return item


@dataclass
class Unit:
    """One source: its tasks, or a WARC shard whose tasks come from an index made on a worker."""

    tasks: Iterable[Task] = ()
    warc: str | None = None
    chunk_size: int = 200
    max_bytes: int = MAX_BYTES


def plan(
    sources: Iterable[str],
    *,
    manifest: dict[str, dict] | None = None,
    fetcher: object | None = None,
    telegram_username: str | None = None,
    chunk_size: int = 200,
    max_bytes: int = MAX_BYTES,
) -> Iterator[Unit]:
    """One Unit per source, in order (lazily: a source is planned when the driver needs it)."""
    for source in sources:
        kind = kind_of(source)
        if kind == "files":
            yield Unit(tasks=_file_tasks(source, manifest, chunk_size, max_bytes))
        elif kind == "warc":
            if Path(source).stat().st_size < WARC_SPLIT_BYTES:
                yield Unit(tasks=[Task("warc", source, chunk_size, path=source, max_bytes=max_bytes)])  # fmt: skip
            else:
                yield Unit(warc=source, chunk_size=chunk_size, max_bytes=max_bytes)
        else:  # url, feed, telegram, missing: read here, shipped in chunks
            items = iter_sources(
                [source],
                manifest=manifest,
                fetcher=fetcher,  # type: ignore[arg-type]
                max_bytes=max_bytes,
                telegram_username=telegram_username,
            )
            yield Unit(tasks=_doc_tasks(source, items, chunk_size))


def _doc_tasks(source: str, items: Iterable, chunk_size: int) -> Iterator[Task]:
    chunk: list = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= chunk_size:
            yield Task("docs", source, len(chunk), items=chunk)
            chunk = []
    if chunk:
        yield Task("docs", source, len(chunk), items=chunk)


def _file_tasks(
    source: str, manifest: dict[str, dict] | None, chunk_size: int, max_bytes: int
) -> Iterator[Task]:
    """As :func:`awol.ingest.sources._files`: a folder's own manifest.jsonl when none is given."""
    p = Path(source)
    if not p.is_dir():
        yield Task("files", source, 1, paths=[source], manifest=_entries([p], manifest), max_bytes=max_bytes)  # fmt: skip
        return
    if manifest is None and (p / "manifest.jsonl").is_file():
        from awol.ingest.manifest import load_manifest

        try:
            manifest = load_manifest(p / "manifest.jsonl")
        except InputError as err:
            yield Task("docs", source, 1, items=[err])
            manifest = None
    files = _expand(p)
    if not files:
        yield Task("docs", source, 1, items=[InputError(source, "directory contains no .txt/.html documents")])  # fmt: skip
        return
    for i in range(0, len(files), chunk_size):
        part = files[i : i + chunk_size]
        yield Task(
            "files",
            f"{source} [{i + 1}-{i + len(part)}]",
            len(part),
            paths=[str(f) for f in part],
            manifest=_entries(part, manifest),
            max_bytes=max_bytes,
        )


def _entries(files: list[Path], manifest: dict[str, dict] | None) -> dict[str, dict]:
    """The manifest entries these files would use (looked up as awol.ingest.files does)."""
    if not manifest:
        return {}
    out: dict[str, dict] = {}
    for f in files:
        stem = f.stem
        for key in (stem, stem.split(".", 1)[0]):
            if key in manifest:
                out[key] = manifest[key]
                break
    return out


def index_warc(
    path: str, chunk_size: int, max_bytes: int = MAX_BYTES, cwd: str | None = None
) -> list[Task]:
    """Split a WARC shard into tasks of about ``chunk_size`` documents (runs on a worker).

    Reads the record headers only; a task is the run of records from one offset, so records the
    reader skips (requests, metadata, non-HTML) fall into some task and nothing is read twice.
    """
    from warcio.archiveiterator import ArchiveIterator

    from awol.ingest.http import media_type_of

    cwd = cwd or os.getcwd()
    tasks: list[Task] = []
    start, records, docs = 0, 0, 0

    def close(next_start: int | None) -> None:
        label = f"{path} @{start}"
        tasks.append(
            Task("warc", label, max(docs, 1), path=path, start=start,
                 records=records if next_start is not None else None, max_bytes=max_bytes,
                 cwd=cwd)
        )  # fmt: skip

    try:
        with open(os.path.join(cwd, path), "rb") as fh:
            it = ArchiveIterator(fh)
            for record in it:
                if docs >= chunk_size:
                    offset = it.get_record_offset()
                    close(offset)
                    start, records, docs = offset, 0, 0
                records += 1
                if record.rec_type == "response" and record.http_headers is not None:
                    h = record.http_headers
                    if (h.get_statuscode() or "").strip() == "200" and media_type_of(
                        h.get_header("Content-Type")
                    ) == "html":
                        docs += 1
    except Exception:  # a corrupt archive: the reader reports it, from where the index stopped
        pass
    close(None)
    if len(tasks) == 1:  # the whole archive: keeps its "no HTML responses" error
        tasks[0].start, tasks[0].records = 0, None
    return tasks
