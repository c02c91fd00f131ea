"""Clean stage: Document (bytes) -> Article (main text, title, date, language, hash).

    from awol.clean import clean_document, clean_documents, BoilerplateIndex

``clean_document`` cleans one document; ``clean_documents`` cleans a stream, each document
on its own (deterministic per document); blocks repeated across an outlet's documents are dropped
when a ``BoilerplateIndex`` of stored knowledge about the outlet is given.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Iterable, Iterator

from awol.clean.boilerplate import BoilerplateIndex, outlet_key
from awol.clean.dates import combine_published, date_from_url, month_from_url
from awol.clean.decoding import decode_document
from awol.clean.html import extract_html
from awol.clean.language import choose_language, detect_language
from awol.clean.text import clean_text, normalize_text
from awol.clean.units import EventCue, Unit, is_text_unit, reads_as_headline
from awol.errors import InputError, NoProse
from awol.model import Article, Document

__all__ = [
    "BoilerplateIndex",
    "clean_document",
    "clean_documents",
    "content_hash",
    "decode_document",
    "detect_language",
    "normalize_text",
    "outlet_key",
]

_HASH_MAP = str.maketrans(
    {
        "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'",
        "–": "-", "—": "-", "−": "-", "…": "...",
    }
)  # fmt: skip
_HASH_PAIRS = tuple((chr(k), v) for k, v in _HASH_MAP.items())  # no output is another's input


def content_hash(text: str) -> str:
    """sha1 of the text with case, quotes, dashes and whitespace normalised."""
    norm = unicodedata.normalize("NFKC", text).casefold()
    if not norm.isascii():  # (one C scan per mapped character: translate is slow on long text)
        for a, b in _HASH_PAIRS:
            if a in norm:
                norm = norm.replace(a, b)
    norm = " ".join(norm.split())  # the same whitespace as \s, collapsed and stripped
    return hashlib.sha1(norm.encode("utf-8")).hexdigest()


def clean_document(
    doc: Document,
    boilerplate: BoilerplateIndex | None = None,
    states_event: EventCue | None = None,
) -> Article:
    """Clean one Document into an Article; raises ``InputError(doc.origin, reason)``.

    A text needs a paragraph of a few words, or (with ``states_event``, the extractor's event
    triggers) a short sentence or headline that states an event: a one-line post is an article,
    a line of channel furniture is not."""
    text, enc, html = decode_document(doc)
    return _clean_decoded(doc, text, enc, html, boilerplate, states_event)


def _clean_decoded(
    doc: Document,
    text: str,
    enc: str,
    html: bool,
    boilerplate: BoilerplateIndex | None,
    states_event: EventCue | None = None,
) -> Article:
    origin = doc.origin or doc.id or "<document>"
    key = outlet_key(doc.outlet, doc.url)
    names = tuple(n for n in (doc.outlet,) if n)
    meta_date = None
    url = doc.url
    if html:
        ex = extract_html(text, url=doc.url)
        if not ex.text.strip():
            raise InputError(origin, "no article text found in the HTML page")
        url = url or ex.url
        meta_date = ex.date
        names = names + tuple(n for n in (ex.sitename,) if n and n != doc.outlet)
        cleaned = clean_text(
            ex.text,
            outlet_key=key,
            outlet_names=names,
            boilerplate=boilerplate,
            known_title=ex.title,
            states_event=states_event,
        )
        title = ex.title or cleaned.title
    else:
        cleaned = clean_text(
            text,
            outlet_key=key,
            outlet_names=names,
            boilerplate=boilerplate,
            states_event=states_event,
            bare_headline=doc.container is None,
        )
        title = cleaned.title
        if title is None and doc.container is None:
            title = _headline_line(cleaned.units, states_event)
    body = cleaned.text
    if not any(is_text_unit(u.text, states_event) for u in cleaned.units if not u.drop):
        what = "HTML page" if html else "text"
        error = NoProse if doc.container else InputError  # a post of an export: skipped
        raise error(origin, f"no prose left in the {what} after removing boilerplate")
    published = combine_published(
        doc.published, meta_date, date_from_url(url), cleaned.dateline, month_from_url(url)
    )
    language = choose_language(doc.language, f"{title or ''}\n{body}")
    return Article(
        id=doc.id or _stem(origin),
        text=body,
        title=title,
        url=url,
        outlet=doc.outlet,
        published=published,
        language=language,
        origin=doc.origin,
        encoding=enc,
        content_hash=content_hash(body),
    )


def _headline_line(units: list[Unit], states_event: EventCue | None) -> str | None:
    """A text file's first line that reads as a headline (a bare headline file, "Deserter
    detained"), when cleaning found none; a post of an export or a channel is not titled so."""
    if not units or units[0].drop:
        return None
    kept = [u for u in units if not u.drop]
    first = units[0].text
    if reads_as_headline(first, len(kept) == 1, states_event):
        units[0].role = "title"
        return first
    return None


def _stem(origin: str) -> str:
    name = origin.rstrip("/").rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[0] if "." in name else name


def clean_documents(
    docs: Iterable[Document | InputError],
    boilerplate: BoilerplateIndex | None = None,
    states_event: EventCue | None = None,
) -> Iterator[Article | InputError]:
    """Clean a stream of documents, one at a time, in order.

    Each document is cleaned on its own, so its text never depends on which batch it was
    cleaned in (re-ingesting the same bytes gives the same text) and the input is not held in
    memory.  ``boilerplate`` is stored knowledge of outlets' repeated blocks (e.g.
    ``BoilerplateIndex.fit`` over an outlet's archive, or ``BoilerplateIndex.load``), used
    read-only; ``states_event`` as in :func:`clean_document`.  InputErrors pass through;
    documents that fail come out as InputError.
    """
    for item in docs:
        if isinstance(item, InputError):
            yield item
            continue
        try:
            yield clean_document(item, boilerplate, states_event)
        except InputError as exc:
            yield exc
        except Exception as exc:  # a cleaning bug must not stop a batch
            yield InputError(item.origin or item.id or "<document>", f"cleaning failed: {exc!r}")
