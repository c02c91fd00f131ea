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
Where no prosecution or sentence stands (the sentence tells its legal step in words no trigger
reads: «суд получил к рассмотрению очередное дело об уходе из части ...: по версии обвинения,
X отсутствовал на службе дольше месяца»), the flight is not dropped but retold as the step its
sentence tells: a sentence where it names a verdict (``statute_flight: verdict``), else a
prosecution where it names a charge or a case (``statute_flight: charge``); with neither («ему
грозит»: the law's) it stays a flight (round 55, desert55: the one article of the kind, an
invented paraphrase of real train's rru-017, read a desertion where the coders code the charge).
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
    if not any(e.type == "desertion" for e in events):
        return events
    legal, duration = _spec(str(spec["legal"]), str(spec["duration"]))
    stands = any(e.type in _LEGAL for e in events)
    out = []
    for e in events:
        if (
            e.type == "desertion"
            and e.date is None
            and e.place_text is None
            and duration.search(e.evidence.text)
            and legal.search(e.evidence.text)
        ):
            if stands:
                continue
            step = _step(spec, e.evidence.text)
            if step is None:
                out.append(e)  # (no step told: "грозит" is the law's, not a happening)
                continue
            # no legal event stands: the sentence's legal step is the happening (module doc)
            e.type = step
        out.append(e)
    return out


def _step(spec: dict, text: str) -> str | None:
    """The legal step a sentence tells: ``sentence`` (a verdict's words), ``prosecution`` (a
    charge's or a case's), or None (``statute_flight: verdict / charge``)."""
    for type_, key in (("sentence", "verdict"), ("prosecution", "charge")):
        raw = spec.get(key)
        if raw and _spec(str(raw), "")[0].search(text):
            return type_
    return None
