"""A river named like a town is no place of the town (invented phrases): "на левом берегу
Днепра", "реки Самары", "the Dnipro River", "across the Dnipro"; the town's own words keep it."""

from __future__ import annotations

import pytest

from awol.extract.places import get_gazetteer


def _regions(text: str, lang: str) -> list[str | None]:
    return [p.region for p in get_gazetteer().find(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("солдаты ушли с позиций на левом берегу Днепра", "ru"),
        ("переправились через Днепр на лодке", "ru"),
        ("на левобережье Днепра", "ru"),
        ("вдоль реки Днепр", "ru"),
        ("на реке Самаре", "ru"),
        ("on the left bank of the Dnipro River", "en"),
        ("across the Dnipro", "en"),
        ("on the banks of the Dnieper", "en"),
        ("along the Samara River", "en"),
    ],
)
def test_a_river_is_no_town(text, lang):
    assert _regions(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "region"),
    [
        ("в Днепре задержали", "ru", "UA-12"),
        ("бежал через Ростов", "ru", "RU-ROS"),
        ("в Самаре", "ru", "RU-SAM"),
        ("in Dnipro", "en", "UA-12"),
        ("the city of Dnipro", "en", "UA-12"),
        ("Samara riverside park", "en", "RU-SAM"),
    ],
)
def test_the_towns_own_words_keep_it(text, lang, region):
    assert _regions(text, lang) == [region]
