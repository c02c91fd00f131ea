"""A long text's sentences are split, and each one's topic read, in halves where more than one
core may be used (speed23: awol.extract.sentences.split_sentences_read): the later paragraphs by
a forked child, cut at a paragraph break that the whole text's search finds as it is
(``_cut``).  The same sentences (text, offsets, index, paragraph) and readings as one pass, on
the dev corpus and on invented texts whose middle falls in runs of breaks and spaces; a child
that fails leaves its half to the reader."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

from awol import parallel
from awol.clean.encoding import decode
from awol.extract import sentences as smod
from awol.extract.sentences import _PARA, split_sentences, split_sentences_read

DEV = Path(__file__).resolve().parents[2] / "corpus" / "dev"


def _upper(text: str) -> bool:
    return text[:1].isupper()


def _texts(lang: str) -> list[str]:
    files = sorted(DEV.glob(f"{lang}-*.txt"))
    dev = "\n\n".join(decode(p.read_bytes(), str(p))[0].strip() for p in files)
    rng = random.Random(23)
    pieces = [
        "Word",
        "word.",
        " ",
        "\n",
        "\n\n",
        "\n \n",
        "\n\t\n\n",
        "  ",
        "Он ушёл.",
        "A. B",
        "1.",
    ]
    made = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 60))) for _ in range(400)]
    edges = [
        "One. Two.\n\n\n\nThree. Four.",
        "One.\n \n \nTwo.",
        "a" * 10 + "\n" * 11,
        "\n" * 7 + "Start. End.",
        "No break at all. Just sentences. Here.",
    ]
    return [dev, *made, *edges]


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_halves_are_the_whole(monkeypatch, lang):
    if not parallel.can_fork():
        pytest.skip("no fork here")
    monkeypatch.setattr(smod, "SPLIT_APART_MIN_CHARS", 0)
    made: list = []
    real = parallel.Apart

    def apart(fn, *args):
        made.append(fn)
        return real(fn, *args)

    monkeypatch.setattr(parallel, "Apart", apart)
    for n, text in enumerate(_texts(lang)):
        whole = split_sentences(text, lang)
        want = (whole, [_upper(s.text) for s in whole])
        if n > 40 and n % 20:  # (the random texts: the cut checked on all, a fork on some)
            cut = smod._cut(text)
            if cut is not None:
                full = {m.start(): m.end() for m in _PARA.finditer(text)}
                assert full.get(cut[0]) == cut[1], repr(text)
            continue
        assert split_sentences_read(text, lang, _upper, True) == want, repr(text)
        assert split_sentences_read(text, lang, _upper, False) == want
    assert made  # (the children split)


def test_a_failing_child_leaves_its_half_here(monkeypatch):
    if not parallel.can_fork():
        pytest.skip("no fork here")
    monkeypatch.setattr(smod, "SPLIT_APART_MIN_CHARS", 0)
    parent = os.getpid()
    real = smod._later_half

    def fails(*args):
        if os.getpid() != parent:
            raise RuntimeError("the child fails")
        return real(*args)

    monkeypatch.setattr(smod, "_later_half", fails)
    text = _texts("en")[0]
    whole = split_sentences(text, "en")
    assert split_sentences_read(text, "en", _upper, True) == (
        whole,
        [_upper(s.text) for s in whole],
    )
