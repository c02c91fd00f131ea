"""The word before a sentence end read from the last character no match can hold on (speed21:
``sentences._word_before``, the splitter's abbreviation test): the same match as
``_WORD_BEFORE.search`` over the whole sentence, on random texts of long runs of word
characters, dots, closing quotes and brackets, other characters and white space."""

from __future__ import annotations

import random

from awol.extract.sentences import _WORD_BEFORE, _word_before


def test_word_before_is_the_whole_search():
    rng = random.Random(21)
    pieces = ["a" * k for k in (1, 5, 63, 64, 65, 80)] + [" ", "  ", ".", "...", "!?", "…"]
    pieces += ['"', "”", "»", ")", "]", "_", "é", "²", "\u0301", "1", "\t", "\u2003", "-", ","]
    pieces += ["U.S", "т.д", "Д.", "\n"]
    checked = 0
    for _ in range(5000):
        chunk = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        for _ in range(4):
            a = rng.randint(0, len(chunk))
            b = rng.randint(a, len(chunk))
            whole = _WORD_BEFORE.search(chunk[a:b])
            got = _word_before(chunk, a, b)
            assert (got and (got.group(1), got.span())) == (
                whole and (whole.group(1), whole.span())
            ), chunk[a:b]
            checked += whole is not None
    assert checked > 5000
