"""Round 47 (ruprec47): Russian flights named only as the statute's wording inside a charge or a
verdict, on invented articles.  Each has a twin that stays a flight (the flight dated in its own
sentence, a time ago rather than a duration, no legal step), so a rule that drops every flight
of a court story fails.

- «Сержанта обвиняют в том, что в период мобилизации он больше месяца отсутствовал в части»:
  the charge is the happening, the flight its content told by the duration that qualifies the
  crime (``statute_flight`` in ``lang/ru/events.yaml``; awol/extract/statute_flight.py).
"""

from __future__ import annotations

import pytest
from tests.extract.helpers import types

_CHARGE = (
    "В Тверской гарнизонный военный суд поступило уголовное дело о самовольном оставлении "
    "части. {}"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ефрейтора Олега Марченкова обвиняют в том, что в период мобилизации он больше месяца "
        "отсутствовал в своей части.",
        "По версии следствия, сержант Глеб Утешев отсутствовал на службе свыше одного месяца.",
        "Обвинение в том, что он дольше месяца не являлся в часть, предъявлено рядовому Петру "
        "Сажину.",
        "Рядовому Ильдару Хасанову вменяют то, что он оставил часть более чем на месяц во время "
        "мобилизации.",
    ],
)
def test_statute_duration_in_a_charge_is_no_flight(sentence: str) -> None:
    got = types(_CHARGE.format(sentence), "ru", "2025-03-14")
    assert "prosecution" in got
    assert "desertion" not in got


@pytest.mark.parametrize(
    "sentence",
    [
        # the flight dated in its own sentence: a flight, with its charge
        "По версии следствия, в июне сержант Глеб Утешев самовольно покинул часть и больше "
        "месяца жил у родственников в Ржеве.",
        # a time ago, not a duration
        "Сержанта Глеба Утешева задержали в Ржеве: больше месяца назад он сбежал из части.",
    ],
)
def test_a_flight_told_beside_stays(sentence: str) -> None:
    got = types(_CHARGE.format(sentence), "ru", "2025-03-14")
    assert "desertion" in got


def test_a_verdicts_flight_dated_by_the_next_sentence_stays() -> None:
    text = (
        "Тверской гарнизонный военный суд приговорил к четырём годам колонии контрактника, "
        "который самовольно оставил часть в Ржеве и больше двух месяцев скрывался. "
        "Как установил суд, военнослужащий ушёл из части 3 марта 2025 года."
    )
    assert "desertion" in types(text, "ru", "2025-09-14")


def test_a_duration_without_a_legal_step_stays() -> None:
    text = (
        "В Тверской области ищут мобилизованного Глеба Утешева. "
        "Сержант самовольно покинул часть и больше месяца скрывается у родственников."
    )
    assert "desertion" in types(text, "ru", "2025-03-14")
