"""Fast paths of the extraction (perf15) give what the plain code gives: each is compared with
the slow form on every sentence of the dev corpus (as written, upper-cased and case-swapped)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from awol.clean.encoding import decode
from awol.extract import sentences
from awol.extract.sentences import split_sentences

DEV = Path(__file__).resolve().parents[2] / "corpus" / "dev"


def _sentences(lang: str) -> list[str]:
    out = []
    for p in sorted(DEV.glob(f"{lang}-*.txt")):
        text = decode(p.read_bytes(), str(p))[0]
        for s in split_sentences(text, lang):
            out += [s.text, s.text.upper(), s.text.swapcase()]
    return out


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
