"""Places named beside an event's place that are not it: a news outlet's name ("Эхо Москвы",
"the Kyiv Independent") and a landmark named to say where another place is ("Mytishchi, near
Moscow", "the Moscow suburb of Khimki", "в Мытищах под Москвой").  Words:
``outlet_after``/``outlet_before`` and ``landmark_before``/``landmark_after`` in
``data/place_cues.yaml``.  (Split out of :mod:`awol.extract.places`, which re-exports them.)"""

from __future__ import annotations

import functools
import re

from awol.extract.places_data import cue_lang, cues
from awol.extract.places_tokens import PlaceMention

__all__ = ["attempted_goal", "in_outlet_name", "landmarks_left_out", "not_outlets"]

_OUTLET_NEXT = re.compile(r"(?:[ \t\u00a0]+|\.)([^\W\d_]+)")
_OUTLET_PREV = re.compile(r"([^\W\d_]+)(?:[ \t\u00a0]+of)?[ \t\u00a0]+$")


def in_outlet_name(text: str, place: PlaceMention, lang: str) -> bool:
    """Is ``place`` (found in ``text``) part of a news outlet's name ("according to The Moscow
    Times", "the Kyiv Independent reported", "Крым.Реалии", "сообщает Вечерняя Москва", "Эхо
    Москвы")?  The outlet's words right after or before it (``outlet_after`` /
    ``outlet_before`` in ``data/place_cues.yaml``), capitalised as a name's are.  Such a place is
    not where what the outlet reports happened."""
    words = cues().get(cue_lang(lang)) or {}
    if text[place.start : place.end] != place.text:
        return False
    m = _OUTLET_NEXT.match(text, place.end)
    if m and m.group(1)[:1].isupper() and m.group(1).lower() in words.get("outlet_after", ()):
        return True
    m = _OUTLET_PREV.search(text, max(0, place.start - 24), place.start)
    return bool(
        m and m.group(1)[:1].isupper() and m.group(1).lower() in words.get("outlet_before", ())
    )


def not_outlets(text: str, places: list[PlaceMention], lang: str) -> list[PlaceMention]:
    """``places`` less those in a news outlet's name (:func:`in_outlet_name`)."""
    if not places:
        return places
    return [p for p in places if not in_outlet_name(text, p, lang)]


@functools.lru_cache(maxsize=4)
def _landmark_rx(lang: str, key: str) -> re.Pattern[str] | None:
    words = cues().get(lang, {}).get(key)
    if not words:
        return None
    alts = "|".join(f"(?:{w})" for w in sorted(words))
    if key == "landmark_before":  # right after the place it locates
        return re.compile(r"^[\s,–—-]*(?:just\s+)?(?:" + alts + r")$", re.IGNORECASE)
    return re.compile("(?:" + alts + ")", re.IGNORECASE)


def near_words(gap: str, lang: str) -> bool:
    """Are the words between two places those that say the first is near the second ("под",
    "недалеко от", "near", "outside": ``landmark_before`` in ``data/place_cues.yaml``)?"""
    lang = cue_lang(lang)
    before = _landmark_rx(lang, "landmark_before")
    return before is not None and bool(before.match(gap))


def _landmark(text: str, group: list[PlaceMention], k: int, lang: str) -> bool:
    """Is the ``k``-th place of ``group`` named only to say where the place next to it is
    ("Mytishchi, near Moscow", "the Moscow suburb of Khimki", "в Мытищах под Москвой":
    ``landmark_before`` and ``landmark_after`` in ``data/place_cues.yaml``)?  Not a place of a
    list ("в Москве и под Тулой")."""
    p = group[k]
    if text[p.start : p.end] != p.text:
        return False
    before = _landmark_rx(lang, "landmark_before")
    if k and before is not None and before.match(text[group[k - 1].end : p.start]):
        return True
    after = _landmark_rx(lang, "landmark_after")
    if k + 1 < len(group) and after is not None:
        m = after.match(text, p.end)
        return m is not None and group[k + 1].start - m.end() <= 6
    return False


def landmarks_left_out(text: str, group: list[PlaceMention], lang: str) -> list[PlaceMention]:
    """The places of a group that names two regions, less its landmarks (:func:`_landmark`),
    where what is left names one region: "Mytishchi, near Moscow" is Mytishchi's (Moscow
    Oblast), not Moscow's; a group that still names two regions is kept whole."""
    if len({p.region for p in group if p.region}) < 2:
        return group
    lang = cue_lang(lang)
    rest = [p for k, p in enumerate(group) if not (p.region and _landmark(text, group, k, lang))]
    return rest if len({p.region for p in rest if p.region}) == 1 else group


_ATTEMPT_REACH = 70  # characters before a place read for an attempt to go there


@functools.lru_cache(maxsize=4)
def _attempt_rx(lang: str) -> re.Pattern[str] | None:
    words = cues().get(lang, {}).get("attempt_before")
    if not words:
        return None
    return re.compile("(?:" + "|".join(f"(?:{w})" for w in sorted(words)) + ")", re.IGNORECASE)


def attempted_goal(text: str, place: PlaceMention, lang: str) -> bool:
    """Is ``place`` only where someone tried to go ("detained as he tried to cross into
    Mongolia", "tried to slip back across the border into Russia", «пытавшегося выехать в
    Казахстан», «при попытке перейти в Польшу»)?  An attempt right before it
    (``attempt_before`` in ``data/place_cues.yaml``, within ``_ATTEMPT_REACH`` characters and
    no sentence break) and a word of direction before the place (:func:`awol.extract.story.
    destination`, checked by the caller).  A catch made on the way did not happen there
    (round 52, country52)."""
    rx = _attempt_rx(cue_lang(lang))
    if rx is None or text[place.start : place.end] != place.text:
        return False
    before = text[max(0, place.start - _ATTEMPT_REACH) : place.start]
    return rx.search(before) is not None
