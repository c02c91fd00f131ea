"""Per-event features used for blocking and scoring (computed on the fly, never stored)."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from functools import lru_cache

from awol.link.text import descriptor_classes, name_keys, place_keys

EVENT_FIELDS = (
    "type", "date", "date_text", "place_text", "country", "region", "count", "count_qualifier",
    "who", "names", "armed", "source",
)  # fmt: skip


def parse_date(value: str | None) -> tuple[int, int, int] | None:
    """ISO date of any precision -> (first day ordinal, last day ordinal, precision 1..3)."""
    if not value or not isinstance(value, str):
        return None
    return _parse_date(value)


@lru_cache(maxsize=100_000)
def _parse_date(value: str) -> tuple[int, int, int] | None:
    parts = value.strip()[:10].split("-")
    try:
        y = int(parts[0])
        if len(parts) == 1:
            return _dt.date(y, 1, 1).toordinal(), _dt.date(y, 12, 31).toordinal(), 1
        m = int(parts[1])
        if len(parts) == 2:
            nxt = _dt.date(y + (m == 12), m % 12 + 1, 1)
            return _dt.date(y, m, 1).toordinal(), nxt.toordinal() - 1, 2
        d = _dt.date(y, m, int(parts[2])).toordinal()
        return d, d, 3
    except (ValueError, IndexError):
        return None


@lru_cache(maxsize=100_000)
def month_index(ordinal: int) -> int:
    d = _dt.date.fromordinal(ordinal)
    return d.year * 12 + d.month - 1


@dataclass
class Feat:
    key: tuple[str, int]
    doc: str
    type: str
    pub: int | None  # publication day ordinal
    date: tuple[int, int, int] | None
    country: str | None
    region: str | None
    count: int | None
    qualifier: str | None
    names: list[str]
    name_keys: list[str]
    places: set[str]
    classes: frozenset[str]
    armed: bool | None

    @property
    def lo(self) -> int | None:
        return self.date[0] if self.date else None

    @property
    def hi(self) -> int | None:
        """Latest day the happening can be on: its date, else the report's publication."""
        if self.date:
            return self.date[1]
        return self.pub


def features(rec: dict) -> Feat:
    region = rec.get("region") or None
    country = rec.get("country") or None
    if region and not country and "-" in region:
        country = region.split("-", 1)[0]
    pub = parse_date(rec.get("published"))
    count = rec.get("count")
    try:
        count = int(count) if count is not None else None
    except (TypeError, ValueError):
        count = None
    names = [str(n) for n in rec.get("names") or [] if n]
    return Feat(
        key=(rec["doc"], int(rec["idx"])),
        doc=rec["doc"],
        type=str(rec.get("type") or "unknown"),
        pub=pub[1] if pub else None,
        date=parse_date(rec.get("date")),
        country=country,
        region=region,
        count=count,
        qualifier=rec.get("count_qualifier"),
        names=names,
        name_keys=name_keys(names),
        places=place_keys(rec.get("place_text")),
        classes=descriptor_classes(rec.get("who")),
        armed=rec.get("armed"),
    )
