"""A long text read on two cores has the whole-text indices its sources read (the capitalised
words inside a sentence, figure_sources.index_inside; in English the places of each capitalised
word, attribution_story.index_spots) made once by the reader before its loop, with the army it is
about (awol.extract.document_apart.whole_text_indices), so the children it forks after the loop (the
figures', the later sources') inherit them and make none of their own: every child is forked
with them made, and the extraction is the same as where each is made where first asked."""

from __future__ import annotations

import pytest
from tests.extract.helpers import dump as _dump
from tests.extract.helpers import long_article as _long
from tests.extract.helpers import long_text_in_parts

from awol.extract import attribution_story, figure_sources
from awol.extract import document as dmod
from awol.extract import document_apart as damod
from awol.extract.document import extract_article
from awol.extract.story import army_country


@pytest.fixture
def two(monkeypatch):
    long_text_in_parts(monkeypatch)
    monkeypatch.setenv("AWOL_WORKERS", "2")
    monkeypatch.setattr(
        attribution_story, "SPOTS_MIN_CHARS", 1000
    )  # (the one-pass index at any size)
    monkeypatch.setattr(damod, "FIGURES_APART_MIN", 1)
    monkeypatch.setattr(damod, "SOURCES_APART_MIN", 1)


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_children_are_forked_with_the_indices_made(two, monkeypatch, lang):
    article = _long(lang, 60_000)
    text = article.text
    real = damod.Apart
    at_fork: list[tuple[str, bool, bool]] = []

    def apart(fn, *args):
        at_fork.append(
            (fn.__name__, text in figure_sources._INSIDE, text in attribution_story._SPOTS)
        )
        return real(fn, *args)

    monkeypatch.setattr(damod, "Apart", apart)
    figure_sources._INSIDE.clear()
    attribution_story._SPOTS.clear()
    got = _dump(extract_article(article))
    names = {name for name, _i, _s in at_fork}
    assert {"figures_of", "sources_of"} <= names, at_fork
    assert all(inside for _n, inside, _s in at_fork), at_fork
    assert all(spots == (lang == "en") for _n, _i, spots in at_fork), at_fork
    # made where first asked (no index made before the loop): the same extraction
    monkeypatch.setattr(dmod, "whole_text_indices", army_country)  # (the army alone)
    figure_sources._INSIDE.clear()
    attribution_story._SPOTS.clear()
    at_fork.clear()
    assert _dump(extract_article(article)) == got
    assert not any(inside for _n, inside, _s in at_fork[:1])  # (the first fork: none made)


def test_an_index_made_ahead_is_the_one_made_where_asked(monkeypatch):
    doc = (
        "Analysts at Mediazona counted them. The Prosecutor said so, and Ivan Petrov agreed.\n"
        "Ms. Zhurbina\twrote to Petrov; Konstantin Yegorshin spoke. Yegorshin\xa0left. «Верстка» ok."
    )
    figure_sources._INSIDE.clear()
    made = figure_sources.index_inside(doc)
    runs = {m.group(1) for m in figure_sources._MID_CAPITAL.finditer(doc)}
    assert made[0] == runs and figure_sources.index_inside(doc) is made
    monkeypatch.setattr(attribution_story, "SPOTS_MIN_CHARS", 0)  # (the one-pass index at any size)
    attribution_story._SPOTS.clear()
    spots = attribution_story.index_spots(doc)
    for word in ("Petrov", "Yegorshin", "Zhurbina", "Mediazona", "Nobody"):
        assert spots.get(word, []) == [m.start() for m in attribution_story._SPOT.finditer(doc)
                                       if m.group() == word]  # fmt: skip
        assert list(attribution_story._places_of(word, doc)) == spots.get(word, [])
