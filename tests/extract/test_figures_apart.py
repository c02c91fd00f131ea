"""The figures of a long text read on two cores are read by a forked child from the loop's end
while the reader makes the events (awol.extract.document_apart.figures_apart, awol.parallel.Apart):
the same extraction byte for byte, the child used; a child that fails leaves them to the reader;
and the figures the child is given at the loop's end are the ones the reader reads at the end
in order (the test that fails when a stage after the loop would change them)."""

from __future__ import annotations

import os

import pytest
from tests.extract.helpers import dump as _dump
from tests.extract.helpers import long_article as _long
from tests.extract.helpers import long_text_in_parts

from awol.extract import document_apart as damod
from awol.extract.document import extract_article


@pytest.fixture
def two(monkeypatch):
    long_text_in_parts(monkeypatch)
    monkeypatch.setenv("AWOL_WORKERS", "2")


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_figures_read_apart_are_the_same(two, monkeypatch, lang):
    article = _long(lang, 60_000)
    monkeypatch.setattr(damod, "FIGURES_APART_MIN", 10**9)  # (read in order, here)
    seen: dict[str, list] = {}
    real = damod.figures_of

    def figures_of(figures, *args):
        seen.setdefault("read", []).append([(i, repr(f)) for i, f in figures])
        return real(figures, *args)

    monkeypatch.setattr(damod, "figures_of", figures_of)
    here = _dump(extract_article(article))
    (order,) = seen.pop("read")
    assert order  # (the text has figures)
    monkeypatch.setattr(damod, "FIGURES_APART_MIN", 1)
    made: list = []
    real_apart = damod.Apart

    def apart(fn, *args):
        made.append(fn)
        if fn is damod.figures_of:
            seen["fork"] = [(i, repr(f)) for i, f in args[0]]
        return real_apart(fn, *args)

    monkeypatch.setattr(damod, "Apart", apart)
    assert _dump(extract_article(article)) == here
    assert figures_of in made  # (the child read them)
    assert "read" not in seen  # (not here)
    assert seen["fork"] == order  # (what the child is given is what the end reads)
    if lang == "en":  # a child that fails: the reader reads them itself
        parent = os.getpid()

        def not_in_a_child(*args):
            if os.getpid() != parent:
                raise RuntimeError("the child fails")
            return real(*args)

        monkeypatch.setattr(damod, "figures_of", not_in_a_child)
        made.clear()
        assert _dump(extract_article(article)) == here
        assert not_in_a_child in made
