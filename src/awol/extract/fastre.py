"""Compile a regular expression so that Python's ``re`` can skip ahead while it searches.

``re`` searches fast only where it knows how a match begins: a pattern that starts with a literal
(or an alternation whose branches all start with one) is looked for with a quick scan for that
character, anything else is tried at every position of the text.  The vocabulary patterns of the
lexicons start with a word boundary, ``\\bdetained|\\barrested``, so ``re`` tries them at every
character.  :func:`compile_fast` rewrites the parsed pattern into an equivalent one that starts
with its words: a word-start guard before a run of literals whose first is a word character,
``\\bdetained`` or ``(?<!\\w)detained``, becomes ``detained(?<!\\w.{8})`` (the character before the
word is not a word character), a guard before a group or an alternation moves into each branch,
and a branch that is a whole non-capturing group is spliced into the alternation.  The compiled
pattern matches exactly the same spans with the same groups (its ``pattern`` attribute is the
original text); a pattern it cannot read is compiled as it is.
"""

from __future__ import annotations

import _sre
import re
from functools import lru_cache
from re import _compiler as _cp
from re import _constants as _c
from re import _parser as _p

try:  # the case equivalences re adds to lower-casing ("s", "ſ"; Python 3.11+)
    from re._casefix import _EXTRA_CASES
except ImportError:  # pragma: no cover - an older re: no rewrite of case-insensitive patterns
    _EXTRA_CASES = None

__all__ = ["ascii_safe", "ascii_twin", "compile_fast", "skips"]

_WORD_GUARD_BEHIND = [(_c.IN, [(_c.CATEGORY, _c.CATEGORY_WORD)])]
_MAX_RUN = 60  # lookbehind width: the run of literals the guard is moved past


