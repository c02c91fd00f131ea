"""Telegram Desktop channel exports (``result.json``): one Document per post.

Each text post becomes a plain-text document with its date and link
(``https://t.me/<username>/<id>`` when the username is known, else ``https://t.me/c/<id>/<post>``).
Service messages and posts without text are skipped.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from awol.errors import InputError
from awol.model import Document


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
        return str(value.get("text") or "")
    return ""


def telegram_documents(
    path: str | Path, username: str | None = None
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
    chat_id = data.get("id")
    username = (username or data.get("username") or "").lstrip("@") or None
    channel = username or (f"c{chat_id}" if chat_id is not None else p.parent.name)
    n = 0
    for msg in data["messages"]:
        if not isinstance(msg, dict) or msg.get("type", "message") != "message":
            continue
        post = msg.get("id")
        text = _text(msg.get("text")).strip()
        if post is None or not text:
            continue
        if username:
            url = f"https://t.me/{username}/{post}"
        elif chat_id is not None:
            url = f"https://t.me/c/{str(chat_id).removeprefix('-100')}/{post}"
        else:
            url = None
        date = str(msg.get("date") or "")
        n += 1
        yield Document(
            origin=f"{p}#{post}",
            content=text.encode("utf-8"),
            id=f"tg-{channel}-{post}",
            url=url,
            outlet=name,
            published=date[:10] or None,
            media_type="text",
            encoding="utf-8",
        )
    if not n:
        yield InputError(str(p), "Telegram export has no text posts")
