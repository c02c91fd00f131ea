"""Search a pattern anchored at the text's start that reaches its words through the first line,
``^(?!A)(?=B)[^\\n]*?REST``, by first looking for ``REST`` alone.

Such a pattern (the vocabularies' "the sentence names no unit, and tells of a war of history",
``^(?![^\\n]*\\b(?:units?|...)\\b)[^\\n]*?\\b(?:when|after) ...``) cannot skip ahead: ``re`` tries
``REST`` at every character of the first line, each time through every branch of its
alternation.  It matches only where ``REST`` matches at some position ``p`` of the first line
(``[^\\n]*`` reads every character before ``p``, lazily or not); ``REST`` compiled alone skips
ahead (:func:`~awol.extract.fastre.compile_fast`), and its leftmost match starts at the least such
``p``.  So where ``REST`` has no match that starts on the first line, the pattern has none; else
the pattern itself is searched (the same match, spans and groups).  Round 52 (doc52).
"""

from __future__ import annotations

import re

from awol.extract.fastre import ascii_twin, compile_fast, skips

__all__ = ["LineGuarded", "line_guarded", "line_rest", "top_level_branches"]

# what reads the first line up to REST: ``.`` is every character but "\n" without DOTALL
_RUNS = ("[^\\n]*?", "[^\\n]*", ".*?", ".*")


class LineGuarded:
    """A compiled pattern ``^(?!A)...[^\\n]*?REST`` whose ``search`` first looks for ``REST``
    alone (see the module's docstring); every other attribute is the pattern's own."""

    __slots__ = ("whole", "rest")

    def __init__(self, whole: re.Pattern[str], rest: re.Pattern[str]) -> None:
        self.whole, self.rest = whole, rest

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else endpos
        if pos == 0:  # (elsewhere "^" matches nowhere: the pattern answers at once)
            m = self.rest.search(text, 0, end)
            if m is None:
                return None
            nl = text.find("\n", 0, end)
            if 0 <= nl < m.start():  # (REST starts on a later line only)
                return None
        return self.whole.search(text, pos, end)

    def __getattr__(self, name: str):
        return getattr(self.whole, name)


def line_rest(pattern: str) -> str | None:
    """``REST`` of ``pattern`` where it reads ``^``, look-arounds, a run of the first line's
    characters (:data:`_RUNS`), then ``REST`` (the whole perhaps in ``(?:...)``); else None."""
    p = pattern
    while p.startswith("(?:") and _closing(p, 0) == len(p) - 1:
        p = p[3:-1]
    if not p.startswith("^") or len(top_level_branches(p)) > 1:
        return None
    i = 1
    while p.startswith(("(?!", "(?="), i):
        j = _closing(p, i)
        if j is None:
            return None
        i = j + 1
    for run in _RUNS:
        if p.startswith(run, i):
            rest = p[i + len(run) :]
            # (a quantifier on the run itself, "[^\n]*+", or nothing after it: not read)
            return rest if rest and rest[0] not in "*+?{" else None
    return None


def line_guarded(rx, ascii: bool = False):
    """``rx`` (compiled from a lower-cased vocabulary pattern with ``re.UNICODE``, or its ASCII
    twin where ``ascii``) as a :class:`LineGuarded` where its pattern reads ``^ ... REST`` and
    ``REST`` compiled alone skips ahead; else ``rx``."""
    if not isinstance(rx, re.Pattern) or rx.flags & (re.MULTILINE | re.DOTALL | re.VERBOSE):
        return rx
    pattern = rx.pattern
    if not isinstance(pattern, str) or "(?" in pattern.replace("(?:", "").replace(
        "(?!", ""
    ).replace("(?=", "").replace("(?<!", "").replace("(?<=", ""):
        return rx  # (an inline flag, a named group or a reference: left as it is)
    rest = line_rest(pattern)
    if rest is None or "\\" in rest and re.search(r"\\\d", rest):
        return rx
    try:
        if not skips(rest, re.UNICODE):
            return rx
        fast = (ascii_twin(rest, re.UNICODE) if ascii else None) or compile_fast(rest, re.UNICODE)
    except re.error:
        return rx
    return LineGuarded(rx, fast)


def _closing(p: str, i: int) -> int | None:
    """The index of the ")" that closes the group opening at ``p[i]`` (escapes and classes
    skipped), or None."""
    depth = 0
    n = len(p)
    while i < n:
        ch = p[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = _class_end(p, i)
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return None


def _class_end(p: str, i: int) -> int:
    """The index of the "]" that closes the class opening at ``p[i]``."""
    i += 1
    if i < len(p) and p[i] == "^":
        i += 1
    if i < len(p) and p[i] == "]":
        i += 1
    while i < len(p) and p[i] != "]":
        i += 2 if p[i] == "\\" else 1
    return i


def top_level_branches(pattern: str) -> list[str]:
    """``pattern`` split at its top-level ``|`` (outside groups, classes and escapes)."""
    parts: list[str] = []
    depth = start = i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = _class_end(pattern, i)
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts
