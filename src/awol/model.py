"""Plain data objects passed between pipeline stages.

    source --ingest--> Document --clean--> Article --extract--> Extraction --link--> Incident, Case

Every stage takes and returns these objects (or their ``to_dict()`` JSON form); no stage reaches
into another one's internals.  Dates are ISO strings with their precision implied by their length:
``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

EVENT_TYPES = ("desertion", "wanted", "detention", "death", "prosecution", "sentence")
QUALIFIERS = ("exact", "at_least", "approx", "up_to")


@dataclass
class Document:
    """Raw input as ingested: bytes plus what the source says about them."""

    origin: str  # file path or URL it came from (used in error messages)
    content: bytes
    id: str | None = None  # manifest id, else file stem / feed guid / post id
    url: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO date from the manifest / feed / archive
    language: str | None = None  # declared language, if any (detected otherwise)
    fetched_at: str | None = None  # ISO timestamp (WARC, HTTP)
    media_type: str | None = None  # "html" | "text" | None (sniffed)
    encoding: str | None = None  # declared encoding, if any
    # the export, feed or archive this document is one post/entry/record of (None: a file or
    # page of its own); such a record that holds no prose is skipped, not a failure
    container: str | None = None


@dataclass
class Article:
    """A cleaned document: the text every evidence offset points into."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) or None
    language: str | None = None  # "en", "ru", "uk", ... or None if unknown
    origin: str | None = None
    encoding: str | None = None  # encoding the bytes were decoded from
    content_hash: str | None = None  # hash of the normalised cleaned text


@dataclass
class Evidence:
    text: str
    start: int
    end: int


@dataclass
class Event:
    type: str
    evidence: Evidence
    date: str | None = None
    date_text: str | None = None
    place_text: str | None = None
    country: str | None = None
    region: str | None = None
    count: int | None = None
    count_qualifier: str | None = None
    who: str | None = None
    names: list[str] = field(default_factory=list)
    armed: bool | None = None
    source: str | None = None
    confidence: float = 0.5

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["evidence"] = asdict(self.evidence)
        # schema field order: type first, evidence and confidence last
        order = [
            "type", "date", "date_text", "place_text", "country", "region", "count",
            "count_qualifier", "who", "names", "armed", "source", "evidence", "confidence",
        ]  # fmt: skip
        return {k: d[k] for k in order}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        ev = d.get("evidence") or {}
        if isinstance(ev, str):
            ev = {"text": ev, "start": -1, "end": -1}
        return cls(
            type=d["type"],
            evidence=Evidence(ev.get("text", ""), ev.get("start", -1), ev.get("end", -1)),
            date=d.get("date"),
            date_text=d.get("date_text"),
            place_text=d.get("place_text"),
            country=d.get("country"),
            region=d.get("region"),
            count=d.get("count"),
            count_qualifier=d.get("count_qualifier"),
            who=d.get("who"),
            names=list(d.get("names") or []),
            armed=d.get("armed"),
            source=d.get("source"),
            confidence=float(d.get("confidence", 0.5)),
        )


@dataclass
class Figure:
    metric: str
    value: float | int
    evidence: Evidence
    qualifier: str | None = "exact"
    as_of: str | None = None
    source: str | None = None
    confidence: float = 0.5

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["evidence"] = asdict(self.evidence)
        order = ["metric", "value", "qualifier", "as_of", "source", "evidence", "confidence"]
        return {k: d[k] for k in order}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Figure:
        ev = d.get("evidence") or {}
        if isinstance(ev, str):
            ev = {"text": ev, "start": -1, "end": -1}
        return cls(
            metric=d["metric"],
            value=d["value"],
            evidence=Evidence(ev.get("text", ""), ev.get("start", -1), ev.get("end", -1)),
            qualifier=d.get("qualifier"),
            as_of=d.get("as_of"),
            source=d.get("source"),
            confidence=float(d.get("confidence", 0.5)),
        )


@dataclass
class Extraction:
    """What ``awol extract`` prints for one document."""

    article: Article
    events: list[Event] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)

    def to_dict(self, include_text: bool = False) -> dict[str, Any]:
        a = self.article
        d: dict[str, Any] = {
            "id": a.id,
            "url": a.url,
            "outlet": a.outlet,
            "published": a.published,
            "language": a.language,
            "title": a.title,
            "events": [e.to_dict() for e in self.events],
            "figures": [f.to_dict() for f in self.figures],
        }
        if include_text:
            d["text"] = a.text
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Extraction:
        art = Article(
            id=d["id"],
            text=d.get("text") or "",
            title=d.get("title"),
            url=d.get("url"),
            outlet=d.get("outlet"),
            published=d.get("published"),
            language=d.get("language"),
        )
        return cls(
            article=art,
            events=[Event.from_dict(e) for e in d.get("events") or []],
            figures=[Figure.from_dict(f) for f in d.get("figures") or []],
        )
