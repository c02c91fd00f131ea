"""RSS / Atom feeds: one Document per entry.

An entry's document is its full content (``content:encoded`` / Atom ``content``), else its
summary, else its headline alone (a headline-only item: cleaning keeps it when it states an
event).  When a ``fetch`` function is given (feeds read from a URL), the entry's link is fetched
instead, which is what news feeds with short summaries need; if that fails the embedded content
is used.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import feedparser

from awol.errors import InputError, NoProse
from awol.model import Document

FEED_MARKERS = (b"<rss", b"<feed", b"<rdf:rdf")


def looks_like_feed(head: bytes) -> bool:
    h = head[:2048].lower()
    return any(m in h for m in FEED_MARKERS)


def _date(entry: dict) -> tuple[str | None, str | None]:
    """(publication date, problem) of an entry: its published, else updated, else created date.
    A date the entry gives that neither feedparser nor AWOL's own date reader can read is a
    problem to report, not a silent null (the entry is still read, its date left empty)."""
    from awol.extract.dates import parse_published_precision
    from awol.validate import KEPT_WITHOUT_DATE, published_problem

    unread, problem = None, None
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        raw = raw.strip() if isinstance(raw, str) else ""
        # an ISO date is read as written, keeping its precision ("2024-05" is a month, not the
        # first of May that feedparser makes of it); other forms (RFC 822) as feedparser reads them
        read = parse_published_precision(raw) if raw else None
        found = None
        if read is not None:
            found = raw[: {"day": 10, "month": 7}.get(read[1], 4)]
        elif t := entry.get(f"{key}_parsed"):
            try:
                found = date(t.tm_year, t.tm_mon, t.tm_mday).isoformat()
            except ValueError:
                pass
        if found is not None:
            # a year 1 or 9999: the filters' rule (years 1000-2999) -- the next date, or none
            why = published_problem(found, f"entry {key} date")
            if why is None:
                return found, None
            problem = problem or why
        elif raw:
            unread = unread or (key, raw)
    if problem is not None:
        return None, problem + KEPT_WITHOUT_DATE
    if unread is None:
        return None, None
    return None, f"entry {unread[0]} date {unread[1][:60]!r} is not a date (published left empty)"


def _language(value: object) -> str | None:
    """The feed's ``<language>`` as a code ("ru-RU" -> "ru"); a value that is no language code
    ("English", "x-default") declares nothing: the language of each entry is detected."""
    from awol.ingest.manifest import is_language_tag

    if not isinstance(value, str) or not is_language_tag(value):
        return None
    return value.strip().replace("_", "-").split("-")[0].lower()


def _body(entry: dict) -> tuple[str, str] | None:
    for c in entry.get("content") or []:
        if c.get("value"):
            return c["value"], c.get("type") or "text/html"
    if entry.get("summary"):
        detail = entry.get("summary_detail") or {}
        return entry["summary"], detail.get("type") or "text/html"
    return None


def feed_documents(
    data: bytes,
    origin: str,
    fetch: Callable[..., Document | InputError] | None = None,
) -> Iterator[Document | InputError]:
    """Parse feed bytes; yield a Document (or InputError) per entry."""
    parsed = feedparser.parse(data)
    if parsed.get("bozo") and not parsed.entries:
        exc = parsed.get("bozo_exception")
        yield InputError(origin, f"not a readable RSS/Atom feed ({exc})")
        return
    outlet = (parsed.feed.get("title") or "").strip() or None
    language = _language(parsed.feed.get("language"))
    if not parsed.entries:
        yield InputError(origin, "feed has no entries")
        return
    entries = list(parsed.entries)
    if _cut_short(data, parsed):
        # the parser recovers what it can; the last entry read may be cut mid-text: a failure of
        # the feed, and that entry is not stored as if complete
        last = entries.pop()
        guid = last.get("id") or last.get("link") or len(entries)
        yield InputError(
            origin,
            f"feed is cut short (no closing tag of its root element): {len(entries)} entries "
            f"read; the last one ({guid}) is not stored, it may be incomplete",
        )
    seen: dict[str, tuple[int, tuple]] = {}  # guid -> (entry number, what the entry holds)
    for n, entry in enumerate(entries):
        link = entry.get("link")
        guid = entry.get("id") or link
        entry_origin = f"{origin}#{guid or n}"
        if guid:
            held = (entry.get("title"), link, _body(entry))
            if guid in seen:
                first, first_held = seen[guid]
                if first_held != held:  # two entries claim one id: neither may silently win
                    yield InputError(
                        f"{origin}#{guid} (entry {n + 1})",
                        f"entry {n + 1} repeats the id {guid!r} of entry {first + 1} with other "
                        "content; it is not stored (the first one is)",
                    )
                continue  # the same entry twice: read once
            seen[guid] = (n, held)
        published, bad_date = _date(entry)
        if bad_date:
            yield InputError(entry_origin, bad_date)
        title = (entry.get("title") or "").strip()
        if fetch is not None and link:
            doc = fetch(link, id=guid, outlet=outlet, published=published, language=language)
            if isinstance(doc, Document):
                doc.container = origin
                yield doc
                continue
            fallback_reason = doc.reason
        else:
            fallback_reason = None
        body = _body(entry)
        if body is None and (not title or fallback_reason):  # a failed fetch stays a failure
            if fallback_reason:
                yield InputError(entry_origin, fallback_reason)
            else:  # well-formed, but nothing to read: skipped, not a failure
                yield NoProse(entry_origin, "feed entry has no content and no headline")
            continue
        value, ctype = body or ("", "text/plain")
        if not value.strip():  # a headline-only item: the headline is the text
            content, media = title.encode("utf-8"), "text"
        elif "html" in ctype:
            # keep the headline: cleaning reads the title from <title>
            html = f"<html><head><title>{_escape(title)}</title></head><body><article>"
            html += f"<h1>{_escape(title)}</h1>{value}</article></body></html>"
            content, media = html.encode("utf-8"), "html"
        else:
            content, media = (f"{title}\n\n{value}" if title else value).encode("utf-8"), "text"
        yield Document(
            origin=entry_origin,
            content=content,
            id=guid,
            url=link,
            outlet=outlet,
            published=published,
            language=language,
            media_type=media,
            encoding="utf-8",
            container=origin,
        )


_ROOT_END = (b"</rss", b"</feed", b"</rdf:rdf")


def _cut_short(data: bytes, parsed: dict) -> bool:
    """A feed whose XML the parser found broken and that never closes its root element (a
    download or a copy cut short)."""
    exc = parsed.get("bozo_exception")
    if not parsed.get("bozo") or exc is None:
        return False
    from xml.sax import SAXException

    if not isinstance(exc, SAXException):  # an encoding declared wrongly: read as it is
        return False
    return not any(m in data[-4096:].lower() for m in _ROOT_END)


def _escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
