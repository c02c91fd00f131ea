"""Round 44 (count44): arms found out, the rest of a group told in one sentence, month labels.

- a guess or an expectation of arms that the men are then found without ("Police had prepared
  to detain armed deserters, but the men were not carrying any weapons", «могут быть вооружены,
  однако это не подтвердилось») says they were unarmed when caught, not how they fled;
- «остальных задержали» after the group and the part of it told in the same sentence («Четверо
  сбежали ...; одного застрелили, остальных задержали») is the group less that part;
- a month named as the label of a number («январь — 1410, февраль — 1522», "March: 1,630") is the
  month it holds for; «по месяцам:» introduces a table.
"""

from __future__ import annotations

import pytest
from tests.extract.helpers import events, figures_by_value

PUB = "2026-12-02"


def _armed(text: str, lang: str) -> dict[str, object]:
    return {e.type: e.armed for e in events(text, lang, PUB)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "В Сестрорецке задержали двух военных, сбежавших из зоны СВО. Сначала писали, что "
            "беглецы могут быть вооружены, однако это не подтвердилось.",
            "ru",
        ),
        (
            "В Сестрорецке задержали двух военных, сбежавших из зоны СВО. Сначала говорили, что "
            "мужчины могут иметь при себе оружие, но это не подтвердилось.",
            "ru",
        ),
        (
            "В Сестрорецке задержали двух военных, сбежавших из зоны СВО. Полицейские готовились "
            "к встрече с вооружёнными дезертирами, но оружия при себе у мужчин не оказалось.",
            "ru",
        ),
        (
            "Two soldiers who had fled the war zone were detained in Sestroretsk on Friday. Police "
            "had prepared to detain armed deserters, but the men were not carrying any weapons.",
            "en",
        ),
    ],
)
def test_arms_guessed_then_not_found_is_unarmed_when_caught(text: str, lang: str) -> None:
    armed = _armed(text, lang)
    assert armed.get("detention") is False
    assert armed.get("desertion") is None  # (found out when caught: nothing of the flight)


def test_rest_of_a_group_told_in_its_own_sentence() -> None:
    text = (
        "Четверо солдат сбежали из учебного центра и пытались пешком перейти границу с "
        "Молдовой; одного из них пограничники застрелили, остальных задержали."
    )
    counts = {e.type: e.count for e in events(text, "ru", PUB)}
    assert counts.get("desertion") == 4
    assert counts.get("detention") == 3


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "По месяцам картина такая: январь — 1410 дел о дезертирстве, февраль — 1522, "
            "март — 1630.",
            "ru",
            {1410: "2026-01", 1522: "2026-02", 1630: "2026-03"},
        ),
        (
            "Desertion cases reached courts at a growing pace this year: January: 1,410; "
            "February: 1,522; March: 1,630.",
            "en",
            {1410: "2026-01", 1522: "2026-02", 1630: "2026-03"},
        ),
        (
            "Дела о СОЧ, поступившие в военные суды в этом году, по месяцам:\nянварь — 1410\n"
            "февраль — 1520\nмарт — 1690",
            "ru",
            {1410: "2026-01", 1520: "2026-02", 1690: "2026-03"},
        ),
    ],
)
def test_a_month_label_dates_its_number(text: str, lang: str, want: dict[int, str]) -> None:
    got = figures_by_value(text, lang, PUB)
    assert {v: got[v].as_of for v in want if v in got} == want


def test_a_month_range_is_no_label() -> None:
    got = figures_by_value("Суды за январь — май 2026 года получили 5400 дел о СОЧ.", "ru", PUB)
    assert got[5400].as_of == "2026-05"
