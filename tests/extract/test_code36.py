"""Round 36 (code36): the ranks before a surname are read from lang/*/names.yaml, and an English
name's gender is not invented (invented names and sentences)."""

from __future__ import annotations

import pytest

from awol.extract import names, names_ru
from awol.extract import referents as R
from awol.extract.lexicon import lang_file
from awol.extract.name_forms import NameMention
from awol.extract.names import find_person_names


def _without(monkeypatch, lang: str, key: str, word: str) -> None:
    """``lang/<lang>/names.yaml`` read as if ``word`` were not in its ``key`` list."""
    data = dict(lang_file(lang, "names"))
    data[key] = [w for w in data[key] if w != word]
    real = lang_file

    def patched(lg: str, name: str) -> dict:
        return data if (lg, name) == (lang, "names") else real(lg, name)

    for mod in (names, names_ru):
        monkeypatch.setattr(mod, "lang_file", patched)
    names._en_rank.cache_clear()
    names._en_rank_short.cache_clear()
    names_ru._ru_rank.cache_clear()


@pytest.fixture
def fresh_ranks():
    for f in (names._en_rank, names._en_rank_short, names_ru._ru_rank):
        f.cache_clear()
    yield
    for f in (names._en_rank, names._en_rank_short, names_ru._ru_rank):
        f.cache_clear()


def _normalized(text: str, lang: str) -> list[str]:
    return [m.normalized for m in find_person_names(text, lang)]


def test_the_english_ranks_are_the_yaml_s(monkeypatch, fresh_ranks) -> None:
    text = "The court heard that serviceman Dolgorukov left the unit."
    assert _normalized(text, "en") == ["Dolgorukov"]
    _without(monkeypatch, "en", "rank_before_name", "serviceman")
    assert _normalized(text, "en") == []


def test_the_english_short_ranks_are_the_yaml_s(monkeypatch, fresh_ranks) -> None:
    text = "Cpl. V. Dolgorukov was detained in Tula."
    assert _normalized(text, "en") == ["Dolgorukov"]
    _without(monkeypatch, "en", "rank_short", "cpl")
    assert _normalized(text, "en") == []


def test_the_russian_ranks_are_the_yaml_s(monkeypatch, fresh_ranks) -> None:
    text = "Суд приговорил ефрейтора П. Н. Долгорукова к пяти годам."
    assert _normalized(text, "ru") == ["Долгоруков"]
    _without(monkeypatch, "ru", "rank_before_initials", r"ефрейтор\w*")
    assert _normalized(text, "ru") == []


def test_the_russian_rank_qualifier_is_the_yaml_s(monkeypatch, fresh_ranks) -> None:
    text = "Задержан военнослужащий по контракту П. Долгоруков."
    assert _normalized(text, "ru") == ["Долгоруков"]
    _without(monkeypatch, "ru", "rank_qualifier", r"по\s+контракту")
    assert _normalized(text, "ru") == []


@pytest.mark.parametrize(
    "name, gender",
    [
        ("Dmitry Dolgorukov", "m"),  # a given name the list knows
        ("Olga Dolgorukova", "f"),  # a name in -a
        ("Nikita Dolgorukov", "m"),  # a man's name in -a (listed)
        ("Dolgorukov", "m"),  # a surname alone, a man's Slavic ending
        ("Dolgorukova", "f"),
        ("Harwick Stenmore", None),  # no list knows it, no Slavic ending: not a man's by default
        ("Stenmore", None),
    ],
)
def test_an_english_name_s_gender_is_not_invented(name: str, gender: str | None) -> None:
    assert R.name_gender(name, "en") == gender


def _mention(text: str, name: str) -> NameMention:
    at = text.index(name)
    return NameMention(name, at, at + len(name), name)


def test_a_pronoun_refers_to_no_one_whose_gender_is_unknown() -> None:
    """ "he said" after a sentence naming a person of unknown gender: no referent (it was taken
    for a man's name); a known man's name is still the referent."""
    texts = [
        "Harwick Stenmore spoke to the press outside the court in Tula.",
        "The serviceman fled his unit in May, he said.",
    ]

    def names_at(j: int) -> list[NameMention]:
        return [_mention(texts[j], "Harwick Stenmore")] if j == 0 else []

    assert R.person_before(texts, [0, 0], 1, "m", "en", lambda j: None, names_at=names_at) is None
    texts[0] = "Dmitry Dolgorukov spoke to the press outside the court in Tula."

    def known(j: int) -> list[NameMention]:
        return [_mention(texts[j], "Dmitry Dolgorukov")] if j == 0 else []

    got = R.person_before(texts, [0, 0], 1, "m", "en", lambda j: None, names_at=known)
    assert got == "Dmitry Dolgorukov"
