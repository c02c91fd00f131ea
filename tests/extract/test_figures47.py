"""Round 47 (figures47): figures told in other shapes, and the date a figure holds at.

- the whole a statistic's part is told of ("9,300 of the 10,200 cases", «9300 из 10 200 дел»):
  a figure too, of the same date;
- a statistic named with no number, its value told bare in the next sentence ("Mediazona counted
  the AWOL cases ... in January. There were 812 of them.", «Их оказалось 812.»): that value, for
  the named sentence's period;
- thousands who left over a ranged period ("13,800 soldiers deserted between 2022 and July
  2025"): a tally, not one flight, holding at the period's end; a date right before "report" is
  the report's, not the figure's;
- «за два первых месяца этого года»: that second month;
- a count up to now after a count of a closed year ("In 2024 ... 10,300. Since the war began,
  more than 25,000"): as it stands when told, not at the end of 2024;
- "according to data published in October": no teller named.
All sentences invented.
"""

from __future__ import annotations

import pytest
from tests.extract.helpers import extract, figures_by_value

PUB = "2026-12-04"


@pytest.mark.parametrize(
    ("text", "lang", "part", "whole"),
    [
        (
            "Unauthorised absence accounted for 7,310 of the 8,020 cases sent to military courts "
            "since mobilisation, the outlet counted.",
            "en",
            7310,
            8020,
        ),
        (
            "На долю самовольного оставления части пришлось 7310 из 8020 дел, поступивших в "
            "военные суды с начала мобилизации.",
            "ru",
            7310,
            8020,
        ),
    ],
)
def test_the_whole_of_a_part_is_a_figure(text: str, lang: str, part: int, whole: int) -> None:
    got = figures_by_value(text, lang, PUB)
    assert part in got and whole in got
    assert got[whole].as_of == got[part].as_of == PUB


def test_three_of_six_is_no_figure() -> None:
    assert not extract("Three of the six deserters were caught near Pskov.", "en", PUB).figures


def test_a_whole_of_recruits_is_no_figure() -> None:
    got = figures_by_value(
        "A rights group says at least 25 of the roughly 140 men recruited from a penal colony "
        "near Omsk last spring have since been reported AWOL by their units.",
        "en",
        PUB,
    )
    assert 140 not in got


@pytest.mark.parametrize(
    ("text", "lang", "value", "as_of"),
    [
        (
            "The outlet counted the desertion cases that reached garrison courts in March. "
            "There were 644 of them.",
            "en",
            644,
            "2026-03",
        ),
        (
            "Mediazona tallied the AWOL cases filed in 2025. The total came to 9,415.",
            "en",
            9415,
            "2025",
        ),
        (
            "Издание подсчитало, сколько дел о дезертирстве поступило в гарнизонные суды в марте. "
            "Их оказалось 644.",
            "ru",
            644,
            "2026-03",
        ),
    ],
)
def test_a_value_told_bare_after_its_statistic(
    text: str, lang: str, value: int, as_of: str
) -> None:
    got = figures_by_value(text, lang, PUB)
    assert value in got
    assert got[value].as_of == as_of


@pytest.mark.parametrize(
    ("text", "lang", "value", "as_of"),
    [
        (
            "The analysts said in their October report that 11,240 soldiers had deserted between "
            "2022 and June 2025.",
            "en",
            11240,
            "2025-06",
        ),
        (
            "По данным аналитиков, с 2022 года по июнь 2025-го из армии дезертировали 11,2 тысячи "
            "военных.",
            "ru",
            11200,
            "2025-06",
        ),
    ],
)
def test_thousands_over_a_ranged_period_are_a_tally(
    text: str, lang: str, value: int, as_of: str
) -> None:
    doc = extract(text, lang, PUB)
    got = {f.value: f for f in doc.figures}
    assert value in got
    assert got[value].as_of == as_of
    assert not [e for e in doc.events if e.count == value]


def test_the_first_two_months_told_number_first() -> None:
    got = figures_by_value(
        "За два первых месяца этого года правоохранители зарегистрировали 19 400 дел о СЗЧ.",
        "ru",
        "2026-03-11",
    )
    assert got[19400].as_of == "2026-02"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "In 2024, military courts received 10,300 AWOL cases. Since the start of the war, "
            "the courts have received more than 25,000 such cases, the outlet said.",
            "en",
        ),
        (
            "В 2024 году в военные суды поступило 10 300 дел о СОЧ. С начала войны таких дел "
            "набралось более 25 тысяч.",
            "ru",
        ),
    ],
)
def test_a_count_up_to_now_after_a_closed_year(text: str, lang: str) -> None:
    got = figures_by_value(text, lang, PUB)
    assert got[10300].as_of == "2024"
    assert got[25000].as_of == PUB


def test_a_count_up_to_now_after_a_month_of_its_year_keeps_it() -> None:
    got = figures_by_value(
        "In the first seven months of 2026, 96,400 AWOL proceedings were registered. Since "
        "the invasion began, the total has reached 241,300.",
        "en",
        PUB,
    )
    assert got[241300].as_of == "2026-07"


def test_data_published_names_no_teller() -> None:
    got = figures_by_value(
        "According to data published in October, 6,240 soldiers have been sentenced for going "
        "AWOL since January.",
        "en",
        PUB,
    )
    assert got[6240].source is None


@pytest.mark.parametrize(
    ("text", "lang", "value", "source"),
    [
        (
            "Figures from the State Judicial Administration indicate that 3,460 soldiers were "
            "convicted of desertion in 2025.",
            "en",
            3460,
            "State Judicial Administration",
        ),
        (
            "On Tuesday Verstka reported that 6,410 AWOL cases had reached garrison courts since "
            "the start of the year.",
            "en",
            6410,
            "Verstka",
        ),
        (
            "Из ответа Нацполиции на запрос журналистов следует, что с 2022 года открыто 87 тысяч "
            "дел о СЗЧ.",
            "ru",
            87000,
            "Нацполиции",
        ),
        (
            "3 апреля «Вёрстка» сообщила, что с начала года в гарнизонные суды поступило 6410 дел "
            "о СОЧ.",
            "ru",
            6410,
            "Вёрстка",
        ),
    ],
)
def test_the_teller_of_a_figure(text: str, lang: str, value: int, source: str) -> None:
    assert figures_by_value(text, lang, PUB)[value].source == source


def test_a_later_sentence_opened_by_its_teller_keeps_it() -> None:
    got = figures_by_value(
        "In the first five months of 2026 garrison courts heard 2,140 AWOL cases. Figures from "
        "the State Judicial Administration show that 3,460 soldiers were convicted of desertion "
        "in 2025.",
        "en",
        PUB,
    )
    assert got[3460].source == "State Judicial Administration"
    assert got[2140].source is None
