"""A noun phrase set beside a settlement's name that places it (invented sentences, EN and RU):
"in Kamenka, a village in the Kursk region", "в Каменке, небольшом селе в Курской области".  The
region it names is the event's when the gazetteer does not know the name, and picks the namesake
in that region when it knows several ("Pokrovka")."""

from __future__ import annotations

import pytest
from tests.extract.helpers import events
from tests.extract.helpers import one as _one

from awol.extract.places import get_gazetteer


def _events(text: str, lang: str):
    return events(text, lang, "2025-06-11")


@pytest.mark.parametrize(
    ("text", "lang", "region"),
    [
        ("Police detained a deserter in Kamenka, a village in the Kursk region.", "en", "RU-KRS"),
        (
            "Police detained a deserter in Ivanovka, a small village in the Belgorod region.",
            "en",
            "RU-BEL",
        ),
        ("In Kamenka, a village in the Kursk region, police detained a deserter.", "en", "RU-KRS"),
        (
            "Полиция задержала дезертира в Каменке, небольшом селе в Курской области.",
            "ru",
            "RU-KRS",
        ),
        (
            "Дезертира задержали в Ивановке, селе в Белгородской области, в понедельник.",
            "ru",
            "RU-BEL",
        ),
        (
            "В Ивановке, небольшом селе Курской области, полиция задержала дезертира.",
            "ru",
            "RU-KRS",
        ),
    ],
)
def test_the_region_set_beside_an_unknown_village_places_the_event(text, lang, region):
    assert _one(_events(text, lang), "detention").region == region


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Police detained a deserter in Pokrovka, a village in the Orenburg region.", "en"),
        ("Полиция задержала дезертира в Покровке, деревне Оренбургской области.", "ru"),
        ("Полиция задержала дезертира в Покровке, небольшой деревне в Оренбургской области.", "ru"),
    ],
)
def test_the_region_set_beside_a_shared_name_picks_its_namesake(text, lang):
    assert {p.region for p in get_gazetteer().find(text, lang)} == {"RU-ORE"}


def test_a_phrase_beside_a_name_that_is_no_settlement_places_nothing_else():
    text = "Police detained a deserter on Monday, a day after he fled his unit."
    assert _one(_events(text, "en"), "detention").region is None


# ------------------------------------------------------- a town and the city it is near
@pytest.mark.parametrize(
    ("text", "lang", "region"),
    [
        ("A deserter was detained in Mytishchi, near Moscow.", "en", "RU-MOS"),
        ("A deserter was detained in the Moscow suburb of Khimki.", "en", "RU-MOS"),
        ("A deserter was detained in Moscow's Khimki suburb.", "en", "RU-MOS"),
        ("A deserter was detained in Tula, near Moscow.", "en", "RU-TUL"),
        ("Дезертира задержали в Мытищах под Москвой.", "ru", "RU-MOS"),
        ("Дезертира задержали в Гатчине под Петербургом.", "ru", "RU-LEN"),
    ],
)
def test_the_city_named_to_say_where_a_town_is_is_not_the_place(text, lang, region):
    assert _one(_events(text, lang), "detention").region == region


def test_two_places_of_a_list_are_no_landmark():
    assert (
        _one(_events("Дезертиров задержали в Москве и под Тулой.", "ru"), "detention").region
        is None
    )
