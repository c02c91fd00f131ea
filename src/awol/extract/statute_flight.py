"""A flight named only as the statute's wording inside a charge or a verdict is no flight.

«Рядового обвиняют в том, что в период мобилизации он больше месяца отсутствовал в части»,
«приговорил мобилизованного, который свыше одного месяца не появлялся на службе»: the charge or
the verdict is the happening; the flight is its content, told by the duration that qualifies
the crime (the statute's threshold: more than two days, ten days, a month), with no date, place
or way of its own.  The coders code the charge or the verdict and no desertion (real train
rru-017, rru-144; invented splits in both languages' court news); a flight the same sentence
dates («в мае он самовольно покинул часть и больше месяца жил у знакомых») is a flight.

A desertion is dropped (:func:`drop_statute_flight`) where its evidence sentence (1) tells a
charge, a case or a verdict (``statute_flight: legal``), (2) tells the absence by the
statute's duration (``statute_flight: duration``: «больше месяца», «свыше одного месяца»,
«более чем на месяц», «дольше двух суток»; not «больше месяца назад»: a time ago), (3) the
flight has no date and no place (neither from this sentence nor from another telling merged
with it: «Как установил суд, он ушёл из части 3 марта» after a verdict's «который самовольно
оставил часть в Козельске и больше двух месяцев скрывался» is a flight), and (4) a
prosecution or a sentence stands in the article (the legal event that carries it: often merged
with the article's other telling of the charge, «Дело ... поступило в суд»).
The words are data (``statute_flight:`` in ``lang/<lang>/events.yaml``; a language without
them keeps every flight).  Round 47 (ruprec47).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from awol.extract.lexicon import Lexicon

_LEGAL = ("prosecution", "sentence")


@cache
def _spec(raw_legal: str, raw_duration: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    flags = re.IGNORECASE | re.UNICODE
    return re.compile(raw_legal, flags), re.compile(raw_duration, flags)


def drop_statute_flight(events: list[Any], lex: Lexicon) -> list[Any]:
    """``events`` without the desertions told only as a charge's or a verdict's statutory
    duration of absence (module doc)."""
    spec = lex.extra.get("statute_flight") or {}
    if not spec.get("legal") or not spec.get("duration"):
        return events
    if not any(e.type in _LEGAL for e in events) or not any(e.type == "desertion" for e in events):
        return events
    legal, duration = _spec(str(spec["legal"]), str(spec["duration"]))
    out = []
    for e in events:
        if (
            e.type == "desertion"
            and e.date is None
            and e.place_text is None
            and duration.search(e.evidence.text)
            and legal.search(e.evidence.text)
        ):
            continue
        out.append(e)
    return out
