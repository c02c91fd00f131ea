"""A ``who`` that is another person's title (round 36, who36).

"Старший лейтенант Павел X в воскресенье задержал ... ефрейтора Y": the rank before the name of the
man who caught the deserter is read as the event's descriptor by the readers of a sentence's
people nouns, which do not know whose title it is.  Where the event's ``who`` stands right
before a name that :func:`awol.extract.people.not_a_deserter` marks as someone else (the catcher,
an official, a relative: ``lang/people.yaml``), and the event does not name that person, the
descriptor is that person's, not the event's people's: it is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from awol.extract.names import NameMention
from awol.extract.people_data import _data
from awol.extract.people_roles import not_a_deserter

__all__ = ["who_of_another"]

# (between a title and its name: nothing but spaces or an initial's dots, and a word or two of
# the rank: "лейтенант полиции Иван X")
_GAP = re.compile(r"[\s.]*(?:[^\W\d_][\w-]*\s+){0,2}?$")


def _modifier(after: str) -> bool:
    """Does the name modify a noun after it (``modified_after``: "the Anna X company")?"""
    return _data()["modified_after"].match(after) is not None


def who_of_another(
    events: list,
    where: list[int],
    sentences: list,
    names_of: Callable[[int], list[NameMention]],
    lang: str,
) -> None:
    """Drop the ``who`` of each event that is the title of a person its sentence (index
    ``where[i]``, whose person names ``names_of`` gives, read once per sentence) names who is
    not a deserter (see the module).  Events are changed in place."""
    for e, i in zip(events, where, strict=True):
        if not e.who or not 0 <= i < len(sentences):
            continue
        text = sentences[i].text
        k = text.find(e.who)
        if k < 0:
            continue
        end = k + len(e.who)
        for n in names_of(i):
            if n.start < end or n.start - end > 40:
                continue
            if _GAP.match(text[end : n.start]) is None or n.normalized in e.names:
                break
            if not_a_deserter(text, n, lang) and not _modifier(text[n.end : n.end + 80]):
                e.who = None  # (not a unit's name: "the commander of the Anna X company")
            break
