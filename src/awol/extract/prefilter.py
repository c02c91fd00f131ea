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

__all__ = ["LiteralFilter", "literal_filter", "required_literals"]

_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT))
_MAX_LITERALS = 8  # more substring tests than this cost about what the pattern itself costs


def required_literals(pattern: str) -> frozenset[str] | None:
    """Literal strings of which every match of ``pattern`` contains at least one (None: unknown).

    Only for patterns compiled without IGNORECASE (an inline ``(?i)`` gives None)."""
    try:
        tree = _p.parse(pattern)
    except Exception:  # noqa: BLE001 - an unreadable pattern just gets no filter
        return None
    if tree.state.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    best = _factor(list(tree))
    return frozenset(best) if best else None


def _factor(items: list) -> set[str] | None:
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
            if add_flags & re.IGNORECASE:
                continue
            f = _factor(list(body))
            if f:
                factors.append(f)
        elif op is _c.BRANCH:
            alts = [_factor(list(a)) for a in av[1]]
            if alts and all(alts):
                factors.append(set().union(*alts))
        elif op in _REPEATS:
            lo, _hi, body = av
            if lo >= 1:
                f = _factor(list(body))
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
