"""Where a wire report's lead happened: the city of its dateline.

Wire copy opens with the city its bureau files from: "KAZAN, June 10 (Reuters) -", "BARNAUL. June
3 (Interfax) -", "ЧИТА, 17 апреля. /Интерфакс/ -", "НОВОСИБИРСК, 9 июня - РИА Новости.".  A
regional bureau reports its own region's news, and its lead often names no other place: "The
garrison military court has sentenced a serviceman ..." (the city's court), "Police detained a
soldier ..." (the city's police).  So an event told in the lead (the dateline's sentence, or the
one right after where the dateline stands as a sentence of its own) with no place of its own takes
the dateline city's region, where its country is not another's.

Not carried:
- from a capital ("MOSCOW, Nov 5 /TASS/.", "KYIV (Reuters) -"): the national desk files from
  there whatever the place (the Investigative Committee's charge, Ukraine's intelligence about the
  front);
- to a flight told in the lead as the background of another event ("sentenced a soldier who left
  his unit"): the unit may be anywhere;
- to an event of any later sentence: only the lead is the bureau's news (round 17 measured every
  carry of the story's region to later sentences negative, docs/places.md).

A headline's region is not carried either: on train it is the event's 3 times and another's 12.

A dateline may be a capitalised city and a dash alone ("KHUJAND - Two Russian soldiers ...",
round 39), and a later sentence that says "here" («здесь») tells of the dateline's city: an event
with no place of its own told there takes it (round 39, place39).

A roundup's paragraph headed by a place alone ("Kaliningrad. The garrison court on Wednesday
sentenced ...") is that paragraph's dateline: :func:`place_from_labels` (round 30).
"""

from __future__ import annotations

import re
from functools import cache

from awol.extract.places_data import cue_lang, cues
from awol.extract.places_tokens import PlaceMention

# CITY[, Country/Region][,.] [date][.,] (Agency) | /AGENCY/ | - RIA Novosti  [-]
_DATELINE = re.compile(
    r"^\s*(?P<city>[^\W\d_][^\W\d_'’.]*(?:[ \-‐][^\W\d_][^\W\d_'’.]*){0,3})"
    r"(?:,\s+(?P<land>[^\W\d_]+(?:[ \-][^\W\d_]+)?))?"
    r"[,.]\s+(?P<rest>[\w .,]{0,24}?)\s*[.,]?\s*"
    r"(?:\((?P<a1>[^()\n]{2,30})\)|/(?P<a2>[^/\n]{2,25})/"
    r"|[–—-]\s*(?P<a3>РИА\s+Новости|RIA\s+Novosti|Интерфакс|Interfax|ТАСС|TASS|Прайм|Sputnik))"
    r"\.?\s*[–—-]?\s*"
)
# SHOUTED CITY[, Country/Region] - : a dateline of a dash alone, as the newspapers of the
# neighbouring states and the AP write it ("KHUJAND - Two Russian soldiers ...", "NARYN, Kyrgyzstan
# - Police ..."; place39): only a city in capitals, so that no sentence opening with a name and a
# dash is read as one
_DASH_DATELINE = re.compile(
    r"^\s*(?P<city>[^\W\d_][^\W\d_'’.]*(?:[ \-‐][^\W\d_][^\W\d_'’.]*){0,3})"
    r"(?:,\s+(?P<land>[^\W\d_]+(?:[ \-][^\W\d_]+)?))?\s+[–—-]\s+"
)
# the words between the city and the agency: a date, nothing else ("June 10", "10 июня", "10 июн")
_DATE_ONLY = re.compile(
    r"^(?:[^\W\d_]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\s+[^\W\d_]{3,9}\.?)?$"
)
_LOWER_PARTS = frozenset({"on", "upon", "na", "на", "de", "la", "du", "am", "pod", "под"})


def _recase(name: str) -> str:
    """A shouted city as a name is written ("ROSTOV-ON-DON" -> "Rostov-on-Don")."""
    parts = re.split(r"([ \-‐])", name)
    out = []
    for k, p in enumerate(parts):
        low = p.lower()
        if k and low in _LOWER_PARTS:
            out.append(low)
        else:
            out.append(p[:1].upper() + p[1:].lower())
    return "".join(out)


