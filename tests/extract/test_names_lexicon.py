"""English names beyond the curated given-name list: the dictionary's given names in any Latin
spelling before a Slavic surname, and a surname alone where a rank or an age tells a person.
(Invented names only.)"""

from __future__ import annotations

import pytest

from awol.extract import names as N
from awol.extract.names import find_person_names, lexicon_given


def norms(text: str) -> list[str]:
    return [m.normalized for m in find_person_names(text, "en")]


@pytest.mark.parametrize("word", ["Bakhtiyor", "Hennadiy", "Zaur", "Dzhokhar", "Dzhohar"])
def test_lexicon_knows_transliterated_given_names(word):
    assert lexicon_given(word)


@pytest.mark.parametrize("word", ["Garrison", "Wagner", "Will", "Mark", "Military", "garrison"])
def test_lexicon_leaves_out_english_words(word):
    assert not lexicon_given(word)


def test_lexicon_given_name_before_a_surname():
    assert norms("Zaur Tembulatov left his unit in May.") == ["Zaur Tembulatov"]
    assert norms("Dzhokhar Abdurakhmanov, a contract soldier, fled.") == ["Dzhokhar Abdurakhmanov"]
    assert norms("A court sentenced Zaur Bystryj to five years.") == ["Zaur Bystryj"]


def test_lexicon_given_name_needs_a_surname():
    assert norms("Zaur Airlines flew on.") == []
    assert norms("The Novosibirsk Garrison Military Court ruled.") == []
    assert norms("The Wagner Group fighters left.") == []


def test_without_the_curated_list(monkeypatch):
    """The dictionary's names carry a name the curated list lacks."""
    monkeypatch.setattr(N, "en_given_names", lambda: frozenset())
    N.en_given.cache_clear()
    N._en_given_keys.cache_clear()
    try:
        assert norms("Gennadiy Zadorin fled.") == ["Gennadiy Zadorin"]
        assert norms("Gennadiy Smith fled.") == []  # (no Slavic surname: the list's task)
    finally:
        N.en_given.cache_clear()
        N._en_given_keys.cache_clear()


def test_lone_surname_after_a_rank_or_before_an_age():
    assert norms("Private Zarubov did not return to his unit.") == ["Zarubov"]
    assert norms("They said serviceman Tembulatov fled.") == ["Tembulatov"]
    assert norms("Zarubov, 29, was detained on Monday.") == ["Zarubov"]
    assert norms("Zarubov was detained on Monday.") == []  # no rank, no age: no guess
    assert norms("The Kremlin, 25, was quiet.") == []  # (no surname's ending: a guard)
    assert norms("Rostov, 20, was shelled.") == []  # a place


def test_full_name_recalled_for_a_lone_surname():
    """A sentence naming a person met before by his surname and age names him once, in full."""
    from awol.extract.document import extract_article
    from awol.model import Article

    text = (
        "Ivan Zarubov fled his unit in the Belgorod region in May. "
        "Zarubov, 29, was detained in Kursk on June 3 for desertion."
    )
    art = Article(id="t", text=text, language="en", published="2024-07-01")
    named = [e.names for e in extract_article(art).events if e.names]
    assert named and all(n == ["Ivan Zarubov"] for n in named)
