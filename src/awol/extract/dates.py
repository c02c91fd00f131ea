"""Date mentions in article text, resolved against the publication date.

Language-neutral engine; everything language-specific (month/weekday/season names in all their
forms, number words, prepositions, the rule templates themselves) lives in
``lang/<lang>/dates.yaml``.  Each rule is a regex template whose named groups (day, month, year,
weekday, n, unit, season) and attributes (kind, rel_year, strict, offset, ...) tell the engine how
to resolve a match; see the header of ``lang/en/dates.yaml``.

Resolution rules (dev corpus conventions):

* a month/day without a year is the most recent such date not after publication
  ("Dec. 28" in a January article -> previous year); without a publication date the mention is
  returned with ``value=None`` (never a guessed year);
* a weekday is the most recent such day on or before publication ("last Tuesday": strictly before);
  "в ночь на воскресенье" is the Sunday;
* "last week", "last weekend", "a week ago" give the month; "late 2023", "last spring" the year;
* anchored expressions ("the next day", "через неделю", "a month later") get ``anchor="previous"``
  and an ``offset`` and no value: the caller resolves them with :func:`resolve_offset` against the
  date they modify.  Only "накануне"/"the day before" also get publication - 1 day as a fallback.

Why not dateparser: it misses "в марте", "в начале апреля", "в ночь на 5 мая", and resolves
"через неделю" against the publication date (wrong for narrative text).  Absolute forms are all
covered by the lexicon regexes here, so dateparser is not needed on the hot path.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import yaml

from awol.extract.fastre import ascii_safe, ascii_twin, compile_fast
from awol.extract.lexicon import lower_pattern
from awol.extract.prefilter import LiteralFilter, literal_filter, lowered
from awol.extract.recent import MISSING, Recent, preread

__all__ = [
    "DateMention",
    "find_dates",
    "month_number",
    "parse_published",
    "season_name",
    "parse_published_precision",
    "resolve_offset",
]

_LANG_DIR = Path(__file__).parent / "lang"

_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "winter": (12, 2)}
_DEFAULT_PRECISION = {"day": "day", "week": "month", "month": "month", "year": "year"}


@dataclass(frozen=True)
class DateMention:
    """A date expression found in text.

    ``value`` is "YYYY-MM-DD" / "YYYY-MM" / "YYYY" (or None when it cannot be resolved), with
    ``precision`` "day" / "month" / "year".  Anchored expressions carry ``anchor="previous"``
    and ``offset=(unit, n)`` with unit in day/week/month/year.
    """

    text: str
    start: int
    end: int
    value: str | None
    precision: str | None
    anchor: str | None = None
    offset: tuple[str, int] | None = None


@dataclass(frozen=True)
class _Rule:
    kind: str
    regex: re.Pattern[str]
    attrs: dict[str, Any]
    needs: frozenset[str]  # token classes that must occur in the text for the rule to match
    lowered: re.Pattern[str] | None = None  # the same rule on lower-cased text (much faster)
    exact: bool = True  # False: ``lowered`` matches a superset (filter only)
    need: LiteralFilter | None = None  # words a match of ``lowered`` cannot lack
    # ``lowered`` and ``regex`` compiled for an ASCII text (:func:`~awol.extract.fastre.ascii_twin`:
    # the same matches; None where they cannot be; round 45, speed45)
    lowered_ascii: re.Pattern[str] | None = None
    regex_ascii: re.Pattern[str] | None = None


@dataclass(frozen=True)
class _Grammar:
    rules: tuple[_Rule, ...]
    triggers: dict[str, re.Pattern[str]]
    months: dict[str, int]
    weekdays: dict[str, int]
    seasons: dict[str, str]
    numbers: dict[str, int | None]
    units: dict[str, tuple[str, int]]
    # the triggers lower-cased, for lower-cased text (case-sensitive parts made insensitive: each
    # finds a superset of its trigger's matches, so a class it misses is certainly absent), with
    # the words a match cannot lack
    gates: tuple[tuple[str, re.Pattern[str], LiteralFilter | None], ...] = ()
    # the rules (with their index) grouped by the classes they need: one test per group
    by_needs: tuple[tuple[frozenset[str], tuple[tuple[int, _Rule], ...]], ...] = ()
    # words that make a year or a date in them no date of a happening: a birth date ("born in
    # 1991", «1991 года рождения»; ``not_dates`` in ``lang/*/dates.yaml``)
    not_dates: re.Pattern[str] | None = None
    # ``gates`` for an ASCII text, each compiled so where it can be (round 45, speed45)
    gates_ascii: tuple[tuple[str, re.Pattern[str], LiteralFilter | None], ...] = ()


_SPACES = re.compile(r"\s+")


def _key(s: str) -> str:
    return _SPACES.sub(" ", s.strip().lower().rstrip(".")).replace("ё", "е")


def _alternation(forms: list[str], case_sensitive: bool = False) -> str:
    parts = []
    for form in sorted(set(forms), key=len, reverse=True):
        esc = re.escape(form).replace(r"\ ", r"\s+")
        parts.append(esc if form.endswith(".") else esc + r"(?!\w)")
    body = "|".join(parts)
    return f"(?-i:{body})" if case_sensitive else body


@cache
def _grammar(lang: str) -> _Grammar:
    path = _LANG_DIR / lang / "dates.yaml"
    if not path.is_file():
        raise ValueError(f"no date lexicon for language {lang!r} ({path})")
    data = yaml.safe_load(path.read_text(encoding="utf-8"))

    months: dict[str, int] = {}
    for num, forms in data["months"].items():
        for f in forms:
            months[_key(f)] = int(num)
    weekdays: dict[str, int] = {}
    for num, forms in data["weekdays"].items():
        for f in forms:
            weekdays[_key(f)] = int(num)
    seasons = {_key(f): name for name, forms in data.get("seasons", {}).items() for f in forms}
    numbers = {_key(str(k)): v for k, v in data.get("numbers", {}).items()}
    units: dict[str, tuple[str, int]] = {}
    for unit, forms in data.get("units", {}).items():
        for f in forms:
            units[_key(f)] = (unit, 1)
    for form, (unit, mult) in data.get("unit_multipliers", {}).items():
        units[_key(form)] = (unit, int(mult))

    m_cs = bool(data.get("months_case_sensitive"))
    w_cs = bool(data.get("weekdays_case_sensitive"))
    all_month_forms = [f for forms in data["months"].values() for f in forms]
    all_wd_forms = [f for forms in data["weekdays"].values() for f in forms]
    day_suffix = data.get("day_suffix", "")
    builtins = {
        "MONTH": rf"(?<!\w)(?P<month>{_alternation(all_month_forms, m_cs)})",
        "MONTH_BARE": rf"(?<!\w)(?P<month>{_alternation(data.get('months_bare', []), m_cs)})",
        "WEEKDAY": rf"(?<!\w)(?P<weekday>{_alternation(all_wd_forms, w_cs)})",
        "WD": rf"(?<!\w)(?:{_alternation(all_wd_forms, w_cs)})",
        "DAY": rf"(?<![\d.,:/])(?P<day>3[01]|[12]\d|0?[1-9]){day_suffix}(?!\d|[:.,]\d)",
        "YEAR": r"(?<![\d.,])(?P<year>19[5-9]\d|20\d\d)(?![\d]|[.,]\d)",
        "NUM": rf"(?<!\w)(?P<n>\d{{1,3}}(?!\d)|{_alternation([str(k) for k in data.get('numbers', {})])})",
        "UNIT": rf"(?P<unit>{_alternation(list(data.get('units', {}).get('day', [])) + [f for fs in data.get('units', {}).values() for f in fs] + list(data.get('unit_multipliers', {})))})",
        "SEASON": rf"(?P<season>{_alternation([f for fs in data.get('seasons', {}).values() for f in fs])})",
    }
    macros: dict[str, str] = dict(data.get("macros", {}))

    def expand(template: str) -> str:
        for _ in range(5):  # macros may reference macros
            before = template
            for name, body in macros.items():
                template = template.replace("{" + name + "}", body)
            if template == before:
                break
        for name, body in builtins.items():
            template = template.replace("{" + name + "}", body)
        return template

    # Cheap prefilters: a rule built on {MONTH} can only match if a month name occurs, etc.
    # (rules start with optional prepositions, so scanning them over every word start is costly).
    unit_forms = [f for fs in data.get("units", {}).values() for f in fs]
    triggers = {
        "MONTH": re.compile(builtins["MONTH"], re.IGNORECASE),
        "WEEKDAY": re.compile(builtins["WD"], re.IGNORECASE),
        "DIGIT": re.compile(r"\d"),
        "SEASON": re.compile(builtins["SEASON"], re.IGNORECASE),
        "UNIT": re.compile(
            rf"(?<!\w)(?:{_alternation(unit_forms + list(data.get('unit_multipliers', {})))})",
            re.IGNORECASE,
        ),
    }
    classes = {  # placeholder -> class it requires ({WD} is only ever optional: no class)
        "MONTH": "MONTH",
        "MONTH_BARE": "MONTH",
        "WEEKDAY": "WEEKDAY",
        "DAY": "DIGIT",
        "YEAR": "DIGIT",
        "SEASON": "SEASON",
        "UNIT": "UNIT",
    }

    rules = []
    for n_rule, spec in enumerate(data["rules"]):
        spec = dict(spec)
        template = spec.pop("re")
        kind = spec.pop("kind")
        for _ in range(5):
            before = template
            for name, body in macros.items():
                template = template.replace("{" + name + "}", body)
            if template == before:
                break
        needs = {cls for name, cls in classes.items() if "{" + name + "}" in template}
        if "trigger" in spec:
            name = f"rule{n_rule}"
            triggers[name] = compile_fast(spec.pop("trigger"), re.IGNORECASE)
            needs.add(name)
        pattern = expand(template)
        try:
            regex = compile_fast(rf"(?<!\w)(?:{pattern})", re.IGNORECASE)
        except re.error as exc:  # a broken lexicon is a programming error: say where
            raise ValueError(f"bad date rule in {path}: {pattern!r}: {exc}") from exc
        # Python's re is several times slower with IGNORECASE: rules without a case-sensitive
        # part also run lower-cased on the lower-cased text (same offsets, same groups)
        # (escapes keep their case: "\\S" is not "\\s")
        low = lower_pattern(rf"(?<!\w)(?:{pattern})")
        exact = "(?-i:" not in pattern
        # a rule with case-sensitive parts ("May" the month, not "may"): its lower-cased form
        # matches a superset, so it serves as a fast filter before the exact rule runs
        lowered = compile_fast(low if exact else low.replace("(?-i:", "(?:"))
        rules.append(
            _Rule(
                kind,
                regex,
                spec,
                frozenset(needs),
                lowered,
                exact,
                literal_filter(lowered.pattern),
                ascii_twin(lowered.pattern),
                ascii_twin(regex.pattern, re.IGNORECASE),
            )
        )
    groups: dict[frozenset[str], list[tuple[int, _Rule]]] = {}
    for idx, rule in enumerate(rules):
        groups.setdefault(rule.needs, []).append((idx, rule))
    return _Grammar(
        tuple(rules),
        triggers,
        months,
        weekdays,
        seasons,
        numbers,
        units,
        _gates(triggers),
        tuple((needs, tuple(group)) for needs, group in groups.items()),
        re.compile("|".join(f"(?:{p})" for p in data["not_dates"]), re.IGNORECASE)
        if data.get("not_dates")
        else None,
        tuple((n, ascii_twin(rx.pattern) or rx, need) for n, rx, need in _gates(triggers)),
    )


def _gates(
    triggers: dict[str, re.Pattern[str]],
) -> tuple[tuple[str, re.Pattern[str], LiteralFilter | None], ...]:
    """The triggers as lower-case patterns for lower-cased text (see :class:`_Grammar`); a
    trigger's escapes keep their case (``\\S`` is not ``\\s``)."""
    out = []
    for name, rx in triggers.items():
        low = lower_pattern(rx.pattern)
        low = low.replace("(?-i:", "(?:")
        out.append((name, compile_fast(low), literal_filter(low)))
    return tuple(out)


