"""Russian places named by an epithet, an adjective, an address or a city's district."""

from __future__ import annotations

import pytest

from awol.extract.places import get_gazetteer


def _regions(text: str) -> list[str | None]:
    return [m.region for m in get_gazetteer().find(text, "ru")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an epithet of the city
        ("задержали в северной столице двух военнослужащих", ["RU-SPE"]),
        # an adjective that names its region wherever it stands, not only before an institution
        ("сбежал из подмосковного парка «Патриот»", ["RU-MOS"]),
        # a small settlement after the street of an address
        ("на Биржевой улице в Белоострове задержали двух военнослужащих", ["RU-SPE"]),
        # a district of the city named after it, whatever town its adjective names elsewhere
        ("задержали в Курортном районе северной столицы", ["RU-SPE"]),
        ("в Советском районе Волгограда", ["RU-VGG"]),
        # a district named by a town of the same region keeps both
        ("в Наро-Фоминском районе Московской области", ["RU-MOS", "RU-MOS"]),
    ],
)
def test_russian_places(text: str, expected: list[str]) -> None:
    assert _regions(text) == expected


def test_a_small_settlement_needs_its_street_right_before_it() -> None:
    # "улице Ленина в Мере": the street is not right before "в", the town (also a word) is unread
    assert _regions("на улице Ленина в Мере задержали") == []


def test_a_town_is_read_in_the_other_romanisation_of_its_ending() -> None:
    gaz = get_gazetteer()
    for spelling in ("Sharalday", "Sharaldai"):
        found = gaz.find(f"He hid in the village of {spelling} for months.", "en")
        assert [m.region for m in found] == ["RU-BU"], spelling
