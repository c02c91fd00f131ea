"""A killing done by the deserters is not a death of theirs; their own death still is."""

from __future__ import annotations

import pytest
from tests.extract.helpers import types


def _types(text: str, lang: str) -> list[str]:
    return types(text, lang, "2024-05-20")


@pytest.mark.parametrize(
    ("text", "lang", "death"),
    [
        ("Five soldiers deserted from their unit in May. The fugitives killed a guard.", "en", 0),
        ("Five soldiers deserted from their unit in May. One deserter was shot dead.", "en", 1),
        # a passive: the deserters are the ones killed
        ("Two soldiers deserted from their unit in May. One of the fugitives was killed.", "en", 1),
        ("Пятеро военнослужащих дезертировали в мае. Они убили охранника.", "ru", 0),
        ("Пятеро военнослужащих дезертировали в мае. Одного беглеца застрелили.", "ru", 1),
        # the subject of the killing is a deserter, in the nominative (pymorphy3): his victims
        ("Солдат, сбежавший из части, застрелил таксиста в Саратове. Его задержали.", "ru", 0),
        ("Дезертир Иван Петров убил соседа в Курской области. Его задержали.", "ru", 0),
        # the one killed is the deserter: his death ("беглеца" is not nominative)
        ("Рядовой сбежал из части. Полицейские застрелили беглеца в Курске.", "ru", 1),
        ("Рядовой сбежал из части. Военные застрелили дезертира при задержании.", "ru", 1),
        # a verb of dying whose subject is someone else, not one of the story's people
        ("Рядовой сбежал из части в мае. Таксист, которого он ранил, скончался.", "ru", 0),
        ("Рядовой сбежал из части в мае. Охранник погиб на месте.", "ru", 0),
        ("Рядовой сбежал из части в мае. Беглец погиб при задержании.", "ru", 1),
        # the subject is not before the verb, or is in another clause: his death
        ("Рядовой сбежал из части в мае, а через неделю погиб.", "ru", 1),
    ],
)
def test_victims_are_not_deaths(text: str, lang: str, death: int) -> None:
    assert _types(text, lang).count("death") == death