_PUB_RE = re.compile(r"\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?!\d)")
_RANK = {"day": 0, "month": 1, "year": 2}


def month_number(word: str, lang: str) -> int | None:
    """The month a month name of the language stands for ("September", "сентября"), or None."""
    return _grammar(lang).months.get(_key(word.strip(". ")))


def season_name(word: str, lang: str) -> str | None:
    """The season a season word of the language names ("fall" -> "autumn", "осень"), or None."""
    return _grammar(lang).seasons.get(_key(word.strip(". ")))


def parse_published(published: str | None) -> date | None:
    """The publication date as a ``date`` (ISO dates and datetimes), else None.

    A month-only ("2024-09") or year-only ("2024") value gives the last day of that period; use
    :func:`parse_published_precision` to know how precise it is."""
    parsed = parse_published_precision(published)
    return parsed[0] if parsed else None


def parse_published_precision(published: str | None) -> tuple[date, str] | None:
    """``(date, precision)`` of a publication date "YYYY-MM-DD[...]" (day), "YYYY-MM" (month) or
    "YYYY" (year); a month or a year is represented by its last day, so "the most recent March
    not after publication" stays right.  None for anything else (never a guess)."""
    if not published:
        return None
    if published.__class__ is str:  # (read for each sentence's dates: kept per value)
        return _published_str(published)
    return _parse_published(published)


