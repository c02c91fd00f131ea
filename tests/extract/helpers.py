"""What many extraction tests do the same way: an invented text through the whole extractor.

``extract``/``events``/``types`` build the one-document Article the tests use (id "t") and run
``awol.extract.document.extract_article`` on it, looked up when called, so a test that patches
``document.get_model`` (``use_model``) is seen; ``one``/``of_type`` pick events of a type.  The
publication date is each caller's (relative dates resolve against it), so it has no default.
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path

import pytest

import awol.extract.document as document
from awol import parallel
from awol.extract import verdicts
from awol.extract.classifier import get_model
from awol.model import Article, Event, Extraction


def every_object() -> list:
    """Every object the cyclic collector tracks, the frozen ones too: the pipeline freezes the
    models it loads (``gc.freeze()``, :func:`awol.extract.settle_models`), and
    ``gc.get_objects()`` lists no frozen object.  (Unfrozen for the listing, frozen again.)"""
    import gc

    frozen = gc.get_freeze_count()
    if frozen:
        gc.unfreeze()
    try:
        return gc.get_objects()
    finally:
        if frozen:
            gc.freeze()


def extract(text: str, lang: str, published: str | None, **fields) -> Extraction:
    """The extraction of one invented document (``fields``: title, url, outlet...)."""
    art = Article(id="t", text=text, published=published, language=lang, **fields)
    return document.extract_article(art)


def events(text: str, lang: str, published: str | None, **fields) -> list[Event]:
    return extract(text, lang, published, **fields).events


def types(text: str, lang: str, published: str | None, **fields) -> list[str]:
    """The events' types, in the extractor's order."""
    return [e.type for e in events(text, lang, published, **fields)]


def figures_by_value(text: str, lang: str, published: str | None) -> dict:
    """The figures of one invented document, by their value."""
    return {f.value: f for f in extract(text, lang, published).figures}


# A true event to open a text with, so a reading under test sits in an article that has one
# (the precision tests: what a later sentence proposes must not stand, the lead must).
TRUE_LEAD = {
    "en": (
        "A contract soldier who fled his unit near Tver in April has been detained in Rzhev, "
        "police said on Monday. "
    ),
    "ru": (
        "Контрактника, который в апреле самовольно покинул часть под Тверью, задержали в Ржеве, "
        "сообщили в полиции. "
    ),
}


def scope_reason(sentence: str, trigger: str, etype: str, lang: str) -> str | None:
    """Why ``awol.extract.scope.not_a_happening`` reads ``trigger`` of ``sentence`` as no event."""
    from awol.extract.lexicon import get_lexicon
    from awol.extract.scope import not_a_happening

    s = sentence.index(trigger)
    return not_a_happening(sentence, etype, s, s + len(trigger), get_lexicon(lang))


def of_type(found: list[Event], type_: str) -> list[Event]:
    return [e for e in found if e.type == type_]


def one(found: list[Event], type_: str) -> Event:
    """The only event of ``type_``; fails showing every event's type and evidence otherwise."""
    matching = of_type(found, type_)
    assert len(matching) == 1, [(e.type, e.evidence.text) for e in found]
    return matching[0]


def use_model(monkeypatch, model) -> None:
    """Extraction reads ``model`` as its sentence model (None: no model) for this test."""
    monkeypatch.setattr(document, "get_model", lambda: model)


REPO = Path(__file__).resolve().parents[2]


def long_dev_text(lang: str, size: int) -> str:
    """A long text of ``size`` characters made from corpus/dev (benchmarks/long_text.py, the
    text `bench_extract.py --long` reads)."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    try:
        from long_text import corpus_texts, long_text
    finally:
        sys.path.remove(str(REPO / "benchmarks"))
    return long_text(corpus_texts(REPO / "corpus" / "dev", lang), size)


def long_article(lang: str, size: int) -> Article:
    """:func:`long_dev_text` as one Article (id "long", published 2024-06-30)."""
    text = long_dev_text(lang, size)
    return Article(id="long", text=text, language=lang, published="2024-06-30", title=None)


def long_text_in_parts(monkeypatch) -> None:
    """A long text read on two cores in parts of 300 sentences at any size (the parallel path of
    awol.extract.verdicts and awol.parallel); skips where there is no sentence model or no fork."""
    if get_model() is None:
        pytest.skip("no sentence model")
    if not parallel.can_fork():
        pytest.skip("no fork here")
    monkeypatch.setattr(verdicts, "PARALLEL_MIN_CHARS", 0)
    monkeypatch.setattr(verdicts, "CHUNK", 300)


def dump(extraction: Extraction) -> str:
    """Every field of every event and figure, as JSON (to compare two extractions)."""
    return json.dumps(
        {
            "events": [asdict(e) for e in extraction.events],
            "figures": [asdict(f) for f in extraction.figures],
        },
        sort_keys=True,
        ensure_ascii=False,
        default=str,
    )


def dev_reading(lang: str, n: int):
    """The first ``n`` dev articles of a language as one text, read up to the verdicts (what the
    long-text part tests start from): a namespace of text, lex, sentences, topic, verdicts,
    triggers and keys (trigger id -> its number).  Skips where there is no sentence model."""
    from types import SimpleNamespace

    import pytest

    from awol.clean.encoding import decode
    from awol.extract.classifier import get_model
    from awol.extract.lexicon import get_lexicon
    from awol.extract.sentences import split_sentences
    from awol.extract.verdicts import _triggers, read_verdicts

    if get_model() is None:
        pytest.skip("no sentence model")
    dev = Path(__file__).resolve().parents[2] / "corpus" / "dev"
    files = sorted(dev.glob(f"{lang}-*.txt"))[:n]
    text = "\n\n".join(decode(p.read_bytes(), str(p))[0].strip() for p in files)
    lex = get_lexicon(lang)
    sentences = split_sentences(text, lang)
    topic = [bool(lex.topic.search(s.text)) for s in sentences]
    verdicts, _ = read_verdicts(sentences, lex, None, topic)
    triggers = _triggers(lex)
    keys = {id(t): k for k, t in enumerate(triggers)}
    return SimpleNamespace(text=text, lex=lex, sentences=sentences, topic=topic,
                           verdicts=verdicts, triggers=triggers, keys=keys)  # fmt: skip


def armed_of(text: str, lang: str) -> bool | None:
    """The armed cue a sentence states (``arguments.armed_cues``): True, False (the first told
    wins where both are) or None."""
    from awol.extract.arguments import armed_cues
    from awol.extract.lexicon import get_lexicon

    t, f = armed_cues(text, get_lexicon(lang))
    if t and f:
        return t.start() < f.start()
    return True if t else False if f else None


def pipeline_events(
    text: str, lang: str, published: str = "2025-12-01", origin: str = "probe"
) -> list[dict]:
    """The events of ``text`` read the whole way (cleaning and extraction, as ``awol extract``
    reads a text file), as dicts: the who tests' reader (rounds 37-42 had a copy each)."""
    from awol.model import Document
    from awol.pipeline import Pipeline

    doc = Document(
        origin=origin,
        content=text.encode("utf-8"),
        id=origin,
        published=published,
        language=lang,
        media_type="text",
    )
    (out,) = Pipeline().process([doc])
    return [e.to_dict() for e in out.events]


def pipeline_one(text: str, lang: str, etype: str, published: str = "2025-12-01") -> dict:
    """The first event of ``etype`` in :func:`pipeline_events` (the test fails, showing them all,
    where there is none)."""
    got = [e for e in pipeline_events(text, lang, published) if e["type"] == etype]
    assert got, pipeline_events(text, lang, published)
    return got[0]
