"""Cheap exact prefilters for regular expressions: the literal words a match cannot lack.

Python's ``re`` tries a pattern such as ``\\b(?:fled|deserted|left) (?:his|their) unit`` at every
position of a sentence, and most sentences hold none of its words.  :func:`literal_filter` reads
the pattern's syntax tree once and finds a set of literal strings of which every match contains
one ("fled", "deserted", "left" here); a plain substring test then rules most texts out before
the regular expression runs.  The test is a necessary condition only, so results never change.
It is derived for case-sensitive patterns run on lower-cased text (:class:`awol.extract.lexicon.Pattern`
and the date rules); a pattern it cannot read gets no filter.

Which of many patterns may match a text, from the first letters of its words, is
:mod:`awol.extract.prefilter_index` (built on the required literals read here).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from re import _constants as _c  # the parser's opcodes (stable since Python 3.11)
from re import _parser as _p

import yaml

from awol.extract.fastre import ascii_safe, ascii_twin

__all__ = [
    "FilteredRegex",
    "FoldedFilter",
    "LiteralFilter",
    "StartOrRest",
    "filtered",
    "folded_filter",
    "literal_filter",
    "lowered",
    "required_literals",
    "start_or_rest",
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
    match of the sequence contains (:func:`_selective`: the longest shortest literal, a frequent
    word counted as two characters, then the fewest literals)."""
    return max(_factors(items, fold), key=_selective, default=None)


def _factors(items: list, fold: bool = False) -> list[set[str]]:
    """Every required factor :func:`_factor` chooses from (each a set of literals, one of which
    every match of the sequence contains)."""
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
    return factors


_LAST_LOWERED: tuple[str, str] = ("", "")  # the last text lower-cased, and its lower-cased form


def lowered(text: str) -> str:
    """``text.lower()``, kept for the last text (the patterns of a sentence read one text; the
    pair is replaced at once, so threads never see one text with another's form)."""
    global _LAST_LOWERED
    last = _LAST_LOWERED
    if last[0] is text:
        return last[1]
    low = text.lower()
    _LAST_LOWERED = (text, low)
    return low


_SLICE_MAX = 4096  # a span this long is searched in place (not copied: a long text's span)


class LiteralFilter:
    """``may_match(text)``: False only where the pattern certainly cannot match ``text``."""

    __slots__ = ("literals",)

    def __init__(self, literals: frozenset[str]) -> None:
        self.literals = tuple(sorted(literals, key=lambda s: (-len(s), s)))

    def may_match(self, text: str, pos: int = 0, endpos: int | None = None) -> bool:
        if pos or endpos is not None and endpos < len(text):
            end = len(text) if endpos is None else endpos
            if end - pos > _SLICE_MAX:
                for x in self.literals:
                    if text.find(x, pos, end) >= 0:
                        return True
                return False
            # (the span copied once and tested with ``in``: ``find`` with bounds is a method
            # call per literal, ~3x the cost; ``x in text[pos:end]`` is ``text.find(x, pos, end)
            # >= 0``, the same slice semantics)
            text = text[pos:end]
        for x in self.literals:
            if x in text:
                return True
        return False


def literal_filter(pattern: str, limit: int = _MAX_LITERALS) -> LiteralFilter | None:
    """A :class:`LiteralFilter` for ``pattern`` (case-sensitive), or None where none is known
    (or where it would need more than ``limit`` literals)."""
    lits = required_literals(pattern)
    if not lits or not all(lits) or len(lits) > limit:
        return None
    return LiteralFilter(lits)


class FoldedFilter:
    """``may_match(text)`` for a pattern with case-insensitive parts: False only where the
    pattern certainly cannot match ``text``.  Its lower-cased ASCII literals are looked for in the
    lower-cased text when the text is ASCII (there an ASCII letter matches case-insensitively
    exactly its two cases; no literals: the pattern needs a word no ASCII text has).  Any other
    text is looked for all its lower-cased literals (``wide``, Cyrillic ones too), where the text
    holds no character that matches another case-insensitively than its lower case does
    (:func:`lowered_wide`; round 51, speed51); else it passes."""

    __slots__ = ("literals", "wide")

    def __init__(self, literals: frozenset[str], wide: frozenset[str] | None = None) -> None:
        self.literals = tuple(sorted(literals, key=lambda s: (-len(s), s)))
        self.wide = None if wide is None else tuple(sorted(wide, key=lambda s: (-len(s), s)))

    def may_match(self, text: str) -> bool:
        if not text.isascii():
            wide = self.wide
            if wide is None:
                return True
            low = lowered_wide(text)
            if low is None:
                return True
            for x in wide:
                if x in low:
                    return True
            return False
        low = lowered(text)
        for x in self.literals:
            if x in low:
                return True
        return False


