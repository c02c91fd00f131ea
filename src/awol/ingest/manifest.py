"""Manifest files: JSON Lines with per-document metadata (id, url, outlet, published, language)."""

from __future__ import annotations

import json
from pathlib import Path

from awol.errors import InputError

MANIFEST_FIELDS = ("id", "url", "outlet", "published", "language")


def load_manifest(path: str | Path) -> dict[str, dict]:
    """Read a JSON Lines manifest and return its entries keyed by ``id``.

    Every field is optional; an entry without ``id`` is keyed by its ``url``.  Blank lines and
    lines starting with ``#`` are ignored.  Unreadable files, bad JSON, non-object lines and
    entries with neither id nor url raise ``InputError(path, "line N: ...")``, and so does a
    ``published`` that is not a date ("YYYY-MM-DD", optionally with a time, "YYYY-MM" or "YYYY"):
    a value that cannot be read is an error, not a silent null.
    """
    from awol.extract.dates import parse_published_precision

    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"cannot read manifest: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(str(path), f"manifest is not UTF-8 ({exc.reason})") from None
    entries: dict[str, dict] = {}
    for n, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(str(path), f"line {n}: invalid JSON ({exc.msg})") from None
        if not isinstance(obj, dict):
            raise InputError(str(path), f"line {n}: expected a JSON object")
        key = obj.get("id") or obj.get("url")
        if not key:
            raise InputError(str(path), f"line {n}: entry has neither id nor url")
        for field in MANIFEST_FIELDS:
            value = obj.get(field)
            if value is not None and not isinstance(value, str):
                raise InputError(str(path), f"line {n}: {field} must be a string")
        published = obj.get("published")
        if published and parse_published_precision(published) is None:
            raise InputError(
                str(path),
                f"line {n}: published {published!r} is not a date "
                "(YYYY-MM-DD, optionally with a time, YYYY-MM or YYYY)",
            )
        entries[str(key)] = obj
    return entries
