"""Extraction: turning cleaned article text into events and figures.

Language-neutral machinery (sentences, mentions, document-level merging, figures) driven by
per-language knowledge kept as data in ``lang/<code>/*.yaml``, plus the normalisers for dates,
counts, places and names.
"""

from __future__ import annotations

import gc
from dataclasses import replace

from awol.model import Article, Extraction


class Extractor:
    """Extract events and figures from articles; loads every model once, on first use."""

    def extract(self, article: Article) -> Extraction:
        # A document's analyses are many small objects without cycles, freed by reference
        # counting; the cyclic collector would walk them (and every loaded model) again and again
        # on a long text (about 5% of its time): paused for the document.
        enabled = gc.isenabled()
        gc.disable()
        try:
            return _valid_dates(_extract_by_language(article))
        finally:
            settle_models(article.language)
            if enabled:
                gc.enable()


# The languages whose first article this process has read (see settle_models).
_SETTLED: set[str] = set()


def settle_models(language: str | None = None, *, collect: bool = False) -> bool:
    """Take what this process has loaded so far out of the cyclic collector's reach
    (``gc.freeze()``), once per process and reading language: the first article of a language
    builds its models where first used (the gazetteer, the grammars, the compiled patterns:
    ~230,000 long-lived objects for English), which every later full collection would walk
    again (~85M instructions a collection).  Frozen objects are still freed by reference
    counting; only a cycle among them that dies later stays, so the freezes are bounded (one
    per language AWOL reads, and :class:`awol.pipeline.Pipeline`'s one after its loads) and
    memory stays bounded over any batch.  ``None``: the pipeline's freeze after its loads
    (``collect``: one collection first, so that no garbage of the loads is frozen).  Returns
    whether this call froze."""
    key = language or ""
    if key in _SETTLED:
        return False
    if language is not None:
        from awol.extract.lexicon import available_languages

        if language not in available_languages():
            return False
    _SETTLED.add(key)
    if collect:
        gc.collect()
    gc.freeze()
    return True


def _valid_dates(ex: Extraction) -> Extraction:
    """Every date given out is one the validation layer accepts (a real day, month or year,
    1000-2999): a date reckoned from an absurd publication date (0001-01-01 -> "last year" =
    "0000", 9999-12-31 -> "9999-12-27") is unknown, not invented."""
    from awol.validate import ValidationError, check_date

    def ok(value: str | None) -> str | None:
        if value is None:
            return None
        try:
            return check_date(value)
        except ValidationError:
            return None

    for e in ex.events:
        e.date = ok(e.date)
    for f in ex.figures:
        f.as_of = ok(f.as_of)
    return ex


def _extract_by_language(article: Article) -> Extraction:
    """One reading per language of the article: a document that mixes English and Russian
    paragraphs (a live blog) is read once in its language with the other language's lines
    blanked out, and once in each other language with the rest blanked out.  Blanking keeps
    every offset into the article's text; the events and figures of the readings are joined in
    text order.  A single-language text is read once (the check is one regex search)."""
    from awol.clean.language import language_blocks
    from awol.extract.document import extract_article
    from awol.extract.lexicon import available_languages

    blocks = language_blocks(article.text, article.language, tuple(available_languages()))
    if not blocks:
        return extract_article(article)
    text = article.text
    spans: dict[str | None, list[tuple[int, int]]] = {}
    for start, end, code in blocks:
        spans.setdefault(code, []).append((start, end))
    other = [(s, e) for code_spans in spans.values() for s, e in code_spans]
    readings = [(article.language, _blank(text, other))]
    readings += [(code, _keep(text, kept)) for code, kept in spans.items()]
    out = Extraction(article)
    for lang, masked in readings:
        title = article.title if article.title and masked.startswith(article.title) else None
        part = extract_article(replace(article, text=masked, language=lang, title=title))
        out.events.extend(part.events)
        out.figures.extend(part.figures)
    out.events.sort(key=lambda e: (e.evidence.start, e.evidence.end))
    out.figures.sort(key=lambda f: (f.evidence.start, f.evidence.end))
    return out


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the characters of ``spans`` turned into spaces (offsets kept)."""
    chars = list(text)
    for s, e in spans:
        chars[s:e] = " " * (e - s)
    return "".join(chars)


def _keep(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with everything outside ``spans`` turned into spaces, line breaks kept."""
    out = [c if c == "\n" else " " for c in text]
    for s, e in spans:
        out[s:e] = text[s:e]
    return "".join(out)


__all__ = ["Extractor", "settle_models"]