def _parse_published(published: Any) -> tuple[date, str] | None:
    m = _PUB_RE.match(str(published))
    if not m:
        return None
    try:
        year = int(m[1])
        if m[3]:
            return date(year, int(m[2]), int(m[3])), "day"
        if m[2]:
            month = int(m[2])
            return date(year, month, calendar.monthrange(year, month)[1]), "month"
        return date(year, 12, 31), "year"
    except ValueError:  # month 13, day 31 of April, year 0
        return None


_published_str = lru_cache(maxsize=256)(_parse_published)


def _add_months(d: date, n: int) -> date:
    idx = d.year * 12 + (d.month - 1) + n
    y, m = divmod(idx, 12)
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def _shift(d: date, unit: str, n: int) -> date:
    if unit == "day":
        return d + timedelta(days=n)
    if unit == "week":
        return d + timedelta(days=7 * n)
    if unit == "month":
        return _add_months(d, n)
    return _add_months(d, 12 * n)


def _fmt(d: date, precision: str) -> str:
    if precision == "day":
        return d.isoformat()
    if precision == "month":
        return f"{d.year:04d}-{d.month:02d}"
    return f"{d.year:04d}"


def _precision_of(value: str) -> str | None:
    return {10: "day", 7: "month", 4: "year"}.get(len(value))