def compile_fast(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, compiled so that its search skips ahead (same matches,
    same groups; see the module's docstring)."""
    plain = re.compile(pattern, flags)
    if flags & (re.ASCII | re.LOCALE | re.VERBOSE | re.DEBUG) or not isinstance(pattern, str):
        return plain
    try:
        return _compile(pattern, flags) or plain
    except Exception:  # noqa: BLE001 - a pattern the rewrite cannot read is compiled as it is
        return plain


def skips(pattern: str, flags: int = 0) -> bool:
    """Does ``compile_fast(pattern, flags)`` search by skipping ahead to where a match may start
    (a literal prefix or a set of first characters), rather than trying every position?"""
    try:
        tree = _p.parse(pattern, flags)
        all_flags = flags | tree.state.flags
        if _cp._get_literal_prefix(tree, all_flags)[0] or _cp._get_charset_prefix(tree, all_flags):
            return True
        return _compile(pattern, flags) is not None
    except Exception:  # noqa: BLE001 - a pattern the rewrite cannot read is compiled as it is
        return False


def ascii_twin(pattern: str, flags: int = 0) -> re.Pattern[str] | None:
    """``compile_fast(pattern, flags)`` compiled with ``re.ASCII``: on a text that
    :func:`ascii_safe` accepts it finds exactly the same matches (spans, groups), and faster,
    as ``re`` then tells a word character, a digit, a space and a letter's case by a table
    rather than by Unicode's database, a call for each character it tests (round 45, speed45:
    ~7% of English reading's instructions).  None where that cannot be promised: a literal of
    the pattern that matches an ASCII letter case-insensitively in Unicode ("K", the Kelvin
    sign, is "k"), a flag of its own (``(?u)``), or a pattern ``re`` cannot compile so."""
    if not isinstance(pattern, str) or flags & (re.ASCII | re.LOCALE | re.VERBOSE | re.DEBUG):
        return None
    flags &= ~re.UNICODE
    try:
        tree = _p.parse(pattern, flags)
        if tree.state.flags & (re.ASCII | re.LOCALE | re.VERBOSE) or not _ascii_same(tree.data):
            return None
        plain = re.compile(pattern, flags | re.ASCII)
    except Exception:  # noqa: BLE001 - no twin: the pattern is searched as it is
        return None
    try:
        return _compile(pattern, flags | re.ASCII, ascii_ok=True) or plain
    except Exception:  # noqa: BLE001 - the rewrite cannot read it: compiled as it is
        return plain


def _ascii_same(items) -> bool:
    """Does every literal and range of the parsed ``items`` match the same ASCII characters with
    and without ``re.ASCII`` (no character beyond ASCII with an ASCII case), and no group set
    a flag of its own?"""
    for op, av in items:
        if op in (_c.LITERAL, _c.NOT_LITERAL):
            if av > 127 and not _no_ascii_case(av):
                return False
        elif op is _c.RANGE:
            lo, hi = av
            if hi > 127 and (
                hi - lo > 4096 or not all(map(_no_ascii_case, range(max(lo, 128), hi + 1)))
            ):
                return False
        elif op is _c.IN:
            if not _ascii_same(av):
                return False
        elif op is _c.SUBPATTERN:
            _group, add_flags, del_flags, body = av
            if add_flags or del_flags or not _ascii_same(body.data):
                return False
        elif op is _c.BRANCH:
            if not all(_ascii_same(a.data) for a in av[1]):
                return False
        elif op in _REPEATS or op is _ATOMIC:
            body = av[-1] if op in _REPEATS else av
            if not _ascii_same(body.data):
                return False
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            if not _ascii_same(av[1].data):
                return False
        elif op is _c.GROUPREF_EXISTS:
            _group, yes, no = av
            if not _ascii_same(yes.data) or (no is not None and not _ascii_same(no.data)):
                return False
        elif op not in _PLAIN:
            return False  # (an opcode not read here: no twin)
    return True


_ATOMIC = getattr(_c, "ATOMIC_GROUP", None)
# (what holds no character of its own, or one of re's classes: \w, \d and \s are the same on
# ASCII text in both modes, :func:`ascii_safe` rules out the four characters \s differs on)
_PLAIN = (_c.ANY, _c.AT, _c.CATEGORY, _c.GROUPREF, _c.NEGATE, _c.FAILURE)


def _no_ascii_case(code: int) -> bool:
    """Does the character ``code`` match no ASCII character case-insensitively (Unicode)?"""
    cases = _cases(code)
    return cases is not None and all(c > 127 for c in cases)


# (the separators \x1c-\x1f: Unicode's \s holds them, ASCII's does not)
_LAST_SAFE: tuple[str, bool] = ("", True)
_PREV_SAFE: tuple[str, bool] = ("", True)


def ascii_safe(text: str) -> bool:
    """Is ``text`` one that a pattern's :func:`ascii_twin` reads as the pattern does: ASCII, and
    without the four separators \\x1c-\\x1f (a space to Unicode's \\s, not to ASCII's)?  Kept
    for the last two texts (the patterns of a sentence read one text, the same object, and its
    lower-cased form: the two took turns in one place; round 46, speed46), each pair replaced
    at once (threads see a text with its own answer)."""
    global _LAST_SAFE, _PREV_SAFE
    last = _LAST_SAFE
    if last[0] is text:
        return last[1]
    prev = _PREV_SAFE
    if prev[0] is text:
        return prev[1]
    # (four substring tests, each a scan in C, in place of a pattern's call: the same answer)
    safe = (
        text.isascii()
        and "\x1c" not in text
        and "\x1d" not in text
        and "\x1e" not in text
        and "\x1f" not in text
    )
    _PREV_SAFE = last
    _LAST_SAFE = (text, safe)
    return safe


def _compile(pattern: str, flags: int, ascii_ok: bool = False) -> re.Pattern[str] | None:
    tree = _p.parse(pattern, flags)
    flags = flags | tree.state.flags
    if (
        flags & (re.LOCALE | re.VERBOSE)
        or (flags & re.ASCII and not ascii_ok)
        or tree.getwidth()[0] == 0
    ):
        return None  # (a match may be empty: it need not start with any character)
    grouped = False
    if not flags & re.IGNORECASE:
        data, grouped = _regroup(list(tree.data), tree.state)
        if grouped:
            tree = _sub(tree.state, data)
    if _cp._get_literal_prefix(tree, flags)[0] or _cp._get_charset_prefix(tree, flags):
        # re knows how its matches start
        return _finish(pattern, flags, tree, _cp._code(tree, flags)) if grouped else None
    items, changed = _lead(list(tree.data), tree.state)
    if changed:
        rewritten = _sub(tree.state, items)
        if len(_cp._get_literal_prefix(rewritten, flags)[0]) >= 2:
            return _finish(pattern, flags, tree, _cp._code(rewritten, flags))
    first = _first(list(tree.data), flags)
    if not first or first[1] or len(first[0]) > _MAX_FIRST:
        return _finish(pattern, flags, tree, _cp._code(tree, flags)) if grouped else None
    code: list[int] = []
    # (the info block's set is tested on the text's characters as they are: it holds every case
    # of a case-insensitive pattern's first letters)
    _cp._compile_info(code, _Starts(tree, sorted(first[0])), flags & ~re.IGNORECASE)
    _cp._compile(code, tree.data, flags)
    code.append(_c.SUCCESS)
    return _finish(pattern, flags, tree, code)


def _finish(pattern: str, flags: int, tree, code: list[int]) -> re.Pattern[str]:
    """The pattern object of ``code`` (as ``re`` makes it: groups, names, the pattern's text)."""
    groupindex = tree.state.groupdict
    indexgroup = [None] * tree.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    return _cp._sre.compile(
        pattern, flags, code, tree.state.groups - 1, groupindex, tuple(indexgroup)
    )


_MAX_FIRST = 40  # more first characters than this: most of a text's characters, no gain


class _Starts:
    """What ``re``'s info block reads of a pattern: its width, and a first item that is the set of
    characters every match starts with."""

    def __init__(self, tree, chars: list[int]) -> None:
        self._tree = tree
        self.data = [
            (
                _c.IN,
                [
                    (_c.CATEGORY, _c.CATEGORY_DIGIT) if ch == _DIGIT else (_c.LITERAL, ch)
                    for ch in chars
                ],
            )
        ]

    def getwidth(self) -> tuple[int, int]:
        return self._tree.getwidth()


def _first(items: list, flags: int) -> tuple[set[int], bool] | None:
    """The characters a match of the sequence ``items`` can start with, and whether it can be
    empty; None where that is not known (a class such as ``\\w``, case folding, a back
    reference...)."""
    out: set[int] = set()
    for op, av in items:
        if op is _c.LITERAL:
            chars = _cases(av) if flags & re.IGNORECASE else {av}
            if chars is None:
                return None
            out |= chars
            return out, False
        if op is _c.IN:
            for o, a in av:
                if o is _c.LITERAL and flags & re.IGNORECASE:
                    chars = _cases(a)
                    if chars is None:
                        return None
                    out |= chars
                elif o is _c.LITERAL:
                    out.add(a)
                elif o is _c.RANGE and a[1] - a[0] < 64 and not flags & re.IGNORECASE:
                    out.update(range(a[0], a[1] + 1))
                elif o is _c.CATEGORY and a is _c.CATEGORY_DIGIT:
                    out.add(_DIGIT)  # (a digit: "2024", rare in prose)
                else:
                    return None
            return out, False
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # zero width: the next item reads the first character
        if op is _c.SUBPATTERN:
            _group, add_flags, del_flags, body = av
            sub = _first(list(body.data), (flags | add_flags) & ~del_flags)
        elif op is _c.ATOMIC_GROUP:
            sub = _first(list(av.data), flags)
        elif op is _c.BRANCH:
            sub = (set(), False)
            for alt in av[1]:
                one = _first(list(alt.data), flags)
                if one is None:
                    return None
                sub = (sub[0] | one[0], sub[1] or one[1])
        elif op in _REPEATS:
            lo, _hi, body = av
            one = _first(list(body.data), flags)
            if one is None:
                return None
            sub = (one[0], one[1] or lo == 0)
        else:
            return None
        if sub is None:
            return None
        out |= sub[0]
        if not sub[1]:
            return out, False
    return out, True


_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT))
_DIGIT = -1  # in a set of first characters: any decimal digit (``\\d``)


