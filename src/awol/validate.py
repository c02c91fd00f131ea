"""One validation layer for every value a user gives AWOL: overrides, filters, URLs, paths, and
the documents readers hand to the pipeline.

Each ``check_*`` function returns the value normalised, or raises :class:`ValidationError`
naming the value and what is allowed -- before anything is stored or queried.

    check_date("2024-1")          # ValidationError: '2024-1' is not a date: use YYYY, YYYY-MM ...
    check_region("XX")            # ValidationError: 'XX' is not a region or country code AWOL knows
    check_override("count", "3")  # 3
"""

from __future__ import annotations

import datetime as _dt
import functools
import math
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from awol.errors import AwolError, InputError
from awol.model import EVENT_TYPES, QUALIFIERS, Document

__all__ = [
    "ValidationError",
    "check_bool",
    "check_count",
    "check_country",
    "check_date",
    "check_document",
    "check_event_type",
    "check_filters",
    "check_names",
    "check_override",
    "check_output",
    "check_path",
    "published_problem",
    "check_qualifier",
    "check_region",
    "check_text",
    "check_url",
    "known_codes",
]

_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_CODE_RE = re.compile(r"^[A-Z]{2}(?:-[A-Z0-9]{1,3})?$")
MAX_TEXT = 10_000
MAX_COUNT = 10_000_000


class ValidationError(AwolError):
    """A value given by a user is not allowed: the message names it and what is allowed."""

    def __init__(self, what: str, value: Any, allowed: str) -> None:
        shown = (
            repr(value)
            if not isinstance(value, str) or len(value) <= 80
            else repr(value[:80] + "...")
        )
        super().__init__(f"{what} {shown} is not allowed: {allowed}")
        self.what, self.value, self.allowed = what, value, allowed


