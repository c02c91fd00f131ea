"""Publication dates from URLs and dateline lines (fast regexes, no dateparser)."""

from __future__ import annotations

import datetime as dt
import re

_EN_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_RU_MONTHS = {
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6,
    "июл": 7, "август": 8, "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
    # Ukrainian genitive forms
    "січн": 1, "лют": 2, "березн": 3, "квітн": 4, "травн": 5, "червн": 6,
    "липн": 7, "серпн": 8, "вересн": 9, "жовтн": 10, "листопад": 11, "грудн": 12,
}  # fmt: skip

_EN_MONTH_RE = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_RU_MONTH_RE = (
    r"(?P<rmon>январ[ья]|феврал[ья]|марта?|апрел[ья]|ма[йя]|июн[ья]|июл[ья]|августа?"
    r"|сентябр[ья]|октябр[ья]|ноябр[ья]|декабр[ья]"
    r"|січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня)"
)
_WEEKDAY = (
    r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
    r"|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье)"
)
_PREFIX = (
    r"(?:(?:published|posted|updated|last updated|date|опубликовано|обновлено|дата публикации"
    r"|дата)\s*:?\s*(?:on\s+)?)"
)
_TIME = (
    r"(?:[,\s|•·–—-]*(?:в\s+|at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*\(?[a-zа-я]{2,5}\)?)?"
    # an ISO timestamp's time: "2024-09-12T10:31:00+03:00"
    r"|T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)"
)
_DATE_FORMS = (
    rf"{_EN_MONTH_RE}\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{{4}})",
    rf"(?P<d2>\d{{1,2}})\s+{_EN_MONTH_RE.replace('mon>', 'mon2>')},?\s+(?P<y2>\d{{4}})",
    rf"(?P<d3>\d{{1,2}})\s+{_RU_MONTH_RE},?\s+(?P<y3>\d{{4}})(?:\s*(?:г\.|года|р\.))?",
    r"(?P<d4>\d{1,2})\.(?P<m4>\d{1,2})\.(?P<y4>\d{4})(?:\s*г\.)?",
    r"(?P<y5>\d{4})-(?P<m5>\d{2})-(?P<d5>\d{2})",
)
DATELINE_RE = re.compile(
    rf"^\s*{_PREFIX}?(?:{_WEEKDAY},?\s+)?(?:{'|'.join(_DATE_FORMS)}){_TIME}?\s*$", re.I
)
# a date line without a year ("18 февраля, 12:30", "Oct 3") is still a dateline, just not datable
PARTIAL_DATELINE_RE = re.compile(
    rf"^\s*{_PREFIX}?(?:{_WEEKDAY},?\s+)?(?:{_EN_MONTH_RE}\s+\d{{1,2}}|\d{{1,2}}\s+"
    rf"{_EN_MONTH_RE.replace('mon>', 'mon2>')}|\d{{1,2}}\s+{_RU_MONTH_RE}|\d{{1,2}}:\d{{2}})"
    rf"{_TIME}?\s*$",
    re.I,
)
# a "published/updated" line may carry more than the date ("Published 12 Sept 2024 by ...");
# a bare ISO timestamp ("2024-09-12T10:31:00+03:00") is a machine date wherever it stands alone
PREFIXED_RE = re.compile(
    rf"^\s*(?:published|posted|updated|last updated|опубликовано|обновлено|дата публикации)"
    rf"\s*:?\s*(?:on\s+)?(?:{_WEEKDAY},?\s+)?(?:{'|'.join(_DATE_FORMS)})",
    re.I,
)
_URL_MONTH = re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>0[1-9]|1[0-2])/(?!\d)")
_URL_DATES = (
    re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)(?=/|$|[^\d])"),
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)"),
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?!\d)"),
)


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def _month(name: str, table: dict[str, int]) -> int | None:
    name = name.lower().rstrip(".")
    for stem in sorted(table, key=len, reverse=True):
        if name.startswith(stem):
            return table[stem]
    return None


def date_from_url(url: str | None) -> str | None:
    """``.../2025/05/21/...`` or ``...-2024-10-04-...`` -> ISO date."""
    if not url:
        return None
    for rx in _URL_DATES:
        for m in rx.finditer(url):
            iso = _iso(int(m["y"]), int(m["m"]), int(m["d"]))
            if iso:
                return iso
    return None


def month_from_url(url: str | None) -> str | None:
    """``.../2025/07/slug`` -> "2025-07" (a month-only archive path), else None."""
    if not url:
        return None
    m = _URL_MONTH.search(url)
    return f"{m['y']}-{m['m']}" if m else None


def is_dateline(line: str) -> bool:
    if len(line) > 80:
        return False
    return bool(DATELINE_RE.match(line) or PARTIAL_DATELINE_RE.match(line))


def parse_dateline(line: str) -> str | None:
    """ISO date of a line that is only a date (plus time / "Published" prefix), else None."""
    if len(line) > 80:
        return None
    m = DATELINE_RE.match(line) or PREFIXED_RE.match(line)
    if not m:
        return None
    return _date_of(m)


def parse_prefixed(line: str) -> str | None:
    """ISO date of a "Published / Updated / Опубликовано <date> ..." line, else None."""
    if len(line) > 200:
        return None
    m = PREFIXED_RE.match(line)
    return _date_of(m) if m else None


def _date_of(m: re.Match[str]) -> str | None:
    g = m.groupdict()
    if g.get("y1"):
        return _iso(int(g["y1"]), _month(g["mon"], _EN_MONTHS) or 0, int(g["d1"]))
    if g.get("y2"):
        return _iso(int(g["y2"]), _month(g["mon2"], _EN_MONTHS) or 0, int(g["d2"]))
    if g.get("y3"):
        return _iso(int(g["y3"]), _month(g["rmon"], _RU_MONTHS) or 0, int(g["d3"]))
    if g.get("y4"):
        return _iso(int(g["y4"]), int(g["m4"]), int(g["d4"]))
    if g.get("y5"):
        return _iso(int(g["y5"]), int(g["m5"]), int(g["d5"]))
    return None


def normalise_iso(value: str | None, partial: bool = False) -> str | None:
    """Keep the YYYY-MM-DD part of an ISO date / timestamp; None if it is not one.

    With ``partial``, a month ("2024-09") or a year ("2024") is kept as such (a manifest may know
    no more than that).  Years outside 1-9999 or impossible days are not dates."""
    if not value or not isinstance(value, str):
        return None
    m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})(?!\d)", value)
    if m:
        return _iso(int(m[1]), int(m[2]), int(m[3]))
    if not partial:
        return None
    m = re.match(r"\s*(\d{4})(?:-(\d{2}))?\s*$", value)
    if not m or int(m[1]) < 1:
        return None
    if m[2]:
        return f"{m[1]}-{m[2]}" if 1 <= int(m[2]) <= 12 else None
    return m[1]


def combine_published(manifest: str | None, *found: str | None) -> str | None:
    """The publication date: a full manifest date; else the first full date found on the page
    (metadata, URL, dateline) that agrees with a month-/year-only manifest date; else the
    manifest's month or year; else a month from the URL; else None (never a guess).  A date
    no filter could ask for (a year outside 1000-2999: a page's "0001-01-01") is no date."""
    from awol.validate import published_problem

    given = normalise_iso(manifest, partial=True)
    if given and published_problem(given):  # the filters' rule: no year 1 or 9999 is kept
        given = None
    if given and len(given) == 10:
        return given
    for f in found:
        if f and (given is None or f.startswith(given)) and not published_problem(f):
            return f
    return given
