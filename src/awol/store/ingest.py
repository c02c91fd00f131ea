"""Ingest runs: sources -> pipeline (clean + extract) -> store -> linker.

Documents are processed in chunks (the pipeline reads its input in two passes); each document is
committed in its own transaction as soon as it is extracted, so a crash loses nothing committed and
a rerun skips what is stored (same raw bytes: skipped before extraction; same cleaned text: stored
once).  After each chunk the new documents are given to the linker and the incidents, cases and
linker state are saved.
"""

from __future__ import annotations

import hashlib
import sys
import time
import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from awol.errors import InputError, NoProse, NotText
from awol.model import Article, Document, Extraction
from awol.store.documents import declared_meta
from awol.store.lock import writer_lock
from awol.store.repo import Store

Process = Callable[[Iterable[Document | InputError]], Iterator[Extraction | InputError]]


@dataclass
class Summary:
    documents: int = 0
    new: int = 0
    updated: int = 0
    corrected: int = 0  # the same text of a document read with other metadata (a new manifest)
    unchanged: int = 0
    reextracted: int = 0
    events: int = 0
    figures: int = 0
    failures: int = 0
    skipped: int = 0  # posts, entries or records that hold no prose (not failures)
    seconds: float = 0.0
    totals: dict[str, int] = field(default_factory=dict)
    linking: str = "ok"
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path or URL, reason)
    skips: list[str] = field(default_factory=list)  # origins of the skipped records
    # files of an export not read (photos/, another JSON: errors.NotText), recorded as skips
    not_read: list[str] = field(default_factory=list)
    # documents stored in a language the extractor does not read, by language ("?": unknown)
    unread: dict[str, int] = field(default_factory=dict)

    def stored(self, extraction: Extraction) -> None:
        """Note a stored document whose language the extractor does not read (no events)."""
        lang = extraction.article.language
        if lang not in readable_languages():
            key = lang or "?"
            self.unread[key] = self.unread.get(key, 0) + 1

    @property
    def rate(self) -> float:
        return self.documents / self.seconds if self.seconds > 0 else 0.0

    def lines(self) -> list[str]:
        out = [
            f"documents  {self.documents} read: {self.new} new, {self.updated} updated, "
            f"{self.unchanged} unchanged"
            + (f", {self.corrected} with corrected metadata" if self.corrected else "")
            + (f", {self.reextracted} re-extracted" if self.reextracted else ""),
            f"events     {self.events} extracted",
            *self._unread_lines(),
            f"figures    {self.figures} extracted",
            f"failures   {self.failures}" + (" (see `awol failures`)" if self.failures else ""),
            *self._skipped_lines(),
            *self._not_read_lines(),
        ]
        if self.totals:
            t = self.totals
            out.append(
                f"database   {t.get('documents', 0)} documents, {t.get('events', 0)} events, "
                f"{t.get('figures', 0)} figures, {t.get('incidents', 0)} incidents, "
                f"{t.get('cases', 0)} cases"
            )
        if self.linking != "ok":
            out.append(f"linking    {self.linking}")
        out.append(f"time       {self.seconds:.1f}s ({self.rate:.1f} documents/s)")
        return out

    def skip(self, origin: str, not_text: bool = False) -> None:
        """Note a post, feed entry or archive record that holds no prose (not a failure), or
        (``not_text``) a file of an export that is not read."""
        if not_text:
            self.not_read.append(origin)
            return
        self.skipped += 1
        self.skips.append(origin)

    def _not_read_lines(self) -> list[str]:
        if not self.not_read:
            return []
        shown, prev = [], None
        for o in self.not_read[:SKIPS_SHOWN]:  # "/x/ChatExport/photos/, files/, other.json"
            base, _, name = o.rstrip("/").rpartition("/")
            shown.append(name + o[len(o.rstrip("/")) :] if base == prev else o)
            prev = base
        names = ", ".join(shown)
        more = len(self.not_read) - SKIPS_SHOWN
        return [
            f"not read   files beside an export that are not text: {names}"
            + (f", ... and {more} more" if more > 0 else "")
            + " (not failures; see `awol failures --skipped`)"
        ]

    def _skipped_lines(self) -> list[str]:
        if not self.skipped:
            return []
        n = self.skipped
        names = ", ".join(_short_origins(self.skips)[:SKIPS_SHOWN])
        more = f", ... and {n - SKIPS_SHOWN} more" if n > SKIPS_SHOWN else ""
        return [
            f"skipped    {n} post{'s' if n != 1 else ''}/entr{'ies' if n != 1 else 'y'} with no "
            f"prose, not failures ({names}{more}; see `awol failures --skipped`)"
        ]

    def _unread_lines(self) -> list[str]:
        if not self.unread:
            return []
        n = sum(self.unread.values())
        langs = ", ".join(f"{k} {v}" for k, v in sorted(self.unread.items(), key=lambda kv: -kv[1]))
        return [
            f"language   {n} document{'s' if n != 1 else ''} stored without events: not in a "
            f"language AWOL reads ({langs}; it reads {', '.join(readable_languages())})"
        ]


