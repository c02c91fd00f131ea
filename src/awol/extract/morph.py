"""The one pymorphy3 analyser the process shares (:func:`get_morph`), its parses kept per word
form.  Read by the gazetteer's words (:mod:`awol.extract.places_tokens`, which gives it on as
``awol.extract.places.get_morph``), the lemmas (:mod:`awol.extract.tokens`), the names and the
counts (moved from ``places_tokens.py``, round 36: ``tokens`` and ``places`` imported each
other for it).
"""

from __future__ import annotations

import functools
from typing import Any


class _SafeMorph:
    """pymorphy3's analyser, except that ``parse`` never raises: pymorphy3 asks
    ``unicodedata.name`` about every letter, which fails on code points without a name (some
    ideographs), so such letters are read as an unknown Latin one instead.

    The analyses are kept per word form, like the lemmas of :mod:`awol.extract.tokens` (a text
    repeats its words, and the finders of a sentence ask about the same words: the places, the
    names, the counts, the participles); each call gets its own list of the (immutable) parses."""

    _SEEN_MAX = 20_000  # word forms kept (then forgotten all at once; ~1-3 KB each)

    def __init__(self, morph: Any) -> None:
        self._morph = morph
        self._seen: dict[str, tuple] = {}

    def parse(self, word: str) -> list:
        hit = self._seen.get(word)
        if hit is None:
            try:
                hit = tuple(self._morph.parse(word))
            except ValueError:
                hit = tuple(self._morph.parse("".join(ch if _named(ch) else "x" for ch in word)))
            if len(self._seen) >= self._SEEN_MAX:
                self._seen.clear()
            self._seen[word] = hit
        return list(hit)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._morph, name)


def _named(ch: str) -> bool:
    import unicodedata

    return bool(unicodedata.name(ch, ""))


@functools.lru_cache(maxsize=1)
def get_morph() -> Any:
    """The shared pymorphy3 analyser (created once, for every module that needs one)."""
    import pymorphy3

    return _SafeMorph(pymorphy3.MorphAnalyzer())
