"""A Document's bytes -> its text: ``decode_document`` (the encoding, and whether it is an HTML
page).  Read by :func:`awol.clean.clean_document` and by the boilerplate index's
:meth:`~awol.clean.boilerplate.BoilerplateIndex.add_document` (split from ``clean/__init__.py``,
round 36: the package imports the index, the index needs only this).
"""

from __future__ import annotations

from awol.clean.encoding import decode, is_binary
from awol.clean.html import looks_like_html
from awol.errors import InputError
from awol.model import Document


def _is_html(doc: Document) -> bool:
    if doc.media_type == "html":
        return True
    if doc.media_type == "text":
        head = doc.content[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
        return head.startswith((b"<!doctype html", b"<html"))
    return looks_like_html(doc.content)


def decode_document(doc: Document) -> tuple[str, str, bool]:
    """``(text, encoding, is_html)`` for a Document; raises InputError on unusable bytes."""
    origin = doc.origin or doc.id or "<document>"
    content = doc.content
    if isinstance(content, str):  # tolerate already-decoded input
        return content, doc.encoding or "utf-8", _is_html(Document(origin, content.encode()))
    if not content or not content.strip():
        raise InputError(origin, "empty document")
    if doc.container is not None and b"\x00" in content:
        # a post, entry or record whose reader already decoded it (a "\u0000" in a Telegram
        # export's JSON): its stray NUL characters are dropped (text is NUL-free everywhere),
        # not the post; bytes that stay binary without them are still refused
        content = content.replace(b"\x00", b"")
    if is_binary(content):
        raise InputError(origin, "binary content, not text")
    html = _is_html(doc)
    text, enc = decode(content, origin, declared=doc.encoding, html=html)
    return text, enc, html