# ----------------------------------------------------------------------------- alternations
_MAX_DEPTH = 4  # letters an alternation is grouped on (a trie of its branches, this deep)


def _regroup(items: list, state, depth: int = 0) -> tuple[list, bool]:
    """``items`` with each alternation (at the top, or in a group without flags there) grouped on
    its branches' first letters (:func:`_grouped`): ``re`` tries the branches of an alternation
    one by one at each position, ``\\b(?:data|database|daily|so far|...)`` some sixty of them
    at each word; grouped, ``d(?:a(?:ta|tabase|ily))|so far|...``, it tries one branch per
    first letter there (the same matches, in the same order of preference)."""
    out = []
    changed = False
    for op, av in items:
        if op is _c.BRANCH:
            alts, ch = _grouped([list(a.data) for a in av[1]], state, depth)
            if ch:
                changed = True
                if len(alts) == 1:
                    out.extend(alts[0])
                else:
                    out.append((_c.BRANCH, (None, [_sub(state, a) for a in alts])))
                continue
        elif op is _c.SUBPATTERN and not av[1] and not av[2]:
            inner, ch = _regroup(list(av[3].data), state, depth)
            if ch:
                changed = True
                out.append((_c.SUBPATTERN, (av[0], 0, 0, _sub(state, inner))))
                continue
        out.append((op, av))
    return out, changed