SKIPS_SHOWN = 10  # skipped records named in the summary line


def _short_origins(origins: list[str]) -> list[str]:
    """``a/result.json#4, #9, b.xml#x``: grouped by container (in the order they came), in
    post order inside one; a record of the same container as the one before it is named by
    its part after ``#`` alone."""
    first: dict[str, int] = {}
    for o in origins:
        first.setdefault(o.rpartition("#")[0], len(first))

    def order(o: str) -> tuple:
        base, _, part = o.rpartition("#")
        return (first[base], not part.isdigit(), int(part) if part.isdigit() else 0, part)

    out, prev = [], None
    for o in sorted(origins, key=order):
        base, sep, part = o.rpartition("#")
        if sep and base == prev:
            out.append(f"#{part}")
        else:
            out.append(o)
        prev = base if sep else None
    return out


def readable_languages() -> tuple[str, ...]:
    """The languages the extractor reads (its ``lang/<code>`` knowledge folders)."""
    from awol.extract.lexicon import available_languages

    return available_languages()


def default_pipeline() -> tuple[Process, str | None]:
    """The real pipeline (models loaded once) and its extractor version."""
    from awol.pipeline import Pipeline

    pipeline = Pipeline()
    return pipeline.process, extractor_version(pipeline.extractor)


def default_extract() -> tuple[Callable[[Article], Extraction], str | None]:
    from awol.extract import Extractor

    ex = Extractor()
    return ex.extract, extractor_version(ex)


def extractor_version(extractor: Any) -> str:
    """The version stored with each extraction: the extractor's own, else AWOL's."""
    import awol

    v = getattr(extractor, "version", None) or getattr(extractor, "__version__", None)
    return str(v) if v is not None else f"awol-{awol.__version__}"


def default_linker_factory() -> Callable[[dict | None], Any]:
    from awol.link import Linker

    def make(state: dict | None) -> Any:
        return Linker.from_state(state) if state else Linker()

    return make


class _Progress:
    def __init__(self, enabled: bool, desc: str) -> None:
        self.bar = None
        if enabled:
            from tqdm import tqdm

            self.bar = tqdm(desc=desc, unit="doc", file=sys.stderr, dynamic_ncols=True)

    def update(self, s: Summary) -> None:
        if self.bar is not None:
            self.bar.update(1)
            self.bar.set_postfix(events=s.events, failures=s.failures, refresh=False)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


