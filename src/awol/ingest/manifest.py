"""Manifest files: JSON Lines with per-document metadata (id, url, outlet, published, language)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from awol.errors import InputError

MANIFEST_FIELDS = ("id", "url", "outlet", "published", "language")
NOTE_PREFIX = "_"  # a field of the user's own ("_note", "_batch"): kept out of AWOL, not an error
# set by load_manifest on an entry whose ``published`` is written as a date but cannot be kept
# (0001-01-01, 9999-12-31, 2024-02-30): the reason, recorded as a failure of the document it
# describes (read with its date left empty); no line may hold it (an unknown field)
PUBLISHED_PROBLEM = "published problem"


def load_manifest(path: str | Path) -> dict[str, dict]:
    """Read a JSON Lines manifest and return its entries keyed by ``id``.

    Every field is optional; an entry without ``id`` is keyed by its ``url``.  Blank lines and
    lines starting with ``#`` are ignored.  Unreadable files, bad JSON, non-object lines and
    entries with neither id nor url raise ``InputError(path, "line N: ...")``, and so does a
    ``published`` that is not written as a date ("YYYY-MM-DD", optionally with a time, "YYYY-MM"
    or "YYYY"),
    a ``language`` that is not an ISO 639-1 code ("xx", "english"; a region may follow: "en-GB"),
    an id (or url) given on two lines and a field AWOL does not know ("publshed", "date": a typo
    would otherwise drop the value silently; a field of the user's own starts with ``_``): a value
    that cannot be read is an error, not a silent null, a silently detected language or a
    silently dropped line.  A ``published`` written as a date that names no day AWOL can keep
    (the filters' rule: a real day, a year from 1000 to 2999) is that document's problem: the
    entry's ``published`` is None and its reason is under ``PUBLISHED_PROBLEM``.
    """
    from awol.validate import KEPT_WITHOUT_DATE, published_problem, published_shape

    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"cannot read manifest: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(str(path), f"manifest is not UTF-8 ({exc.reason})") from None
    entries: dict[str, dict] = {}
    lines: dict[str, int] = {}
    for n, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(str(path), f"line {n}: invalid JSON ({exc.msg})") from None
        if not isinstance(obj, dict):
            raise InputError(str(path), f"line {n}: expected a JSON object")
        key = obj.get("id") or obj.get("url")
        if not key:
            raise InputError(str(path), f"line {n}: entry has neither id nor url")
        unknown = [
            k for k in obj if k not in MANIFEST_FIELDS and not str(k).startswith(NOTE_PREFIX)
        ]
        if unknown:
            raise InputError(str(path), f"line {n}: {_unknown_field(unknown[0])}")
        for field in MANIFEST_FIELDS:
            value = obj.get(field)
            if value is not None and not isinstance(value, str):
                raise InputError(str(path), f"line {n}: {field} must be a string")
        published = obj.get("published")
        if published and not published_shape(published):
            raise InputError(
                str(path),
                f"line {n}: published {published!r} is not a date "
                "(YYYY-MM-DD, optionally with a time, YYYY-MM or YYYY)",
            )
        problem = published_problem(published)
        if problem:  # a date no filter could ask for: that document's problem, not the manifest's
            obj = {**obj, "published": None}
            obj[PUBLISHED_PROBLEM] = f"{problem}{KEPT_WITHOUT_DATE} ({p.name} line {n})"
        language = obj.get("language")
        if language and not is_language_tag(language):
            raise InputError(
                str(path),
                f"line {n}: language {language!r} is not a language code (ISO 639-1, such as "
                "'en', 'ru' or 'uk', optionally with a region: 'en-GB'; leave it out to have "
                "the language detected)",
            )
        if str(key) in entries:
            raise InputError(
                str(path), f"line {n}: {'id' if obj.get('id') else 'url'} {key!r} is repeated "
                f"(first on line {lines[str(key)]})",
            )  # fmt: skip
        entries[str(key)] = obj
        lines[str(key)] = n
    return entries


def _unknown_field(name: str) -> str:
    """The reason for a field AWOL does not read, with the field it most likely meant."""
    from difflib import get_close_matches

    close = get_close_matches(str(name).lower(), MANIFEST_FIELDS, n=1, cutoff=0.6)
    alias = {"date": "published", "lang": "language", "source": "outlet", "link": "url"}
    hint = close[0] if close else alias.get(str(name).lower())
    meant = f" (did you mean {hint!r}?)" if hint and hint != name else ""
    return (
        f"unknown field {name!r}{meant}; a manifest line holds {', '.join(MANIFEST_FIELDS)}, "
        f"and fields of your own start with {NOTE_PREFIX!r}"
    )


# ISO 639-1: the two-letter codes of languages
ISO_639_1 = frozenset(
    """aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy
    da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu
    hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb
    lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om
    or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw
    ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu""".split()
)
_TAG = re.compile(r"([A-Za-z]{2})(?:[-_][A-Za-z0-9]{1,8})*")


def is_language_tag(value: str) -> bool:
    """Is ``value`` a language code AWOL can take as declared: an ISO 639-1 code, optionally
    followed by a region or script ("en", "RU", "en-GB", "sr_Latn")?"""
    m = _TAG.fullmatch(value.strip())
    return bool(m) and m.group(1).lower() in ISO_639_1