def resolve_offset(anchor_value: str | None, offset: tuple[str, int] | None) -> str | None:
    """Apply an anchored ``offset`` to the date it modifies, keeping a sensible precision.

    A day offset keeps the anchor's precision (the next day after "2024-08" is still "2024-08");
    a week offset from a day gives a day; a month or year offset from a day gives a month
    ("a month later" after "2024-03-05" -> "2024-04"); nothing gets finer than its anchor.
    """
    if not anchor_value or not offset:
        return None
    precision = _precision_of(anchor_value)
    try:
        if precision == "day":
            d = date.fromisoformat(anchor_value)
        elif precision == "month":
            d = date(int(anchor_value[:4]), int(anchor_value[5:7]), 1)
        elif precision == "year":
            d = date(int(anchor_value), 1, 1)
        else:
            return None
    except ValueError:
        return None
    unit, n = offset
    try:
        if precision == "year":
            return _fmt(_shift(d, "year", n), "year") if unit == "year" else anchor_value
        if precision == "month":
            if unit in ("day", "week"):
                return anchor_value
            return _fmt(_shift(d, unit, n), "month")
        if unit in ("day", "week"):
            return _fmt(_shift(d, unit, n), "day")
        return _fmt(_shift(d, unit, n), "month")
    except (OverflowError, ValueError):  # shifted past year 1 or 9999
        return None


def _group(m: re.Match[str], name: str) -> str | None:
    try:
        return m.group(name)
    except IndexError:
        return None


def _number(g: _Grammar, text: str | None) -> int | None:
    if text is None:
        return 1
    if text.isdigit():
        return int(text)
    return g.numbers.get(_key(text))


def _coarsest(a: str, b: str) -> str:
    return a if _RANK[a] >= _RANK[b] else b


