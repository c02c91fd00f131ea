"""Alternations grouped on their branches' first letters (:func:`awol.extract.fastre._regroup`)
match what ``re`` matches: the same spans and groups, the same branch preferred where several
match at one position (a branch that could start with the same letter, a class, a look-behind or
a group, keeps its place among them)."""

from __future__ import annotations

import random
import re

from awol.extract.fastre import compile_fast


def _matches(rx, text: str, pos: int = 0, end: int | None = None) -> list:
    end = len(text) if end is None else end
    return [(m.span(), m.groups()) for m in rx.finditer(text, pos, end)]


CASES = [
    # the shorter branch first: "data" before "database" (then \b fails and it backtracks)
    (
        r"\b(?:data|database|daily|so far|since (?:the|\d{4}))\b",
        "the database, daily data, since 2024",
    ),
    # a branch between two of one letter that may start with it keeps the order
    (r"(?:ab|[a-c]x|a)", "ax ab a cx"),
    (r"(?:ab|(?<!z)a|a)", "za ab a"),
    (r"(?:1x|\d+|12)", "12 1x 123 ٣٤ x"),
    (r"\b(?:since \d{4}|so|\d+ alone)", "so 2024 alone since ٣٤٥٦"),
    (r"(?:ab|a?|ac)c", "ac abc c"),
    # groups keep their numbers and what they capture
    (r"(a)(?:b|c)|(a)d|ae", "ab ac ad ae"),
    (r"(?:(ab)|(ac)|a(d))", "ab ac ad"),
    (r"x(?:abc|abd|abe|b)y", "xabdy xby xabey"),
]


def test_grouped_cases_match_as_re() -> None:
    grouped = 0
    for pattern, text in CASES:
        fast, plain = compile_fast(pattern), re.compile(pattern)
        grouped += fast is not plain
        assert _matches(fast, text) == _matches(plain, text), pattern
        for pos in range(len(text)):
            assert _matches(fast, text, pos) == _matches(plain, text, pos), (pattern, pos)
    assert grouped >= 5


def _random_pattern(rng: random.Random, depth: int = 0) -> str:
    atoms = ["a", "b", "ab", "ba", "aa", r"\d", "[ab]", "(?<!b)a", "(a)", "b?", r"\b", "c"]
    n = rng.randint(2, 6)
    alts = []
    for _ in range(n):
        parts = [rng.choice(atoms) for _ in range(rng.randint(1, 3))]
        if depth < 1 and rng.random() < 0.3:
            parts.append("(?:" + _random_pattern(rng, depth + 1) + ")")
        alts.append("".join(parts))
    return "|".join(alts)


def test_random_alternations_match_as_re() -> None:
    rng = random.Random(12)
    texts = ["".join(rng.choice("ab1 c") for _ in range(rng.randint(0, 14))) for _ in range(60)]
    rewritten = 0
    for _ in range(400):
        pattern = _random_pattern(rng)
        fast, plain = compile_fast(pattern), re.compile(pattern)
        rewritten += fast is not plain
        for text in texts:
            assert _matches(fast, text) == _matches(plain, text), (pattern, text)
            assert _matches(fast, text, 1, len(text) - 1) == _matches(plain, text, 1, len(text) - 1)
    assert rewritten > 100  # (most are rewritten: the comparison is not vacuous)
