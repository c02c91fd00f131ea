"""Military courts whose names do not say where they sit ("Южный окружной военный суд": in
Rostov-on-Don; "the 235th Garrison Military Court": in Moscow), read as places: the seat's region
and country (from the gazetteer), on the words of the court's name.  The table is data:
``awol/data/military_courts.yaml``.  A court named after its town ("Магнитогорский гарнизонный
суд") is read by the gazetteer itself.

Only the courts' names are read here; whether a court's place is an event's place is decided
where places are assigned (the place of a verdict or a charge is its court's, see
:mod:`awol.extract.story`).
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

import yaml

from awol.extract.places_tokens import PlaceMention

__all__ = ["military_courts"]

_DATA = Path(__file__).resolve().parent.parent / "data" / "military_courts.yaml"
# (the cheap test before any pattern runs: every name holds one of these)
_GATE = {"ru": "военн", "en": "military court"}


@functools.cache
def _table(lang: str, gaz: Any) -> tuple[tuple[re.Pattern[str], str, str | None, str | None], ...]:
    """(name pattern, seat, region, country) per court of the table, for ``lang``: the seats
    read by the gazetteer ``gaz`` (the one that asks, :meth:`awol.extract.places.Gazetteer.find`:
    given, not imported, so that the gazetteer and its courts do not import each other)."""
    data = yaml.safe_load(_DATA.read_text(encoding="utf-8")) or {}
    out = []
    for court in data.get("courts") or []:
        if court.get("region"):
            # a seat the gazetteer reads only with a settlement word, or shares with namesakes
            # ("Мирный", "Власиха"): its region given
            known = gaz.lookup(str(court["region"]))
            if known is None or known["type"] != "region":
                raise ValueError(f"{_DATA}: no region {court['region']!r} (seat {court['seat']!r})")
            name, region, country = str(court["seat"]), known["region"], known["country"]
        else:
            seat = gaz.resolve(str(court["seat"]), "ru")
            if seat is None or not seat.region:
                raise ValueError(f"{_DATA}: the gazetteer does not know the seat {court['seat']!r}")
            name, region, country = seat.name or str(court["seat"]), seat.region, seat.country
        for pattern in court.get(lang) or []:
            flags = re.IGNORECASE if lang == "ru" else 0
            rx = re.compile(rf"(?<!\w)(?:{pattern})\w*", flags)
            out.append((rx, name, region, country))
    return tuple(out)


@functools.cache
def _any_court(lang: str, gaz: Any) -> re.Pattern[str] | None:
    """All the names of the table in one pattern: it matches a text where one of them does (one
    search rules out the sentences that name none, most of those that say "военн")."""
    from awol.extract.fastre import compile_fast

    table = _table(lang, gaz)
    if not table:
        return None
    flags = table[0][0].flags
    if any(rx.flags != flags for rx, *_ in table):
        return None
    return compile_fast("|".join(f"(?:{rx.pattern})" for rx, *_ in table), flags)


def military_courts(text: str, lang: str, gaz: Any) -> list[PlaceMention]:
    """The military courts of the table named in ``text``, each as a place at its name's words
    (kind "city": the court's seat, as the gazetteer ``gaz`` reads it), in order of
    appearance."""
    key = "ru" if (lang or "en").lower().startswith("ru") else "en"
    if _GATE[key] not in text.lower():
        return []
    gate = _any_court(key, gaz)
    if gate is not None and gate.search(text) is None:
        return []
    found: list[PlaceMention] = []
    for rx, seat, region, country in _table(key, gaz):
        for m in rx.finditer(text):
            if any(p.start < m.end() and m.start() < p.end for p in found):
                continue
            found.append(
                PlaceMention(
                    text=m.group(0),
                    start=m.start(),
                    end=m.end(),
                    kind="city",
                    country=country,
                    region=region,
                    name=seat,
                )
            )
    return sorted(found, key=lambda p: p.start)