def _resolve(
    g: _Grammar, rule: _Rule, m: re.Match[str], pub: date | None, pub_prec: str = "day"
) -> tuple[str | None, str | None, str | None, tuple[str, int] | None] | None:
    """(value, precision, anchor, offset) for a match, or None to drop it.

    ``pub_prec`` is the precision of the publication date: relative expressions finer than it
    ("yesterday" in an article dated "2024-09") stay unresolved; coarser ones ("last month",
    "in March") resolve at their own precision."""
    a = rule.attrs
    kind = rule.kind
    unknown: tuple[None, None, None, None] = (None, None, None, None)
    if kind == "date":
        ys, ms, ds = _group(m, "year"), _group(m, "month"), _group(m, "day")
        year = int(ys) if ys else None
        month = (int(ms) if ms.isdigit() else g.months.get(_key(ms))) if ms else None
        day = int(ds) if ds else None
        if ms and not month or (month and not 1 <= month <= 12):
            return None
        if "rel_year" in a:
            if pub is None:
                return None, None, None, None
            year = pub.year + int(a["rel_year"])
        if year is None:
            if month is None:
                return None
            if pub is None or pub_prec == "year":
                return unknown
            strict = bool(a.get("strict"))
            if day is not None:
                later = (
                    (month, day) >= (pub.month, pub.day)
                    if strict
                    else (month, day) > (pub.month, pub.day)
                )
            else:
                later = month >= pub.month if strict else month > pub.month
            year = pub.year - 1 if later else pub.year
        try:
            d = date(year, month or 1, day or 1)
        except ValueError:
            return None
        precision = "day" if day else "month" if month else "year"
        if a.get("shift_days") and precision == "day":
            d += timedelta(days=int(a["shift_days"]))
        if a.get("precision"):  # a range ("July 26 and 27", "from March to August 2023")
            precision = _coarsest(a["precision"], precision)
        return _fmt(d, precision), precision, None, None
    if kind == "weekday":
        wd = a.get("weekday")
        if wd is None:
            wd = g.weekdays.get(_key(_group(m, "weekday") or ""))
        if wd is None:
            return None
        if pub is None or pub_prec != "day":
            return unknown
        delta = (pub.weekday() - int(wd)) % 7
        if a.get("strict") and delta == 0:
            delta = 7
        precision = a.get("precision", "day")
        return _fmt(pub - timedelta(days=delta), precision), precision, None, None
    if kind in ("relative", "anchored"):
        if "offset" in a:
            unit, n = a["offset"][0], int(a["offset"][1])
        else:
            found = g.units.get(_key(_group(m, "unit") or ""))
            count = _number(g, _group(m, "n"))
            if found is None or count is None:
                return None
            unit, n = found[0], count * found[1] * int(a.get("sign", 1))
        if "units" in a and unit not in a["units"]:
            return None
        if kind == "anchored":
            if a.get("pub_fallback") and pub is not None and pub_prec == "day":
                return _fmt(_shift(pub, unit, n), "day"), "day", "previous", (unit, n)
            return None, None, "previous", (unit, n)
        unit_rank = _RANK["day" if unit == "week" else unit]
        if pub is None or unit_rank < _RANK[pub_prec]:
            return unknown
        precision = _coarsest(a.get("precision", _DEFAULT_PRECISION[unit]), pub_prec)
        return _fmt(_shift(pub, unit, n), precision), precision, None, None
    if kind == "month_rel":
        if pub is None or pub_prec == "year":
            return unknown
        return _fmt(_add_months(pub, int(a.get("rel", 0))), "month"), "month", None, None
    if kind == "year_rel":
        if pub is None:
            return unknown
        return f"{pub.year + int(a.get('rel', 0)):04d}", "year", None, None
    if kind == "season":
        season = g.seasons.get(_key(_group(m, "season") or ""))
        if season is None:
            return None
        ys = _group(m, "year")
        if ys:
            return ys, "year", None, None
        if pub is None or pub_prec == "year":
            return unknown
        first, last = _SEASON_MONTHS[season]
        if "rel_year" in a:
            year = pub.year + int(a["rel_year"])
        elif a.get("rel") == -1:  # the most recent season that has ended
            if season == "winter":
                year = pub.year if pub.month > 2 else pub.year - 1
            else:
                year = pub.year if pub.month > last else pub.year - 1
        elif season == "winter":
            year = pub.year
        else:  # this / the most recent one that has started
            year = pub.year if pub.month >= first or a.get("rel") == 0 else pub.year - 1
        return f"{year:04d}", "year", None, None
    return None


