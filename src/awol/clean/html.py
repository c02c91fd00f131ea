"""HTML page -> main text, title and date (trafilatura, tuned for precision)."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from awol.clean.dates import normalise_iso

_TAG = re.compile(rb"<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|br)\b", re.I)

logging.getLogger("trafilatura").setLevel(logging.ERROR)
logging.getLogger("htmldate").setLevel(logging.ERROR)


@dataclass
class HtmlExtract:
    text: str
    title: str | None
    date: str | None
    url: str | None
    sitename: str | None


def looks_like_html(content: bytes) -> bool:
    head = content[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")):
        return True
    return len(_TAG.findall(content[:4096])) >= 3


def extract_html(html: str, url: str | None = None) -> HtmlExtract:
    """Main text (paragraphs separated by blank lines) plus metadata; text may be empty."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html,
        url=url,
        favor_precision=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        with_metadata=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if doc is None:
        return HtmlExtract("", None, None, None, None)
    d = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = d.get("text") or ""
    text = "\n\n".join(line.strip() for line in text.split("\n") if line.strip())
    title = (d.get("title") or "").strip() or None
    sitename = (d.get("sitename") or "").strip() or None
    if title and sitename:
        for sep in (" | ", " – ", " — ", " - ", " :: "):
            if title.endswith(sep + sitename):
                title = title[: -len(sep + sitename)].strip()
    return HtmlExtract(text, title, normalise_iso(d.get("date")), d.get("url"), sitename)
