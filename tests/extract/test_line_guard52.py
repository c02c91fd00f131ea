"""A vocabulary pattern that reads the first line up to its words, ``^(?!A)[^\\n]*?REST``, looks
for ``REST`` alone first (round 52, doc52: :mod:`awol.extract.line_guard`): the same matches."""

from __future__ import annotations

import re

import pytest

from awol.extract.lexicon import Pattern
from awol.extract.line_guard import LineGuarded, line_guarded, line_rest

HISTORY = (
    r"^(?![^\n]*(?<!\d)(?:199[1-9]|20\d\d)(?!\d))[^\n]*?"
    r"\b(?:in|during|since) (?:the )?(?:1[0-8]\d\d|19[0-8]\d)s?\b"
)
PLAIN = r"^(?!.*\b(?:unit|base)\b).*\bwhen (?:he|they) (?:left|ran)\b"

TEXTS = [
    "He served in the army in 1985 and left.",
    "He served in the army in 1985 and left in 2023.",
    "In 1979 the men were drafted.",
    "Nothing of history here.\nBut in 1960 something happened.",
    "in 1960 first.\nSecond line.",
    "They said that when they left the camp nobody saw them.",
    "The unit said that when they left nobody saw them.",
    "When they left.\nThe unit stayed.",
    "Over the line: when he ran\n",
    "",
    "\n",
]


def test_the_rest_is_read_where_the_pattern_reads_the_first_line() -> None:
    assert line_rest(f"(?:{HISTORY})") is not None
    assert line_rest(PLAIN) == r"\bwhen (?:he|they) (?:left|ran)\b"
    assert line_rest(r"^(?!a)[^\n]*?b|c") is None  # (an alternation at the top)
    assert line_rest(r"^\W*(?:another|one more)\b") is None  # (no run of the line)
    assert line_rest(r"\bleft\b") is None


@pytest.mark.parametrize("pattern", [HISTORY, PLAIN])
def test_a_guarded_pattern_finds_what_the_pattern_finds(pattern: str) -> None:
    rx = re.compile(pattern.lower(), re.UNICODE)
    guarded = line_guarded(rx)
    assert isinstance(guarded, LineGuarded)
    for text in TEXTS:
        low = text.lower()
        for pos, end in ((0, None), (0, len(low) // 2), (2, None)):
            got = guarded.search(low, pos, end)
            want = rx.search(low, pos, len(low) if end is None else end)
            assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups()))


def test_vocabulary_patterns_of_that_form_are_guarded() -> None:
    p = Pattern(HISTORY)
    assert isinstance(p._lower, LineGuarded)
    assert p.search("During the 1980s he served.") is not None
    assert p.search("He deserted in 1985.") is not None
    assert p.search("He deserted in 1985 and was caught in 2024.") is None
    assert p.search("A line.\nHe deserted in 1985.") is None  # (not on the first line)
    # an inline flag or a group reference: left as it is
    assert not isinstance(line_guarded(re.compile(r"(?i)^(?!a)[^\n]*?b")), LineGuarded)
    assert not isinstance(line_guarded(re.compile(r"^(?!(a))[^\n]*?b\1")), LineGuarded)