def _grouped(alts: list[list], state, depth: int) -> tuple[list[list], bool]:
    """The branches ``alts`` of an alternation, those that open with the same letter as one
    branch ``c(?:rest|rest...)`` where that keeps the order in which ``re`` tries them: at a
    position only the branches that can start with its character can match, so a branch joins
    the group of its letter unless a branch between them could start with that letter too (a
    class, a group, a look-behind: kept where it stands, and after it the letter opens a new
    group).  Groups of one branch are left as they are."""
    entries: list[tuple[int | None, list]] = []  # (letter, its branches' rests) or (None, branch)
    open_at: dict[int, int] = {}  # letter -> the entry its next branch may join
    for alt in alts:
        if alt and alt[0][0] is _c.LITERAL:
            ch = alt[0][1]
            k = open_at.get(ch)
            if k is None:
                open_at[ch] = len(entries)
                entries.append((ch, [alt[1:]]))
            else:
                entries[k][1].append(alt[1:])
            continue
        entries.append((None, alt))
        first = _first(alt, 0)
        if first is None or first[1]:
            open_at.clear()  # (it may start with any character, or match empty)
            continue
        for ch in first[0]:
            open_at.pop(ch, None)
        if _DIGIT in first[0]:
            for ch in [c for c in open_at if chr(c).isdecimal()]:
                del open_at[ch]
    if len(entries) == len(alts):
        return alts, False
    out: list[list] = []
    for ch, body in entries:
        if ch is None:
            out.append(body)
        elif len(body) == 1:
            out.append([(_c.LITERAL, ch), *body[0]])
        else:
            rests, _ = _grouped(body, state, depth + 1) if depth + 1 < _MAX_DEPTH else (body, False)
            if len(rests) == 1:
                out.append([(_c.LITERAL, ch), *rests[0]])
            else:
                out.append([(_c.LITERAL, ch), (_c.BRANCH, (None, [_sub(state, r) for r in rests]))])
    return out, True


def _cases(code: int) -> set[int] | None:
    """The characters a literal matches case-insensitively (Unicode, as ``re`` compares them: by
    their lower case, with its few extra equivalences such as "s" and "ſ"); None beyond the
    Basic Multilingual Plane (no table for it)."""
    if code >= _BMP or _EXTRA_CASES is None:
        return None
    if not _sre.unicode_iscased(code):
        return {code}
    lower = _sre.unicode_tolower(code)
    table = _lowered_from()
    out: set[int] = set()
    for target in (lower, *_EXTRA_CASES.get(lower, ())):
        if target >= _BMP:
            return None
        out |= table.get(target, {target} if _sre.unicode_tolower(target) == target else set())
    return out


