"""Which of many patterns may match a text, from the first letters of its words.

:class:`WordStartIndex` keys each top-level alternative of each pattern on the few prefixes its
matches' words start with (:func:`branches`, :func:`word_start_prefixes`) and on the literals it
needs (:func:`pattern_factors`, from :func:`awol.extract.prefilter.required_literals`' factors):
a text is asked only of the patterns one of whose alternatives may match it.  A necessary
condition only: results never change.  For case-sensitive patterns run on lower-cased text, like
:func:`awol.extract.prefilter.literal_filter`.
"""

from __future__ import annotations

import re
from re import _constants as _c  # the parser's opcodes (stable since Python 3.11)
from re import _parser as _p

from awol.extract.prefilter import _MAX_LITERALS, _REPEATS, LiteralFilter, _factors, _selective

__all__ = ["WordStartIndex", "branches", "pattern_factors", "word_start_prefixes"]

_PREFIX = 3  # characters of a match's start that the index keys on
_MAX_PREFIXES = 64


def word_start_prefixes(pattern: str) -> frozenset[str] | None:
    """The strings (of at most 3 characters, the first a word character) one of which every
    match of ``pattern`` starts with, where every match starts at a word boundary (``\\b``
    before its first character); None where the pattern does not say (then it may match
    anywhere).  For case-sensitive patterns run on lower-cased text, like :func:`literal_filter`."""
    try:
        tree = _p.parse(pattern)
    except Exception:  # noqa: BLE001 - an unreadable pattern just gets no index
        return None
    if tree.state.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    return _prefixes(list(tree))


def _prefixes(items: list) -> frozenset[str] | None:
    """:func:`word_start_prefixes` of a parsed sequence."""
    starts = _starts(items)
    if not starts:
        return None
    out = set()
    for prefix, _open, bounded in starts:
        if not prefix or not bounded or not (prefix[0].isalnum() or prefix[0] == "_"):
            return None
        out.add(prefix)
    return frozenset(out)


def branches(pattern: str) -> list[tuple[frozenset[str] | None, tuple[str, ...] | None]] | None:
    """The alternatives of ``pattern`` (:func:`_alternatives`: ``x(?:a|b)`` is ``xa|xb``), each as
    (the starts of words one of which each of its matches holds, or None where unknown; the
    literals one of which each of its matches holds, or None).  A match of the pattern is a
    match of one of them: where none of them may match a text, the pattern cannot.

    The starts are the alternative's own first letters (:func:`word_start_prefixes`), or, where
    each literal of one of its required factors holds a long word after a character that is not
    a word character ("was found hanged": "hanged"), the first letters of those words (any text
    holding the literal has a word starting so): the longer words are the rarer ones, "his
    death" is looked for where a word starts "dea", not "his".  None where the pattern cannot be
    read (case-sensitive patterns, as :func:`literal_filter`)."""
    try:
        tree = _p.parse(pattern)
    except Exception:  # noqa: BLE001 - an unreadable pattern just gets no branches
        return None
    if tree.state.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    out = []
    for alt in _alternatives(list(tree)):
        factors = [f for f in _factors(alt) if f and all(f)]
        best = max(factors, key=lambda f: (min(map(len, f)), -len(f)), default=None)
        lits = tuple(sorted(best, key=lambda s: (-len(s), s))) if best else None
        if lits is not None and len(lits) > 2 * _MAX_LITERALS:
            lits = None
        starts = _prefixes(alt)
        keyed = [k for k in map(_word_keys, factors) if k is not None]
        keyed += _leading_keys(alt)
        if keyed:
            words, need = max(keyed, key=lambda k: (min(len(w) for w in k[0]), -len(k[0])))
            if min(len(w) for w in words) >= _KEY_WORD:
                starts = frozenset(w[:_KEY] for w in words)
                # (both are needed: the more selective of the two is tested)
                if lits is None or _selective(need) >= _selective(lits):
                    lits = need
        out.append((starts, lits))
    return out


_KEY_WORD = 4  # a word this long (or longer) inside a required literal keys its alternative
_KEY = 5  # on its first letters, up to this many (a word's start: "thems", not "the")
_INNER_WORD = re.compile(r"(?<=\W)\w+")


