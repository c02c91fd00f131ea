"""Row <-> dict conversions, identities and filters shared by the store's parts."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from awol.model import Event, Figure
from awol.store.schema import EventRow, FigureRow

_TRACKING = re.compile(r"^(utm_.*|fbclid|gclid|yclid|mc_cid|mc_eid|_ga|ref|rss|from)$", re.I)


def canonical_url(url: str | None) -> str | None:
    """Normalise a URL so copies of one page compare equal (scheme, www., tracking, fragment)."""
    if not url or not url.strip():
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return url.strip()
    if not parts.netloc:
        return url.strip()
    host = (parts.hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    port = parts.port if parts.port not in (None, 80, 443) else None
    netloc = f"{host}:{port}" if port else host
    path = re.sub(r"/{2,}", "/", parts.path or "/")
    if len(path) > 1:
        path = path.rstrip("/")
    query = urlencode(sorted((k, v) for k, v in parse_qsl(parts.query) if not _TRACKING.match(k)))
    return urlunsplit(("https", netloc, path, query, ""))


def text_hash(text: str) -> str:
    """Hash of normalised text (NFC, whitespace collapsed): the fallback content hash."""
    norm = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha1(norm.encode("utf-8")).hexdigest()


def event_key(doc_id: str, ev: Event | dict, occurrence: int = 0) -> str:
    """Stable identity of an event across re-extraction and page versions.

    Document + type + evidence sentence (whitespace-normalised), plus the occurrence number when
    one sentence carries two events of the same type.
    """
    if isinstance(ev, Event):
        etype, evid = ev.type, ev.evidence.text
    else:
        etype = ev["type"]
        e = ev.get("evidence") or {}
        evid = e.get("text", "") if isinstance(e, dict) else str(e)
    norm = " ".join((evid or "").split())
    raw = f"{doc_id}\x1f{etype}\x1f{norm}\x1f{occurrence}"
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]


def date_range(d: str | None) -> tuple[str, str] | None:
    """``YYYY[-MM[-DD]]`` -> (lowest, highest) comparable strings."""
    if not d:
        return None
    d = d.strip()[:10]
    lo = d + "-00-00"[len(d) - 4 :] if len(d) < 10 else d
    hi = d + "-99-99"[len(d) - 4 :] if len(d) < 10 else d
    return lo[:10], hi[:10]


def clip(s: str | None, n: int) -> str | None:
    return s if s is None or len(s) <= n else s[:n]


def event_values(ev: Event) -> dict[str, Any]:
    return dict(
        type=ev.type,
        date=clip(ev.date, 16),
        date_text=ev.date_text,
        place_text=ev.place_text,
        country=clip(ev.country, 8),
        region=clip(ev.region, 16),
        count=ev.count,
        count_qualifier=clip(ev.count_qualifier, 16),
        who=ev.who,
        names=list(ev.names or []),
        armed=ev.armed,
        source=ev.source,
        evidence_text=ev.evidence.text,
        evidence_start=ev.evidence.start,
        evidence_end=ev.evidence.end,
        confidence=ev.confidence,
    )


def figure_values(fig: Figure) -> dict[str, Any]:
    try:
        value = float(fig.value) if fig.value is not None else None
    except (TypeError, ValueError):
        value = None
    return dict(
        metric=fig.metric,
        value=value,
        qualifier=clip(fig.qualifier, 16),
        as_of=clip(fig.as_of, 16),
        source=fig.source,
        evidence_text=fig.evidence.text,
        evidence_start=fig.evidence.start,
        evidence_end=fig.evidence.end,
        confidence=fig.confidence,
    )


def event_dict(row: EventRow) -> dict[str, Any]:
    return {
        "type": row.type,
        "date": row.date,
        "date_text": row.date_text,
        "place_text": row.place_text,
        "country": row.country,
        "region": row.region,
        "count": row.count,
        "count_qualifier": row.count_qualifier,
        "who": row.who,
        "names": list(row.names or []),
        "armed": row.armed,
        "source": row.source,
        "evidence": {
            "text": row.evidence_text,
            "start": row.evidence_start,
            "end": row.evidence_end,
        },
        "confidence": row.confidence,
    }


def figure_dict(row: FigureRow) -> dict[str, Any]:
    value: Any = row.value
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return {
        "metric": row.metric,
        "value": value,
        "qualifier": row.qualifier,
        "as_of": row.as_of,
        "source": row.source,
        "evidence": {
            "text": row.evidence_text,
            "start": row.evidence_start,
            "end": row.evidence_end,
        },
        "confidence": row.confidence,
    }


def in_range(d: str | None, since: str | None, until: str | None) -> bool:
    if not since and not until:
        return True
    r = date_range(d)
    if r is None:
        return False
    if since and r[1] < date_range(since)[0]:
        return False
    return not (until and r[0] > date_range(until)[1])


def region_match(ev: dict[str, Any], regions: Iterable[str]) -> bool:
    for code in regions:
        code = code.strip().upper()
        if not code:
            continue
        if "-" in code:
            if (ev.get("region") or "").upper() == code:
                return True
        elif (ev.get("country") or "").upper() == code:
            return True
    return False
