"""The cyclic collector and the long-lived models (round 50, speed50).

The models a process loads (the lexicons, the gazetteer, the grammars: hundreds of thousands of
objects) live as long as the process; every full collection of the cyclic collector walked them
again.  :class:`awol.pipeline.Pipeline` loads with the collector paused and then freezes what it
loaded (``gc.freeze()``), and :class:`awol.extract.Extractor` freezes once more after the first
article of each language it reads (what that article built where first used).  The freezes are
once per process and language, so that an article's own objects are never frozen after that and
memory stays bounded over a long batch.  (No timing here: what is tested is the setting.)
"""

from __future__ import annotations

import gc

import pytest

import awol.extract
from awol.extract.lexicon import get_lexicon
from awol.extract.places import get_gazetteer
from awol.model import Document
from awol.pipeline import Pipeline

_TEXT = (
    "A private of the motor rifle brigade left his unit near the town of Kursk in March, "
    "the garrison prosecutor said on Tuesday. He was detained a week later."
)


@pytest.fixture(autouse=True)
def _fresh_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """As in a new process: no language settled yet (another test of this process may have
    loaded a model again after the freezes, as test_places does the gazetteer)."""
    monkeypatch.setattr(awol.extract, "_SETTLED", set(), raising=False)


def _tracked(obj: object) -> bool:
    """Is ``obj`` among the objects the collector walks (not frozen)?"""
    return any(o is obj for o in gc.get_objects())


def _one(pipeline: Pipeline, name: str) -> object:
    doc = Document(f"<{name}>", _TEXT.encode(), id=name, language="en", media_type="text")
    (out,) = pipeline.process([doc])
    assert hasattr(out, "events"), out
    return out


def test_the_pipeline_freezes_what_it_loaded() -> None:
    pipeline = Pipeline()
    assert gc.get_freeze_count() > 0
    assert not _tracked(get_lexicon("en"))
    assert not _tracked(pipeline.states_event)


def test_the_first_article_of_a_language_freezes_the_models_it_built() -> None:
    pipeline = Pipeline()
    _one(pipeline, "gc50-first")
    assert not _tracked(get_gazetteer())
    from awol.extract import settle_models

    assert settle_models("en") is False  # (once per process and language)


def test_later_articles_are_not_frozen_and_the_collector_stays_on() -> None:
    pipeline = Pipeline()
    _one(pipeline, "gc50-a")
    assert gc.isenabled()
    frozen = gc.get_freeze_count()
    out = _one(pipeline, "gc50-b")
    assert _tracked(out)  # (an article's objects are the collector's as before)
    assert gc.isenabled()
    # (a later article may free frozen objects, never add to them)
    assert gc.get_freeze_count() <= frozen


def test_a_language_awol_does_not_read_freezes_nothing() -> None:
    from awol.extract import settle_models

    assert settle_models("xx") is False
