"""Story-level arguments: where an event happened when its own sentence names no place.

- **The acting authority's country.** A detention, a search, a charge or a verdict happens where
  the authority that does it works: "Norwegian police have arrested", "intercepted by Lithuanian
  border guards", "казахстанские силовики передали" (a country adjective before an authority noun,
  the one nearest the trigger).  Words are data: ``authority_nouns`` and ``country_adjectives`` in
  ``data/place_cues.yaml``.
- **The court of the story.** A verdict with no place of its own was given by the court the
  story names elsewhere ("Южно-Сахалинский гарнизонный суд", "the Pskov garrison
  military court"): its region, when the story's courts name one region only.
- **"It happened on May 24".** A sentence with no event of its own that says when (and where) the
  story's happening took place ("The flight probably happened on Friday, June 9",
  "Случай произошёл 3 августа 2024 года в Беляевском районе") dates the undated events of the
  story told around it (of the type it names: "the escape" dates the flight only).  Its cue words
  are data: ``lang/<lang>/story.yaml``.

Nothing here guesses: a place is taken only from words of the article.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from awol.extract.argument_words import _raw_words, _rx, _words
from awol.extract.counts import vague_quantity
from awol.extract.dates import DateMention, find_dates
from awol.extract.fastre import compile_fast
from awol.extract.people import brought_in_after, said_at, said_of_another
from awol.extract.people_data import ONCE_TYPES, pair_told, told_again
from awol.extract.places import PlaceMention, get_gazetteer, get_morph
from awol.extract.places_data import cues
from awol.extract.places_tokens import _ru_tok, _tokens

__all__ = [
    "Occurrence",
    "armed_hedged",
    "army_country",
    "authority_country",
    "carry_search_group",
    "carry_story_one",
    "carry_story_person",
    "court_places",
    "date_in_the_story",
    "destination",
    "near_the_unit",
    "occurrence",
    "outside",
    "owner_not_place",
    "place_there",
    "seeker_country",
]

# acts of an authority: the country of the authority that does it is where it happened
AUTHORITY_TYPES = ("detention", "wanted", "prosecution", "sentence")
# a charge with no place of its own is placed where the story's court tries it (the coders do),
# unless that court is abroad
COURT_TYPES = ("sentence", "prosecution")
_COURT_REACH = 60  # characters between a court word and the place that names the court


@functools.lru_cache(maxsize=1)
def _authority_en() -> tuple[frozenset[str], int]:
    words = frozenset(cues()["en"]["authority_nouns"])
    return words, max(len(w.split()) for w in words)


def authority_country(text: str, pos: int, lang: str) -> str | None:
    """The country of the authority acting in ``text`` nearest to ``pos`` (the trigger), one
    before it first: "Norwegian police have arrested ..." -> "NO"; a national agency named
    ("detained by the SBU" -> "UA"; ``authority_names`` in ``lang/<lang>/story.yaml``)."""
    found = authorities(text, lang)
    if not found:
        return None
    before = [(pos - s, c) for s, c in found if s <= pos]
    if before:
        return min(before)[1]
    return min((s - pos, c) for s, c in found)[1]


def authorities(text: str, lang: str) -> list[tuple[int, str]]:
    """Every authority of ``text`` with its state (start, country): an authority noun with its
    state's adjective, or a national agency by its name ("detained by the SBU"), or an article of
    a state's criminal code ("under Article 408 of the Criminal Code": Ukraine's; ``code_articles``
    of ``lang/<lang>/story.yaml``, round 45)."""
    found = _authorities_ru(text) if lang == "ru" else _authorities_en(text)
    lex = _story_lex("ru" if lang == "ru" else "en")
    named = [
        (c, p) for key in ("agencies", "code_articles") for c, p in (lex.get(key) or {}).items()
    ]
    return found + [(m.start(), c) for c, p in named for m in p.finditer(text)]


_CLAUSE_BREAK = re.compile(r"[,;:.!?()«»\"“”]|\b(?:and|but|while|и|а|но)\b")
_SEEKER_REACH = 60  # characters before a search's trigger read for who seeks


def seeker_country(text: str, start: int, lang: str, army: str | None) -> str | None:
    """The state that seeks, named in the search's own clause right before its trigger: an
    authority with its state's adjective or an agency ("after Russian police put his name on the
    wanted list", "after Russian authorities put him on their wanted list") or the man's home
    ("а дома его разыскивали", "на родине его искали": the story's army's state; ``seeker_home``
    of ``lang/<lang>/story.yaml``).  A search is that state's act wherever else its sentence goes
    (he fled to Armenia; he refused to fight in Ukraine).  None where the clause names none."""
    lo = max(0, start - _SEEKER_REACH)
    before = text[lo:start]
    lo += max((m.end() for m in _CLAUSE_BREAK.finditer(before)), default=0)
    found = authorities(text, lang)
    own = sorted((s, c) for s, c in found if lo <= s < start)
    if own:
        return own[-1][1]
    home = _story_lex("ru" if lang == "ru" else "en")["seeker_home"]
    if home.search(text, lo, start):
        return army or "RU"
    return None


def _authorities_en(text: str) -> list[tuple[int, str]]:
    adjs = cues()["en"]["country_adjectives"]
    nouns, longest = _authority_en()
    toks = _tokens(text)
    out = []
    for i, (tok, s, _e) in enumerate(toks):
        country = adjs.get(tok.lower())
        if not country or not tok[:1].isupper():
            continue
        # "Norwegian police", "Lithuanian border guards", "Ukrainian military police"
        for skip in (0, 1):
            for n in range(1, longest + 1):
                words = toks[i + 1 + skip : i + 1 + skip + n]
                if len(words) == n and " ".join(w[0].lower() for w in words) in nouns:
                    out.append((s, country))
                    break
            else:
                continue
            break
    return out


def _authorities_ru(text: str) -> list[tuple[int, str]]:
    adjs = cues()["ru"]["country_adjectives"]
    nouns = cues()["ru"]["authority_nouns"]
    toks = _tokens(text)
    out = []
    for i, (tok, s, _e) in enumerate(toks):
        info = _ru_tok(tok)
        country = next((adjs[a] for a in info.adjf if a in adjs), None)
        if not country:
            continue
        # "казахстанские силовики", "российской военной полиции"
        for k in (i + 1, i + 2):
            if k >= len(toks):
                break
            nxt = _ru_tok(toks[k][0])
            if nxt.keys & nouns:
                out.append((s, country))
                break
            if not nxt.adjf:
                break
    return out


def names_a_court(text: str, lang: str) -> bool:
    """Does ``text`` hold a court word (of :func:`court_places`)?"""
    return _story_lex("ru" if lang == "ru" else "en")["court"].search(text) is not None


def court_places(text: str, places: list[PlaceMention], lang: str) -> list[PlaceMention]:
    """The places of ``text`` (one sentence) that name a court: within a few words of a court
    word ("Псковский гарнизонный военный суд", "the military court of the Ussuriysk
    garrison", "the Pechersk District Court of Kyiv").  None in a sentence that counts a court's
    cases (``cases_counted`` in ``lang/<lang>/arguments.yaml``): a statistic names a court that
    hears many, not the one of the story's case (round 29).  Where the sentence names the court's
    own place, not a place told in the offence after it ("The Tambov Garrison Military Court
    sentenced a driver for leaving the Mulino training ground": ``court_offence``; round 34)."""
    seats, offences = _court_places(text, places, lang)
    return seats or offences


def names_court_seat(text: str, places: list[PlaceMention], lang: str) -> bool:
    """Does ``text`` name a court's own place (one not told in an offence after the court word:
    :func:`court_places`)?"""
    return bool(_court_places(text, places, lang)[0])


def _court_places(
    text: str, places: list[PlaceMention], lang: str
) -> tuple[list[PlaceMention], list[PlaceMention]]:
    """(the places near a court word, those near one only past an offence's words)."""
    pattern = _story_lex("ru" if lang == "ru" else "en")["court"]
    courts = [m.start() for m in pattern.finditer(text)]
    if not courts:
        return [], []
    counted = _words("ru" if lang == "ru" else "en").get("cases_counted")
    if counted is not None and counted.search(text):
        # "the garrison court in Severomorsk heard 41 cases in 2024", "в Курский гарнизонный
        # суд поступило более 900 дел": a court in a count of cases is no court of this story
        return [], []
    origin = _rx("ru" if lang == "ru" else "en", "origin")
    offence = _words("ru" if lang == "ru" else "en").get("court_offence")
    seats: list[PlaceMention] = []
    offences: list[PlaceMention] = []
    for p in places:
        # (not the man's home: "sentenced a soldier from the Perm region")
        if not p.region or origin.search(text, max(0, p.start - 60), p.start):
            continue
        near = [
            c
            for c in courts
            if (-_COURT_REACH <= c - p.end <= _COURT_REACH or 0 <= p.start - c <= _COURT_REACH)
            and not _COURT_APART.search(text, *sorted((c, p.end if c > p.end else p.start)))
        ]
        if not near:
            continue
        if any(
            offence is None or c > p.start or not offence.search(text, c, p.start) for c in near
        ):
            seats.append(p)
        else:
            offences.append(p)
    return seats, offences


# a clause break between a court word and a place: the place is not the court's ("left his
# position near Pokrovsk and went home, court records show"; round 28, field28)
_COURT_APART = re.compile(r"[,;:.—]")


def story_court_region(courts: list[PlaceMention]) -> PlaceMention | None:
    """The one region the story's courts name (None if none or several)."""
    regions = {p.region for p in courts}
    return courts[0] if len(regions) == 1 else None


# --------------------------------------------------------------------- "it happened on May 24"
GENERIC_OCCURRED = ("desertion", "detention", "death", "wanted")
OCCURRED_REACH = 4  # sentences between the statement and the events it dates


@dataclass(frozen=True)
class Occurrence:
    """A sentence saying when (and where) something of the story happened."""

    index: int  # its sentence
    date: DateMention | None
    places: tuple[PlaceMention, ...]
    types: tuple[str, ...]  # the event types it may date


def courts_near(courts: list, court_at: list[int], i: int) -> dict:
    """The courts (places, each with its sentence in ``court_at``, in sentence order) named in
    sentence ``i`` or the one before, by region (the last of a region; only those are read)."""
    lo, hi = bisect_left(court_at, i - 1), bisect_right(court_at, i)
    return {p.region: p for p in courts[lo:hi]}


def occurrences_near(occurred: list[Occurrence], i: int, etype: str) -> list[Occurrence]:
    """The statements of ``occurred`` (in sentence order) within OCCURRED_REACH sentences of
    sentence ``i`` that may date an event of ``etype``, in order (only that window is read: a
    long text's events each read their few neighbours, not every statement of the text)."""
    lo = bisect_left(occurred, i - OCCURRED_REACH, key=_at)
    hi = bisect_right(occurred, i + OCCURRED_REACH, lo, key=_at)
    return [o for o in occurred[lo:hi] if etype in o.types]


def _at(o: Occurrence) -> int:
    return o.index


@functools.cache
def _story_yaml(lang: str) -> dict[str, Any]:
    """``lang/<lang>/story.yaml`` as written ({} where the language has none)."""
    path = Path(__file__).parent / "lang" / lang / "story.yaml"
    if not path.is_file():
        return {}
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


@functools.cache
def story_words(lang: str, key: str, flags: int = 0) -> re.Pattern[str] | None:
    """The pattern ``key`` of ``lang/<lang>/story.yaml`` compiled alone (the keys read outside
    this module's lexicon: round 49's ``not_back_to``, ``search_owned``, ``caught_by_police``),
    or None where the language gives none."""
    rx = _story_yaml(lang).get(key)
    return re.compile(rx, flags) if rx else None


@functools.cache
def _story_lex(lang: str) -> dict[str, Any]:
    data = _story_yaml(lang)
    if not data:
        return {}
    # (read on every sentence, and the army cues over the whole text: compiled to skip ahead to
    # where a match may start, the same matches)
    rx = compile_fast
    return {
        "armies": {c: compile_fast(p) for c, p in (data.get("army_cues") or {}).items()},
        "near": rx(data.get("near_the_unit", "(?!)"), re.IGNORECASE),
        "occurred": rx(data["occurred"], re.IGNORECASE),
        "nouns": {t: rx(p, re.IGNORECASE) for t, p in data["occurred_nouns"].items()},
        "court": rx(data.get("court", "(?!)"), re.IGNORECASE),
        "towards": rx(data.get("towards", "(?!)") + r"\s*$", re.IGNORECASE),
        "went_to": rx(data.get("went_to", "(?!)") + r"\s*$", re.IGNORECASE),
        "scene_after": rx(data.get("scene_after", "(?!)"), re.IGNORECASE),
        "goal_only": bool(data.get("destination_only_is_not_the_place")),
        "owner_before": rx(data.get("owner_before", "(?!)")),
        "owner_after": rx(data.get("owner_after", "(?!)")),
        "unit_described": rx(data.get("unit_described", "(?!)") + r"\s*$"),
        "outside": rx(data.get("outside", "(?!)") + r"\s*$", re.IGNORECASE),
        "left_country": rx(data.get("left_country", "(?!)") + r"\s*$", re.IGNORECASE),
        "agencies": {c: rx(p) for c, p in (data.get("authority_names") or {}).items()},
        "code_articles": {c: rx(p) for c, p in (data.get("code_articles") or {}).items()},
        "seeker_home": rx(data.get("seeker_home", "(?!)"), re.IGNORECASE),
        "hedge": rx(
            f"(?:{data.get('armed_hedge', '(?!)')})"
            f"|(?:{_raw_words(lang).get('armed_expected', '(?!)')})",
            re.IGNORECASE,
        ),
        "relative_year": rx(data.get("relative_year", "(?!)"), re.IGNORECASE),
        "unit_in": rx(
            "(?:(?:"
            + data.get("unit_in", "(?!)")
            + ")|(?:"
            + data.get("unit_which_in", "(?!)")
            + "))"
            + r"\s*$",
            re.IGNORECASE,
        ),
        "war_in": rx(data.get("war_in", "(?!)") + r"\s*$", re.IGNORECASE),
        "unit_was_in": rx(data.get("unit_was_in", "(?!)") + r"\s*$", re.IGNORECASE),
        "undeclined": rx(data.get("undeclined_town", "(?!)"), re.IGNORECASE),
    }


def occurrence(
    text: str, index: int, lang: str, published: str | None, places: list[PlaceMention]
) -> Occurrence | None:
    """ "The flight probably happened on Friday, June 9", "Случай произошёл 3 августа
    2024 года в Беляевском районе Одесской области": the date (and places) it gives, or None.
    With no date, "Инцидент произошёл в Белгородской области" still says where: its places, when
    they name a region."""
    lex = _story_lex(lang)
    if not lex or not lex["occurred"].search(text):
        return None
    # ("накануне", "the day before": the day before publication where nothing else anchors it)
    dates = [d for d in find_dates(text, lang, published) if d.value]
    if not places:  # (the analysis reads no places in a sentence with no trigger)
        places = get_gazetteer().find(text, lang)
    if not dates and not any(p.region for p in places):
        return None
    types = tuple(t for t, p in lex["nouns"].items() if p.search(text)) or GENERIC_OCCURRED
    return Occurrence(index, dates[0] if dates else None, tuple(places), types)


def told_later(text: str, lang: str) -> bool:
    """Does ``text`` put its act after the scene told before it ("were later detained",
    «впоследствии задержали»: ``scene_after`` of ``lang/<lang>/story.yaml``)?"""
    lex = _story_lex(lang)
    return bool(lex) and lex["scene_after"].search(text) is not None


def destination(text: str, place: PlaceMention, lang: str) -> bool:
    """Is ``place`` where the people went ("fled to Kazakhstan", "бежал в Армению",
    "из зоны боевых действий в Ростовскую область") rather than where they were?  A word of
    direction just before it (``towards`` in ``lang/<lang>/story.yaml``); in Russian "в"/"на"
    with the accusative ("в Ростовскую область", not "в Ростовской области")."""
    lex = _story_lex(lang)
    if not lex or text[place.start : place.end] != place.text:
        return False
    if not lex["towards"].search(text[max(0, place.start - 40) : place.start]):
        return False
    if lang != "ru":
        return True
    word = _RU_WORD.match(place.text)
    if not word:
        return False
    if _unit_seat_undeclined(text, place.start, word.group(), lex):
        return False
    parses = get_morph().parse(word.group())
    if any("Fixd" in p.tag and "Geox" in p.tag for p in parses):
        # a name that never declines («в Цхинвали», «в Сочи») shows no case: a verb of going
        # right before its preposition says it is where they went (``went_to``)
        return bool(lex["went_to"].search(text[max(0, place.start - 60) : place.start]))
    cases = {p.tag.case for p in parses}
    return "accs" in cases and not cases & {"loct", "loc2", "datv", "ablt"}


_RU_WORD = re.compile(r"[А-ЯЁа-яё-]+")
# "<a unit's noun> (<its genitive>) в/во " right before a place («покинул батарею в », «из
# батальона связи в »)
_UNIT_BEFORE = re.compile(r"(?<![а-яё])([а-яё]+)(?:\s+([а-яё]+))?\s+(?:в|во)\s+$", re.IGNORECASE)


def _unit_seat_undeclined(text: str, start: int, word: str, lex: dict[str, Any]) -> bool:
    """Is the town at ``start`` a unit's seat with its name left undeclined («покинул батарею в
    Енакиево», «батальон, стоявший в Иваново»)?  Such a name reads as an accusative, as if the man
    went there; after a unit's noun (``unit_words`` of ``data/place_cues.yaml``) or its seat's
    words (``unit_in``) it says where the unit stands, as «батарею в Енакиеве» would (place36).
    A declined accusative («из части в Москву») still says where he went."""
    if not lex["undeclined"].search(word):
        return False
    before = text[max(0, start - 60) : start]
    if lex["unit_in"].search(before):
        return True
    m = _UNIT_BEFORE.search(before)
    if m is None:
        return False
    units = cues()["ru"].get("unit_words", set())
    return any(w and _ru_tok(w).keys & units for w in m.groups())


def owner_not_place(text: str, place: PlaceMention, lang: str) -> bool:
    """Is ``place`` named as the owner of an army or its ministry ("the Armed Forces of Ukraine",
    "Russia's Defence Ministry", "из армии РФ"), or as where a unit was trained or equipped ("the
    155th Brigade, trained in France"), rather than as where something happened?
    (``owner_before`` / ``owner_after`` / ``unit_described`` in ``lang/<lang>/story.yaml``.)"""
    lex = _story_lex(lang)
    if not lex or text[place.start : place.end] != place.text:
        return False
    return bool(
        lex["owner_before"].search(text[max(0, place.start - 40) : place.start])
        or lex["owner_after"].search(text[place.end : place.end + 40])
        # "the 155th Brigade, trained in France": the unit's description (place43)
        or lex["unit_described"].search(text[max(0, place.start - 90) : place.start])
    )


def outside(text: str, place: PlaceMention, lang: str) -> bool:
    """Is ``place`` where something did not happen ("задержаны за пределами Коченевского района",
    "caught outside the Kursk region")?  Its country still holds; its region does not.
    (``outside`` in ``lang/<lang>/story.yaml``.)  Not a town: "outside Voronezh" is near it, in
    its region (a city that is a region itself, "outside Moscow", is read as a region)."""
    lex = _story_lex(lang)
    if not lex or text[place.start : place.end] != place.text or place.kind == "city":
        return False
    return bool(lex["outside"].search(text[max(0, place.start - 40) : place.start]))


def left_country(text: str, place: PlaceMention, lang: str) -> bool:
    """Is ``place`` a whole country the people left ("сбежали из РФ в Казахстан", "уехавшим из
    России")?  Where a language's coders leave such a flight unplaced (``left_country`` in
    ``lang/<lang>/story.yaml``: the words just before the place), it is not where it happened:
    leaving the country says nothing of where the service was left."""
    lex = _story_lex(lang)
    if not lex or place.kind != "country" or text[place.start : place.end] != place.text:
        return False
    return bool(lex["left_country"].search(text[max(0, place.start - 20) : place.start]))


def destination_only_is_not_the_place(lang: str) -> bool:
    """Do this language's coders leave null the place of a flight told only by where it went
    ("бежал в Армению": the flight did not happen in Armenia)?  (``lang/<lang>/story.yaml``.)"""
    return bool(_story_lex(lang).get("goal_only"))


def armed_hedged(text: str, lang: str) -> bool:
    """Does ``text`` only guess that people are armed ("the men may be armed", "могут быть
    вооружены"), or expect it ("Police prepared to detain armed deserters")?  (``armed_hedge``,
    in ``lang/<lang>/story.yaml``, ``armed_expected`` in ``lang/<lang>/arguments.yaml``.)"""
    lex = _story_lex(lang)
    return bool(lex) and bool(lex["hedge"].search(text))


def army_country(text: str, lang: str) -> str | None:
    """The country whose army the story is about, when its words say so clearly (at least two
    mentions, and more than twice as many as any other army's); else None."""
    armies = _story_lex(lang).get("armies") or {}
    hits = sorted(((len(p.findall(text)), c) for c, p in armies.items()), reverse=True)
    if not hits or hits[0][0] < 2:
        return None
    if len(hits) > 1 and hits[0][0] <= 2 * hits[1][0]:
        return None
    return hits[0][1]


def unit_place(text: str, lang: str) -> PlaceMention | None:
    """The place of a unit, a base or a training ground named in ``text`` ("ефрейтора одной из
    частей, расквартированных в Курганской области", "a soldier of a unit stationed in the Kursk
    region"): where a flight from it happened (``unit_in`` in ``lang/<lang>/story.yaml``: the
    words right before the place). Only a place with a region, and only one such.  None where
    the sentence tells a leave or a treatment the man did not come back from ("did not return to
    their unit after leave", "не вернулся в часть после отпуска": ``leave_not_unit`` in
    ``lang/<lang>/arguments.yaml``): he left from home or a hospital, not from the unit, and the
    coders leave such a flight unplaced (corpus/dev README)."""
    lex = _story_lex(lang)
    if not lex or not _UNIT_HINT.search(text):
        return None
    leave = _words(lang).get("leave_not_unit")
    if leave is not None and leave.search(text):
        return None
    based = _words(lang).get("unit_based")  # "a Belgorod-based tank regiment"
    found = [
        p
        for p in get_gazetteer().find(text, lang)
        if p.region
        and (
            lex["unit_in"].search(text[max(0, p.start - 60) : p.start])
            or (based is not None and based.match(text[p.end : p.end + 80]) is not None)
            # "The detachment, according to insiders, was based not far from X" (place40)
            or lex["unit_was_in"].search(text[max(0, p.start - 160) : p.start])
        )
    ]
    return found[0] if len({p.region for p in found}) == 1 else None


def war_place(text: str, lang: str) -> PlaceMention | None:
    """The place of the war a man fought in before he fled, named in his flight's sentence ("had
    fought in Ukraine for four months before deserting", «воевал на Украине ... и дезертировал»:
    ``war_in`` in ``lang/<lang>/story.yaml``, the words right before the place): where a flight
    with no place of its own happened, as train gold codes it (ren-005).  Only one such place;
    none where the sentence tells a leave not come back from (``leave_not_unit``)."""
    lex = _story_lex(lang)
    if not lex or not _WAR_HINT.search(text):
        return None
    leave = _words(lang).get("leave_not_unit")
    if leave is not None and leave.search(text):
        return None
    found = [
        p
        for p in get_gazetteer().find(text, lang)
        if p.country and lex["war_in"].search(text[max(0, p.start - 60) : p.start])
    ]
    return found[0] if len({(p.country, p.region) for p in found}) == 1 else None


def no_shared_place(text: str, start: int, lang: str | None) -> bool:
    """Does the sentence of a flight (its trigger at ``start``) say it started where no other
    event of the sentence happened: from a leave or a treatment not come back from
    (``leave_not_unit``: the coders leave such a flight unplaced, corpus/dev README), or from the
    front with no region named ("left the combat zone", "покинул зону СВО": ``front_left`` in
    ``lang/<lang>/arguments.yaml``, the words right after the trigger; train gold gives such a
    flight no country)?  Then the place of a detention or a court told beside it gives it no
    country (``finish``)."""
    words = _words("ru" if lang == "ru" else "en")
    leave, front = words.get("leave_not_unit"), words.get("front_left")
    if leave is not None and leave.search(text):
        return True
    return front is not None and front.match(text[start : start + 120]) is not None


_WAR_HINT = re.compile(r"(?i)fought|fighting|воева|сражал|боевых")
_UNIT_HINT = re.compile(
    r"(?i)unit|base|training|camp|garrison|brigade|regiment|battalion|detachment|division|част"
    r"|полигон|гарнизон|бригад|полк|баз|батальон|дивизион|отряд|подразделени|батаре|рот[аы]"
)


def step_tells_place(words: str) -> bool:
    """Do a step's own words (its trigger's: ``Trigger.step``) say where the people were found
    ("were found at the bus station in Borovichi"), so that its place is the happening's, not an
    office's ("handed over to the commandant's office in Pskov")?  ``found_step`` of a
    language's ``lang/<lang>/arguments.yaml`` (a step has no language of its own: each
    language's words are tried)."""
    return any(rx.search(words) for rx in _found_steps())


@functools.cache
def _found_steps() -> tuple[re.Pattern[str], ...]:
    from awol.extract.lexicon import available_languages

    found = (_words(x).get("found_step") for x in available_languages())
    return tuple(rx for rx in found if rx is not None)


def near_the_unit(text: str, lang: str) -> bool:
    """Does ``text`` put what it tells near the unit the people fled ("15 km from the base",
    "недалеко от части")?"""
    lex = _story_lex(lang)
    return bool(lex) and bool(lex["near"].search(text))


def carry_story_person(events: list, lang: str | None = None) -> None:
    """The one person of a story (:func:`carry_story_one`, then a named one).

    The one person a story names: where the article's events name exactly one person, an
    event of the story that names no one and tells of one person (count 1) names that person
    ("Максим Перелыгин ... Ранее Перелыгина приговорили": the verdict, the flight and the arrest are
    his).  An event with no count takes the person (and the count 1: "one named person = 1")
    only where no event of the article counts a group.  Nothing is carried across people, nor
    into another story of a roundup: an event of a type the person already has an event of (the
    merging made that one happening, so this is another's: "a Pacific Fleet sailor was sentenced"
    beside "Karelin was sentenced"), or placed in another region than all of the person's."""
    named = {n for e in events for n in e.names}
    if lang is not None:
        carry_story_one(events, lang, len(named))
    if len(named) != 1:
        return
    (person,) = named
    group = any(
        e.count is not None and e.count > 1 and not pair_told(e, lang or "en") for e in events
    )
    his_types = {e.type for e in events if e.names}
    his_regions = {e.region for e in events if e.names and e.region}
    his_texts = [e.evidence.text for e in events if e.names]  # (grows as the person is carried)
    # (a sentence that tells another man's verdict, charge or death -- one of a type the person
    # has -- tells that man's flight too: "суд приговорил рядового ..., самовольно покинувшего
    # часть" beside "суд приговорил рядового Ивана X": who37)
    others = {
        said_at(e)
        for e in events
        if not e.names
        and e.type in his_types & ONCE_TYPES
        and not told_again(e.evidence.text, lang or "en")
    }
    for e in events:
        if e.names or e.type in his_types or said_at(e) in others:
            continue
        if e.region and his_regions and e.region not in his_regions:
            continue
        if said_of_another(e.evidence.text, his_texts):
            continue  # ("Напомним, ... приговорил 29-летнего контрактника": another man's)
        if brought_in_after(e, [h for h in events if person in h.names], person):
            continue  # ("In May, Armenia handed over a Russian sailor who ...": who31)
        if e.count == 1:
            e.names = [person]
        elif e.count is None and not group:
            e.names = [person]
            e.count, e.count_qualifier = 1, "exact"
        if e.names:
            his_texts.append(e.evidence.text)


def place_there(prev: Any, lang: str) -> list[PlaceMention]:
    """The place "there" / "там" / "оттуда" points to: the last place with a region that the
    sentence before names (``prev``, its analysis), read here where the analysis read none (a
    sentence with no trigger: "Он служил в части в Ростове. Оттуда он сбежал")."""
    places = prev.places
    if not places and not prev.mentions:
        places = get_gazetteer().find(prev.sentence.text, lang)
    return [p for p in places if p.region][-1:]


def carry_story_one(events: list, lang: str, named: int) -> None:
    """A story of one person: where every event of the article that counts its people counts
    one ("Военнослужащий сбежал из части"), and no more than one person is named, an event whose
    sentence counts nobody ("Возбуждено уголовное дело о самовольном оставлении части", "the
    resolution of these charges led to a sentence of seven years") is about that one man: count
    1 ("one named person = 1"; the coders count the story's man).  Not where the sentence speaks
    of people it does not count ("несколько бойцов", "десятки сослуживцев", "they", a
    descriptor with no count: ``who``)."""
    counts = {1 if pair_told(e, lang) else e.count for e in events if e.count is not None}
    if counts != {1} or named > 1:
        return
    plural = _rx(lang, "plural_anaphora")
    for e in events:
        if e.count is not None or e.who or e.names:
            continue
        text = e.evidence.text
        if vague_quantity(text, lang) or plural.search(text):
            continue
        e.count, e.count_qualifier = 1, "exact"


def carry_search_group(events: list, additive: Any = None) -> None:
    """The group a manhunt is for: where an article reports one flight, of a counted group, and
    nobody caught, a search that counts and names no one is the search for that group ("39
    convicts fled ... Authorities posted leaflets warning residents": 39).  Once someone is
    caught, those still sought are fewer than those who fled: nothing is carried; nor to a
    search for "the others" (``additive``, matched on its evidence)."""
    flights = [e for e in events if e.type == "desertion"]
    if len(flights) != 1 or flights[0].count is None or flights[0].count < 2:
        _search_after_flight(events, flights, additive)
        return
    if any(e.type == "detention" for e in events):
        _search_after_flight(events, flights, additive)
        return
    for e in events:
        if e.type == "wanted" and e.count is None and not e.names:
            if additive is not None and additive.search(e.evidence.text):
                continue
            e.count, e.count_qualifier = flights[0].count, flights[0].count_qualifier


def told_last_before(events: list, at: int) -> Any:
    """The event of ``events`` whose evidence is told last before offset ``at``, or None (the
    flight a placeless search or a bare charge is about: :func:`_search_after_flight`,
    :func:`awol.extract.carry.carry_charge_flight`)."""
    before = [f for f in events if f.evidence.start < at]
    return max(before, key=lambda f: f.evidence.start) if before else None


def _search_after_flight(events: list, flights: list, additive: Any = None) -> None:
    """A manhunt told right after a group's flight and before anyone of it is told caught or
    killed is for the whole group, however many are caught later or other flights the article
    recalls ("Two conscripts abandoned their post ... Local police put the 'Interception' plan
    into effect ... One of the two was tracked down the following morning": 2; round 45,
    count45): the flight told last before the search, where it counts a group and no catch or
    death is told between them."""
    ends = [e.evidence.start for e in events if e.type in ("detention", "death")]
    for e in events:
        if e.type != "wanted" or e.count is not None or e.names:
            continue
        if additive is not None and additive.search(e.evidence.text):
            continue
        at = e.evidence.start
        flight = told_last_before(flights, at)
        if flight is None or flight.count is None or flight.count < 2:
            continue
        if any(flight.evidence.start < x <= at for x in ends):
            continue
        e.count, e.count_qualifier = flight.count, flight.count_qualifier


def date_in_the_story(
    events: list, lang: str, published: str | None, text: str | None = None
) -> None:
    """ "Six months later", "two days later": an event whose date words count from another date
    and were left unresolved (the event told before it had no date yet when it was read) counts
    from the date of the event told before it in the text, once every event has its own
    ("One March night in 2023 ... Six months later, the police take him away" -> 2023-09).
    With no publication date, a month or day named without a year ("The police detained him
    only in September") takes the year of a date written with its year earlier in the same
    paragraph ("In May 2022, Gildarov did not appear in the unit"), where it does not name an
    earlier month of that year (that may be the next year's); not "in May this year" (its year
    is the publication's). A date the story never anchors stays null (coders of real articles do
    not agree on one from another paragraph)."""
    todo = [e for e in events if e.date is None and e.date_text]
    if not todo:
        return
    from awol.extract.dates import resolve_offset

    order = sorted((e for e in events if e.date), key=lambda e: e.evidence.start)
    starts = [e.evidence.start for e in order]  # (the event told before: by bisection)
    for e in todo:
        found = [d for d in find_dates(e.date_text, lang, published) if d.text == e.date_text]
        if not found:
            continue
        if not found[0].anchor or not found[0].offset:
            if published is None and text is not None:
                value = _year_of_paragraph(e, text, lang)
                if value:
                    e.date = value
            continue
        # (order[:k]: the events told before it, or in its own sentence: "A soldier who slipped
        # out of a unit last Saturday was tracked down the following evening", link45)
        k = bisect_right(starts, e.evidence.start)
        value = resolve_offset(order[k - 1].date, found[0].offset) if k else None
        if value:
            e.date = value


_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


def _year_of_paragraph(e: Any, text: str, lang: str) -> str | None:
    """The date of ``e.date_text`` (a month or a day of a month, no year) in the year of the
    last date written with its year before it in its paragraph; None where there is none, or
    where it names a month before that date's month."""
    words = e.date_text
    if _YEAR.search(words) or _story_lex(lang)["relative_year"].search(words):
        return None
    start = e.evidence.start
    para = text.rfind("\n", 0, start) + 1
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    at = text.find(words, para, end)
    at = start if at < 0 else at
    anchors = [
        d
        for d in find_dates(text[para:at], lang, None)
        if d.value and not d.anchor and _YEAR.search(d.text)
    ]
    if not anchors:
        return None
    year = anchors[-1].value[:4]
    # resolved against the last day of that year, a month or day with no year falls in it
    mine = [d for d in find_dates(words, lang, f"{year}-12-31") if d.text == words]
    if not mine or not mine[0].value or mine[0].anchor or not mine[0].value.startswith(year):
        return None
    if len(mine[0].value) < 7:
        return None  # not a month or a day ("that year")
    if len(anchors[-1].value) >= 7 and mine[0].value[:7] < anchors[-1].value[:7]:
        return None  # an earlier month than the one told before: maybe the next year
    return mine[0].value
