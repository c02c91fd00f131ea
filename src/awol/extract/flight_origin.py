"""Where a flight told with no place of its own happened: the place another sentence of the
article says it was fled from.

A report often names the place of the flight once, in a participle or a subordinate clause of
another act ("полиция ввела план «Сирена», разыскивая солдата, ушедшего с полигона под
Ковровом"), and tells the flight itself later, with no place ("в какой-то момент
пропал").  The place a verb of flight takes as its origin ("сбежавшего из X", "fled from X") is
where that flight happened, whatever sentence says it.  So a desertion with no place of its own
takes the region of the origins the article names, when they all name one region, and when it is
not said to be someone else's ("another mobilised soldier escaped").  Nothing else is carried:
a place merely named elsewhere (a home town, a court, the story's region) places nothing (the
coders leave such events unplaced; see :func:`awol.extract.document._when_it_happened`).

The verbs and prepositions are data: ``flight_origin`` in ``lang/<lang>/arguments.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from awol.extract.argument_words import _words
from awol.extract.places import PlaceMention
from awol.extract.story import destination, owner_not_place

_WINDOW = 70  # characters before a place in which its verb of flight must stand


def flight_origins(
    sentences: list, lang: str, skip: set[int], places: Callable[[int], list[PlaceMention]]
) -> list[PlaceMention]:
    """The places the sentences (but those of ``skip``) name as what was fled from; ``places``
    gives a sentence's places (read only where the sentence has a verb of flight)."""
    rx = _origin_rx(lang)
    if rx is None:
        return []
    out: list[PlaceMention] = []
    for s in sentences:
        if s.index in skip or not _VERB_HINT[lang].search(s.text):
            continue
        for p in places(s.index):
            if p.region and rx.search(s.text[max(0, p.start - _WINDOW) : p.start]):
                out.append(p)
    return out


def place_flights(events: list, drafts: list, sentences: list, lang: str) -> None:
    """Give each desertion with no place of its own (and not someone else's: ``another``) the
    region of the flight origins the other sentences name, when they name one region and no
    desertion of the article has a place of its own."""
    todo = [
        (e, d)
        for e, d in zip(events, drafts, strict=True)
        if e.type == "desertion"
        and e.region is None
        and e.place_text is None
        and not any(m.another for m in d.mentions)
    ]
    # (a flight placed in its own words is the one the origins speak of: one with none is
    # another flight, or the same told again)
    if not todo or any(e.type == "desertion" and e.place_text for e in events):
        return
    from awol.extract.places import get_gazetteer

    gaz = get_gazetteer()
    read: dict[int, list[PlaceMention]] = {}

    def places(i: int) -> list[PlaceMention]:
        if i not in read:
            text = sentences[i].text
            read[i] = [
                p
                for p in gaz.find(text, lang)
                if not destination(text, p, lang) and not owner_not_place(text, p, lang)
            ]
        return read[i]

    for e, d in todo:
        own = {m.sentence.index for m in d.mentions}
        p = origin_region(flight_origins(sentences, lang, own, places))
        if p is not None:
            e.place_text, e.region, e.country = p.text, p.region, p.country


def origin_region(origins: list[PlaceMention]) -> PlaceMention | None:
    """The one region the origins name (its first mention); None where they name none or
    several."""
    regions = {p.region for p in origins}
    return origins[0] if len(regions) == 1 else None


def _origin_rx(lang: str) -> re.Pattern[str] | None:
    return _words(lang).get("flight_origin") if lang in _VERB_HINT else None


# (a cheap test before any place is read: the stems the patterns start with)
_VERB_HINT = {
    "ru": re.compile(r"беж|покину|остави|дезерт|ушл|ушед|уш[её]л|скры", re.IGNORECASE),
    "en": re.compile(r"fled|escap|desert|abscond|ran away", re.IGNORECASE),
}
