"""A town of several regions whose sentence does not say which: the one the story names.

The gazetteer knows some towns by a name several regions share ("Pavlovsk" of the Voronezh, of
the Altai and of St Petersburg; its ``alts`` in ``data/settlements.tsv``).  Such a town is read
with no region until the text names one of them beside it ("Pavlovsk in the Voronezh region":
:meth:`awol.extract.places.Gazetteer.find`).  Where its sentence names none, the story may: a
headline ("Deserter caught in Voronezh region") or another sentence ("a brigade based in
Boguchar", a town of the Voronezh region).  An event placed at such a town takes the one region of
its namesakes that the rest of the article names, and none where it names two of them or none.

This is no carry of the story's region to an event with no place (a headline's region is another
event's more often than its own, ``places_dateline``): the event names its town, and the story
only says which of the town's namesakes it is, as a reader resolves it (round 32, place32).

Likewise a court of a city's district named by its Soviet adjective and no city ("Октябрьский
районный суд", "The Oktyabrsky District Court"): it sits in a large city, and the one large
Russian city the article names is its city (:func:`district_court_from_story`; round 33).
"""

from __future__ import annotations

import functools
import re

from awol.extract.places import get_gazetteer
from awol.extract.places_data import cues
from awol.extract.places_spelling import romanisations


def _open_regions(place_text: str, sentence: str, lang: str) -> list[str]:
    """The regions of the namesakes of the town ``place_text`` as its sentence names it, where
    that sentence gives it no region."""
    g = get_gazetteer()
    found = [m for m in g.find(sentence, lang) if m.text == place_text]
    if len(found) != 1 or found[0].region or not found[0].id:
        return []
    entry = g.entry(found[0].id)
    return list(entry.get("alts") or ()) if entry is not None else []


def open_town_from_story(events: list, texts: list[str], lang: str) -> None:
    """An event whose place is a town of several regions with no region of its own takes the one
    of those regions the article's other sentences (``texts``, the headline among them) name."""
    todo = [
        (e, alts)
        for e in events
        if e.place_text and e.region is None
        for alts in [_open_regions(e.place_text, e.evidence.text, lang)]
        if alts
    ]
    if todo:
        g = get_gazetteer()
        named = {m.region for t in texts for m in g.find(t, lang) if m.region}
        for e, alts in todo:
            hit = sorted(named & set(alts))
            if len(hit) == 1 and e.country in (None, hit[0][:2]):
                e.region, e.country = hit[0], hit[0][:2]
    district_court_from_story(events, texts, lang)
    city_district_from_story(events, texts, lang)


_COURT_TYPES = ("sentence", "prosecution")
_CITY_POP = 100_000  # a city with districts of its own


@functools.lru_cache(maxsize=8)
def _court_rx(lang: str, key: str = "city_district_court") -> re.Pattern[str] | None:
    c = cues().get(lang, {})
    stops, after = c.get("district_stop"), c.get(key)
    if not stops or not after:
        return None
    if lang == "ru":
        names = sorted({w.replace("е", "[её]")[:-2] for w in stops})  # (the stem: "октябрьск")
        body = r"(?<![а-яё])(?:" + "|".join(names) + r")\w*"
    else:
        names = sorted(
            {w.capitalize() for w in stops}
            | {r for w in stops for r in romanisations(w.capitalize())}
        )
        body = r"\b(?:" + "|".join(re.escape(n) for n in names) + r")"
    return re.compile(body + "(?:" + "|".join(sorted(after)) + ")", re.IGNORECASE)


def district_court_from_story(events: list, texts: list[str], lang: str) -> None:
    """A verdict or charge with no region whose sentence (or, the article's only such one, whose
    article) names a court of a city's district by its Soviet adjective and no city ("Октябрьский районный суд назначил ...", "The Oktyabrsky
    District Court has given ..."): such courts sit in a large city's districts, and the one
    large Russian city (100,000 people or more) the article names is its city; none where it
    names two regions' cities or none.  Round 33 (place33)."""
    rx = _court_rx(lang)
    if rx is None:
        return
    open_ = [
        e
        for e in events
        if getattr(e, "type", None) in _COURT_TYPES
        and e.region is None
        and e.country in (None, "RU")
    ]
    if not open_:
        return
    todo = [(e, m) for e in open_ for m in [rx.search(e.evidence.text)] if m is not None]
    if not todo and len(open_) == 1:
        # (the one verdict told by a headline or another sentence than the court's: "Рязанского
        # срочника осудили за самоволку" over "Октябрьский районный суд вынес ...")
        courts = [m for t in texts for m in [rx.search(t)] if m is not None]
        if len({m.group(0).lower() for m in courts}) == 1:
            todo = [(open_[0], courts[0])]
    if todo:
        _to_the_city(todo, texts, lang)


_DISTRICT_TYPES = ("detention", "wanted")


def city_district_from_story(events: list, texts: list[str], lang: str) -> None:
    """A detention or search with no region whose sentence names a city's district by its Soviet
    adjective and no city ("officers of the Kirovsky district police department found ...",
    «сотрудники отдела полиции Кировского района задержали ...»): the district is one of a
    large city's, and the one large Russian city the article names (its headline: "Yekaterinburg
    police find ...") is its city, as for a district's court; none where it names two regions'
    cities or none.  Round 37 (place37)."""
    rx = _court_rx(lang, "city_district")
    if rx is None:
        return
    todo = [
        (e, m)
        for e in events
        if getattr(e, "type", None) in _DISTRICT_TYPES
        and e.region is None
        and e.country in (None, "RU")
        for m in [rx.search(e.evidence.text)]
        if m is not None
    ]
    if todo:
        _to_the_city(todo, texts, lang)


def _to_the_city(todo: list, texts: list[str], lang: str) -> None:
    """Each event of ``todo`` (with its district's match) takes the region of the one large
    Russian city the article names, if it names one."""
    g = get_gazetteer()
    regions = set()
    for t in texts:
        for p in g.find(t, lang):
            entry = g.entry(p.id)
            if (
                p.kind == "city"
                and p.country == "RU"
                and p.region
                and entry is not None
                # (a curated city, the capitals and large cities, has no population)
                and (entry.get("pop") or _CITY_POP) >= _CITY_POP
            ):
                regions.add(p.region)
    if len(regions) != 1:
        return
    region = next(iter(regions))
    for e, m in todo:
        e.region, e.country = region, "RU"
        if e.place_text is None:
            e.place_text = m.group(0).strip()
