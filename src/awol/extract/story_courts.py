"""The court of the story: a verdict with no place of its own was given by the court the story
names elsewhere ("Южно-Сахалинский гарнизонный суд", "the Pskov garrison military court"): its
region, when the story's courts name one region only.  The court words are data: ``court`` in
``lang/<lang>/story.yaml``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from awol.extract.argument_words import _rx, _words
from awol.extract.places import PlaceMention
from awol.extract.story_lex import _story_lex

__all__ = ["COURT_TYPES", "court_places", "courts_near", "names_a_court", "names_court_seat"]


# a charge with no place of its own is placed where the story's court tries it (the coders do),
# unless that court is abroad
COURT_TYPES = ("sentence", "prosecution")


_COURT_REACH = 60  # characters between a court word and the place that names the court


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


def courts_near(courts: list, court_at: list[int], i: int) -> dict:
    """The courts (places, each with its sentence in ``court_at``, in sentence order) named in
    sentence ``i`` or the one before, by region (the last of a region; only those are read)."""
    lo, hi = bisect_left(court_at, i - 1), bisect_right(court_at, i)
    return {p.region: p for p in courts[lo:hi]}