def check_date(value: Any, what: str = "date") -> str:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` naming a real day/month, years 1000-2999."""
    allowed = "a date YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2024, 2024-10, 2024-10-05)"
    if not isinstance(value, str):
        raise ValidationError(what, value, allowed)
    v = value.strip()
    m = _DATE_RE.match(v)
    if not m:
        raise ValidationError(what, value, allowed)
    y, mo, d = int(m.group(1)), m.group(2), m.group(3)
    if not 1000 <= y <= 2999:
        raise ValidationError(what, value, allowed + ", with a year from 1000 to 2999")
    if mo is not None and not 1 <= int(mo) <= 12:
        raise ValidationError(what, value, allowed + ": the month must be 01-12")
    if d is not None:
        try:
            _dt.date(y, int(mo), int(d))
        except ValueError:
            raise ValidationError(what, value, allowed + ": that day does not exist") from None
    return v


_PUBLISHED_SHAPE = re.compile(r"\s*(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?!\d)")
KEPT_WITHOUT_DATE = "; the document is stored without a publication date"


def published_shape(value: str) -> bool:
    """Is ``value`` written as a publication date ("YYYY", "YYYY-MM", "YYYY-MM-DD", a time may
    follow), whether or not it names a day that can be kept?"""
    return isinstance(value, str) and _PUBLISHED_SHAPE.match(value) is not None


def published_problem(value: str | None, what: str = "published") -> str | None:
    """Why a publication date a source gives with a document cannot be kept (None: it can).

    The same rule as the filters and overrides (:func:`check_date`: a real day or month, a year
    from 1000 to 2999), so every date AWOL stores is one it can be asked for: "0001-01-01" (a
    CMS's empty date), "9999-12-31" or "2024-02-30" is a problem recorded for that document,
    which is still read with its date left empty.  A value not written as a date at all is
    also a problem."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    m = _PUBLISHED_SHAPE.match(value) if isinstance(value, str) else None
    if m is None:
        return f"{what} {str(value)[:60]!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)"
    try:
        check_date(m.group(1), what)
    except ValidationError as exc:
        return str(exc).replace(repr(m.group(1)), repr(value.strip()[:60]), 1)
    return None


def check_event_type(value: Any, what: str = "event type") -> str:
    allowed = "one of " + ", ".join(EVENT_TYPES)
    if not isinstance(value, str) or value.strip().lower() not in EVENT_TYPES:
        raise ValidationError(what, value, allowed)
    return value.strip().lower()


def check_qualifier(value: Any, what: str = "count qualifier") -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or value.strip() not in QUALIFIERS:
        raise ValidationError(what, value, "null or one of " + ", ".join(QUALIFIERS))
    return value.strip()


@functools.lru_cache(maxsize=1)
def known_codes() -> frozenset[str]:
    """ISO 3166-2 region codes and ISO 3166-1 country codes of the gazetteer (read-only)."""
    from awol.extract.places import get_gazetteer

    return frozenset(c for c in get_gazetteer().codes() if c)


def check_region(value: Any, what: str = "region", *, country: bool = True) -> str:
    """An ISO 3166-2 code (RU-ROS) the gazetteer knows, or (``country``) a country code (RU)."""
    allowed = "an ISO 3166-2 region code the gazetteer knows (e.g. RU-ROS, UA-23)" + (
        " or a country code (e.g. RU)" if country else ""
    )
    if not isinstance(value, str):
        raise ValidationError(what, value, allowed)
    v = value.strip().upper()
    if not _CODE_RE.match(v) or v not in known_codes() or (not country and "-" not in v):
        raise ValidationError(what, value, allowed)
    return v


def check_country(value: Any, what: str = "country") -> str:
    allowed = "an ISO 3166-1 alpha-2 country code the gazetteer knows (e.g. RU, UA, KZ)"
    if not isinstance(value, str):
        raise ValidationError(what, value, allowed)
    v = value.strip().upper()
    if not re.fullmatch(r"[A-Z]{2}", v) or v not in known_codes():
        raise ValidationError(what, value, allowed)
    return v


def check_count(value: Any, what: str = "count") -> int:
    """A non-negative whole number (``3``, ``"3"``; not ``3.5``, ``-1``, ``"many"``, ``true``)."""
    allowed = f"a whole number from 0 to {MAX_COUNT:,}"
    if isinstance(value, bool):
        raise ValidationError(what, value, allowed)
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        value = int(value)
    if isinstance(value, str) and re.fullmatch(r"[0-9]{1,9}", value.strip(" \t\r\n")):
        value = int(value.strip(" \t\r\n"))
    if not isinstance(value, int) or not 0 <= value <= MAX_COUNT:
        raise ValidationError(what, value, allowed)
    return value


def check_bool(value: Any, what: str = "value") -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "true"
    raise ValidationError(what, value, "true or false")


def check_text(value: Any, what: str = "text", *, max_len: int = MAX_TEXT) -> str:
    """A string without NUL or other control characters (tabs and newlines allowed)."""
    allowed = f"text of at most {max_len:,} characters, without control characters"
    if not isinstance(value, str) or len(value) > max_len:
        raise ValidationError(what, value, allowed)
    if re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", value):
        raise ValidationError(what, value, allowed)
    return value


def check_names(value: Any, what: str = "names") -> list[str]:
    allowed = 'a list of names as strings (e.g. ["Ivan Petrov"])'
    if not isinstance(value, list):
        raise ValidationError(what, value, allowed)
    out = []
    for v in value:
        if not isinstance(v, str) or not v.strip():
            raise ValidationError(what, value, allowed)
        out.append(check_text(v.strip(), what, max_len=300))
    return out


def check_url(value: Any, what: str = "URL") -> str:
    allowed = "an http:// or https:// URL with a host name"
    if not isinstance(value, str):
        raise ValidationError(what, value, allowed)
    v = value.strip()
    try:
        p = urlsplit(v)
    except ValueError:
        raise ValidationError(what, value, allowed) from None
    if p.scheme not in ("http", "https") or not p.hostname or re.search(r"[\s\x00-\x1f]", v):
        raise ValidationError(what, value, allowed)
    return v


def check_path(value: Any, what: str = "path", *, must_exist: bool = True) -> Path:
    allowed = "an existing file or folder" if must_exist else "a file path"
    if not isinstance(value, (str, Path)) or not str(value).strip() or "\x00" in str(value):
        raise ValidationError(what, value, allowed)
    p = Path(value).expanduser()
    if must_exist and not p.exists():
        raise ValidationError(what, str(value), allowed + " (no such file or directory)")
    return p


def check_output(value: Any, what: str = "output", *, folder: bool = False) -> Path:
    """A path AWOL will write (a file, or with ``folder`` a folder it creates): its parent
    folder must exist.  AWOL creates the file (or the one folder), never the folders above it,
    so that a mistyped path is an error naming the missing folder, not a new tree of folders;
    an existing file is replaced, an existing folder where a file should go is an error."""
    allowed = (
        "a folder to create in an existing folder" if folder else "a file in an existing folder"
    )
    if not isinstance(value, (str, Path)) or not str(value).strip() or "\x00" in str(value):
        raise ValidationError(what, value, allowed)
    p = Path(value).expanduser()
    parent = p.parent if str(p.parent) else Path(".")
    if not parent.is_dir():
        missing = parent
        while not missing.parent.is_dir() and missing.parent != missing:
            missing = missing.parent
        raise ValidationError(
            what, str(value), f"{allowed} (no folder {str(missing)!r}: create it first)"
        )
    if p.is_dir() and not folder:
        raise ValidationError(what, str(value), f"{allowed} (it is a folder)")
    if p.exists() and folder and not p.is_dir():
        raise ValidationError(what, str(value), f"{allowed} (a file of that name exists)")
    return p


def _nullable(check: Any) -> Any:
    def run(value: Any, what: str) -> Any:
        return None if value is None else check(value, what)

    return run


#: what each overridable event field accepts
OVERRIDE_CHECKS = {
    "type": check_event_type,
    "date": _nullable(check_date),
    "date_text": _nullable(lambda v, w: check_text(v, w, max_len=500)),
    "place_text": _nullable(lambda v, w: check_text(v, w, max_len=500)),
    "country": _nullable(check_country),
    "region": _nullable(lambda v, w: check_region(v, w, country=False)),
    "count": _nullable(check_count),
    "count_qualifier": check_qualifier,
    "who": _nullable(lambda v, w: check_text(v, w, max_len=500)),
    "names": lambda v, w: [] if v is None else check_names(v, w),
    "armed": _nullable(check_bool),
    "source": _nullable(lambda v, w: check_text(v, w, max_len=500)),
    "rejected": check_bool,
}


def check_override(field: str, value: Any) -> Any:
    """The value of an override of ``field`` (an event field), validated and normalised."""
    check = OVERRIDE_CHECKS.get(field)
    if check is None:
        raise ValidationError("field", field, "one of " + ", ".join(OVERRIDE_CHECKS))
    return check(value, f"{field} value")


def dates_in_order(since: str | None, until: str | None) -> bool:
    """Can a date fall between ``since`` and ``until`` (checked dates, of any precision: "2024",
    "2024-05", "2024-05-10"; either may be None)?  ``since`` is read as its first day, ``until``
    as its last."""
    if not since or not until:
        return True
    return (since + "-00-00"[len(since) - 4 :])[:10] <= (until + "-99-99"[len(until) - 4 :])[:10]


def check_filters(
    since: str | None = None,
    until: str | None = None,
    types: Iterable[str] | None = None,
    regions: Iterable[str] | None = None,
) -> dict[str, Any]:
    """Normalised export/stats filters; raises ValidationError on the first bad one."""
    s = check_date(since, "--since date") if since is not None else None
    u = check_date(until, "--until date") if until is not None else None
    if not dates_in_order(s, u):
        raise ValidationError("--since date", since, f"a date not after --until {until}")
    return {
        "since": s,
        "until": u,
        "types": [check_event_type(t, "--type") for t in types or []],
        "regions": [check_region(r, "--region") for r in regions or []],
    }


def _opt_str(doc: Document, name: str, problems: list[str]) -> None:
    v = getattr(doc, name)
    if v is None:
        return
    if isinstance(v, (int, float)) and not isinstance(v, bool) and name in ("id", "published"):
        setattr(doc, name, str(v))
        return
    if not isinstance(v, str):
        problems.append(f"{name} is {type(v).__name__}, not text")
        setattr(doc, name, None)
    elif "\x00" in v:
        setattr(doc, name, v.replace("\x00", ""))


def check_document(doc: Any) -> Document | InputError:
    """A reader's Document with well-typed metadata, or an InputError naming what is wrong.

    Content must be bytes; metadata that is not text (a Telegram ``name`` that is a list) is an
    error of that document only."""
    origin = getattr(doc, "origin", None)
    origin = origin if isinstance(origin, str) and origin else repr(origin)
    if not isinstance(doc, Document):
        return InputError(origin, f"reader produced {type(doc).__name__}, not a document")
    if not isinstance(doc.content, (bytes, bytearray)):
        return InputError(origin, f"content is {type(doc.content).__name__}, not bytes")
    problems: list[str] = []
    for name in ("id", "url", "outlet", "published", "language", "fetched_at", "media_type", "encoding"):  # fmt: skip
        _opt_str(doc, name, problems)
    if problems:
        return InputError(origin, "malformed record: " + "; ".join(problems))
    return doc
