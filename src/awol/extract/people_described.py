"""A named man's description told of him anywhere in the story (round 51, who51).

An article often describes its one named man once, where it first speaks of him, and tells
his flight in another sentence, by his name alone: "Basil is an artilleryman. ... Basil fled
his unit"; "The case of X, a former member of the missile forces, ... X fled the country in
September"; «Сбежал Иван X ... X был инструктором штурмового отряда».  Round 39's
:func:`~awol.extract.who_story.who_of_named` reads only the sentences right next to the event
and only a title set before his name or apposed after it; the description is often farther
off, or said of him with a copula ("X is a sniper", «X был инструктором ...», «X, который
является бывшим командиром ...»).

The reading: a DESERTION event with no ``who`` that names one man (count 1 or none) takes the
description the story gives that man by name, nearest to the event's sentence first: a title
right before a mention of him or an apposition after it (:func:`~awol.extract.who_story.
title_at`), or a copula after a mention (``named_is`` of ``lang/<lang>/arguments.yaml``), the
description naming a serviceman (:func:`~awol.extract.titles.names_service`).  Only the
desertion: on real train the coders give a named man's flight the story's description of him
13 times and leave it without one 6 times, but his other events (caught, sought, charged,
sentenced) they leave without one 17 times and describe 11 times.  Not a title of "another"
man («другой контрактник»).
"""

from __future__ import annotations

import re
from functools import cache

from awol.extract.argument_words import _words
from awol.extract.sentences import Sentence
from awol.extract.titles import names_service
from awol.extract.who_phrase import tidy_who
from awol.extract.who_story import _LISTED, _LISTED_BEFORE, mentions_of, title_at
from awol.model import Event

__all__ = ["who_described_of_name"]


@cache
def _named_is(lang: str) -> re.Pattern[str] | None:
    return _words(lang).get("named_is")


def described_at(text: str, start: int, end: int, lang: str, own: bool = True) -> str | None:
    """The description ``text`` gives the man it mentions at ``start``-``end``: in the event's
    ``own`` sentence a title before the name or an apposition after it, else a copula after it
    ("X is an artilleryman", «X был инструктором отряда»); None where it gives none that names
    a serviceman.  Not a mention listed with another name («двоих военнослужащих X и Y»)."""
    if _LISTED.match(text, end) or _LISTED_BEFORE.search(text[max(0, start - 40) : start]):
        return None
    title = title_at(text, start, end, lang) if own else None
    if title is not None and names_service(title, lang):
        return title
    rx = _named_is(lang)
    m = rx.match(text, end) if rx is not None else None
    if m is not None and names_service(m.group("who"), lang):
        return tidy_who(m.group("who"))
    return None


def who_described_of_name(
    events: list[Event], where: list[int], sentences: list[Sentence], lang: str
) -> None:
    """Give a desertion with no ``who`` that names one man the description the story gives him
    by name, the nearest sentence to the event's first (see the module).  Events are changed in
    place."""
    other = _words(lang).get("another_who")
    for e, i in zip(events, where, strict=True):
        if (e.who or e.type != "desertion" or len(e.names) != 1 or e.count not in (None, 1)
                or not 0 <= i < len(sentences)):  # fmt: skip
            continue
        name = e.names[0]
        order = sorted(range(len(sentences)), key=lambda k: (abs(k - i), k > i))
        for k in order:
            text = sentences[k].text
            who = next(
                (w for s, n in mentions_of(text, name)
                 if (w := described_at(text, s, n, lang, k == i)) is not None), None
            )  # fmt: skip
            if who is not None and not (other is not None and other.match(who)):
                e.who = who
                break
