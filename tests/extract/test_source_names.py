"""The article-wide reading of where a source's name stands inside a sentence
(:func:`awol.extract.figure_sources._inside`) gives what the plain patterns give, in one pass:
the white space as a set of characters matches as ``\\s`` does, and a one-word name needs no
search of the whole article."""

from __future__ import annotations

import re
import sys

from tests.extract.test_fastre import _texts

from awol.extract import figure_sources as fs

_PLAIN = re.compile(r"(?<=[^\s.!?…:;\"“”«»])\s+([^\W\d_a-zа-яё]\w*)")


def test_spaces_are_what_re_reads_as_white_space() -> None:
    every = {chr(c) for c in range(sys.maxunicode + 1) if re.match(r"\s", chr(c))}
    assert set(fs.SPACES) == every


def test_mid_sentence_runs_as_the_plain_pattern() -> None:
    doc = " ".join(_texts("en", cased=True) + _texts("ru", cased=True)) + "\u3000Ab\u2029 Cd"
    got = [(m.span(), m.group(1)) for m in fs._MID_CAPITAL.finditer(doc)]
    assert got == [(m.span(), m.group(1)) for m in _PLAIN.finditer(doc)]
    assert len(got) > 1000


def test_inside_as_the_search() -> None:
    doc = "Mediazona counted them. Data from Mediazona, and BBC News said so. (Meduza) wrote it"
    fs._INSIDE.clear()
    for word in ("Mediazona", "BBC", "News", "BBC News", "Meduza", "Data", "counted", "wrote"):
        first = re.match(r"\w+", word)
        runs = {m.group(1) for m in _PLAIN.finditer(doc)}
        want = bool(
            first
            and first.group() in runs
            and re.search(r"[^\s.!?…:;\"“”«»]\s+" + re.escape(word) + r"\b", doc)
        )
        assert fs._inside(word, doc) is want, word