# The characters that keep a lower-cased text from standing for the text under IGNORECASE:
# ``re`` matches a character case-insensitively by its simple lower case (``_sre.unicode_tolower``)
# and, for a few, by the other members of its class in ``re._casefix`` ("в" and the old "ᲀ",
# "s" and "ſ", "σ" and "ς"); ``str.lower`` gives the full lower case.  A text holding none of
# these lowers each character to the one lower case ``re`` compares (the canonical member of its
# class: ``c.upper().lower() == c``), so a literal a match holds is in its lower-cased form.  They
# are: the characters whose ``str.lower`` is not their simple lower case ("İ"), those whose simple
# lower case is a class's other member ("ı", "ſ", "ς", "µ", "ᲀ"...), and "Σ" (lower-cased "ς" at
# a word's end).  Derived for Python 3.11's tables; tests/extract/test_speed51.py derives them
# again from ``_sre`` and ``re._casefix`` and fails where they differ.
CASE_APART = (
    "\u00b5\u0130\u0131\u017f\u0345\u0390\u03a3\u03b0\u03c2\u03d0\u03d1\u03d5\u03d6\u03f0"
    "\u03f1\u03f5\u1c80\u1c81\u1c82\u1c83\u1c84\u1c85\u1c86\u1c87\u1c88\u1e9b\u1fbe"
    "\u1fd3\u1fe3\ufb05\ufb06"
)
_CASE_APART = re.compile(f"[{CASE_APART}]")
_LAST_WIDE: tuple[str, str | None] = ("", "")  # the last text asked of lowered_wide, its answer


def lowered_wide(text: str) -> str | None:
    """``lowered(text)``, or None where ``text`` holds a character of :data:`CASE_APART` (there
    a lower-cased literal may be missing from the lower-cased text where a case-insensitive
    pattern matches); kept for the last text, as :func:`lowered`."""
    global _LAST_WIDE
    last = _LAST_WIDE
    if last[0] is text:
        return last[1]
    low = None if _CASE_APART.search(text) else lowered(text)
    _LAST_WIDE = (text, low)
    return low


def folded_filter(pattern: str) -> FoldedFilter | None:
    """A :class:`FoldedFilter` for ``pattern`` (any case flags), or None where none is known or
    where the pattern is anchored at the start on a known first character (it fails faster than
    a filter could).  An anchored pattern that opens on anything else (a look-ahead, "the
    teller is no pronoun", then a lazy run up to a reporting verb: ``^(?P<src>(?!He|She)...)
    said``) reads the sentence before it fails: its filter rules most sentences out (round 44,
    speed44: the attribution patterns)."""
    anchored = pattern.startswith("^")
    if anchored and _fails_at_once(pattern[1:]):
        return None
    lits = required_literals(pattern, fold=True)
    if not lits or not all(lits):
        return None
    # a literal with a Cyrillic letter cannot occur in an ASCII text in any case ("суд"): only
    # the ASCII ones are looked for; any other non-ASCII literal leaves the pattern unfiltered
    ascii_lits = frozenset(x for x in lits if x.isascii())
    if any(not _CYRILLIC.search(x) for x in lits - ascii_lits):
        return None
    if len(ascii_lits) > 4 * _MAX_LITERALS:
        return None
    # (every literal, for a text that is not ASCII: where none holds a character of CASE_APART)
    wide = lits
    if len(lits) > 4 * _MAX_LITERALS or any(_CASE_APART.search(x) for x in lits):
        wide = None
    if anchored and ascii_lits != lits and wide is None:
        return None  # (a Russian one with no wide filter would let every Russian sentence through)
    return FoldedFilter(ascii_lits, wide)


_CYRILLIC = re.compile("[\u0400-\u04ff]")


def _fails_at_once(rest: str) -> bool:
    """Does ``rest`` (an anchored pattern after its ``^``) open on a literal or a set of first
    characters (``re`` tells at its first character whether it may match there)?"""
    from re import _compiler as _cp

    try:
        tree = _p.parse(rest)
    except Exception:  # noqa: BLE001 - an unreadable pattern: left as it was (no filter)
        return True
    flags = tree.state.flags
    return bool(_cp._get_literal_prefix(tree, flags)[0] or _cp._get_charset_prefix(tree, flags))


class FilteredRegex:
    """A compiled pattern whose ``search`` and ``finditer`` first rule texts out with its :class:`FoldedFilter`
    (same results); every other attribute is the pattern's own."""

    __slots__ = ("regex", "need", "ascii")

    def __init__(
        self,
        regex: re.Pattern[str] | StartOrRest,
        need: FoldedFilter,
        ascii: re.Pattern[str] | StartOrRest | None = None,
    ) -> None:
        self.regex = regex
        self.need = need
        # (the same compiled for an ASCII text, :func:`awol.extract.fastre.ascii_twin`, where
        # it can be: the same matches; round 45, speed45)
        self.ascii = ascii

    def search(self, text: str, *args) -> re.Match[str] | None:
        # (``self.need.may_match`` inlined: the sources' patterns are asked of every sentence
        # one after another)
        if text.isascii():
            low = lowered(text)
            for x in self.need.literals:
                if x in low:
                    break
            else:
                return None
            # (``low`` holds the same separators as ``text``: one object asked of ascii_safe)
            if self.ascii is not None and ascii_safe(low):
                return self.ascii.search(text, *args)
        elif self.need.wide is not None:
            # (a Russian text: its lower-cased form holds one of the literals, where it says)
            low = lowered_wide(text)
            if low is not None:
                for x in self.need.wide:
                    if x in low:
                        break
                else:
                    return None
        return self.regex.search(text, *args)

    def finditer(self, text: str, *args):
        if not self.need.may_match(text):
            return iter(())
        if self.ascii is not None and ascii_safe(text):
            return self.ascii.finditer(text, *args)
        return self.regex.finditer(text, *args)

    def __getattr__(self, name: str):
        return getattr(self.regex, name)


