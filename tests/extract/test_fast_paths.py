"""Fast paths of the extraction (perf15) give what the plain code gives: each is compared with
the slow form on every sentence of the dev corpus (as written, upper-cased and case-swapped)."""

from __future__ import annotations

import re

import pytest
from tests.extract.test_prefilter import DEV, _sentences

from awol.clean.encoding import decode
from awol.extract import sentences


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_clause_gate_splits_as_the_plain_pattern(lang: str) -> None:
    gate = r"(?=[\s;:—–,()])(?:"
    fast = sentences._CLAUSE
    assert fast.pattern.startswith(gate) and fast.pattern.endswith(")")
    plain = re.compile(fast.pattern[len(gate) : -1], fast.flags)
    texts = _sentences(lang) + ["a; b", "x (y) z", "  who  and then went", "и затем ушли"]
    splits = 0
    for t in texts:
        got = [m.span() for m in fast.finditer(t)]
        assert got == [m.span() for m in plain.finditer(t)], t
        splits += len(got)
    assert splits > len(texts) // 2  # (the sentences do have clauses)


def test_a_word_after_a_space_found_as_the_pattern_finds_it() -> None:
    """``figure_sources._after_space`` (``str.find`` and a look around each place) answers what
    the pattern it stands for answers, on every dev article and the words it names."""
    import random

    from awol.extract.figure_sources import _after_space

    rng = random.Random(1)
    checked = found = 0
    cases = [("x  Ab c", "Ab"), ("Ab x Ab", "Ab"), (". Ab x", "Ab"), ("x\n\nAb.", "Ab.")]
    cases += [("x Ab.c", "Ab."), ("Ab", "Ab"), ("x Abc", "Ab"), ("x Ab_", "Ab"), ("«x» Ab", "Ab")]
    for p in sorted(DEV.glob("*.txt")):
        doc = decode(p.read_bytes(), str(p))[0]
        words = sorted(set(re.findall(r"[A-ZА-ЯЁ][\w-]*(?:\s+[A-ZА-ЯЁ][\w-]*)?", doc)))
        cases += [(doc, w) for w in rng.sample(words, min(30, len(words)))]
    for doc, word in cases:
        want = re.search(r"[^\s.!?…:;\"“”«»]\s+" + re.escape(word) + r"\b", doc) is not None
        assert _after_space(word, doc) == want, (word, doc[:80])
        checked += 1
        found += want
    assert found > 100 and checked - found > 100  # (both answers were read)
