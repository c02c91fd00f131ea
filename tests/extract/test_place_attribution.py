"""Which trigger a place of its sentence belongs to: the clause that says where they were
before a temporal clause ("were deployed in X when they deserted"), and a capitalised word
before "из" that opens the sentence is no surname ("Дезертировал из Курской области")."""

from __future__ import annotations

import pytest

from awol.extract.document import extract_article
from awol.model import Article


def _places(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    ex = extract_article(Article(id="t", text=text, published="2025-03-20", language=lang))
    return [(e.type, e.region, e.country) for e in ex.events]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The troops were deployed in the Kursk region when they deserted.",
            "en",
            [("desertion", "RU-KRS", "RU")],
        ),
        (
            "Военные находились в Курской области, когда сбежали из части.",
            "ru",
            [("desertion", "RU-KRS", "RU")],
        ),
        # the two regions name no one region; their country holds
        (
            "The men were stationed in Russia's Kursk and Bryansk oblasts, some six miles "
            "from the border, when they deserted.",
            "en",
            [("desertion", None, "RU")],
        ),
    ],
)
def test_where_they_were_when_it_happened(text: str, lang: str, expected: list) -> None:
    assert _places(text, lang) == expected


def test_a_sentence_first_verb_before_iz_is_no_surname() -> None:
    found = _places("Дезертировал из Курской области: военнослужащего объявили в розыск.", "ru")
    assert ("desertion", "RU-KRS", "RU") in found


def test_a_surname_before_iz_is_still_an_origin() -> None:
    found = _places("Ростов из Невьянского района обвиняется в дезертирстве.", "ru")
    assert found and all(region is None for _, region, _ in found)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("According to The Moscow Times, a soldier deserted from his unit in March.", "en"),
        ("A soldier deserted from his unit in March, the Kyiv Independent reported.", "en"),
        ("Военнослужащий самовольно оставил часть в марте, сообщает Вечерняя Москва.", "ru"),
    ],
)
def test_the_place_in_an_outlets_name_is_not_where_it_happened(text: str, lang: str) -> None:
    assert [region for _type, region, _country in _places(text, lang)] == [None]


@pytest.mark.parametrize(
    ("text", "lang", "outlet"),
    [
        ("He told The Moscow Times on Monday.", "en", True),
        ("Echo of Moscow said so.", "en", True),
        ("По данным Крым.Реалии, их задержали.", "ru", True),
        ("Об этом пишет Эхо Москвы.", "ru", True),
        # a date or an ordinary word after the place, a preposition before it
        ("Их задержали в Москве 24 февраля.", "ru", False),
        ("He was detained in Moscow today.", "en", False),
        ("He was detained in Moscow on Friday.", "en", False),
    ],
)
def test_a_place_in_an_outlets_name(text: str, lang: str, outlet: bool) -> None:
    from awol.extract.places import get_gazetteer, in_outlet_name

    places = [p for p in get_gazetteer().find(text, lang) if p.region]
    assert places
    assert in_outlet_name(text, places[0], lang) is outlet


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # where a person lives or comes from is not where the event happened
        ("A deserter who lived in Tver was sentenced to five years in a penal colony.", "en"),
        ("His mother, who lives in Omsk, said he deserted from his unit in March.", "en"),
        ("A Tver man deserted from his unit in March.", "en"),
        ("The soldier, originally from Omsk, deserted from his unit in March.", "en"),
        ("A 25-year-old from Omsk deserted from his unit in March.", "en"),
        ("Дезертира, проживающего в Омске, приговорили к пяти годам колонии.", "ru"),
        ("Его мать, которая живёт в Омске, рассказала, что он сбежал из части в марте.", "ru"),
    ],
)
def test_where_a_person_lives_is_not_where_it_happened(text: str, lang: str) -> None:
    assert [region for _type, region, _country in _places(text, lang)] == [None]
