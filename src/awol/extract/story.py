"""Story-level arguments: where an event happened when its own sentence names no place.

Where a place in a sentence stands for where something happened, and where it does not: where
the people went (:func:`destination`), the owner of an army (:func:`owner_not_place`), where
something did not happen (:func:`outside`), a country left (:func:`left_country`); the place of
a unit, of a war, of "there" (:func:`unit_place`, :func:`war_place`, :func:`place_there`), and
the story's army (:func:`army_country`).  The words are data: ``lang/<lang>/story.yaml``
(:mod:`awol.extract.story_lex`).

The story's other arguments have their own modules: the acting authority's country
(:mod:`awol.extract.story_authority`), the court of the story (:mod:`awol.extract.story_courts`),
"it happened on May 24" (:mod:`awol.extract.story_dates`), and the person or group carried
between a story's events (:mod:`awol.extract.story_carry`).

Nothing here guesses: a place is taken only from words of the article.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any

from awol.extract.argument_words import _words
from awol.extract.places import PlaceMention, get_gazetteer, get_morph
from awol.extract.places_data import cues
from awol.extract.places_tokens import _ru_tok
from awol.extract.story_lex import _story_lex

__all__ = [
    "AUTHORITY_TYPES",
    "armed_hedged",
    "army_country",
    "destination",
    "near_the_unit",
    "outside",
    "owner_not_place",
    "place_there",
]

# acts of an authority: the country of the authority that does it is where it happened
AUTHORITY_TYPES = ("detention", "wanted", "prosecution", "sentence")


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
    before = text[max(0, place.start - 40) : place.start]
    if lex["towards_any_case"].search(before):
        # «в сторону Ростовской области», «в направлении Курска»: a direction whatever the
        # place's case (``towards_any_case``; round 52, country52)
        return True
    if not lex["towards"].search(before):
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
    return one_place_near(
        text, lang, lambda p: lex["war_in"].search(text[max(0, p.start - 60) : p.start])
    )


def one_place_near(
    text: str, lang: str, near: Callable[[PlaceMention], object]
) -> PlaceMention | None:
    """The one place (country and region) of ``text`` that ``near`` accepts, or None: none where
    the sentence tells a leave not come back from (``leave_not_unit``), none where two differ.
    The reading shared by :func:`war_place` and places_training's ``training_place``."""
    leave = _words(lang).get("leave_not_unit")
    if leave is not None and leave.search(text):
        return None
    found = [p for p in get_gazetteer().find(text, lang) if p.country and near(p)]
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


def place_there(prev: Any, lang: str) -> list[PlaceMention]:
    """The place "there" / "там" / "оттуда" points to: the last place with a region that the
    sentence before names (``prev``, its analysis), read here where the analysis read none (a
    sentence with no trigger: "Он служил в части в Ростове. Оттуда он сбежал")."""
    places = prev.places
    if not places and not prev.mentions:
        places = get_gazetteer().find(prev.sentence.text, lang)
    return [p for p in places if p.region][-1:]
