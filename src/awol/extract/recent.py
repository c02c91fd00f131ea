"""What the stages of the extraction found in the sentence they read last, shared between them.

Several stages read the same sentence with the same finders: the analysis, the figures and the
dates of a figure all look for the dates and the numbers of one sentence.  A :class:`Recent`
keeps a finder's results for the last few texts it was called on, compared by identity (the same
``str`` object: the sentence the stages pass on, not another sentence with the same words), so
each sentence is read once by each finder.  A long text that repeats a sentence still reads
each copy: its cost stays what the text holds, not what a cache of words happens to hold.
"""

from __future__ import annotations

from typing import Any

_MISSING = object()


class Recent:
    """The results of a pure function for its last ``size`` calls, keyed by the identity of the
    text it read and the other arguments (compared by value)."""

    __slots__ = ("_items", "_size")

    def __init__(self, size: int = 4) -> None:
        self._items: tuple = ()
        self._size = size

    def get(self, text: str, key: Any) -> Any:
        """The result for ``text`` (this very object) and ``key``, else :data:`MISSING`."""
        for t, k, v in self._items:
            if t is text and k == key:
                return v
        return _MISSING

    def put(self, text: str, key: Any, value: Any) -> None:
        # (replaced at once: threads see whole entries)
        self._items = ((text, key, value), *self._items[: self._size - 1])


MISSING = _MISSING


_BY_LIST: dict[int, tuple[Any, Any]] = {}  # id of a lexicon's list -> (the list, what it gives)


def per_list(items: Any, make: Any) -> Any:
    """``make(tuple(items))`` for a lexicon's list of patterns, kept per list object (a lexicon
    is loaded once: its lists are read for every sentence, and hashing their patterns again for a
    cache costs what searching a short sentence does)."""
    hit = _BY_LIST.get(id(items))
    if hit is not None and hit[0] is items:
        return hit[1]
    out = make(tuple(items))
    if len(_BY_LIST) >= 256:
        _BY_LIST.clear()
    _BY_LIST[id(items)] = (items, out)  # (the list is kept: its id is not reused)
    return out


# What worker processes read of a long text's sentences ahead of the reader (the finders that
# depend on a sentence's text alone: its dates, numbers and places, :mod:`awol.extract.verdicts`),
# by the identity of the sentence's text: the finders take it from here in place of reading it.
_PREREAD: dict[int, tuple[str, dict]] = {}


def preread(text: str, what: str, key: Any) -> Any:
    """What a worker read of ``text`` (this very object) with finder ``what`` and arguments
    ``key``, else :data:`MISSING`."""
    hit = _PREREAD.get(id(text))
    if hit is None or hit[0] is not text:
        return _MISSING
    return hit[1].get((what, key), _MISSING)


def add_preread(text: str, found: dict) -> None:
    """Keep ``found`` ((finder, arguments) -> result) for ``text`` (until :func:`clear_preread`)."""
    _PREREAD[id(text)] = (text, found)


def clear_preread(texts: Any = None) -> None:
    """Forget what was read ahead of ``texts`` (of all, where None)."""
    if texts is None:
        _PREREAD.clear()
        return
    for t in texts:
        hit = _PREREAD.get(id(t))
        if hit is not None and hit[0] is t:
            del _PREREAD[id(t)]