def dateline(text: str, lang: str) -> tuple[PlaceMention, int, str | None] | None:
    """(the city, the end of the dateline, its country's words: "KHABAROVSK, Russia") of a report
    that opens with one, where the city is one region's and no capital; else None."""
    m = _DATELINE.match(text)
    if m is None:
        m = _DASH_DATELINE.match(text)
        if m is None or m.group("city").upper() != m.group("city") or len(m.group("city")) < 3:
            return None
    city = m.group("city")
    shouted = city.upper() == city
    agency = "a1" in m.re.groupindex and (m.group("a1") or m.group("a2"))
    if not shouted and not (city[:1].isupper() and agency):
        return None
    if "rest" in m.re.groupindex and not _DATE_ONLY.match(m.group("rest").strip(" .,")):
        return None
    name = _recase(city) if shouted else city
    p = _one_region(name, lang)
    if p is None:
        return None
    if (cues().get("capitals") or {}).get(p.country or "") == p.region:
        return None
    city_at = PlaceMention(
        city, m.start("city"), m.end("city"), p.kind, p.country, p.region, p.name, p.id
    )
    return city_at, m.end(), m.group("land")


@cache
def _again_rxs(key: str) -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]:
    """``dateline_again_after`` and ``dateline_again_before`` of ``data/place_cues.yaml``,
    compiled once."""
    words = cues().get(key) or {}
    return tuple(
        tuple(re.compile(w, re.IGNORECASE) for w in words.get(k, ()))
        for k in ("dateline_again_after", "dateline_again_before")
    )  # type: ignore[return-value]


def _city_again(lead: str, place_text: str, lang: str) -> bool:
    """Is ``place_text`` (a place of no region) told in the lead only as the area of the dateline's
    city, the city named again ("YEKATERINBURG ... A military court in this Urals city", "the
    Siberian city", "в столице Урала")?  ``dateline_again_after`` / ``dateline_again_before`` in
    ``data/place_cues.yaml``."""
    after, before = _again_rxs(cue_lang(lang))
    for m in re.finditer(re.escape(place_text), lead):
        if any(rx.match(lead, m.end()) for rx in after):
            return True
        if any(rx.search(lead[max(0, m.start() - 30) : m.start()]) for rx in before):
            return True
    return False


def place_from_dateline(
    events: list, where: list[int], sentences: list, text: str, head_end: int, lang: str
) -> None:
    """Give each event of the lead with no place of its own the region of the dateline's city
    (see the module's doc)."""
    first = next((s for s in sentences if s.start >= head_end), None)
    if first is None:
        return
    got = dateline(text[first.start : first.start + 160], lang)
    if got is None:
        return
    city, end, land = got
    end += first.start
    # the dateline's sentences ("BARNAUL." or "КАЗАНЬ, 10 июня. /ТАСС/." may stand as sentences
    # of their own) and the one its words run into: the lead
    lead = [s for s in sentences if s.index >= first.index and s.start < end]
    if all(s.end <= end + 1 for s in lead):  # (the dateline alone: the lead is the next one)
        lead.append(next((s for s in sentences if s.index == lead[-1].index + 1), lead[-1]))
    at = {s.index for s in lead}
    told = [(e, i) for e, i in zip(events, where, strict=True) if i in at]
    types = {e.type for e, _i in told}
    lead_text = text[lead[0].start : lead[-1].end]
    for e, _i in told:
        if e.region is not None:
            continue
        if e.place_text not in (None, land) and not _city_again(lead_text, e.place_text, lang):
            continue  # (its place is its own, not the dateline's "Russia")
        if e.country not in (None, city.country):
            continue
        if e.type == "desertion" and len(types) > 1:
            continue
        e.place_text, e.region, e.country = city.text, city.region, city.country
    # a later sentence that says "here" ("He was detained at the bus station here on Tuesday"):
    # the dateline's city, for an event with no place of its own
    here = _here_rxs(cue_lang(lang))
    for e, i in zip(events, where, strict=True):
        if i in at or e.region is not None or e.place_text is not None:
            continue
        if e.country not in (None, city.country):
            continue
        if any(rx.search(e.evidence.text) for rx in here):
            e.place_text, e.region, e.country = city.text, city.region, city.country


