"""A catch told, then the man killed as he ran: one happening, a death (round 38, type38).

"A search team caught up with a soldier named X in a forest belt near Horlivka in October. He
tried to run and was shot dead." The catch of the first sentence and the killing of the second
are one happening (SCHEMA.md: a deserter killed "during capture"): a death, told first where the
man, the place and the date are; not a detention and a death.  The second sentence must open on
the man by a pronoun trying to get away (``ran_and_killed`` in ``lang/*/events.yaml``), and both
events be of one man (or of a count unstated): a catch followed by the death of someone else,
or by a killing told otherwise, stays two events.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from awol.extract.lexicon import Lexicon, get_lexicon
from awol.extract.merging import Draft


@cache
def _ran(lang: str) -> re.Pattern[str] | None:
    raw = get_lexicon(lang).extra.get("ran_and_killed")
    return re.compile(raw, re.IGNORECASE) if raw else None


def killed_when_caught(done: list[Draft], lex: Lexicon) -> list[Draft]:
    """``done`` with each detention told in one sentence, whose next sentence tells the same man
    killed as he tried to get away, made that death (the catch's mentions as its first telling,
    the killing's as a retelling: the catch is its evidence)."""
    ran = _ran(lex.lang)
    if ran is None or not any(d.type == "death" for d in done):
        return done
    deaths: dict[int, Draft] = {}
    for d in done:
        if d.type == "death":
            for m in d.mentions:
                deaths.setdefault(m.sentence.index, d)
    made: dict[int, Draft] = {}
    taken: set[int] = set()
    for d in done:
        if d.type != "detention" or len({m.sentence.index for m in d.mentions}) != 1:
            continue
        i = d.mentions[0].sentence.index
        k = deaths.get(i + 1)
        if k is None or id(k) in taken or d.count not in (None, 1) or k.count not in (None, 1):
            continue
        if not any(m.sentence.index == i + 1 and ran.search(m.sentence.text) for m in k.mentions):
            continue
        caught = [
            replace(m, type="death", trigger=replace(m.trigger, type="death")) for m in d.mentions
        ]
        made[id(d)] = Draft(caught + [replace(m, retold=True) for m in k.mentions])
        taken.add(id(k))
    if not made:
        return done
    return [made.get(id(d), d) for d in done if id(d) not in taken]