def find_dates(text: str, lang: str, published: str | None) -> list[DateMention]:
    """All date mentions in ``text`` (non-overlapping, in order), resolved against ``published``.

    The stages that read a sentence share what was found in it (:mod:`awol.extract.recent`)."""
    if not text:
        return []
    key = (lang, published)
    found = _RECENT.get(text, key)
    if found is MISSING:
        found = preread(text, "dates", key)  # (a long text's, read by workers)
        if found is MISSING:
            found = tuple(_find_dates(text, lang, published))
        _RECENT.put(text, key, found)
    return list(found)


_RECENT = Recent()


def _find_dates(text: str, lang: str, published: str | None) -> list[DateMention]:
    g = _grammar(lang)
    parsed = parse_published_precision(published)
    pub, pub_prec = parsed if parsed else (None, "day")
    # (the rules' matches do not depend on the publication date: read once per sentence for
    # every date it is resolved against, as the counts read it without one)
    cands = _MATCHES.get(text, lang)
    if cands is MISSING:
        cands = _matches(text, g)
        _MATCHES.put(text, lang, cands)
    out: list[DateMention] = []
    last_end = -1
    # (a birth date is no date of a happening: "born in 1991", «1991 года рождения»; round 39,
    # prec39: a wanted notice's birth year was read as the date of the search)
    if cands and g.not_dates is not None:
        spans = [m.span() for m in g.not_dates.finditer(text)]
        if spans:
            cands = tuple(c for c in cands if not any(a <= c[0] < b for a, b in spans))
    for start, _neg, idx, m in cands:
        if start < last_end:
            continue
        try:
            resolved = _resolve(g, g.rules[idx], m, pub, pub_prec)
        except (OverflowError, ValueError):  # a shift past year 1 or 9999: not a date
            resolved = (None, None, None, None)
        if resolved is None:
            continue
        s, e = m.span()
        while e > s and text[e - 1].isspace():
            e -= 1
        out.append(DateMention(text[s:e], s, e, *resolved))
        last_end = e
    return out


_MATCHES = Recent()


def _matches(text: str, g: _Grammar) -> tuple[tuple[int, int, int, re.Match[str]], ...]:
    """The matches of the date rules in ``text`` as (start, -length, rule, match), in order."""
    cands: list[tuple[int, int, int, re.Match[str]]] = []
    low = lowered(text)
    same_length = len(low) == len(text)
    # (an ASCII text: each rule's twin compiled for one, the same matches)
    asc = same_length and low.isascii() and ascii_safe(low)
    if same_length and g.gates:
        present = {
            name
            for name, rx, need in (g.gates_ascii if asc else g.gates)
            if (need is None or need.may_match(low)) and rx.search(low)
        }
    else:
        present = {name for name, rx in g.triggers.items() if rx.search(text)}
    for needs, group in g.by_needs:
        if not needs <= present:
            continue
        for idx, rule in group:
            if rule.lowered is not None and same_length:
                if rule.need is not None and not rule.need.may_match(low):
                    continue
                lowered_rx = rule.lowered_ascii if asc and rule.lowered_ascii else rule.lowered
                if rule.exact:
                    found = lowered_rx.finditer(low)
                else:
                    # no match of the exact rule starts before the superset's first one
                    first = lowered_rx.search(low)
                    if first is None:
                        continue
                    # (``text`` is ASCII where its lower-cased form is and it is)
                    regex = (
                        rule.regex_ascii
                        if asc and rule.regex_ascii and text.isascii()
                        else rule.regex
                    )
                    found = regex.finditer(text, first.start())
            else:
                found = rule.regex.finditer(text)
            for m in found:
                if m.end() > m.start():
                    cands.append((m.start(), -(m.end() - m.start()), idx, m))
    cands.sort(key=lambda c: (c[0], c[1], c[2]))
    return tuple(cands)
