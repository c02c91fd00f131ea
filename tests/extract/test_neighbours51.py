"""Round 51 (reader51): the cue lemmas' embedding neighbours (classifier.CUE_NEIGHBOURS), an
option measured and left off: a neighbour counts only through a cue lemma of the lexicon as
loaded (so --hold-out-words hides it with its cue), and is read as a cue ("cue") or as a feature
of a candidate sentence ("feature").  Invented sentences."""

from __future__ import annotations

import re

import pytest

from awol.extract import classifier
from awol.extract.lexicon import get_lexicon
from awol.extract.sentences import split_sentences


@pytest.fixture
def fresh(monkeypatch):
    """The classifier's cue caches emptied before and after (the option changes them)."""
    classifier._cue_index.cache_clear()
    classifier._NEAR.clear()
    yield monkeypatch
    monkeypatch.undo()
    classifier._cue_index.cache_clear()
    classifier._NEAR.clear()


TABLE = {
    "удрать": {"сбежать": 0.71, "уйти": 0.5},
    "поймать": {"задержать": 0.8},  # a cue itself: left out
    "ехать": {"уехать": 0.4},  # too far
}


def test_a_neighbour_counts_through_a_cue_as_loaded(fresh):
    fresh.setattr(classifier, "_neighbour_table", lambda lang: TABLE)
    fresh.setattr(classifier, "NEIGHBOUR_SIM", 0.55)
    cues = {"сбежать": ("desertion",), "поймать": ("detention",), "уехать": ("desertion",)}
    assert classifier._neighbours_of("ru", cues) == {"удрать": ("desertion",)}
    # the cue hidden (a fold's own word): its neighbour goes with it
    hidden = {k: v for k, v in cues.items() if k != "сбежать"}
    assert classifier._neighbours_of("ru", hidden) == {}


def test_off_by_default():
    assert classifier.CUE_NEIGHBOURS == ""
    assert classifier.neighbour_index("ru") == {}
    assert "вырваться" not in classifier._cue_index("ru")


def test_the_shipped_table_holds_common_words_only():
    table = classifier._neighbour_table("ru")
    assert len(table) > 100
    word = re.compile(r"^[а-яё]+$")
    assert all(word.match(w) and all(word.match(a) for a in near) for w, near in table.items())


def test_cue_mode_reads_a_neighbour_as_a_cue(fresh):
    fresh.setattr(classifier, "CUE_NEIGHBOURS", "cue")
    fresh.setattr(classifier, "NEIGHBOUR_SIM", 0.55)
    classifier._cue_index.cache_clear()
    assert "desertion" in classifier._cue_index("ru")["вырваться"]


def test_feature_mode_makes_a_candidate_with_its_own_feature(fresh):
    text = "Вечером двое мужчин вырвались на свободу."
    lex = get_lexicon("ru")
    sents = split_sentences(text, "ru")
    assert classifier.candidates(sents, lex, None) == []
    fresh.setattr(classifier, "CUE_NEIGHBOURS", "feature")
    fresh.setattr(classifier, "NEIGHBOUR_SIM", 0.55)
    (cand,) = classifier.candidates(sents, lex, None)
    assert "sq:desertion" in cand.features
    assert "desertion" not in cand.cues
