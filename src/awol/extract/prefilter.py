"""Cheap exact prefilters for regular expressions: the literal words a match cannot lack.

Python's ``re`` tries a pattern such as ``\\b(?:fled|deserted|left) (?:his|their) unit`` at every
position of a sentence, and most sentences hold none of its words.  :func:`literal_filter` reads
the pattern's syntax tree once and finds a set of literal strings of which every match contains
one ("fled", "deserted", "left" here); a plain substring test then rules most texts out before
the regular expression runs.  The test is a necessary condition only, so results never change.
It is derived for case-sensitive patterns run on lower-cased text (:class:`awol.extract.lexicon.Pattern`
and the date rules); a pattern it cannot read gets no filter.
"""

from __future__ import annotations

import re
from re import _constants as _c  # the parser's opcodes (stable since Python 3.11)
from re import _parser as _p

__all__ = [
    "FilteredRegex",
    "FoldedFilter",
    "LiteralFilter",
    "filtered",
    "folded_filter",
    "literal_filter",
    "required_literals",
]

_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT))
_MAX_LITERALS = 8  # more substring tests than this cost about what the pattern itself costs


def required_literals(pattern: str, fold: bool = False) -> frozenset[str] | None:
    """Literal strings of which every match of ``pattern`` contains at least one (None: unknown).

    Only for patterns compiled without IGNORECASE (an inline ``(?i)`` gives None), unless
    ``fold``: then case-insensitive parts count too and the literals are lower-cased, to be
    looked for in a lower-cased ASCII text (see :class:`FoldedFilter`)."""
    try:
        tree = _p.parse(pattern)
    except Exception:  # noqa: BLE001 - an unreadable pattern just gets no filter
        return None
    if tree.state.flags & re.VERBOSE or (tree.state.flags & re.IGNORECASE and not fold):
        return None
    best = _factor(list(tree), fold)
    if best and fold:
        best = {x.lower() for x in best}
    return frozenset(best) if best else None


def _factor(items: list, fold: bool = False) -> set[str] | None:
    """The most selective required factor of a sequence: a set of literals, one of which every
    match of the sequence contains (longest shortest literal first, then fewest literals)."""
    factors: list[set[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            factors.append({"".join(run)})
            run.clear()

    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        flush()  # anything else breaks a run of literals (zero-width assertions included)
        if op is _c.SUBPATTERN:
            _group, add_flags, _del_flags, body = av
            if add_flags & re.IGNORECASE and not fold:
                continue
            f = _factor(list(body), fold)
            if f:
                factors.append(f)
        elif op is _c.BRANCH:
            alts = [_factor(list(a), fold) for a in av[1]]
            if alts and all(alts):
                factors.append(set().union(*alts))
        elif op in _REPEATS:
            lo, _hi, body = av
            if lo >= 1:
                f = _factor(list(body), fold)
                if f:
                    factors.append(f)
        # IN, ANY, NOT_LITERAL, AT, ASSERT*, GROUPREF, ...: no literal required
    flush()
    return max(factors, key=lambda f: (min(map(len, f)), -len(f)), default=None)


class LiteralFilter:
    """``may_match(text)``: False only where the pattern certainly cannot match ``text``."""

    __slots__ = ("literals",)

    def __init__(self, literals: frozenset[str]) -> None:
        self.literals = tuple(sorted(literals, key=lambda s: (-len(s), s)))

    def may_match(self, text: str, pos: int = 0, endpos: int | None = None) -> bool:
        if pos == 0 and endpos is None:
            for x in self.literals:
                if x in text:
                    return True
            return False
        end = len(text) if endpos is None else endpos
        for x in self.literals:
            if text.find(x, pos, end) >= 0:
                return True
        return False


def literal_filter(pattern: str) -> LiteralFilter | None:
    """A :class:`LiteralFilter` for ``pattern`` (case-sensitive), or None where none is known."""
    lits = required_literals(pattern)
    if not lits or not all(lits) or len(lits) > _MAX_LITERALS:
        return None
    return LiteralFilter(lits)


class FoldedFilter:
    """``may_match(text)`` for a pattern with case-insensitive parts: False only where the
    pattern certainly cannot match ``text``.  Its lower-cased ASCII literals are looked for in the
    lower-cased text when the text is ASCII (there an ASCII letter matches case-insensitively
    exactly its two cases; no literals: the pattern needs a word no ASCII text has); any other
    text passes."""

    __slots__ = ("literals",)

    def __init__(self, literals: frozenset[str]) -> None:
        self.literals = tuple(sorted(literals, key=lambda s: (-len(s), s)))

    def may_match(self, text: str) -> bool:
        if not text.isascii():
            return True
        low = text.lower()
        for x in self.literals:
            if x in low:
                return True
        return False


def folded_filter(pattern: str) -> FoldedFilter | None:
    """A :class:`FoldedFilter` for ``pattern`` (any case flags), or None where none is known or
    where the pattern is anchored at the start (it fails faster than a filter could)."""
    if pattern.startswith("^"):
        return None
    lits = required_literals(pattern, fold=True)
    if not lits or not all(lits):
        return None
    # a literal with a Cyrillic letter cannot occur in an ASCII text in any case ("суд"): only
    # the ASCII ones are looked for; any other non-ASCII literal leaves the pattern unfiltered
    ascii_lits = frozenset(x for x in lits if x.isascii())
    if any(not _CYRILLIC.search(x) for x in lits - ascii_lits):
        return None
    if len(ascii_lits) > 2 * _MAX_LITERALS:
        return None
    return FoldedFilter(ascii_lits)


_CYRILLIC = re.compile("[\u0400-\u04ff]")


class FilteredRegex:
    """A compiled pattern whose ``search`` and ``finditer`` first rule texts out with its :class:`FoldedFilter`
    (same results); every other attribute is the pattern's own."""

    __slots__ = ("regex", "need")

    def __init__(self, regex: re.Pattern[str], need: FoldedFilter) -> None:
        self.regex = regex
        self.need = need

    def search(self, text: str, *args) -> re.Match[str] | None:
        if not self.need.may_match(text):
            return None
        return self.regex.search(text, *args)

    def finditer(self, text: str, *args):
        if not self.need.may_match(text):
            return iter(())
        return self.regex.finditer(text, *args)

    def __getattr__(self, name: str):
        return getattr(self.regex, name)


def filtered(regex: re.Pattern[str]) -> re.Pattern[str] | FilteredRegex:
    """``regex`` with a prefilter on ``search`` where one is known, else ``regex`` itself."""
    need = folded_filter(regex.pattern)
    return regex if need is None else FilteredRegex(regex, need)
