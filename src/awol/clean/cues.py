"""The cues of site furniture, as data: ``boilerplate.yaml`` read and compiled once
(:func:`load_cues`), each strong cue gated by the plain substring every match of it holds
(:func:`required_literal`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources

import yaml

__all__ = ["Cues", "appeal_hits", "load_cues", "required_literal"]


@dataclass
class Cues:
    line: re.Pattern[str]
    strong: list[tuple[str | None, re.Pattern[str]]]  # (required literal, pattern)
    strong_max_chars: int
    list_marker: re.Pattern[str]
    inline_list: re.Pattern[str]  # a marker and its one link on one line
    appeal_marker: re.Pattern[str]
    appeal_words: list[re.Pattern[str]] = field(default_factory=list)

    def within(self, lows: list[str]) -> Cues:
        """These cues with only the strong ones whose required literal one of the lower-cased
        units ``lows`` holds (or that have none): the others match no unit of the text.  A long
        text's units are then tested against a few of them, not all (the same drops)."""
        if len(lows) < _FEW_UNITS:
            return self
        every = "\n".join(lows)  # (no literal holds a line break)
        strong = [(lit, rx) for lit, rx in self.strong if lit is None or lit in every]
        return replace(self, strong=strong)

    def strong_match(self, low: str) -> bool:
        """Does the lower-cased unit contain a strong cue?  A cheap substring test gates the
        regex (a big case-insensitive alternation is ~100x slower than this)."""
        for lit, rx in self.strong:
            if (lit is None or lit in low) and rx.search(low):
                return True
        return False


_FEW_UNITS = 64  # (an article's units: each tested against every strong cue)


def _alt(patterns: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


def required_literal(pattern: str) -> str | None:
    """The longest plain substring every match of ``pattern`` must contain (>= 3 chars)."""
    depth = 0
    for ch in pattern:  # a top-level alternation has no common literal
        depth += ch == "("
        depth -= ch == ")"
        if ch == "|" and depth == 0:
            return None
    out: list[str] = []
    i, depth, n = 0, 0, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            out.append("\x00")
            i += 2
            continue
        if ch == "[":
            j = pattern.find("]", i + 2)
            out.append("\x00")
            i = (j if j > 0 else n - 1) + 1
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            out.append("\x00")
        elif depth == 0 and ch in "?*{":
            if out:
                out[-1] = "\x00"  # the preceding char is optional
            if ch == "{":
                j = pattern.find("}", i)
                i = (j if j > 0 else n - 1) + 1
                continue
        elif depth == 0 and ch in ".^$+":
            out.append("\x00")
        elif depth == 0:
            out.append(ch)
        i += 1
    chunks = "".join(out).split("\x00")
    best = max(chunks, key=len) if chunks else ""
    return best if len(best) >= 3 else None


@lru_cache(maxsize=1)
def load_cues() -> Cues:
    raw = resources.files("awol.clean").joinpath("boilerplate.yaml").read_text("utf-8")
    data = yaml.safe_load(raw)
    flags = re.I | re.U
    return Cues(
        line=re.compile(rf"^(?:{_alt(data['line'])})$", flags),
        strong=[(required_literal(p), re.compile(p, flags)) for p in data["strong"]],
        strong_max_chars=int(data.get("strong_max_chars", 400)),
        list_marker=re.compile(rf"^(?:{_alt(data['list_markers'])})\s*[:.→»>]*$", flags),
        inline_list=re.compile(
            rf"^(?:{_alt(data['list_markers'])})\s*[:→»>]\s*(?P<rest>\w.*)$", flags
        ),
        appeal_marker=re.compile(rf"^(?:{_alt(data['appeal_markers'])})$", flags),
        appeal_words=[re.compile(p, flags) for p in data["appeal_words"]],
    )


def appeal_hits(u: str, cues: Cues) -> int:
    return sum(1 for rx in cues.appeal_words if rx.search(u))
