"""A man an event brings in unnamed whom the very next sentence names (round 36, who36).

"At the end of December, another contract soldier was sentenced to three years. Timur X was to
return from leave in July, but came back only in October": the sentence after the verdict names
a person no earlier sentence named, and tells an event of another type of him (his flight): he is
the one the verdict's sentence brought in.  So is "The officer, Maj. Ivan X, ..." right after "A
Russian officer fled ..." (an apposition of the story's definite descriptor: ``named_next`` of
``lang/people.yaml``) or "Им оказался Иван X" (``named_as``).  The rest of the article may name
other men (a roundup of verdicts): the adjacency and the new name are what join them, where
:func:`awol.extract.people.name_from_story` only joins an article's one named man or a surname
used again.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from awol.extract.lexicon import get_lexicon
from awol.extract.names import NameMention
from awol.extract.people_data import ONCE_TYPES, _data, _lang, official, told_again

__all__ = ["name_told_next"]


def name_told_next(
    events: list[Any],
    where: list[int],
    texts: list[str],
    named: list[list[NameMention]],
    people: list[str],
    lang: str,
) -> None:
    """Name each unnamed event of one man brought in by a descriptor (sentence ``where[i]``,
    which names no one but public figures and speaks of no "he": a man told before) after the
    one person of the story's ``people`` first named in the next sentence, where that sentence
    tells an event of another type naming him and none of the event's type (an event of the same
    type there is another man's: "A soldier was sentenced to two years.  Ivan X was sentenced to
    three"; nor a verdict, a charge or a death where the event's own sentence tells one too:
    ``ONCE_TYPES``), or sets his name in an identification frame."""
    if not people or all(e.names for e in events):
        return
    lg = _lang(lang)
    lex = get_lexicon(lg)
    he = _pronoun(lg)
    frames = (_data()["named_as"][lg], _data()["named_next"][lg])
    first_seen: dict[str, int] = {}
    for k, ms in enumerate(named):
        for m in ms:
            first_seen.setdefault(m.normalized, k)
    told: dict[int, list[Any]] = {}
    for e, i in zip(events, where, strict=True):
        told.setdefault(i, []).append(e)
    ours = set(people)
    for e, i in zip(events, where, strict=True):
        if e.names or not e.who or (e.count or 1) != 1 or not 0 <= i < len(texts) - 1:
            continue
        if he is not None and he.search(texts[i]):
            continue  # ("В марте он выяснил, что объявлен в розыск": the man told before)
        if any(not official(m.normalized) for m in named[i]):
            continue  # (its own sentence names someone: the rules above read him)
        new = {
            m.normalized: m
            for m in named[i + 1]
            if m.normalized in ours and first_seen.get(m.normalized) == i + 1
        }
        if len(new) != 1:
            continue
        ((person, m),) = new.items()
        there = told.get(i + 1, [])
        mine = set() if told_again(texts[i], lg) else {x.type for x in told.get(i, [])}
        if any(x.type == e.type or (x.type in ONCE_TYPES and x.type in mine) for x in there):
            continue  # (the next sentence's verdict is another man's verdict: who37)
        text = texts[i + 1]
        if lex.additive.search(text):
            continue  # ("Также ... был осуждён контрактник Азамат X": another man)
        framed = any(f.search(text, max(0, m.start - 60), m.start) for f in frames)
        if framed or any(person in x.names for x in there):
            e.names = [person]
            if e.count is None:
                e.count, e.count_qualifier = 1, "exact"


@functools.cache
def _pronoun(lang: str) -> re.Pattern[str] | None:
    """A "he"/"she" of the sentence (``pronoun_subject`` of ``lang/*/events.yaml``)."""
    raw = get_lexicon(lang).extra.get("pronoun_subject")
    return re.compile(raw, re.IGNORECASE) if raw else None
