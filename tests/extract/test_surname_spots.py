"""A surname's places in a long text found in one pass (speed21): ``attribution_story._surname_in``
reads, in a text of ``SPOTS_MIN_CHARS`` or more, only the places the one-pass index
(``_places_of``) gives a word, not every place ``str.find`` finds it at; the answer is the same
for every capitalised word (the dev corpus joined, and invented texts with the edge cases:
a newline, a tab or a no-break space before the word, a letter or digit after it, a word
inside another, a long token before it)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from awol.clean import clean_document
from awol.extract import attribution_story
from awol.extract.attribution_story import _surname_in, attribution_rx
from awol.model import Document

ROOT = Path(__file__).resolve().parents[2]

INVENTED = (
    "Officials said Konstantin Yegorshin left. Yegorshin had served. Ms. Zhurbina spoke\n"
    "to reporters; Ivan \nPetrov and Olga\tSmirnova and Pavel\xa0Orlov were named. "
    "Sergei Ivanovich wrote, Sergei Ivanov2 replied, Anna Kovalé did not, Maria_Lebedeva "
    "nor Maria Sokol-Sokolova.  Dmitri   Volkov, Mr. Frolov, Dr.Kuznetsov and "
    + "x" * 45
    + " Morozov, Nikolai\n\nZaitsev, Alexei \n Popov, Boris Ivan."
)


def _texts() -> list[str]:
    docs = []
    for p in sorted((ROOT / "corpus" / "dev").glob("en-*.txt")):
        art = clean_document(Document(origin=str(p), content=p.read_bytes(), language="en"))
        docs.append(art.text)
    return ["\n\n".join(docs), INVENTED]


@pytest.mark.parametrize("which", [0, 1])
def test_spots_give_the_same_answer_as_every_place(monkeypatch, which):
    doc = _texts()[which]
    honorific = attribution_rx("en", "honorific")
    words = sorted(set(re.findall(r"\b[A-Z][a-z]+\b", doc)))
    assert len(words) > (300 if which == 0 else 20)
    monkeypatch.setattr(attribution_story, "SPOTS_MIN_CHARS", len(doc) + 1)  # every place
    every = {w: _surname_in(w, doc, honorific) for w in words}
    monkeypatch.setattr(attribution_story, "SPOTS_MIN_CHARS", 0)  # the one-pass index
    attribution_story._SPOTS.clear()
    spots = {w: _surname_in(w, doc, honorific) for w in words}
    assert doc in attribution_story._SPOTS  # (the index was read)
    assert spots == every
    assert any(every.values()) and not all(every.values())
    if which == 1:
        assert every["Yegorshin"] and every["Zhurbina"] and every["Smirnova"]
        assert every["Orlov"] and every["Petrov"] and every["Volkov"]
        assert not every["Kuznetsov"]  # (no space before it)
        assert not every["Zaitsev"]  # (a blank line between)
    attribution_story._SPOTS.clear()


def test_word_before_reads_what_the_pattern_reads():
    """``_word_before`` (read back from the place) against ``_WORD_BEFORE`` (the pattern), at
    every place of random texts of words, runs longer than its 40-character window, blanks,
    newlines and other white space."""
    import random

    from awol.extract.attribution_story import _WORD_BEFORE, _word_before

    rng = random.Random(21)
    pieces = ["a" * k for k in (1, 5, 39, 40, 41, 60)] + [" " * k for k in (1, 2, 39, 41)]
    pieces += ["\n", "\t", "\xa0", "\u2003", "Word", " \n", "\n\n", "\r\n", ".", "é1"]
    checked = 0
    for _ in range(3000):
        doc = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        for i in range(len(doc) + 1):
            m = _WORD_BEFORE.search(doc, max(0, i - 40), i)
            assert _word_before(doc, i) == (m.group(1) if m else None), (doc, i)
            checked += 1
    assert checked > 100_000
