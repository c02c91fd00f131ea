"""Extraction: turning cleaned article text into events and figures.

Language-neutral machinery (sentences, mentions, document-level merging, figures) driven by
per-language knowledge kept as data in ``lang/<code>/*.yaml``, plus the normalisers for dates,
counts, places and names.
"""

from __future__ import annotations

import gc

from awol.model import Article, Extraction


class Extractor:
    """Extract events and figures from articles; loads every model once, on first use."""

    def extract(self, article: Article) -> Extraction:
        from awol.extract.document import extract_article

        # A document's analyses are many small objects without cycles, freed by reference
        # counting; the cyclic collector would walk them (and every loaded model) again and again
        # on a long text (about 5% of its time): paused for the document.
        enabled = gc.isenabled()
        gc.disable()
        try:
            return extract_article(article)
        finally:
            if enabled:
                gc.enable()


__all__ = ["Extractor"]
