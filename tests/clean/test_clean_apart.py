"""A long text's first cleaning pass (the cues, outlet names, bylines and repeated blocks of
each unit: awol.clean.text._first_drops) is read half by a forked child where more than one
core may be used: the same cleaning (every unit's drop reason, the text, title and dateline),
the child used; a child that fails leaves its half to the process, and one core reads alone."""

from __future__ import annotations

import os

import pytest
from tests.extract.helpers import long_dev_text as _long

from awol import parallel
from awol.clean import text as T


def _cleaned(text: str) -> tuple:
    c = T.clean_text(text, outlet_names=("Meduza",))
    return c.text, c.title, c.dateline, [(u.text, u.drop, u.role) for u in c.units]


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_first_pass_read_apart_is_the_same(monkeypatch, lang):
    if not parallel.can_fork():
        pytest.skip("no fork here")
    text = _long(lang, 150_000) + "\n\nShare: Facebook Twitter Telegram\n\nMeduza\n\n©\n"
    monkeypatch.setenv("AWOL_WORKERS", "1")
    monkeypatch.setattr(T, "UNITS_APART_MIN", 10)
    alone = _cleaned(text)
    assert {d for _t, d, _r in alone[3]} >= {None, "symbol", "furniture"}
    monkeypatch.setenv("AWOL_WORKERS", "2")
    made = []
    real = parallel.Apart

    def spy(*args):
        made.append(real(*args))
        return made[-1]

    monkeypatch.setattr(parallel, "Apart", spy)
    assert _cleaned(text) == alone and made
    monkeypatch.setattr(T, "_drops", _failing_in_child(T._drops))
    made.clear()
    assert _cleaned(text) == alone and made
    monkeypatch.setattr(T, "UNITS_APART_MIN", 10**9)
    made.clear()
    assert _cleaned(text) == alone and not made


def _failing_in_child(drops):
    """``drops`` that fails in a child process (the parent's reads)."""
    parent = os.getpid()

    def fails(*args):
        if os.getpid() != parent:
            raise RuntimeError("no")
        return drops(*args)

    return fails