def _word_keys(factor: set[str]) -> tuple[frozenset[str], tuple[str, ...]] | None:
    """The longest word inside each literal of ``factor`` that follows a character that is not a
    word character (so it starts a word wherever the literal is found), and the literals; None
    where a literal has no such word or there are too many literals."""
    if len(factor) > 2 * _MAX_LITERALS:
        return None
    words = set()
    for lit in factor:
        inner = _INNER_WORD.findall(lit)
        if not inner:
            return None
        words.add(max(inner, key=len))
    return frozenset(words), tuple(sorted(factor, key=lambda s: (-len(s), s)))


def _leading_keys(items: list) -> list[tuple[frozenset[str], tuple[str, ...]]]:
    """For each run of literals of a sequence that starts a word in every match (a word
    character after ``\\b``, a space or what else :func:`_ends_apart` reads), its first word (or a
    longer one inside it) and the run: "wanted for" after ``\\b(?:(?:is|was) )?`` is looked for
    where a word starts "wante", not where one starts "is" or "was"."""
    out = []
    k = 0
    n = len(items)
    while k < n:
        if items[k][0] is not _c.LITERAL:
            k += 1
            continue
        j = k
        while j < n and items[j][0] is _c.LITERAL:
            j += 1
        run = "".join(chr(av) for _op, av in items[k:j])
        if _is_word_char(run[0]) and _ends_apart(items[:k], False):
            words = [_WORD_HEAD.match(run).group(), *_INNER_WORD.findall(run)]
            out.append((frozenset({max(words, key=len)}), (run,)))
        k = j
    return out


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _ends_apart(items: list, before: bool) -> bool:
    """Does every match of the sequence ``items`` end right after a character that is not a
    word character, or at a word boundary (``\\b``), so that a word character after it starts a
    word?  ``before``: the answer for what precedes the sequence (where it may match empty).
    False where unsure."""
    if not items:
        return before
    op, av = items[-1]
    if op is _c.LITERAL:
        return not _is_word_char(chr(av))
    if op is _c.AT:
        return av is _c.AT_BOUNDARY
    if op is _c.ASSERT_NOT and _not_after_word(av):
        return True
    if op in (_c.ASSERT, _c.ASSERT_NOT):  # (zero width: what comes before decides)
        return _ends_apart(items[:-1], before)
    if op is _c.IN:
        return all(
            (o is _c.LITERAL and not _is_word_char(chr(a)))
            or (o is _c.CATEGORY and a in (_c.CATEGORY_SPACE, _c.CATEGORY_NOT_WORD))
            for o, a in av
        )
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, body = av
        if add_flags or del_flags:
            return False
        return _ends_apart(list(body), _ends_apart(items[:-1], before))
    if op is _c.BRANCH:
        prior = _ends_apart(items[:-1], before)
        return all(_ends_apart(list(alt), prior) for alt in av[1])
    if op in _REPEATS:
        lo, _hi, body = av
        # (every repetition must end apart whatever precedes it; none at all: what precedes)
        return _ends_apart(list(body), False) and (lo >= 1 or _ends_apart(items[:-1], before))
    return False


