"""When the story's happening took place.

- **"It happened on May 24".** A sentence with no event of its own that says when (and where) the
  story's happening took place ("The flight probably happened on Friday, June 9",
  "Случай произошёл 3 августа 2024 года в Беляевском районе") dates the undated events of the
  story told around it (of the type it names: "the escape" dates the flight only).  Its cue words
  are data: ``lang/<lang>/story.yaml``.
- **"Six months later".** A date counted from another date is counted from the date of the
  event told before it, once every event has its own (:func:`date_in_the_story`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Any

from awol.extract.dates import DateMention, find_dates
from awol.extract.places import PlaceMention, get_gazetteer
from awol.extract.story_lex import _story_lex

__all__ = ["OCCURRED_REACH", "Occurrence", "date_in_the_story", "occurrence", "occurrences_near"]


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


def occurrences_near(occurred: list[Occurrence], i: int, etype: str) -> list[Occurrence]:
    """The statements of ``occurred`` (in sentence order) within OCCURRED_REACH sentences of
    sentence ``i`` that may date an event of ``etype``, in order (only that window is read: a
    long text's events each read their few neighbours, not every statement of the text)."""
    lo = bisect_left(occurred, i - OCCURRED_REACH, key=_at)
    hi = bisect_right(occurred, i + OCCURRED_REACH, lo, key=_at)
    return [o for o in occurred[lo:hi] if etype in o.types]


def _at(o: Occurrence) -> int:
    return o.index


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
