"""Which events a text holds (round 31; invented sentences, EN and RU).

Two happenings of one type told in one sentence whose second verb is left out, the second man
named before his own time or place ("X was detained in April in Velikiye Luki, and Sergeant Y in
May in Tver"; «Кузина задержали в апреле в Великих Луках, сержанта Гаврилова — в мае в Твери»):
two events, each with its own man (``elided`` in ``lang/*/events.yaml``,
``trigger_find.elided`` / ``mentions._own_names``).  A name before a dash that gives a state, not a time or
place («Иванов — в розыске»), is no second happening.
"""

from __future__ import annotations

import pytest
from tests.extract.helpers import events, of_type


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Military police caught two deserters from a unit in Pskov. Corporal Nikolai Kuzin "
            "was detained in April in Velikiye Luki, and Sergeant Ilya Gavrilov in May in Tver.",
            "en",
        ),
        (
            "Военная полиция задержала двух дезертиров из части в Пскове. Ефрейтора Николая "
            "Кузина задержали в апреле в Великих Луках, сержанта Илью Гаврилова — в мае в Твери.",
            "ru",
        ),
    ],
)
def test_a_second_man_with_his_verb_left_out_is_a_second_detention(text: str, lang: str) -> None:
    found = of_type(events(text, lang, "2026-06-10"), "detention")
    assert sorted(e.date for e in found) == ["2026-04", "2026-05"]
    by_date = {e.date: e for e in found}
    assert by_date["2026-04"].region == "RU-PSK" and by_date["2026-05"].region == "RU-TVE"
    assert len(by_date["2026-04"].names) == 1 and len(by_date["2026-05"].names) == 1
    assert by_date["2026-04"].names != by_date["2026-05"].names
    assert by_date["2026-04"].count == 1 and by_date["2026-05"].count == 1


def test_a_name_before_a_dash_of_a_state_is_no_second_happening() -> None:
    text = (
        "Двое контрактников сбежали из части в Самаре в марте. Петрова задержали в Сызрани, "
        "Иванов — в розыске."
    )
    assert len(of_type(events(text, "ru", "2026-06-10"), "detention")) == 1


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Three conscripts fled their unit near Orenburg on Saturday. Police found two of them "
            "on Tuesday at a bus station in Orsk.",
            "en",
        ),
        (
            "Трое срочников сбежали из части под Оренбургом в субботу. Утром во вторник одного из "
            "беглецов нашли на вокзале в Орске.",
            "ru",
        ),
    ],
)
def test_part_of_a_group_found_by_the_police_is_a_detention(text: str, lang: str) -> None:
    found = of_type(events(text, lang, "2026-05-14"), "detention")
    assert len(found) == 1 and found[0].date == "2026-05-12"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Three conscripts fled their unit near Orenburg on Saturday. Police found one of them "
            "dead in a forest on Tuesday.",
            "en",
        ),
        (
            "Трое срочников сбежали из части под Оренбургом в субботу. Одного из них нашли "
            "мертвым в лесу.",
            "ru",
        ),
    ],
)
def test_found_dead_is_no_detention(text: str, lang: str) -> None:
    assert not of_type(events(text, lang, "2026-05-14"), "detention")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "A garrison court in Kursk has started hearing desertion cases. The trial of contract "
            "soldier Igor Sedov, a mobilised man from Kursk accused of walking away from his unit "
            "in the Belgorod region in March, began on Monday.",
            "en",
        ),
        (
            "Суд в Перми в понедельник приступил к рассмотрению дела рядового Олега Панова, "
            "обвиняемого в самовольном оставлении части.",
            "ru",
        ),
        (
            "В Казани стартовал суд над рядовым Ильей Котовым, обвиняемым в самовольном "
            "оставлении части.",
            "ru",
        ),
        (
            "Суд приступит к рассмотрению уголовного дела мобилизованного Котова, обвиняемого в "
            "дезертирстве, 20 июня.",
            "ru",
        ),
    ],
)
def test_a_trial_begun_or_ahead_is_a_prosecution(text: str, lang: str) -> None:
    assert of_type(events(text, lang, "2026-05-14"), "prosecution")


def test_a_trial_for_another_crime_is_none() -> None:
    text = "Суд приступил к рассмотрению дела о краже, возбужденного против бывшего контрактника."
    assert not of_type(events(text, "ru", "2026-05-14"), "prosecution")


def test_a_flight_told_with_again_before_its_place_is_found() -> None:
    text = (
        "Private Ivan Lomov was sent back to the front in June. He disappeared again from a field "
        "hospital in the Kursk region in early October, his wife said."
    )
    found = of_type(events(text, "en", "2026-05-14"), "desertion")
    assert [e.region for e in found] == ["RU-KRS"]


def test_a_motor_rifle_unit_left_is_a_flight_and_a_rifle_left_is_not() -> None:
    text = (
        "Private Yegor Lipin, 22, left his motorized rifle regiment in the Zaporizhzhia region in "
        "mid-August, while Sergeant Pavel Dronov, 35, did not return to his unit in Rostov-on-Don "
        "after a leave that ended on Sept. 20, the outlet said."
    )
    found = of_type(events(text, "en", "2025-11-03"), "desertion")
    assert sorted(e.date for e in found) == ["2025-08", "2025-09-20"]
    assert not of_type(events("He left his rifle in the trench.", "en", "2025-11-03"), "desertion")