def _alternatives(items: list, limit: int = 64) -> list[list]:
    """The alternatives a parsed sequence is made of: ``x(?:a|b)y`` is ``xay|xby`` (each match
    of the sequence is a match of one of them).  The first alternation at the top (or in a group
    without flags there) is spread, then the alternatives in turn, up to ``limit`` of them."""
    for k, (op, av) in enumerate(items):
        if op is _c.BRANCH:
            alts = [list(a) for a in av[1]]
        elif op is _c.SUBPATTERN and not av[1] and not av[2]:
            body = list(av[3])
            if len(body) != 1 or body[0][0] is not _c.BRANCH:
                inner = _alternatives(body, limit)
                if len(inner) == 1:
                    continue
                alts = inner
            else:
                alts = [list(a) for a in body[0][1][1]]
        else:
            continue
        if len(alts) > limit:
            return [items]
        out: list[list] = []
        for alt in alts:
            rest = _alternatives(alt + items[k + 1 :], max(1, limit // len(alts)))
            out.extend(items[:k] + r for r in rest)
        return out
    return [items]


# a start: (the characters read so far, whether more may be appended, whether a word boundary
# stands before the first)
_Start = tuple[str, bool, bool]


def _starts(items: list) -> set[_Start] | None:
    cur: set[_Start] = {("", True, False)}
    for op, av in items:
        if all(not o or len(p) >= _PREFIX for p, o, _b in cur):
            break
        sub = _element(op, av)
        new: set[_Start] = set()
        for p, o, b in cur:
            if not o or len(p) >= _PREFIX:
                new.add((p, False, b))
            elif sub is None:
                new.add((p, False, b))  # an unknown element ends the prefix
            else:
                for q, o2, b2 in sub:
                    joined = p + q
                    bound = b or (not p and b2)
                    if len(joined) >= _PREFIX:
                        new.add((joined[:_PREFIX], False, bound))
                    else:
                        new.add((joined, o2, bound))
        if len(new) > _MAX_PREFIXES:
            return None
        cur = new
    return cur


def _element(op, av) -> set[_Start] | None:
    if op is _c.LITERAL:
        return {(chr(av), True, False)}
    if op is _c.AT:
        return {("", True, av is _c.AT_BOUNDARY)}
    if op is _c.ASSERT_NOT and _not_after_word(av):
        return {("", True, True)}  # (?<!\w): before a word character, a word boundary
    if op in (_c.ASSERT, _c.ASSERT_NOT):
        return {("", True, False)}  # zero width: reads nothing
    if op is _c.SUBPATTERN:
        _group, add_flags, _del_flags, body = av
        return None if add_flags & re.IGNORECASE else _starts(list(body))
    if op is _c.BRANCH:
        out: set[_Start] = set()
        for alt in av[1]:
            sub = _starts(list(alt))
            if sub is None:
                return None
            out |= sub
        return out
    if op is _c.IN:
        chars = [chr(a) for o, a in av if o is _c.LITERAL]
        if len(chars) != len(av) or len(chars) > 8:
            return None
        return {(ch, True, False) for ch in chars}
    if op in _REPEATS:
        lo, _hi, body = av
        sub = _starts(list(body))
        if sub is None:
            return None
        out = {(p, False, b) for p, _o, b in sub}  # (a repeat may repeat: read no further)
        if lo == 0:
            out.add(("", True, False))
        return out
    return None


def _not_after_word(av) -> bool:
    """Is this negative assertion ``(?<!\\w)``?"""
    direction, body = av
    return direction == -1 and list(body) == [(_c.IN, [(_c.CATEGORY, _c.CATEGORY_WORD)])]


class WordStartIndex:
    """Which of many patterns may match a text, from the first letters of its words.

    Each top-level alternative of each pattern (:func:`branches`) whose matches all start a word
    with one of a few known prefixes (cut at the first character that is not a word character)
    is indexed under them; ``candidates(low)`` gives, in order, the patterns that may match the
    lower-cased text ``low``: those with an alternative that has a prefix at one of its word
    starts (or that the index could not read) and holds one of the literals that alternative
    needs (a pattern of many alternatives such as "search ... was launched|on the lookout for"
    starts with common words, "was", "the": its alternatives' literals rule most texts out).
    With ``filters`` (a :class:`LiteralFilter` or None per pattern), a candidate must also hold
    one of its pattern's literals.  A necessary condition only: results never change."""

    __slots__ = ("_by_prefix", "_always", "_seen", "_literals", "_pattern_of", "_needs", "_checks")

    def __init__(
        self, patterns: list[str], filters: list[LiteralFilter | None] | None = None
    ) -> None:
        self._literals = [f.literals if f is not None else None for f in filters or ()]
        self._by_prefix: dict[str, set[int]] = {}
        self._pattern_of: list[int] = []  # alternative -> its pattern
        self._needs: list[tuple[str, ...] | None] = []  # alternative -> the literals it needs
        always = []
        for i, pattern in enumerate(patterns):
            alts = branches(pattern) or [(word_start_prefixes(pattern), None)]
            for prefixes, needs in _merged(alts):
                b = len(self._pattern_of)
                self._pattern_of.append(i)
                self._needs.append(needs)
                if prefixes is None:
                    always.append(b)
                    continue
                for prefix in prefixes:
                    head = _WORD_HEAD.match(prefix).group()  # ("on " -> "on": the word "on")
                    self._by_prefix.setdefault(head, set()).add(b)
        self._always = frozenset(always)
        self._seen: dict[
            str, frozenset[int]
        ] = {}  # a word's start -> the alternatives it may start
        # per alternative: (its pattern, the literals it needs, those its pattern needs: each
        # factor one literal of which every match holds, :func:`pattern_factors`), a single
        # literal as a string (tested with ``in``: no ``any`` to call)
        lits_of = self._literals or [None] * len(patterns)
        facts_of = [pattern_factors(p, lits) for p, lits in zip(patterns, lits_of, strict=False)]
        self._checks = [
            (i, _one(need), facts_of[i])
            for i, need in zip(self._pattern_of, self._needs, strict=True)
        ]

    def candidates(self, low: str) -> list[int]:
        seen = self._seen
        starts = set((_WORD_START_ASCII if low.isascii() else _WORD_START).findall(low))
        # (one look-up per distinct word start, and one union of them all, in C)
        groups = list(map(seen.get, starts))
        if None in groups:
            by = self._by_prefix
            groups = []
            for start in starts:
                ids = seen.get(start)
                if ids is None:
                    if len(seen) >= 100_000:
                        seen.clear()
                    ids = seen[start] = frozenset().union(
                        *(by.get(start[:k], ()) for k in range(1, len(start) + 1))
                    )
                groups.append(ids)
        found = self._always.union(*groups)
        out: list[int] = []
        checks = self._checks
        has = low.__contains__
        last = -1
        for b in sorted(found):  # (a pattern's alternatives are numbered together, in order)
            i, need, lits = checks[b]
            if i == last:
                continue
            if need is not None:
                if need.__class__ is str:
                    if need not in low:
                        continue
                elif not any(map(has, need)):
                    continue
            if lits is not None:
                for f in lits:  # (the pattern's factors: where one fails, all its alternatives do)
                    if f.__class__ is str:
                        if f not in low:
                            break
                    elif not any(map(has, f)):
                        break
                else:
                    out.append(i)
                last = i
                continue
            out.append(i)
            last = i
        return out


_MAX_FACTORS = 3  # a pattern's factors tested before it runs (the most selective first)
# the literals of a factor tested (32: "[a-z]{3,}ed from ... (unit|base|camp|...)", 20 places of
# service, the only factor of a trigger tried at every word; round 45, speed45: was 16)
_FACTOR_LIMIT = 4 * _MAX_LITERALS
_MIN_FACTOR = 3


def pattern_factors(
    pattern: str, literals: tuple[str, ...] | None = None
) -> tuple[tuple[str, ...] | str, ...] | None:
    """The literals every match of ``pattern`` (case-sensitive, on lower-cased text) holds, as
    up to ``_MAX_FACTORS`` factors, the most selective first: each a set of literals one of
    which every match holds ("soldier ... fled ... abroad": the verbs and the destinations, where
    the nouns are too many), as :func:`_one` gives them; ``literals``, a factor known already
    (a :class:`LiteralFilter`'s), is one of them.  None where none is known."""
    facts: list[tuple[str, ...]] = []
    try:
        tree = _p.parse(pattern)
    except Exception:  # noqa: BLE001 - an unreadable pattern: only the factor given
        tree = None
    if tree is not None and not tree.state.flags & (re.IGNORECASE | re.VERBOSE):
        for f in _factors(list(tree)):
            # (a factor of short literals, " ", "to", rules out little for its test)
            if f and min(map(len, f)) >= _MIN_FACTOR and len(f) <= _FACTOR_LIMIT:
                lits = tuple(sorted(f, key=lambda x: (-len(x), x)))
                if lits not in facts:
                    facts.append(lits)
    if literals is not None and tuple(literals) not in facts:
        facts.append(tuple(literals))
    facts.sort(key=_selective, reverse=True)
    return tuple(_one(f) for f in facts[:_MAX_FACTORS]) or None


def _one(literals: tuple[str, ...] | None) -> tuple[str, ...] | str | None:
    """One literal as itself, several as their tuple (None: none needed)."""
    return literals[0] if literals is not None and len(literals) == 1 else literals


def _merged(alts: list) -> list:
    """Alternatives that need the same literals, as one (the starts of either)."""
    by_need: dict = {}
    for starts, need in alts:
        if need in by_need:
            prev = by_need[need]
            by_need[need] = None if prev is None or starts is None else prev | starts
        else:
            by_need[need] = starts
    return [(starts, need) for need, starts in by_need.items()]


# the first letters of each word (each match runs to the word's end: the next starts a word)
_WORD_START = re.compile(rf"(\w{{1,{_KEY}}})\w*")
# (the same in an ASCII text, where a word character is one of these: a quicker class test)
_WORD_START_ASCII = re.compile(rf"([A-Za-z0-9_]{{1,{_KEY}}})[A-Za-z0-9_]*")
_WORD_HEAD = re.compile(r"\w+")
