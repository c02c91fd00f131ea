"""A verdict or a charge whose crime the next sentence names, and it is not desertion.

"A second reservist from the same battalion got eighteen months of a penal colony.
The court convicted him under Article 332 for ignoring his sergeant's orders": the
verdict's sentence names no crime, so a desertion story lends it its topic; the next sentence
says what it was for (``crime_told_next`` in lang/*/events.yaml: a telling of the charge,
``marker``, with another crime, ``crimes`` or the lexicon's ``other_crimes``, and no word of
desertion or leaving a unit).  Such a verdict or charge is for that other crime (round 38,
prec38; the per-sentence reading is :func:`awol.extract.scope._for_another_crime`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache
from typing import Any

from awol.extract.lexicon import Lexicon

_TYPES = ("sentence", "prosecution")


@cache
def _spec(lang: str, raw_marker: str, raw_crimes: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    flags = re.IGNORECASE | re.UNICODE
    return re.compile(raw_marker, flags), re.compile(raw_crimes, flags)


def drop_crime_told_next(events: list[Any], sentences: list[Any], lex: Lexicon) -> list[Any]:
    """``events`` without the verdicts and charges whose sentence names no desertion and whose
    next sentence tells them as for another crime."""
    spec = lex.extra.get("crime_told_next") or {}
    if not spec.get("marker") or not any(e.type in _TYPES for e in events):
        return events
    marker, crimes = _spec(lex.lang, str(spec["marker"]), str(spec.get("crimes") or "(?!)"))
    starts = [s.start for s in sentences]
    out = []
    for e in events:
        # (a verdict whose own sentence tells the flight it was for is for desertion: "A soldier
        # who fled his unit in March was sentenced to five years" before an older theft
        # conviction; round 47, legal47)
        if (
            e.type in _TYPES
            and lex.topic.search(e.evidence.text) is None
            and not _tells_flight(e.evidence.text, lex)
        ):
            i = bisect_right(starts, e.evidence.start) - 1
            nxt = sentences[i + 1].text if 0 <= i < len(sentences) - 1 else ""
            if (
                nxt
                and marker.search(nxt)
                and (crimes.search(nxt) or lex.other_crimes.search(nxt))
                and lex.topic.search(nxt) is None
                and not _tells_flight(nxt, lex)
            ):
                continue
        out.append(e)
    return out


def _tells_flight(text: str, lex: Lexicon) -> bool:
    """Whether ``text`` holds a trigger of a flight (a desertion pattern of events.yaml)."""
    return any(t.type == "desertion" and t.pattern.search(text) is not None for t in lex.triggers)
