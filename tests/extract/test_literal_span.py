"""A literal filter asked of a span of its text (``may_match(text, pos, endpos)``) answers what
``text.find(literal, pos, endpos)`` answers for each of its literals, whether it copies a short
span once and tests it with ``in`` or searches a long one in place."""

from __future__ import annotations

import random

import pytest

from awol.extract import prefilter
from awol.extract.prefilter import LiteralFilter


def _reference(f: LiteralFilter, text: str, pos: int, endpos: int | None) -> bool:
    end = len(text) if endpos is None else endpos
    return any(text.find(x, pos, end) >= 0 for x in f.literals)


@pytest.mark.parametrize("slice_max", [prefilter._SLICE_MAX, 3])
def test_a_span_is_read_as_find_reads_it(monkeypatch: pytest.MonkeyPatch, slice_max: int) -> None:
    monkeypatch.setattr(prefilter, "_SLICE_MAX", slice_max)  # (3: the long spans' path)
    rng = random.Random(24)
    words = ["fled", "led", "unit", "the", "an", "deserted", "д", "ушёл", " ", ",", "x"]
    filters = [
        LiteralFilter(frozenset({"fled"})),
        LiteralFilter(frozenset({"led", "unit"})),
        LiteralFilter(frozenset({"the unit", "deserted", "ушёл"})),
        LiteralFilter(frozenset({"x"})),
    ]
    for _ in range(3000):
        text = "".join(rng.choice(words) for _ in range(rng.randint(0, 12)))
        n = len(text)
        pos = rng.randint(-3, n + 3) if rng.random() < 0.8 else 0
        endpos = rng.choice([None, rng.randint(-3, n + 3), n, n + 10])
        for f in filters:
            assert f.may_match(text, pos, endpos) == _reference(f, text, pos, endpos), (
                text,
                pos,
                endpos,
                f.literals,
            )
