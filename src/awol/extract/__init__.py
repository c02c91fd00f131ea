"""Extraction: turning cleaned article text into events and figures.

Language-neutral machinery (sentences, mentions, document-level merging, figures) driven by
per-language knowledge kept as data in ``lang/<code>/*.yaml``, plus the normalisers for dates,
counts, places and names.
"""

from __future__ import annotations

from awol.model import Article, Extraction


class Extractor:
    """Extract events and figures from articles; loads every model once, on first use."""

    def extract(self, article: Article) -> Extraction:
        from awol.extract.document import extract_article

        return extract_article(article)


__all__ = ["Extractor"]
