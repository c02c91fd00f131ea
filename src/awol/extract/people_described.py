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

Round 53 (people53): the description apposed to his name where the story introduces him
("The recent case of X, a former member of the missile forces, ..."; "a Russian youth, X, gave his
girlfriend a lift"), up to ``_INTRO_NEAR`` sentences from the flight's, in a sentence that tells
no event (none of the article's events is told there and it holds no trigger: a description in
the sentence of his verdict is that verdict's, and the invented article splits leave his flight
bare then), or apposed in the flight's own sentence, before the name too.  English only (a
Russian apposition after a name fired 3 times on the invented splits, all wrong, and never on
real train).  Real train (all documents): 2 firings, 2 right; invented article splits 1 right,
0 wrong; field probes 1 firing, no score moved.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from awol.extract.argument_words import _words
from awol.extract.lexicon import get_lexicon
from awol.extract.sentences import Sentence
from awol.extract.titles import names_service
from awol.extract.trigger_find import find_triggers
from awol.extract.who_phrase import tidy_who
from awol.extract.who_story import _LISTED, _LISTED_BEFORE, mentions_of, title_at
from awol.model import Event

__all__ = ["who_described_of_name", "who_introduced", "who_of_age"]


@cache
def _named_is(lang: str) -> re.Pattern[str] | None:
    return _words(lang).get("named_is")


_INTRO_NEAR = 4


def _apposed(text: str, start: int, end: int, lang: str, own: bool) -> str | None:
    """A description apposed to the man mentioned at ``start``-``end`` ("a Russian youth, X,";
    "X, a former member of the missile forces,": ``apposed_before``, ``apposed_after`` of
    ``lang/<lang>/arguments.yaml``), naming a serviceman or a person by his standing
    (``apposed_person``), or in the event's ``own`` sentence his age alone ("The 26-year-old,
    X,"); None where none is, or where he is one of a list (people53)."""
    words = _words(lang)
    if (
        not words
        or _LISTED.match(text, end)
        or _LISTED_BEFORE.search(text[max(0, start - 40) : start])
    ):
        return None
    found: list[str] = []
    before = words.get("apposed_before")
    if before is not None:
        b = before.search(text[max(0, start - 90) : start])
        if b is not None:
            found.append(b.group("who"))
    after = words.get("apposed_after")
    if after is not None:
        a = after.match(text, end)
        if a is not None:
            found.append(a.group("who"))
    person, aged = words.get("apposed_person"), words.get("apposed_age")
    for who in found:
        if (names_service(who, lang) or (person is not None and person.search(who))
                or (own and aged is not None and aged.fullmatch(who))):  # fmt: skip
            return tidy_who(who)
    return None


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
    told: set[int] | None = None  # (read once, when needed: :func:`_told`)
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
            if who is None and abs(k - i) <= _INTRO_NEAR:
                if told is None:
                    told = _told(events, where, sentences)
                if k != i and k in told:
                    continue
                who = next(
                    (w for s, n in mentions_of(text, name)
                     if (w := _apposed(text, s, n, lang, k == i)) is not None), None
                )  # fmt: skip
                if who is not None and k != i and find_triggers(text, get_lexicon(lang)):
                    who = None  # (a sentence with a trigger tells a happening: its description)
            if who is not None and not (other is not None and other.match(who)):
                e.who = who
                break
    who_introduced(events, where, sentences, lang)  # (the introduction without a name: who54)


def _told(events: list[Event], where: list[int], sentences: list[Sentence]) -> set[int]:
    """The sentences that tell an event (where it is first told, or its evidence): not a man's
    introduction; a description there is that event's (people53)."""
    starts = [st.start for st in sentences]
    return set(where) | {bisect_right(starts, x.evidence.start) - 1 for x in events}


def who_of_age(events: list[Event], lang: str) -> None:
    """Give an event with no ``who`` whose evidence sentence tells of one man by his age alone
    ("the 31-year-old decides not to go back", "police caught the 27-year-old": ``aged_alone`` of
    ``lang/<lang>/arguments.yaml``) that age as its who (people53).  Events are changed in place."""
    aged = _words(lang).get("aged_alone")
    if aged is None:
        return
    for e in events:
        if e.who or e.count not in (None, 1):
            continue
        m = aged.search(e.evidence.text)
        if m is not None:
            e.who = m.group(0)


def who_introduced(
    events: list[Event], where: list[int], sentences: list[Sentence], lang: str
) -> None:
    """Give a named man's flight with no ``who`` the description of the sentence that introduces
    him without his name, right next to the sentence that first names him (round 54, who54):
    the sentence before, opening on an indefinite description as its subject, while the naming
    sentence opens on his name ("A 27-year-old from the Kirov region served two months at the
    front. Ilya X decided not to go back": ``introduced_before`` of ``lang/<lang>/arguments.yaml``),
    or the sentence after, opening on a description apposed to "he" ("X decided not to return.
    A 29-year-old from the Sverdlovsk region, he had been drafted ...": ``opening_apposed``).
    The description must name a serviceman, a person by his standing (``apposed_person``) or
    his age ("A 29-year-old ..."), and the sentence must tell no event and hold no trigger and no
    other name.  Only the flight of one named man, as :func:`who_described_of_name`."""
    words = _words(lang)
    before, after = words.get("introduced_before"), words.get("opening_apposed")
    person, aged = words.get("apposed_person"), words.get("introduced_age")
    if before is None or after is None:
        return
    told: set[int] | None = None
    for e, i in zip(events, where, strict=True):
        if (e.who or e.type != "desertion" or len(e.names) != 1 or e.count not in (None, 1)
                or not 0 <= i < len(sentences)):  # fmt: skip
            continue
        name = e.names[0]
        first = next((k for k, st in enumerate(sentences) if any(mentions_of(st.text, name))), None)
        if first is None or first > i:
            continue
        if told is None:
            told = _told(events, where, sentences)
        found = None
        opens = next(mentions_of(sentences[first].text, name), None)
        if first > 0 and opens is not None and not sentences[first].text[: opens[0]].strip():
            found = (first - 1, before.match(sentences[first - 1].text))
        if (found is None or found[1] is None) and first + 1 < len(sentences):
            found = (first + 1, after.match(sentences[first + 1].text))
        if found is None or found[1] is None:
            continue
        k, m = found
        who = m.group("who")
        if not (names_service(who, lang) or (person is not None and person.search(who))
                or (aged is not None and aged.match(who))):  # fmt: skip
            continue
        text = sentences[k].text
        if (k in told or find_triggers(text, get_lexicon(lang))
                or _OTHER_NAME.search(text, m.end("who"))):  # fmt: skip
            continue
        e.who = tidy_who(who)


# (a capitalised word inside a sentence, not its first: another person or place told there)
_OTHER_NAME = re.compile(r"(?<=[a-z,;]\s)[A-Z][a-z]+\s+[A-Z][a-z]+")
