"""Place recognition: a gazetteer of countries, first-level regions, cities and generic areas.

``get_gazetteer().find(text, lang)`` returns the place names found in ``text`` as
:class:`PlaceMention` objects (non-overlapping, longest match first, in order of appearance,
offsets into ``text``), each resolved to an ISO 3166-1 country and, where known, an ISO 3166-2
first-level region.  Data: ``awol/data/places.yaml``.

English is matched case-sensitively on tokens ("Kursk", "the Rostov region", "Rostov Oblast",
"Russia's Belgorod region", "the Voronezh, Lipetsk and Belgorod regions").  Russian is matched on
pymorphy3 lemmas, so inflected forms resolve ("в Ростовской области", "из Ростова-на-Дону",
"в Ельце", "Мичуринском районе Тамбовской области", "Екатеринбургский гарнизонный суд").
Names written with a capital letter in the gazetteer must be capitalised in the text, which
keeps common words ("орёл", "шахты", "луга") from matching.

Districts named after their centre resolve to the centre's region: "в Балтачевском районе",
"the Baltachevsky district", "Kantemirovsky raion", "the Shebekinsky urban okrug".  Generic
district names (Кировский, Советский, Тверской районный суд in Moscow...) and stems shared by towns
of different regions are not resolved.
"""

from __future__ import annotations

import functools
from typing import Any

from awol.extract import (
    places_data,
    places_en,
    places_index,
    places_ru,
    places_spelling,
    places_tokens,
)
from awol.extract.places_context import in_outlet_name, landmarks_left_out, not_outlets
from awol.extract.places_data import cached, code_digest, cues, load_entries
from awol.extract.places_en import EnglishPlaces
from awol.extract.places_index import GazetteerIndex
from awol.extract.places_reading import PlaceReading
from awol.extract.places_ru import RussianPlaces
from awol.extract.places_tokens import PlaceMention, get_morph

__all__ = [
    "Gazetteer",
    "PlaceMention",
    "get_gazetteer",
    "get_morph",
    "in_outlet_name",
    "landmarks_left_out",
    "not_outlets",
]


class Gazetteer(PlaceReading, EnglishPlaces, RussianPlaces, GazetteerIndex):
    """Countries, regions, cities and areas, with English and Russian names: built by
    :class:`~awol.extract.places_index.GazetteerIndex`, read by
    :class:`~awol.extract.places_reading.PlaceReading`."""

    # ----------------------------------------------------------------- API
    def resolve(self, text: str, lang: str = "en") -> PlaceMention | None:
        """The most specific place in ``text``: the first mention with a region, else the first."""
        ms = self.find(text, lang)
        for m in ms:
            if m.region:
                return m
        for m in ms:
            if m.country:
                return m
        return ms[0] if ms else None

    def region_of(self, name: str, lang: str = "en") -> str | None:
        """ISO 3166-2 region of a place name ("Yelets" -> "RU-LIP", "Ельце" -> "RU-LIP")."""
        m = self.resolve(name, lang)
        return m.region if m else None

    def lookup(self, code: str) -> dict[str, Any] | None:
        """{id, type, name_en, name_ru, country, region, centroid} for a region/country code or id."""
        e = self._by_code.get(code)
        if e is None:
            return None
        return {
            "id": e["id"],
            "type": e["type"],
            "name_en": e.get("name_en"),
            "name_ru": e.get("name_ru"),
            "country": e.get("country"),
            "region": e.get("region"),
            "centroid": e.get("centroid"),
        }

    def codes(self, kind: str | None = None) -> list[str]:
        """All region and country codes (``kind`` = "region" or "country" to filter)."""
        return [
            e["region"] or e["country"]
            for e in self.entries
            if e["type"] in ("region", "country") and (kind is None or e["type"] == kind)
        ]

    # ----------------------------------------------------------------- helpers
    def _mention(self, text: str, start: int, end: int, i: int, kind: str | None = None):
        e = self.entries[i]
        return PlaceMention(
            text=text[start:end],
            start=start,
            end=end,
            kind=kind or e["type"],
            country=e.get("country"),
            region=e.get("region"),
            name=e.get("name_en") or "",
            id=e["id"],
        )

    def _with_pending(
        self, text: str, out: list[PlaceMention], pending: list[tuple[int, int, int]]
    ) -> list[PlaceMention]:
        """Small settlements read without a settlement word, kept when the text also names
        their region ("на Биржевой улице в Белоострове ... Санкт-Петербурга")."""
        named = {m.region for m in out if m.region}
        add = [
            self._mention(text, a, b, ent)
            for a, b, ent in pending
            if self.entries[ent].get("region") in named
            and not any(m.start < b and a < m.end for m in out)
        ]
        return sorted(out + add, key=lambda m: m.start) if add else out

    def entry(self, place_id: str | None) -> dict[str, Any] | None:
        """The gazetteer entry of a found place's id (its alternatives, population), or None."""
        i = self._by_id.get(place_id) if place_id else None
        return self.entries[i] if i is not None else None

    def _capital(self, country: str | None) -> int | None:
        """The entry of a country's capital region ("the Armenian capital" -> AM-ER)."""
        code = cues()["capitals"].get(country or "")
        e = self._by_code.get(code or "")
        return self._by_id.get(e["id"]) if e else None

    def _by_hint(self, cands, hint: str | None) -> list:
        """Candidates in order, those of the country the text names first ("в казахстанском
        Приозерске"); a shadow (a namesake of a curated place) only with its country named."""
        out = [nm for nm in cands if not self.entries[nm.entry].get("shadow")]
        if hint:
            named = [nm for nm in cands if self.entries[nm.entry].get("country") == hint]
            if named:
                longest = max(len(nm.toks) for nm in named)
                out = [nm for nm in named if len(nm.toks) == longest] + out
        return out


# the code that shapes the built gazetteer, as imported (its digest keys the cache on disk)
_CODE = code_digest(
    (
        __file__,
        places_data.__file__,  # (it adds the oblasts' colloquial names)
        places_index.__file__,  # (the indexes' building)
        places_en.__file__,
        places_ru.__file__,
        places_tokens.__file__,
        places_spelling.__file__,
    )
)


def build_gazetteer() -> Gazetteer:
    """Build the gazetteer's indexes from its data files (about a second)."""
    return Gazetteer(load_entries())


@functools.lru_cache(maxsize=1)
def get_gazetteer() -> Gazetteer:
    """The gazetteer: the curated ``data/places.yaml`` (countries, regions, areas, main towns),
    then the settlements built from GeoNames (loaded once per process; the built indexes are
    cached on disk, see :func:`awol.extract.places_data.cached`)."""
    return cached("gazetteer", build_gazetteer, Gazetteer, _CODE)
