"""A catch abroad told with no place: the third country the sentences before it put the man in.

A deserter who crossed into another state is often caught there in a sentence that names no
place and no authority's state: a major crossing a forest frontier at night and "arrested on the
other side" two sentences after he slipped "into Kazakhstan" (train ren-023, coded KZ); a man
"released" after a 72-hour detention once he had asked Armenian authorities for protection
(ren-136, AM); «Его задержали пограничники.» after Norway's police reported a man who had entered
from Russia (rru-019, NO).  The coders give such a catch the country the man had reached; the
extractor gave it none (held-out train: three documents, both languages, three stories).

So a detention with no place, no region and no country of its own takes the one third country
(neither Russia nor Ukraine: the states at war, whose names such stories carry everywhere as the
man's origin or the war he left) that the nearest of the ``REACH`` sentences before its own that
names one names, as a place or as an authority's state ("Armenian authorities", "казахстанские
силовики").  None where that sentence names two third countries or none, or a town or a region
of Russia or Ukraine (the man was still there: "добрались до границы в Захаровском районе,
откуда двинулись к Молдове пешком. Пограничники задержали беглецов", articles RU aq-09: UA; "жил
в Казахстане" of another man, then "Кирилл из Бийска ... ушёл с позиций под Купянском": y05).
No place is carried: the country alone, as the coders write it ("arrested on the other side":
KZ, no region).  This is no general carry of a place (the coders
do not carry regions, docs/places.md): the only states it gives are those a man abroad is in.
"""

from __future__ import annotations

from awol.extract.places import get_gazetteer
from awol.extract.story_authority import authorities

REACH = 2  # sentences before the catch's own read for the country the man had reached
_AT_WAR = frozenset({"RU", "UA"})


def caught_abroad(events: list, where: list[int], sentences: list, lang: str) -> None:
    """A detention with no place and no country takes the one third country that the nearest of
    the ``REACH`` sentences before its own naming a third country or a town or region of the
    states at war names (as a place or an authority's state), where it names no such town."""
    todo = [
        (i, e)
        for i, e in zip(where, events, strict=True)
        if e.type == "detention" and e.country is None and e.place_text is None and not e.region
    ]
    if not todo:
        return
    g = get_gazetteer()
    for i, e in todo:
        for s in reversed(sentences[max(0, i - REACH) : i]):
            places = [m for m in g.find(s.text, lang) if m.country]
            named = {m.country for m in places} | {c for _at, c in authorities(s.text, lang)}
            third = named - _AT_WAR
            # (a town or a region of the states at war says where the man still was: "got as far
            # as the border in the Zakharivka district, then set off on foot for Moldova")
            home = any(m.country in _AT_WAR and m.kind != "country" for m in places)
            if not third and not home:
                continue  # (only Russia or Ukraine by name: "the Russian border patrol")
            if len(third) == 1 and not home:
                e.country = next(iter(third))
            break  # (the nearest sentence that names a third state or a home place decides)
