"""Masking of person names in public output: the one place every export and view goes through.

``redact_text(text, names)`` replaces every person mention with ``[name]``: the spans found by
the recogniser (:mod:`awol.privacy.recognise`) and every form of the given stored ``names``
(:mod:`awol.privacy.forms`).  ``public_event`` / ``public_incident`` / ``public_case`` /
``public_figure`` / ``public_document`` return a copy of a record with its name fields emptied
and every free-text string masked, using all the names stored in the record itself (plus any
``names`` passed, e.g. all names of the same document).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Any

from awol.privacy.forms import name_forms
from awol.privacy.ids import public_id
from awol.privacy.recognise import merge_spans, person_spans, slug_spans

__all__ = [
    "NAME_MASK",
    "NAME_FIELDS",
    "collect_names",
    "mask_spans",
    "public_case",
    "public_document",
    "public_event",
    "public_figure",
    "public_incident",
    "public_id",
    "public_record",
    "redact_text",
]

NAME_MASK = "[name]"
#: Fields that hold person names (at any depth of a record): emptied in public output.
NAME_FIELDS = frozenset({"names", "story_people", "name_variants", "people", "persons"})
#: Fields whose string values are identifiers, codes or dates, never free text.
_SAFE = frozenset(
    {
        "event_id", "document_id", "incident_id", "case_id", "id", "type", "types", "date",
        "published", "language", "region", "country", "count_qualifier", "qualifier",
        "extractor_version", "as_of", "first_reported", "document", "documents", "incidents",
        "events", "overridden", "copies", "duplicate_of", "kind", "precision", "value_type",
        "fetched_at", "last_seen", "first_seen", "sha256", "content_hash", "status_code",
    }
)  # fmt: skip
#: Fields that are URLs: slugs can carry names in lower case ("/gurov-detained").
_URL_FIELDS = frozenset({"url", "canonical_url", "source_url"})
#: Fields whose strings are ids of documents, incidents and cases.  A document's id is the name
#: of its file or its feed entry ("ivan-petrov-deserter", "https://.../gurov-zaderzhan"), and
#: incident and case ids carry it ("inc-ivan-petrov-deserter#0"): see :func:`public_id`.
_ID_FIELDS = frozenset(
    {
        "document_id", "incident_id", "case_id", "id", "document", "documents", "incidents",
        "events", "copies", "duplicate_of", "merged_from", "incident", "case", "ext_id",
        "origin",
    }
)  # fmt: skip
_CAP = re.compile(r"[A-ZА-ЯЁ]")
_INITIAL_BEFORE = re.compile(r"(?:\b[A-ZА-ЯЁ]\.\s?){1,2}$")
_INITIALS_AFTER = re.compile(r" [A-ZА-ЯЁ]\.(?:\s?[A-ZА-ЯЁ]\.)?(?![^\W\d_])")
_WORD = re.compile(r"[^\W\d_]+")


def text_places(text: str) -> list[tuple[int, int]]:
    """The spans of the places the gazetteer knows in ``text`` (a stored name's form inside a
    place stays readable unless it is a surname)."""
    from awol.privacy.recognise import _place_spans, seeded_places

    hit = seeded_places(text)
    if hit is not None:
        return hit
    lang = "ru" if re.search(r"[А-Яа-яЁё]", text) else "en"
    return _place_spans(text, lang)


def mask_spans(text: str, names: Iterable[str] = (), url: bool = False) -> list[tuple[int, int]]:
    """The ``(start, end)`` spans of ``text`` that :func:`redact_text` replaces."""
    if not isinstance(text, str) or not text:
        return []
    return list(_mask_spans(text, _names_key(names), url))


@functools.lru_cache(maxsize=200_000)
def _mask_spans(text: str, names: tuple[str, ...], url: bool) -> tuple[tuple[int, int], ...]:
    forms = name_forms(names)
    if url:
        spans = _url_spans(text, forms)
    else:
        spans = _token_spans(text, forms) if _TOKEN_HINT.search(text) else []
        if not _CAP.search(text) and not spans:
            return ()
        spans += person_spans(text)
        if forms:
            # every form of a name the record's document stores or recognises as a person is
            # masked wherever it stands in its outputs, a place of the same spelling too ("the
            # town of Artyom" in the article about Artyom Kulagin): one reading per document,
            # never a person masked in one sentence and readable in the next
            spans += forms.spans(text)
    if not spans:
        return ()
    merged: list[tuple[int, int]] = []
    for s, e in merge_spans(spans):
        ini = _INITIAL_BEFORE.search(text, 0, s) if not url else None
        if ini and ini.end() == s:
            s = ini.start()
        after = _INITIALS_AFTER.match(text, e) if not url else None
        if after:  # "Zayats I.V.", "Волка П.В.": the initials after a surname go with it
            e = after.end()
        # "Stanislav [name]" -> one mask: join spans separated only by spaces
        if merged and not url and text[merged[-1][1] : s].strip() == "":
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return tuple(merged)


_TOKEN_HINT = re.compile(r"[@#]\w|://")
_TOKEN = re.compile(
    r"https?://[^\s\"'<>«»()\[\]]+|(?<![\w@#.+-])[@#][\w.]*\w|[\w.+-]*\w(?=@[\w-]+\.\w)"
)
# the words of a handle or a hashtag: "FreeIvanZayats", "ivan_petrov_1990", "yelena.zayats"
_SUBWORD = re.compile(r"[A-ZА-ЯЁ]?[a-zа-яё]+|[A-ZА-ЯЁ]+(?![a-zа-яё])|[^\W\d_]+")


def _token_spans(text: str, forms: Any) -> list[tuple[int, int]]:
    """Names inside the tokens of free text that have no case or spaces to go by: a URL quoted in
    a post (masked as a URL field is), a handle or a hashtag ("@ivan_petrov_1990",
    "#FreeIvanZayats", "#СвободуИвануПетрову") and an e-mail address's name part
    ("ivan.petrov@..."), whole (after its ``@``/``#``) when any of its words is a form of a known
    name or a known given name (:func:`~awol.privacy.recognise.slug_spans`)."""
    out: list[tuple[int, int]] = []
    for m in _TOKEN.finditer(text):
        tok, base = m.group(), m.start()
        if text.startswith("@", m.end()):  # an e-mail's name part: "ivan.petrov@example.org"
            words = [w.group() for w in _SUBWORD.finditer(tok)]
            if any(forms.matches(w)[0] for w in words) or slug_spans("-".join(words)):
                out.append((base, m.end()))
            continue
        if tok[0] not in "@#":
            out.extend((base + s, base + e) for s, e in _url_spans(tok, forms))
            continue
        words = [w.group() for w in _SUBWORD.finditer(tok[1:])]
        if any(forms.matches(w)[0] for w in words) or slug_spans("-".join(words)):
            out.append((base + 1, m.end()))
    return out


_ESCAPES = re.compile(r"(?:%[0-9A-Fa-f]{2})+")


_HOST = re.compile(r"[a-z][a-z0-9+.-]*://[^/?#\s]*", re.IGNORECASE)


def _url_spans(url: str, forms: Any) -> list[tuple[int, int]]:
    """The words of a URL's path, query and fragment that name someone: forms of the known
    names in any case and any transliteration, and a known given name with the word after it
    (:func:`~awol.privacy.recognise.slug_spans`).  The scheme and the host are the outlet's and
    stay as they are: the domain tells which outlet published the article.  A percent-encoded
    word ("/%D0%B8%D0%B2..." for "/иван-петров") is read decoded and masked whole: its encoded
    run is the span."""
    host = _HOST.match(url)
    if host and host.end() < len(url):
        cut = host.end()
        return [(cut + s, cut + e) for s, e in _url_spans(url[cut:], forms)]
    if host:
        return []
    if "%" not in url:
        return forms.spans(url, any_case=True) + list(slug_spans(url))
    pieces: list[str] = []
    where: list[tuple[int, int]] = []  # decoded char -> encoded (start, end)
    pos = 0
    for m in _ESCAPES.finditer(url):
        for i in range(pos, m.start()):
            pieces.append(url[i])
            where.append((i, i + 1))
        try:
            dec = bytes.fromhex(m.group().replace("%", "")).decode("utf-8")
        except UnicodeDecodeError:
            dec = m.group()
        pieces.extend(dec)
        where.extend([m.span()] * len(dec))
        pos = m.end()
    for i in range(pos, len(url)):
        pieces.append(url[i])
        where.append((i, i + 1))
    dec_url = "".join(pieces)
    spans = forms.spans(dec_url, any_case=True) + list(slug_spans(dec_url))
    return [(where[s][0], where[e - 1][1]) for s, e in spans if e > s]


@functools.lru_cache(maxsize=200_000)
def _redact(text: str, names: tuple[str, ...], url: bool) -> str:
    merged = _mask_spans(text, names, url)
    if not merged:
        return text
    out, pos = [], 0
    for s, e in merged:
        out.append(text[pos:s])
        out.append("name" if url else NAME_MASK)
        pos = e
    out.append(text[pos:])
    return "".join(out)


def redact_text(text: str, names: Iterable[str] = ()) -> str:
    """``text`` with every person mention replaced by ``[name]``."""
    if not isinstance(text, str) or not text:
        return text
    return _redact(text, _names_key(names), False)


def _names_key(names: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted({n for n in names if isinstance(n, str) and n.strip()}))


def collect_names(record: Any, recognised: bool = True) -> list[str]:
    """Every string held in a name field anywhere in ``record`` and, with ``recognised``, every
    person name the recogniser finds in its free text (so that a surname found in one sentence
    is also masked where no cue marks it, and in URL slugs)."""
    out: list[str] = []

    def strings(v: Any) -> None:
        if isinstance(v, str):
            out.append(v)
        elif isinstance(v, dict):
            for x in v.values():
                strings(x)
        elif isinstance(v, (list, tuple)):
            for x in v:
                strings(x)

    def walk(v: Any, key: str | None) -> None:
        if isinstance(v, dict):
            for k, x in v.items():
                if k in NAME_FIELDS:
                    strings(x)
                else:
                    walk(x, k)
        elif isinstance(v, (list, tuple)):
            for x in v:
                walk(x, key)
        elif (
            recognised
            and isinstance(v, str)
            and key not in _SAFE
            and key not in _URL_FIELDS
            and _CAP.search(v)
        ):
            out.extend(v[s:e] for s, e in person_spans(v))

    walk(record, None)
    return out


def _ids_of(record: Any) -> tuple[str, ...]:
    """The ids held in ``record``'s id fields that are not published as they are (longest
    first): a free text that quotes one ("as of 2024-07-10, ivan-petrov-deserter") shows its
    public form instead."""
    out: set[str] = set()

    def walk(v: Any, key: str | None) -> None:
        if isinstance(v, dict):
            for k, x in v.items():
                walk(x, k)
        elif isinstance(v, (list, tuple)):
            for x in v:
                walk(x, key)
        elif isinstance(v, str) and key in _ID_FIELDS and public_id(v) != v:
            out.add(v)

    walk(record, None)
    return tuple(sorted(out, key=lambda x: (-len(x), x)))


def _mask(v: Any, key: str | None, names: tuple[str, ...], ids: tuple[str, ...] = ()) -> Any:
    if isinstance(v, dict):
        out = {}
        for k, x in v.items():
            if k in NAME_FIELDS:
                out[k] = [] if isinstance(x, (list, tuple)) or x is None else None
            else:
                out[k] = _mask(x, k, names, ids)
        return out
    if isinstance(v, (list, tuple)):
        return [_mask(x, key, names, ids) for x in v]
    if isinstance(v, str) and key in _ID_FIELDS:
        return public_id(v)
    if isinstance(v, str) and key not in _SAFE:
        for raw in ids:
            if raw in v:
                v = v.replace(raw, public_id(raw))
        return _redact(v, names, key in _URL_FIELDS) if v else v
    return v


def public_record(record: dict, names: Iterable[str] = ()) -> dict:
    """A copy of any record with name fields emptied, ids that may name someone replaced
    (:func:`public_id`) and free text masked."""
    allnames = _names_key([*collect_names(record), *names])
    return _mask(record, None, allnames, _ids_of(record))


def public_event(ev: dict, names: Iterable[str] = ()) -> dict:
    """An event (as from :meth:`Store.events`) fit for publication."""
    return public_record(ev, names)


def public_incident(inc: dict, names: Iterable[str] = ()) -> dict:
    """An incident (fields, disagreements, story people) fit for publication."""
    return public_record(inc, names)


def public_case(case: dict, names: Iterable[str] = ()) -> dict:
    """A case (names, summary, timeline) fit for publication."""
    return public_record(case, names)


def public_figure(fig: dict, names: Iterable[str] = ()) -> dict:
    """A figure (metric, source, evidence) fit for publication."""
    return public_record(fig, names)


def public_document(doc: dict, names: Iterable[str] = ()) -> dict:
    """A document (title, text, evidence...) fit for publication."""
    return public_record(doc, names)