class Linking:
    """Feeds committed documents to the linker and saves its results (after each chunk).

    A new version of a document the linker holds already (changed bytes, or a corrected
    manifest) cannot be added to it: the linker keeps the first version it was given, and its
    incidents and cases would keep the old version's events.  Such a version is left unlinked
    (``stale``) and :meth:`finish` rebuilds the links from every current document once, at the
    end of the run; a run killed before that leaves it unlinked, and the next run's first
    :meth:`step` finds it again."""

    def __init__(self, store: Store, factory: Callable[[dict | None], Any] | None) -> None:
        self.store = store
        self.factory = factory
        self.linker = None
        self.status = "ok" if factory else "skipped (awol.link is not available)"
        self.stale: set[int] = set()  # pks of new versions of documents the linker holds

    def _get(self) -> Any:
        if self.linker is None and self.factory is not None:
            self.linker = self.factory(self.store.linker_state())
        return self.linker

    def step(self) -> None:
        if self.factory is None:
            return
        pks, dicts = self.store.unlinked(skip=self.stale)
        if not dicts:
            return
        try:
            linker = self._get()
            held = getattr(linker, "docs", None)
            if held is not None:  # a new version of a document the linker holds: rebuilt later
                fresh = [(pk, d) for pk, d in zip(pks, dicts, strict=True)
                         if str(d.get("id")) not in held]  # fmt: skip
                self.stale |= set(pks) - {pk for pk, _ in fresh}
                pks, dicts = [pk for pk, _ in fresh], [d for _, d in fresh]
            linker.add(dicts)
            if hasattr(linker, "changes"):  # only what the new documents touched
                self.store.save_link_changes(linker.changes(), pks)
            else:
                self.store.save_links(*_outputs(linker), linker.state(), pks)
        except Exception as exc:  # a linker bug must not lose the documents
            self.factory = None
            self.status = f"failed ({exc!r}); documents are stored, run `awol reextract --relink`"
            warnings.warn(f"linking failed: {exc!r}", stacklevel=2)

    def finish(self) -> None:
        """Rebuild the links where this run stored a new version of a linked document."""
        if self.stale:
            self.rebuild()

    def rebuild(self) -> None:
        """Incidents and cases from every current document, from scratch (all marked linked)."""
        if self.factory is None:
            return
        try:
            linker = self.factory(None)
            batch: list[dict] = []
            for d in self.store.all_extractions():
                batch.append(d)
                if len(batch) >= 500:
                    linker.add(batch)
                    batch = []
            if batch:
                linker.add(batch)
            if hasattr(linker, "changes"):  # a fresh linker's changes hold everything
                self.store.save_link_changes(linker.changes(), replace=True)  # marks all linked
            else:
                self.store.save_links(*_outputs(linker), linker.state(), mark_all=True)
            self.linker, self.stale = linker, set()
        except Exception as exc:
            self.status = f"failed ({exc!r})"


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def ingest(
    store: Store,
    items: Iterable[Document | InputError],
    *,
    process: Process | None = None,
    version: str | None = None,
    linker_factory: Callable[[dict | None], Any] | None | str = "default",
    chunk_size: int = 200,
    progress: bool = False,
) -> Summary:
    """Store every document of ``items``; bad ones are recorded in the failures table.

    Runs under the database's writer lock (:mod:`awol.store.lock`): a second ingest on the same
    database waits for this one, so none stores a document twice or fails its linking step."""
    with writer_lock(store, on_wait=_say):
        return _ingest(
            store, items, process=process, version=version, linker_factory=linker_factory,
            chunk_size=chunk_size, progress=progress,
        )  # fmt: skip


def _ingest(
    store: Store,
    items: Iterable[Document | InputError],
    *,
    process: Process | None,
    version: str | None,
    linker_factory: Callable[[dict | None], Any] | None | str,
    chunk_size: int,
    progress: bool,
) -> Summary:
    t0 = time.monotonic()
    s = Summary()
    bar = _Progress(progress, "ingest")
    if linker_factory == "default":
        linker_factory = default_linker_factory()
    linking = Linking(store, linker_factory)
    linking.step()  # documents committed by an interrupted run but not linked yet
    pipeline: list[Process | None] = [process]

    skipped_raws: dict[str, str] = {}  # raw hash -> why a record holding no prose was skipped
    # origins with a failure recorded in this run: a record read with a problem (a post whose
    # date is no date) is stored, and its failure stays listed (`awol failures`)
    failed_now: set[str] = set()

    def fail(err: InputError, raw: str | None = None) -> None:
        if isinstance(err, NoProse):  # a post of furniture, hashtags or links: not a failure
            s.skip(err.origin, isinstance(err, NotText))
            store.record_skip(err.origin, err.reason, raw)
            if raw:
                skipped_raws[raw] = err.reason
            return
        s.failures += 1
        s.failed.append((err.origin, err.reason))
        failed_now.add(err.origin)
        store.record_failure(err.origin, err.reason)

    def run_chunk(chunk: list[tuple[Document, str]]) -> None:
        if pipeline[0] is None:
            pipeline[0], v = default_pipeline()
            nonlocal version
            version = version or v
        try:
            results = list(pipeline[0](doc for doc, _ in chunk))
        except Exception:  # one bad document must fail only itself: retry one by one
            results = []
            for doc, _ in chunk:
                try:
                    results.extend(pipeline[0]([doc]))
                except Exception as exc:
                    results.append(InputError(doc.origin or doc.id or "?", f"cannot process: {exc!r}"))  # fmt: skip
        by_origin = {doc.origin: (doc, h) for doc, h in chunk}
        paired = len(results) == len(chunk)
        for i, res in enumerate(results):
            if paired:
                doc, raw = chunk[i]
            else:
                origin = res.origin if isinstance(res, InputError) else res.article.origin
                doc, raw = by_origin.get(origin, (None, None))
            if isinstance(res, InputError):
                fail(res, raw)
            else:
                try:
                    r = store.add_extraction(
                        res,
                        raw_hash=raw,
                        origin=doc.origin if doc else None,
                        fetched_at=doc.fetched_at if doc else None,
                        extractor_version=version,
                        keep_failures=bool(doc and doc.origin in failed_now),
                        meta=declared_meta(doc) if doc else None,
                    )
                except Exception as exc:  # e.g. a value the database refuses
                    fail(InputError(res.article.origin or res.article.id, f"cannot store: {exc}"))
                else:
                    setattr(s, r.status, getattr(s, r.status) + 1)
                    s.events += r.events
                    s.figures += r.figures
                    if r.status != "unchanged":
                        s.stored(res)
            s.documents += 1
            bar.update(s)
        linking.step()

    pending: list[tuple[Document, str]] = []

    def flush_pending() -> None:
        # skip the documents whose exact bytes are stored with the same metadata (one query per
        # batch), process the rest: bytes stored with other metadata (a corrected manifest, or
        # a source stored before the metadata was remembered) are read again
        known = store.known_raw_metas(h for _, h in pending)
        skipped_raws.update(store.known_skips(h for _, h in pending if h not in known))
        todo, again, seen = [], [], set()
        for d, h in pending:
            if h in skipped_raws or (h in known and known[h] == declared_meta(d)):
                again.append((d, h))
            elif h in seen:  # the same bytes twice in one run: as the first copy
                again.append((d, h))
            else:
                todo.append((d, h))
                seen.add(h)
        pending.clear()
        if todo:
            run_chunk(todo)
        for d, h in again:
            if h in skipped_raws:  # holds no prose (known from an earlier record): not read again
                s.skip(d.origin)
                store.record_skip(d.origin, skipped_raws[h], h)
            else:
                s.unchanged += 1
            s.documents += 1
            bar.update(s)

    try:
        for item in items:
            if isinstance(item, InputError):
                fail(item)
                s.documents += 1
                bar.update(s)
                continue
            pending.append((item, hashlib.sha1(item.content).hexdigest()))
            if len(pending) >= chunk_size:
                flush_pending()
        flush_pending()
    finally:
        bar.close()
    # the linker keeps a document it was given once: a new version (changed bytes, a corrected
    # date or place) is linked again from scratch, as after re-extraction
    linking.finish()
    s.seconds = time.monotonic() - t0
    s.linking = linking.status
    s.totals = store.counts()
    return s


