"""Which events a text holds (round 31; invented sentences, EN and RU).

Two happenings of one type told in one sentence whose second verb is left out, the second man
named before his own time or place ("X was detained in April in Velikiye Luki, and Sergeant Y in
May in Tver"; «Кузина задержали в апреле в Великих Луках, сержанта Гаврилова — в мае в Твери»):
two events, each with its own man (``elided`` in ``lang/*/events.yaml``,
``mentions._elided`` / ``_own_names``).  A name before a dash that gives a state, not a time or
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
