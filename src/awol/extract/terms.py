"""The penalty a verdict gives ("to five years", "a five-year suspended sentence", "к пяти годам
колонии", "a year and eight months"), in months.

Two verdicts with different terms are two verdicts: a roundup of court cases ("sentenced him to six
years ... a sentence of seven years", "another contractor was sentenced to three years") must not
merge them into one because none of them names the convict.  The words are data
(``penalty:`` in ``lang/*/events.yaml``): a pattern with a number ``n`` and a ``unit`` group, the
months of each unit (by prefix), and the words that stand for one ("a year").
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any, NamedTuple

from awol.extract.counts import parse_number
from awol.extract.sentences import clause_bounds

_KIND_BEFORE = 20  # characters before a verdict's trigger that may tell its penalty's kind
_MAX_MONTHS = 12 * 40  # a longer "term" is a year of the calendar ("в 2023 году")


@cache
def _penalty(lang: str) -> _Penalty:
    from awol.extract.lexicon import get_lexicon

    raw = get_lexicon(lang).extra.get("penalty") or {}

    def rx(key: str) -> re.Pattern[str]:
        return re.compile(raw.get(key) or r"(?!x)x", re.IGNORECASE)

    return _Penalty(
        rx("term"),
        rx("and"),
        rx("before"),
        rx("after"),
        {str(k).lower(): int(v) for k, v in (raw.get("units") or {}).items()},
        frozenset(str(x).lower() for x in raw.get("one") or ()),
        tuple(
            (str(k), re.compile(str(v), re.IGNORECASE)) for k, v in (raw.get("kinds") or {}).items()
        ),
        rx("kind_stop"),
        rx("kind_undone"),
    )


class _Penalty(NamedTuple):
    term: re.Pattern[str]  # a number ``n`` and a ``unit``
    joint: re.Pattern[str]  # between two parts of one term ("a year and eight months")
    before: re.Pattern[str]  # what a term follows ("to", "к"), matched at the end of the text
    after: re.Pattern[str]  # or what follows it ("in a penal colony", "лишения свободы")
    units: dict[str, int]  # months per unit, by prefix
    one: frozenset[str]  # words that stand for 1 ("a year")
    kinds: tuple[tuple[str, re.Pattern[str]], ...]  # a penalty's kinds, the first that fits wins
    kind_stop: re.Pattern[str]  # where another verdict's words begin ("but", «а»)
    kind_undone: re.Pattern[str]  # a penalty told as set aside ("overturned the suspended term")


def _months(m: re.Match[str], lang: str, pen: _Penalty) -> int | None:
    n = m.group("n").lower()
    value = 1 if n in pen.one else parse_number(n, lang)
    unit = m.group("unit").lower()
    per = next((v for k, v in pen.units.items() if unit.startswith(k)), None)
    if value is None or per is None or value <= 0:
        return None
    half = "half" in m.re.groupindex and m.group("half")
    months = round((float(value) + (0.5 if half else 0.0)) * per)
    return months if months <= _MAX_MONTHS else None


def penalty_months(text: str, start: int, lang: str) -> int | None:
    """The term of the verdict whose trigger starts at ``start`` in the sentence ``text``: the
    first term from the start of its clause on ("a year and eight months" is one term); None
    where the sentence states none."""
    pen = _penalty(lang)
    found = list(pen.term.finditer(text, clause_bounds(text, start)[0]))
    for k, m in enumerate(found):
        if not (
            pen.before.search(text[max(0, m.start() - 40) : m.start()])
            or pen.after.match(text[m.end() :])  # (``^`` anchors at a slice's start only)
        ):
            continue
        months = _months(m, lang, pen)
        if months is None:
            continue
        if k + 1 < len(found) and pen.joint.fullmatch(text, m.end(), found[k + 1].start()):
            months += _months(found[k + 1], lang, pen) or 0
        return months
    return None


def term_kind(text: str, start: int, lang: str) -> str | None:
    """The kind of penalty the verdict trigger at ``start`` tells, from its clause's start (at most
    a few words before it: "a suspended term was given") to the end of the sentence or a turn to
    another verdict ("but", ``kind_stop``), without a penalty told as undone ("overturned the
    suspended sentence", ``kind_undone``): "suspended", "real" (``kinds`` of ``penalty``
    in lang/*/events.yaml), None where it tells none.
    "A district court first gave him a suspended term" and "the appeal court replaced it with five
    years behind bars" are two verdicts, as their coders have them (round 49, legal49)."""
    pen = _penalty(lang)
    if not pen.kinds:
        return None
    s = max(clause_bounds(text, start)[0], start - _KIND_BEFORE)
    stop = pen.kind_stop.search(text, start)
    told = pen.kind_undone.sub(" ", text[s : stop.start() if stop else len(text)])
    return next((k for k, rx in pen.kinds if rx.search(told)), None)


def other_term(told: list, m) -> bool:
    """Does the verdict mention ``m`` state another term than the mentions ``told`` of a draft
    (both stated), or another kind of penalty (a suspended term, a term behind bars)?"""
    if m.term_kind is not None and any(
        x.term_kind is not None and x.term_kind != m.term_kind for x in told
    ):
        return True
    return m.term is not None and any(x.term is not None and x.term != m.term for x in told)


def term_told(trig: Any, text: str, start: int, lang: str) -> bool:
    """Does the verdict pattern ``trig`` at ``start`` tell its own term ("поймали ..., дали шесть
    лет"): in a desertion story the classifier's doubt does not outweigh it (round 48, legal48)."""
    return (
        trig.type == "sentence" and not trig.lemma and penalty_months(text, start, lang) is not None
    )