class StartOrRest:
    """A pattern that opens with ``(?:^|A|B)`` (a match at the start of the text, or after ``A``
    or ``B``): ``re`` cannot skip through it, as a match may start anywhere at the start of
    the text.  Its ``search`` and ``finditer`` try it at the start of the text only, then
    ``(?:A|B)...`` from there on, which ``re`` skips through to where ``A`` or ``B`` may
    start (same matches: ``^`` matches nowhere else); every other attribute is the pattern's
    own."""

    __slots__ = ("regex", "rest")

    def __init__(self, regex: re.Pattern[str], rest: re.Pattern[str]) -> None:
        self.regex = regex
        self.rest = rest

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else endpos
        if pos == 0:
            m = self.regex.match(text, 0, end)
            if m is not None:
                return m
        return self.rest.search(text, pos, end)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        end = len(text) if endpos is None else endpos
        if pos == 0:
            m = self.regex.match(text, 0, end)
            if m is not None:
                yield m
                pos = m.end()  # (never empty: see start_or_rest)
        yield from self.rest.finditer(text, pos, end)

    def __getattr__(self, name: str):
        return getattr(self.regex, name)


def start_or_rest(regex: re.Pattern[str]) -> re.Pattern[str] | StartOrRest:
    """``regex`` as a :class:`StartOrRest` where it opens with ``(?:^|`` and cannot match an
    empty string (else ``regex`` itself)."""
    from awol.extract.fastre import compile_fast

    pattern = regex.pattern
    if not pattern.startswith("(?:^|") or regex.flags & re.MULTILINE:
        return regex
    try:
        if _p.parse(pattern, regex.flags).getwidth()[0] == 0:
            return regex
        rest = compile_fast("(?:" + pattern[len("(?:^|") :], regex.flags)
    except re.error:
        return regex
    if rest.groupindex != regex.groupindex or rest.groups != regex.groups:
        return regex
    return StartOrRest(regex, rest)


def filtered(
    regex: re.Pattern[str],
) -> re.Pattern[str] | FilteredRegex | StartOrRest:
    """``regex`` with a prefilter on ``search`` where one is known, else ``regex`` itself
    (compiled to skip ahead to where a match may start, :func:`awol.extract.fastre.compile_fast`,
    and, where it opens with ``(?:^|``, tried at the start alone: :class:`StartOrRest`; the
    same matches)."""
    from awol.extract.fastre import compile_fast

    regex = compile_fast(regex.pattern, regex.flags)
    need = folded_filter(regex.pattern)
    fast = start_or_rest(regex)
    return fast if need is None else FilteredRegex(fast, need, _ascii_of(fast))


def _ascii_of(fast: re.Pattern[str] | StartOrRest) -> re.Pattern[str] | StartOrRest | None:
    """``fast`` compiled for ASCII texts (:func:`awol.extract.fastre.ascii_twin`), or None."""
    if isinstance(fast, StartOrRest):
        start = ascii_twin(fast.regex.pattern, fast.regex.flags)
        rest = ascii_twin(fast.rest.pattern, fast.rest.flags)
        return None if start is None or rest is None else StartOrRest(start, rest)
    return ascii_twin(fast.pattern, fast.flags)


def _selective(lits: tuple[str, ...] | set[str]) -> tuple[int, int]:
    """How selective a set of literals is: the longest shortest literal, then the fewest; one of
    a language's most frequent words ("the", "him", «на»: ``lang/*/frequent.yaml``, nearly every
    sentence holds one) counts as two characters long, below any other word (round 45, speed45:
    "him/them/the" no longer beats "gun/rifle/pistol")."""
    frequent = _frequent()
    shortest = min(min(len(x), 2) if x.strip().lower() in frequent else len(x) for x in lits)
    return shortest, -len(lits)


@cache
def _frequent() -> frozenset[str]:
    """The most frequent words of every language (``lang/*/frequent.yaml``), lower case."""
    out: set[str] = set()
    for path in sorted((Path(__file__).parent / "lang").glob("*/frequent.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        out.update(str(w).lower() for w in data.get("words") or ())
    return frozenset(out)