_BMP = 0x10000


@lru_cache(maxsize=1)
def _lowered_from() -> dict[int, set[int]]:
    """Lower case -> the characters of the Basic Multilingual Plane that lower-case to it (no
    character beyond it lower-cases into it: tests/extract/test_fastre.py checks)."""
    out: dict[int, set[int]] = {}
    for ch in range(_BMP):
        out.setdefault(_sre.unicode_tolower(ch), set()).add(ch)
    return out


def _is_guard(item) -> bool:
    """``\\b`` or ``(?<!\\w)``: before a word character, both say the one before is not one."""
    op, av = item
    if op is _c.AT:
        return av is _c.AT_BOUNDARY
    if op is _c.ASSERT_NOT:
        direction, body = av
        return direction == -1 and list(body.data) == _WORD_GUARD_BEHIND
    return False


def _word_char(code: int) -> bool:
    ch = chr(code)
    return ch.isalnum() or ch == "_"


def _sub(state, items: list) -> _p.SubPattern:
    return _p.SubPattern(state, items)


def _lead(items: list, state) -> tuple[list, bool]:
    """The sequence ``items``, rewritten to begin with a literal where it can (same matches)."""
    if not items:
        return items, False
    op, av = items[0]
    if _is_guard(items[0]) and len(items) > 1:
        guarded, changed = _guarded(items[0], items[1], items[2:], state)
        if changed:
            return guarded, True
        return items, False
    if op is _c.SUBPATTERN:
        group, add_flags, del_flags, body = av
        if add_flags or del_flags:
            return items, False
        inner, changed = _lead(list(body.data), state)
        if not changed:
            return items, False
        return [(_c.SUBPATTERN, (group, 0, 0, _sub(state, inner))), *items[1:]], True
    if op is _c.BRANCH:
        alts, changed = _branches(av[1], state)
        if not changed:
            return items, False
        return [(_c.BRANCH, (av[0], alts)), *items[1:]], True
    return items, False


def _branches(alts: list, state) -> tuple[list, bool]:
    """Each branch rewritten; a branch that is one whole non-capturing group or one alternation is
    spliced into this alternation (tried in the same order: the same first match)."""
    out: list = []
    changed = False
    for alt in alts:
        items = list(alt.data)
        while len(items) == 1 and items[0][0] is _c.SUBPATTERN:
            group, add_flags, del_flags, body = items[0][1]
            if group is not None or add_flags or del_flags:
                break
            items = list(body.data)
            changed = True
        if len(items) == 1 and items[0][0] is _c.BRANCH:
            sub, _ = _branches(items[0][1][1], state)
            out.extend(sub)
            changed = True
            continue
        new, ch = _lead(items, state)
        changed = changed or ch
        out.append(_sub(state, new))
    return out, changed


def _guarded(guard, first, rest: list, state) -> tuple[list, bool]:
    """A word-start guard, then ``first``, then ``rest``: rewritten so the guard follows the
    literals it stands before."""
    op, av = first
    if op is _c.LITERAL and _word_char(av):
        run = [first]
        for item in rest:
            if item[0] is not _c.LITERAL or len(run) >= _MAX_RUN:
                break
            run.append(item)
        behind = _sub(state, [*_WORD_GUARD_BEHIND, *[(_c.ANY, None)] * len(run)])
        return [*run, (_c.ASSERT_NOT, (-1, behind)), *rest[len(run) - 1 :]], True
    if op is _c.SUBPATTERN:
        group, add_flags, del_flags, body = av
        if add_flags or del_flags or not body.data:
            return [], False
        inner, changed = _lead([guard, *body.data], state)
        if not changed:
            return [], False
        return [(_c.SUBPATTERN, (group, 0, 0, _sub(state, inner))), *rest], True
    if op is _c.BRANCH:
        alts = [_sub(state, [guard, *a.data]) for a in av[1]]
        new, changed = _branches(alts, state)
        if not changed:
            return [], False
        return [(_c.BRANCH, (av[0], new)), *rest], True
    return [], False
