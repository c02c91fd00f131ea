"""The scene of a catch: when (and where) a detention told without its own date happened.

A catch is often told in two steps: the scene, with its time and place and no word of
detention ("On Saturday evening, traffic police stopped a car near Lopatki ...", «В среду
сотрудники полиции проверили документы у нескольких сотен мужчин в общежитиях Выборгского
района»), then the act, with neither ("The officers handed him over to the commandant's office",
«Его передали военной комендатуре»), sentences about the man's flight (with their own dates) often
between them.  The coders date (and place) the detention by the scene, and often cite it.  Round
40 (evid40).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

from awol.extract.dates import DateMention, find_dates
from awol.extract.places import PlaceMention
from awol.extract.sentences import Sentence
from awol.extract.story import told_later
from awol.model import Event

# how many sentences before the detention's own the scene may stand
SCENE_REACH = 4
# the types whose undated telling takes its scene's date
SCENE_TYPES = ("detention",)


def scene_of_catch(
    events: list[Event],
    where: list[int],
    sentences: list[Sentence],
    told: set[int],
    head_end: int,
    lang: str,
    published: str | None,
    places_of: Callable[[str], list[PlaceMention]],
) -> None:
    """An undated detention (first told in sentence ``where[k]``, cited by a sentence at or after
    it), told with no place nor country either ("The officers handed him over to the
    commandant's office"), takes the date of the nearest sentence within SCENE_REACH before its evidence that tells no
    event (not in ``told``), stands in the body (from ``head_end``) and names one date of a month
    or a day, and that sentence's place where it names one region (``places_of(text)``: the
    gazetteer's places).  A sentence that tells an event is passed over (its date is that
    event's: "he had left his unit in April"); a sentence naming two dates or only a year or a
    season, or a dateline or a date on its own line, is no scene (nothing is taken); nor does a
    detention told as later than something ("were later detained": ``scene_after``) take one."""
    starts = [s.start for s in sentences]
    for e, first in zip(events, where, strict=True):
        if e.type not in SCENE_TYPES or e.date is not None or e.date_text is not None:
            continue  # (nor one whose "two days later" the story's dates resolve)
        if e.place_text is not None or e.region is not None or e.country is not None:
            continue  # (told with its place, "police in Norway have arrested", «армянские
            # правоохранители уведомили ... о задержании»: news of its own)
        # (from its evidence: the telling it is cited by, not its first mention, the lead's)
        i = max(first, bisect_right(starts, e.evidence.start) - 1)
        if told_later(e.evidence.text, lang):
            continue  # ("were later detained": not on the day of the scene before it)
        for j in range(i - 1, max(-1, i - 1 - SCENE_REACH), -1):
            s = sentences[j]
            if s.start < head_end:
                break
            if j in told:
                continue
            dates = {d.value: d for d in find_dates(s.text, lang, published) if d.value}
            if not dates:
                continue
            if len(dates) == 1:
                (d,) = dates.values()
                if d.precision in ("day", "month") and _told_words(s.text, d.text) >= SCENE_WORDS:
                    _take(e, d, s.text, places_of)
            break


# the fewest words a scene tells besides its date (not a dateline, "МОСКВА, 4 ноября — РИА
# Новости.", nor a date on a line of its own)
SCENE_WORDS = 4


def _told_words(text: str, date_text: str) -> int:
    return len(_WORD.findall(text.replace(date_text, " ", 1)))


_WORD = re.compile(r"[^\W\d_]+")


def _take(
    e: Event, d: DateMention, text: str, places_of: Callable[[str], list[PlaceMention]]
) -> None:
    e.date, e.date_text = d.value, d.text
    places = [p for p in places_of(text) if p.region]
    if len({p.region for p in places}) == 1:
        p = places[0]
        e.place_text, e.region, e.country = p.text, p.region, p.country
