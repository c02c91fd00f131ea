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
"""

from __future__ import annotations

from awol.extract.places import get_gazetteer


def _open_regions(place_text: str, sentence: str, lang: str) -> list[str]:
    """The regions of the namesakes of the town ``place_text`` as its sentence names it, where
    that sentence gives it no region."""
    g = get_gazetteer()
    found = [m for m in g.find(sentence, lang) if m.text == place_text]
    if len(found) != 1 or found[0].region or not found[0].id:
        return []
    i = g._by_id.get(found[0].id)
    return list(g.entries[i].get("alts") or ()) if i is not None else []


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
    if not todo:
        return
    g = get_gazetteer()
    named = {m.region for t in texts for m in g.find(t, lang) if m.region}
    for e, alts in todo:
        hit = sorted(named & set(alts))
        if len(hit) == 1 and e.country in (None, hit[0][:2]):
            e.region, e.country = hit[0], hit[0][:2]
