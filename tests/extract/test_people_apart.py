"""The story's people of a long text read on two cores are read by a forked child while the
reader reads the stages before them (awol.extract.document_apart.people_apart,
awol.parallel.Apart), and its events are finished half by a child
(awol.parallel.map_halves): the same extraction byte for byte, the child used; a child
that fails leaves its work to the reader; and the stages the reader runs meanwhile change nothing the
story's people read (the test that fails when a new stage there would make the child's reading
stale)."""

from __future__ import annotations

import os

import pytest
from tests.extract.helpers import dump as _dump
from tests.extract.helpers import long_article as _long
from tests.extract.helpers import long_text_in_parts

from awol import parallel
from awol.extract import document as dmod
from awol.extract import document_apart as damod
from awol.extract.document import extract_article


@pytest.fixture
def two(monkeypatch):
    long_text_in_parts(monkeypatch)
    monkeypatch.setenv("AWOL_WORKERS", "2")


def _twice(x: int) -> list[int]:
    return [x, x]


def _fails(_x: int) -> list[int]:
    raise RuntimeError("no")


def _dies(_x: int) -> list[int]:
    os._exit(3)


def test_a_child_apart_sends_its_value_back_or_none():
    if not parallel.can_fork():
        pytest.skip("no fork here")
    assert parallel.Apart(_twice, 21).value() == [21, 21]
    assert parallel.Apart(_fails, 1).value() is None
    assert parallel.Apart(_dies, 1).value() is None


def _plus(x: int, k: int) -> int:
    if os.getpid() != _PARENT and x == 7:
        raise RuntimeError("the child fails")
    return x + k


_PARENT = os.getpid()


def test_a_map_read_in_halves_is_the_map():
    if not parallel.can_fork():
        pytest.skip("no fork here")
    for n in (0, 1, 2, 5, 6, 11):
        items = [x for x in range(20) if x != 7][:n]
        assert parallel.map_halves(_plus, items, 3) == [x + 3 for x in items]
    # (a child that fails: its half read here)
    assert parallel.map_halves(_plus, list(range(10)), 1) == list(range(1, 11))


def _spy(monkeypatch) -> list:
    made: list = []
    real = damod.Apart

    def apart(*args):
        made.append(real(*args))
        return made[-1]

    monkeypatch.setattr(damod, "Apart", apart)
    return made


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_story_people_read_apart_are_the_same(two, monkeypatch, lang):
    """Read in order (here) and by the child, the same extraction; and what the story's people
    read of the events (names, count and qualifier, who, evidence) is the same where the child
    is forked (right after the events are finished) as where the reader reads them in order
    (after the places, courts and sources): no stage run beside the child changes it."""
    article = _long(lang, 60_000)
    monkeypatch.setattr(damod, "PEOPLE_APART_MIN", 10**9)  # (read in order, here)
    seen: dict[str, list] = {}

    def read(events):
        return [(list(e.names), e.count, e.count_qualifier, e.who, e.evidence) for e in events]

    real_apart, real_people = dmod.people_apart, dmod.name_from_story

    def at_fork(events, *args):
        seen["fork"] = read(events)
        return real_apart(events, *args)

    def in_order(events, *args):
        seen["order"] = read(events)
        return real_people(events, *args)

    monkeypatch.setattr(dmod, "people_apart", at_fork)
    monkeypatch.setattr(dmod, "name_from_story", in_order)
    here = _dump(extract_article(article))
    assert seen["fork"] and seen["fork"] == seen["order"]
    assert any(not names for names, *_ in seen["order"])  # (some event names no one)
    monkeypatch.setattr(dmod, "name_from_story", real_people)
    monkeypatch.setattr(damod, "PEOPLE_APART_MIN", 1)
    made = _spy(monkeypatch)
    assert _dump(extract_article(article)) == here
    assert made  # (the child read them)
    if lang == "en":  # a child that fails: the reader reads them itself
        monkeypatch.setattr(damod, "story_people_of", lambda *a: 1 / 0)
        made.clear()
        assert _dump(extract_article(article)) == here and made
