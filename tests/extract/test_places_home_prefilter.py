"""The story's homes read only in sentences that may name one (speed20): a sentence with none of
the words an origin or a going home needs (``places_home._may_name_home_rx``: the patterns with
what they assert of the context taken off) names no home, so its places are
not read; the homes found are the same as when every sentence's places are read."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from awol.clean import clean_document
from awol.extract import places_home
from awol.extract.places import get_gazetteer
from awol.extract.places_home import _home, _may_name_home_rx, _relaxed, home_places
from awol.extract.sentences import split_sentences
from awol.model import Document

ROOT = Path(__file__).resolve().parents[2]


def _documents(lang: str) -> list[list]:
    out = []
    for p in sorted((ROOT / "corpus" / "dev").glob(f"{lang}-*.txt")):
        art = clean_document(Document(origin=str(p), content=p.read_bytes(), language=lang))
        out.append(split_sentences(art.text, lang))
    return out


def _sentences(lang: str) -> list:
    return [s for doc in _documents(lang) for s in doc]


def test_relaxed_drops_what_the_pattern_asserts_of_the_context():
    assert _relaxed(r"\bborn in\s*$") == r"born in\s*"
    assert _relaxed(r"(?<![а-яё])домой\s+") == r"домой\s+"
    assert _relaxed(r"(?<!\w)home\s+(?:to)$") == r"home\s+(?:to)"
    assert _relaxed(r"^from\s*$") == r"from\s*"
    assert _relaxed(r"дезертир(?!ова|у[юе])\w*") == r"дезертир\w*"
    assert _relaxed(r"home\B") == "home"
    assert _relaxed(r"[^\b$]x\\b") == r"[^\b$]x\\b"  # (a class, an escaped backslash: kept)
    assert _relaxed(r"x(?!(a|b))") is None  # (a look-around holding a group: none)
    assert _relaxed(r"a\b?c") is None  # (a quantified assertion: none)


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_a_sentence_that_names_a_home_passes_the_prefilter(lang):
    rx = _may_name_home_rx(lang)
    assert rx is not None  # (the data's patterns hold no anchor the relaxation refuses)
    gaz, homes, skipped = get_gazetteer(), 0, 0
    for s in _sentences(lang):
        named = [p for p in gaz.find(s.text, lang) if p.region and _home(s.text, p, lang)]
        homes += bool(named)
        if rx.search(s.text) is None:
            skipped += 1
            assert not named, s.text
    assert homes and skipped  # (the dev corpus has homes, and sentences the filter skips)


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_same_homes_with_and_without_the_prefilter(lang, monkeypatch):
    # (one document at a time, as extraction calls it: ``read`` is keyed by the sentence's index
    # in its document)
    docs = _documents(lang)
    fast, skipped = [], False
    for sentences in docs:
        read: dict = {}
        fast.append(home_places(sentences, lang, read))
        skipped |= any(not read[s.index] for s in sentences)
    assert skipped  # (some sentences' places not read)
    assert any(fast)  # (the dev corpus names homes)
    monkeypatch.setattr(places_home, "_may_name_home_rx", lambda lang: None)
    assert [home_places(sentences, lang) for sentences in docs] == fast


def test_a_home_word_in_a_slice_is_in_the_sentence():
    # "unborn in" holds no "born in" at a word boundary, but a slice of it does: still read
    rx = _may_name_home_rx("en")
    assert rx.search("He was unborn in Kursk.")
    assert re.search(r"\bborn in", "He was unborn in Kursk.") is None