@cache
def _here_rxs(key: str) -> tuple[re.Pattern[str], ...]:
    """``dateline_here`` of ``data/place_cues.yaml`` for the language ``key``, compiled once."""
    words = (cues().get(key) or {}).get("dateline_here") or ()
    return tuple(re.compile(w, re.IGNORECASE) for w in words)


def _one_region(name: str, lang: str):
    """The gazetteer's one place that ``name`` is, whole, where it is a city, a region or an
    area of one region (a dateline's city, a paragraph's label); else None."""
    from awol.extract.places import get_gazetteer

    found = [p for p in get_gazetteer().find(name, lang) if p.region]
    if len(found) != 1 or found[0].start != 0 or found[0].end != len(name):
        return None
    p = found[0]
    return p if p.kind in ("city", "region", "area") else None


# a label's words: a place's name and the full stop that ends it ("Kaliningrad.", "Хабаровский
# край.")
_LABEL = re.compile(r"^\s*(?P<name>[^\W\d_][^.!?;:,()«»\"“”]{1,60}?)\s*\.\s*$")
LABEL_TYPES = ("detention", "wanted", "death", "prosecution", "sentence")


def paragraph_label(sentence: str, lang: str) -> PlaceMention | None:
    """The place a paragraph's label names, where ``sentence`` (a paragraph's first) is only a
    place's name and a full stop ("Kaliningrad.", "Хабаровский край."): a roundup's heading for
    the story its paragraph tells.  A name of one region (a city, a region or an area); else
    None."""
    m = _LABEL.match(sentence)
    if m is None:
        return None
    name = m.group("name")
    p = _one_region(name, lang)
    if p is None:
        return None
    start = m.start("name")
    return PlaceMention(name, start, start + len(name), p.kind, p.country, p.region, p.name, p.id)


def labelled_paragraphs(sentences: list, lang: str) -> dict[int, PlaceMention]:
    """The paragraphs of a roundup headed by a place ("Kaliningrad.", "Хабаровский край." as a
    paragraph's first sentence, more following it): paragraph number -> the label's place."""
    paragraphs: dict[int, list] = {}
    for s in sentences:
        paragraphs.setdefault(s.paragraph, []).append(s)
    labels: dict[int, PlaceMention] = {}
    for k, ss in paragraphs.items():
        if len(ss) > 1:
            label = paragraph_label(ss[0].text, lang)
            if label is not None:
                labels[k] = label
    return labels


def place_from_labels(events: list, sentences: list, lang: str) -> None:
    """A roundup's paragraphs headed by a place ("Kaliningrad. The garrison court on Wednesday
    sentenced ...", "Хабаровский край. По данным правозащитников, ... из них пятеро уже
    задержаны"): an event told in such a paragraph with no place of its own happened there,
    where its country is not another's; the label names the court, the police or the search
    of its paragraph's story, not where its people fled (a flight keeps its own place or none:
    "Novosibirsk. Two mobilised soldiers ... failed to return from leave").  Round 30 (place30).
    The label also beats a place carried from outside its paragraph (the story's court named in
    another paragraph, a dateline's city; round 31).
    """
    labels = labelled_paragraphs(sentences, lang)
    if not labels:
        return
    at = {s.start: s.paragraph for s in sentences}
    words = {k: " ".join(s.text for s in sentences if s.paragraph == k) for k in labels}
    for e in events:
        k = at.get(e.evidence.start, -1)
        label = labels.get(k)
        if label is None or e.type not in LABEL_TYPES:
            continue
        if e.place_text is not None and e.place_text not in words[k]:
            # a place carried from outside the paragraph (the court another paragraph names:
            # "Псков. Гарнизонный военный суд ... приговорил" had taken "Тихоокеанский флотский
            # военный суд" of the Vladivostok paragraph): the label's is the paragraph's own
            # (round 31, place31)
            pass
        elif e.region is not None or e.place_text is not None:
            continue
        if e.country not in (None, label.country):
            continue
        e.place_text, e.region, e.country = label.text, label.region, label.country
