"""Military courts whose names do not say their town are read as their seat's place (invented
sentences)."""

from __future__ import annotations

import pytest

from awol.extract.courts import _table, military_courts
from awol.extract.places import get_gazetteer


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Южный окружной военный суд приговорил дезертира.", "RU-ROS"),
        ("Дело рассмотрит Центральный окружной военный суд.", "RU-SVE"),
        ("Приговор вынес 2-й Западный окружной военный суд.", "RU-MOW"),
        ("Приговор вынес Второй западный окружной военный суд.", "RU-MOW"),
        ("В 235-м гарнизонном военном суде огласили приговор.", "RU-MOW"),
        ("Ленинградский окружной военный суд приговорил контрактника.", "RU-SPE"),
        ("Тихоокеанский флотский военный суд приговорил матроса.", "RU-PRI"),
        ("Дело передали в Южный окружной военный суд.", "RU-ROS"),
    ],
)
def test_russian_courts_are_their_seats(text: str, region: str) -> None:
    places = get_gazetteer().find(text, "ru")
    assert [p.region for p in places] == [region]
    assert places[0].text in text and "суд" in places[0].text


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("The Southern District Military Court sentenced him.", "RU-ROS"),
        ("The 2nd Western District Military Court sentenced him.", "RU-MOW"),
        ("The Pacific Fleet Military Court sentenced a sailor.", "RU-PRI"),
        ("He was tried by the 235th Garrison Military Court.", "RU-MOW"),
    ],
)
def test_english_courts_are_their_seats(text: str, region: str) -> None:
    assert [p.region for p in get_gazetteer().find(text, "en")] == [region]


@pytest.mark.parametrize(
    "text",
    [
        "Апелляционный военный суд оставил приговор в силе.",  # reviews verdicts given elsewhere
        "Военный суд приговорил дезертира.",
        "Южный военный округ объявил о призыве.",  # a military district, not its court
    ],
)
def test_no_seat_where_the_name_gives_none(text: str) -> None:
    assert military_courts(text, "ru", get_gazetteer()) == []


def test_every_seat_is_known_to_the_gazetteer() -> None:
    for lang in ("ru", "en"):
        assert all(region for _rx, _seat, region, _country in _table(lang, get_gazetteer()))


def test_towns_adjective_with_a_hyphen() -> None:
    """ "Йошкар-Олинский гарнизонный военный суд": the adjective of Йошкар-Ола."""
    places = get_gazetteer().find("Йошкар-Олинский гарнизонный военный суд приговорил его.", "ru")
    assert [p.region for p in places] == ["RU-ME"]
