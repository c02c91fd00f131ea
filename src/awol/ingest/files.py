"""Read documents from files and directories."""

from __future__ import annotations

import codecs
import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from awol.errors import InputError
from awol.ingest.manifest import PUBLISHED_PROBLEM
from awol.model import Document

TEXT_SUFFIXES = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html"}
SKIP_SUFFIXES = {".jsonl", ".json"}


def iter_documents(
    paths: Sequence[str | Path],
    manifest: dict[str, dict] | None = None,
    max_bytes: int = 20_000_000,
) -> Iterator[Document | InputError]:
    """Yield one Document (or an InputError) per file, in order.

    Directories are expanded recursively in sorted order, keeping ``.txt``, ``.text``, ``.html``
    and ``.htm`` files (hidden files and JSON Lines manifests / gold files are skipped).  A file
    named explicitly is read whatever its extension.  Missing, unreadable, empty, oversized and
    binary files come out as ``InputError(path, reason)`` and the iteration continues.
    """
    if isinstance(paths, str | Path):
        paths = [paths]
    manifest = manifest or {}
    for path in paths:
        p = Path(path)
        if p.is_dir():
            files = _expand(p)
            if not files:
                yield InputError(str(p), "directory contains no .txt/.html documents")
            for f in files:
                yield from _with_problems(_read(f, manifest, max_bytes), manifest)
        elif p.suffix.lower() in SKIP_SUFFIXES and p.exists():
            yield InputError(str(p), "a JSON Lines file is not a document (pass it as a manifest)")
        else:
            yield from _with_problems(_read(p, manifest, max_bytes), manifest)


def _with_problems(
    item: Document | InputError, manifest: dict[str, dict]
) -> Iterator[Document | InputError]:
    """The document, after the problem its manifest entry has (a ``published`` that names no
    day AWOL keeps): recorded as a failure of that document, which is still read, its date
    left empty."""
    if isinstance(item, Document):
        problem = _entry(Path(item.origin), manifest).get(PUBLISHED_PROBLEM)
        if problem:
            yield InputError(item.origin, problem)
    yield item


def _expand(root: Path) -> list[Path]:
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            if Path(name).suffix.lower() in TEXT_SUFFIXES:
                found.append(Path(dirpath) / name)
    return sorted(found)


def _read(p: Path, manifest: dict[str, dict], max_bytes: int) -> Document | InputError:
    origin = str(p)
    try:
        if not p.exists():
            return InputError(origin, "no such file")
        if not p.is_file():
            return InputError(origin, "not a regular file")
        size = p.stat().st_size
        if size > max_bytes:
            return InputError(origin, f"file too large ({size} bytes > {max_bytes})")
        with p.open("rb") as fh:
            content = fh.read(max_bytes + 1)
    except OSError as exc:
        return InputError(origin, f"cannot read file: {exc.strerror or exc}")
    if len(content) > max_bytes:
        return InputError(origin, f"file too large (> {max_bytes} bytes)")
    if not content.strip():
        return InputError(origin, "empty file")
    if looks_binary(content):
        return InputError(origin, "binary file, not text")

    stem = p.stem  # "ru-01.cp1251.txt" -> "ru-01.cp1251"
    entry = _entry(p, manifest)
    return Document(
        origin=origin,
        content=content,
        id=entry.get("id") or stem,
        url=entry.get("url"),
        outlet=entry.get("outlet"),
        published=entry.get("published"),
        language=entry.get("language"),
        media_type=sniff_media_type(content, p.suffix),
        encoding=_encoding_from_name(stem),
    )


def _entry(p: Path, manifest: dict[str, dict]) -> dict:
    """The manifest entry of a file: by its stem, else by the stem's part before a dot."""
    stem = p.stem
    entry = manifest.get(stem)
    if entry is None and "." in stem:
        entry = manifest.get(stem.split(".", 1)[0])
    return entry or {}


# bytes that are not control characters (plus tab, LF, FF, CR, ESC)
_PRINTABLE = bytes([9, 10, 12, 13, 27, *range(32, 256)])
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def looks_binary(content: bytes) -> bool:
    """NUL bytes or many control bytes in the first 8 KB (UTF-16 with a BOM is text)."""
    head = content[:8192]
    if head.startswith(_BOMS):
        return False
    if b"\x00" in head:
        return True
    ctrl = len(head.translate(None, _PRINTABLE))
    return ctrl > len(head) * 0.05


def sniff_media_type(content: bytes, suffix: str = "") -> str:
    """ "html" for .html/.htm or markup-looking bytes, else "text"."""
    kind = TEXT_SUFFIXES.get(suffix.lower())
    if kind == "html":
        return "html"
    head = content[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if (
        head.startswith((b"<!doctype html", b"<html", b"<?xml"))
        and b"<html" in content[:4096].lower()
    ):
        return "html"
    return "text"


def _encoding_from_name(stem: str) -> str | None:
    """``ru-01.cp1251`` -> ``cp1251`` when the inner suffix names a codec."""
    if "." not in stem:
        return None
    name = stem.rsplit(".", 1)[1]
    if not name or name.isdigit():
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None