def reextract(
    store: Store,
    *,
    extract: Callable[[Article], Extraction] | None = None,
    version: str | None = None,
    everything: bool = False,
    linker_factory: Callable[[dict | None], Any] | None | str = "default",
    progress: bool = False,
) -> Summary:
    """Re-run the extractor on stored documents (those extracted by another version, or all).

    Previous events are kept as superseded history; overrides re-apply by event identity; the
    incidents and cases are rebuilt from scratch afterwards.
    """
    with writer_lock(store, on_wait=_say):
        return _reextract(
            store, extract=extract, version=version, everything=everything,
            linker_factory=linker_factory, progress=progress,
        )  # fmt: skip


def _reextract(
    store: Store,
    *,
    extract: Callable[[Article], Extraction] | None,
    version: str | None,
    everything: bool,
    linker_factory: Callable[[dict | None], Any] | None | str,
    progress: bool,
) -> Summary:
    t0 = time.monotonic()
    if extract is None:
        extract, v = default_extract()
        version = version or v
    s = Summary()
    bar = _Progress(progress, "reextract")
    try:
        for pk, article in store.articles(outdated_than=None if everything else version):
            try:
                ex = extract(article)
                r = store.replace_extraction(pk, ex, version)
            except Exception as exc:
                s.failures += 1
                s.failed.append((article.origin or article.id, f"re-extraction failed: {exc!r}"))
                store.record_failure(article.origin or article.id, f"re-extraction failed: {exc!r}")
            else:
                s.reextracted += 1
                s.events += r.events
                s.figures += r.figures
            s.documents += 1
            bar.update(s)
    finally:
        bar.close()
    if linker_factory == "default":
        linker_factory = default_linker_factory()
    linking = Linking(store, linker_factory)
    if s.reextracted or everything:
        linking.rebuild()
    s.linking = linking.status
    s.seconds = time.monotonic() - t0
    s.totals = store.counts()
    return s


def _outputs(linker) -> tuple[list[dict], list[dict]]:  # noqa: ANN001
    """A linker's incidents and cases, each incident built once where the linker can."""
    if hasattr(linker, "outputs"):
        return linker.outputs()
    return linker.incidents(), linker.cases()
