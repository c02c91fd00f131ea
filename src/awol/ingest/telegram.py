"""Telegram Desktop channel exports (``result.json``): one Document per post.

Each text post becomes a plain-text document with its date and link
(``https://t.me/<username>/<id>`` when the username is known, else ``https://t.me/c/<id>/<post>``).
Service messages are left out; a post without text (a photo without a caption) and a post that
holds no prose after cleaning (channel furniture, only hashtags or links) are *skipped*
(:class:`~awol.errors.NoProse`): counted and named by ``awol ingest``, not failures.

The files beside ``result.json`` (:func:`beside_export`): a text attachment of a post (a .txt or
.html file a post's ``file`` names, downloaded into the export) is read as a document of its own,
with the post's date, link and channel; everything else (photos/, video_files/, stickers/, another
JSON, the HTML export's pages, a file no post names) is not read, and says so: one skipped record
(:class:`~awol.errors.NotText`) for each folder or file beside ``result.json``, with what it
holds and why, shown by ``awol ingest`` and ``awol failures --skipped``.  Never silence.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from awol.errors import InputError, NoProse, NotText
from awol.model import Document

# a post's fields that name a file of the export (relative to result.json's folder)
ATTACHMENT_KEYS = ("file", "photo", "thumbnail")
TEXT_MIME = ("text/plain", "text/html")
MAX_BYTES = 20_000_000


def is_telegram_export(path: Path) -> bool:
    """A result.json (or a folder holding one) whose top level has a ``messages`` list."""
    if path.is_dir():
        path = path / "result.json"
    if not path.is_file() or path.suffix.lower() != ".json":
        return False
    try:
        with path.open("rb") as fh:
            head = fh.read(65536)
    except OSError:
        return False
    return b'"messages"' in head


def _text(value: object) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "".join(_text(part) for part in value)
    if isinstance(value, dict):
        t = value.get("text")
        return t if isinstance(t, str) else ""
    return ""


def _post_date(msg: dict) -> tuple[str | None, str | None]:
    """(publication date, problem) of a post: its ``date`` (the exporter's local time, as
    Telegram Desktop writes it), else its ``date_unixtime`` (UTC; some exports have only that).
    A date that is there but cannot be read is a problem to report, not a silent null (the post
    is still read, its date left empty)."""
    from datetime import UTC, datetime

    from awol.extract.dates import parse_published_precision
    from awol.validate import KEPT_WITHOUT_DATE, published_problem

    date, unix = msg.get("date"), msg.get("date_unixtime")
    problem = None
    if isinstance(date, str) and date.strip() and parse_published_precision(date.strip()):
        problem = published_problem(date.strip()[:10], "malformed message: date")
        if problem is None:
            return date.strip()[:10], None
    try:
        stamp = int(unix) if unix is not None and not isinstance(unix, bool) else None
        when = datetime.fromtimestamp(stamp, tz=UTC) if stamp is not None else None
    except (TypeError, ValueError, OverflowError, OSError):
        when = None
    if when is not None:
        day = when.date().isoformat()
        why = published_problem(day, f"malformed message: date_unixtime {unix!r} =")
        if why is None:
            return day, None
        problem = problem or why
    if problem:  # a year 1 or 9999 post: the filters could not ask for it
        return None, problem + KEPT_WITHOUT_DATE
    if date in (None, "") and unix in (None, ""):
        return None, None
    shown = date if date not in (None, "") else unix
    return None, f"malformed message: date {shown!r} is not a date (published left empty)"


def telegram_documents(
    path: str | Path, username: str | None = None, max_bytes: int = MAX_BYTES
) -> Iterator[Document | InputError]:
    p = Path(path)
    if p.is_dir():
        p = p / "result.json"
    try:
        data = json.loads(p.read_bytes().decode("utf-8-sig"))
    except OSError as exc:
        yield InputError(str(p), f"cannot read Telegram export: {exc.strerror or exc}")
        return
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        yield InputError(str(p), f"not a readable Telegram export (bad JSON: {exc})")
        return
    if not isinstance(data, dict) or not isinstance(data.get("messages"), list):
        yield InputError(str(p), "not a Telegram channel export (no 'messages' list)")
        return
    name = data.get("name") or None
    if name is not None and not isinstance(name, str):
        yield InputError(
            str(p),
            f"malformed export: 'name' is a {type(name).__name__}, not text (outlet left empty)",
        )
        name = None
    chat_id = data.get("id")
    if chat_id is not None and not isinstance(chat_id, (int, str)):
        yield InputError(str(p), f"malformed export: 'id' is a {type(chat_id).__name__}")
        chat_id = None
    export_user = data.get("username")
    if export_user is not None and not isinstance(export_user, str):
        yield InputError(str(p), f"malformed export: 'username' is a {type(export_user).__name__}")
        export_user = None
    username = (username or export_user or "").lstrip("@") or None
    channel = username or (f"c{chat_id}" if chat_id is not None else p.parent.name)
    n = 0
    attached: dict[str, tuple[Document, str, bool]] = {}  # file -> (its post, field, text?)
    for i, msg in enumerate(data["messages"]):
        if not isinstance(msg, dict):
            yield InputError(
                f"{p}#message[{i}]",
                f"malformed message {i}: a {type(msg).__name__}, not an object",
            )
            continue
        if msg.get("type", "message") != "message":
            continue
        post = msg.get("id")
        if post is not None and (isinstance(post, bool) or not isinstance(post, (int, str))):
            yield InputError(
                f"{p}#message[{i}]", f"malformed message {i}: 'id' is a {type(post).__name__}"
            )
            continue
        raw_text = msg.get("text")
        if raw_text is not None and not isinstance(raw_text, (str, list, dict)):
            yield InputError(
                f"{p}#{post}", f"malformed message: 'text' is a {type(raw_text).__name__}"
            )
            continue
        text = _text(raw_text).strip()
        if post is None or (isinstance(post, str) and not post.strip()):
            # no id: no origin, link or document id can be made for it; recorded under its index
            what = "a post with text" if text else "a post without text"
            yield InputError(f"{p}#message[{i}]", f"malformed message {i}: no 'id' ({what})")
            continue
        if username:
            url = f"https://t.me/{username}/{post}"
        elif chat_id is not None:
            url = f"https://t.me/c/{str(chat_id).removeprefix('-100')}/{post}"
        else:
            url = None
        date, bad_date = _post_date(msg)
        doc = Document(
            origin=f"{p}#{post}",
            content=text.encode("utf-8"),
            id=f"tg-{channel}-{post}",
            url=url,
            outlet=name,
            published=date,
            media_type="text",
            encoding="utf-8",
            container=str(p),
        )
        for key in ATTACHMENT_KEYS:
            rel = msg.get(key)
            if isinstance(rel, str) and rel.strip():
                is_text = key == "file" and (
                    Path(rel).suffix.lower() in (".txt", ".text", ".html", ".htm")
                    or str(msg.get("mime_type") or "").lower() in TEXT_MIME
                )
                attached.setdefault(_norm(rel), (doc, key, is_text))
        if not text:  # a photo, file or sticker without a caption: recorded as skipped
            texts = [k for k, v in attached.items() if v[0] is doc and v[2]]
            why = "no text (a post without a caption)"
            if texts:
                why = f"no text of its own (its text attachment {texts[0]!r} is read on its own)"
            yield NoProse(f"{p}#{post}", why)
            continue
        if bad_date:
            yield InputError(f"{p}#{post}", bad_date)
        n += 1
        yield doc
    read = 0
    for item in beside_export(p, attached, max_bytes):
        read += isinstance(item, Document)
        yield item
    if not n and not read:
        yield InputError(str(p), "Telegram export has no text posts")


def _norm(rel: str) -> str:
    return rel.strip().replace("\\", "/").removeprefix("./")


def beside_export(
    p: Path, attached: dict[str, tuple[Document, str, bool]], max_bytes: int = MAX_BYTES
) -> Iterator[Document | InputError]:
    """The files in result.json's folder (``p``), each told what happens to it: a text
    attachment of a post is read (a Document with the post's metadata, id ``<post id>-file``);
    every other file is not read, with one :class:`NotText` for each folder or file beside
    result.json saying what it holds; a text attachment a post names that the export does not
    hold ("File not included") is a skipped record of that post's attachment."""
    from dataclasses import replace

    from awol.ingest.files import _read

    folder = p.parent
    groups: dict[str, dict[str, int]] = {}  # top-level name -> {what: files}
    found: set[str] = set()
    for f in sorted(folder.rglob("*")):
        rel = f.relative_to(folder).as_posix()
        if f == p or not f.is_file() or any(part.startswith(".") for part in rel.split("/")):
            continue
        found.add(rel)
        post = attached.get(rel)
        if post is not None and post[2]:
            doc = _read(f, {}, max_bytes)
            if isinstance(doc, Document):
                doc = replace(
                    doc, id=f"{post[0].id}-file", url=post[0].url, outlet=post[0].outlet,
                    published=post[0].published, container=str(p),
                )  # fmt: skip
            yield doc
            continue
        if post is not None:
            what = f"{post[1]}s of posts" if post[1] != "file" else "files of posts, not text"
        elif f.suffix.lower() == ".json":
            what = "other JSON (the export is result.json)"
        else:
            what = "no post names them"
        top = rel.split("/", 1)[0] + ("/" if "/" in rel else "")
        groups.setdefault(top, {}).setdefault(what, 0)
        groups[top][what] += 1
    for top, whats in groups.items():
        n = sum(whats.values())
        parts = "; ".join(f"{k}: {v}" for k, v in whats.items())
        yield NotText(
            str(folder / top.rstrip("/")) + ("/" if top.endswith("/") else ""),
            f"{n} file{'s' if n != 1 else ''} beside the Telegram export not read ({parts}); "
            "AWOL reads the posts' text and their .txt/.html attachments (ingest another file "
            "as a source of its own to read it)",
        )
    for rel, (doc, _key, is_text) in attached.items():
        if is_text and rel not in found:
            yield NotText(
                f"{doc.origin}/file",
                f"the text attachment {rel!r} is not in the export (not downloaded: export "
                "again with files included to read it)",
            )
