"""The sources of a long text's events read on two cores are read in halves, the later half by
a forked child, while the reader reads the events' places and dates and then the earlier half
(awol.extract.document_apart.sources_apart, awol.parallel.Apart): the same extraction byte for
byte, the child used; a child that fails leaves its half to the reader; the stages the reader
runs between the fork and the sources change nothing the sources read (the test that fails when
a new stage there would make the child's reading stale); and an event's source read from a
part of the events is the one read from them all."""

from __future__ import annotations

import pytest
from tests.extract.helpers import dump as _dump
from tests.extract.helpers import long_article as _long
from tests.extract.helpers import long_text_in_parts

from awol.extract import document as dmod
from awol.extract import document_apart as damod
from awol.extract.document import extract_article


@pytest.fixture
def two(monkeypatch):
    long_text_in_parts(monkeypatch)
    monkeypatch.setenv("AWOL_WORKERS", "2")


def _spy(monkeypatch) -> list:
    made: list = []
    real = damod.Apart

    def apart(fn, *args):
        made.append(fn)
        return real(fn, *args)

    monkeypatch.setattr(damod, "Apart", apart)
    return made


def _read(events) -> list:
    """What an event's source is read from, of the events."""
    return [(e.source, e.evidence) for e in events]


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_sources_read_apart_are_the_same(two, monkeypatch, lang):
    article = _long(lang, 60_000)
    monkeypatch.setattr(damod, "SOURCES_APART_MIN", 10**9)  # (read in order, here)
    seen: dict[str, list] = {}
    real_apart, real_sources = dmod.sources_apart, damod.source_of_story

    def at_fork(events, *args):
        read = _read(events)
        child = real_apart(events, *args)
        if child is not None:  # (a child forked: what it read at the fork)
            seen["fork"] = read
        return child

    def in_order(events, *args):
        seen.setdefault("order", _read(events))
        return real_sources(events, *args)

    monkeypatch.setattr(dmod, "sources_apart", at_fork)
    monkeypatch.setattr(damod, "source_of_story", in_order)
    here = _dump(extract_article(article))
    assert "fork" not in seen and len(seen["order"]) > 20
    order = seen.pop("order")
    monkeypatch.setattr(damod, "SOURCES_APART_MIN", 1)
    made = _spy(monkeypatch)
    assert _dump(extract_article(article)) == here
    assert damod.sources_of in made  # (the child read the later half)
    # what the sources read of the events is the same at the fork as in order
    assert seen["fork"] == order
    if lang == "en":  # a child that fails: the reader reads its half itself
        monkeypatch.setattr(damod, "sources_of", lambda *a: 1 / 0)
        made.clear()
        assert _dump(extract_article(article)) == here and made


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_a_source_read_from_a_part_of_the_events_is_the_same(two, monkeypatch, lang):
    """source_of_story of any cut of the events (each part read on its own, as the halves
    are) gives each event the source it takes read with them all."""
    article = _long(lang, 60_000)
    monkeypatch.setattr(damod, "SOURCES_APART_MIN", 10**9)
    got: dict[str, list] = {}
    real = damod.source_of_story

    def cut(events, where, statements, lang, sentences, text):
        whole = list(events)
        real(whole, where, statements, lang, sentences, text)
        got["whole"] = [e.source for e in whole]
        for parts in (3, 7):
            step = -(-len(events) // parts)
            out = []
            for a in range(0, len(events), step):
                part = events[a : a + step]
                real(part, where[a : a + step], statements, lang, sentences, text)
                out.extend(e.source for e in part)
            got[parts] = out
        events[:] = whole

    monkeypatch.setattr(damod, "source_of_story", cut)
    extract_article(article)
    assert got["whole"] and any(got["whole"])
    assert got[3] == got["whole"] and got[7] == got["whole"]
