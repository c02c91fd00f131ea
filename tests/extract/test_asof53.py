"""Round 53 (asof53): the date a figure holds for (its ``as_of``), by mechanism.

- the end of a period the lists lacked: "the first three quarters of 2024" (September), «за
  первые три квартала» ; "between January and early December 2022" (December), «до начала
  декабря»; "in the summer of 2026", «летом 2026 года» (August); «за девять месяцев года»
  (September); «за прошлый месяц» (the month before publication's);
- "the first ten months of 2026, when 162,500 were opened": the period's end, not its year;
- "1,083 in 2021, and 1,379 a year later": the year after, read after the number too;
- "... 790 sentences; in 2021 there were 605": a date after the number, not across a semicolon;
- "another 310 last month, taking the tally since September 2022 to 19,000": a running total
  holds at publication (or at its report's day), not for the increment's month;
- "140 verdicts are now issued every week" after a period's numbers: a rate of now;
- "4 in March, 9 in April, 40 in May and 176 in June": small numbers listed before a figure;
- "X, detained on 14 November, is one of more than 1,250 deserters": the hedged whole is a
  statistic, not dated by the one man's day.
All sentences invented.
"""

from __future__ import annotations

import pytest
from tests.extract.helpers import extract, figures_by_value

PUB = "2026-12-02"
LEAD_EN = "Desertion from the army keeps rising. "
LEAD_RU = "Дезертирство из армии растёт. "


@pytest.mark.parametrize(
    ("text", "lang", "value", "as_of"),
    [
        (
            LEAD_EN + "Desertion cases grew as well: 17,240 were opened over the first three "
            "quarters of 2025, compared with 5,120 a year earlier.",
            "en",
            17240,
            "2025-09",
        ),
        (
            LEAD_EN + "Desertion cases grew as well: 17,240 were opened over the first three "
            "quarters of 2025, compared with 5,120 a year earlier.",
            "en",
            5120,
            "2024-09",
        ),
        (
            LEAD_RU + "Дезертирство тоже выросло: за первые три квартала 2025 года открыто "
            "17 240 дел о дезертирстве против 5120 годом ранее.",
            "ru",
            17240,
            "2025-09",
        ),
        (
            LEAD_EN + "Garrison courts received 1,012 desertion cases between January and early "
            "November 2024 and handed down 845 sentences in them; in 2023 there were 611 such "
            "sentences, and 570 in 2022.",
            "en",
            845,
            "2024-11",
        ),
        (
            LEAD_EN + "Analysts of the group Quiet Exit studied desertion cases opened in the "
            "summer of 2026. Over those three months, investigators opened 1,640 desertion "
            "cases in the Central Military District.",
            "en",
            1640,
            "2026-08",
        ),
        (
            LEAD_RU + "Аналитики группы «Тихий выход» изучили дела о дезертирстве, возбуждённые "
            "летом 2026 года. За эти три месяца следователи в Центральном военном округе "
            "возбудили 1640 дел о дезертирстве.",
            "ru",
            1640,
            "2026-08",
        ),
        (
            LEAD_RU + "За девять месяцев года в гарнизонные суды поступило около одиннадцати "
            "тысяч дел о самовольном оставлении части, подсчитало издание.",
            "ru",
            11000,
            "2026-09",
        ),
        (
            LEAD_RU + "«Только за прошлый месяц в крае задержали около 460 дезертиров», — "
            "сказал начальник краевой полиции.",
            "ru",
            460,
            "2026-11",
        ),
    ],
)
def test_the_end_of_a_period(text: str, lang: str, value: int, as_of: str) -> None:
    assert figures_by_value(text, lang, PUB)[value].as_of == as_of


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            LEAD_EN + "The three years from 2022 to 2024 together brought fewer AWOL cases than "
            "the first ten months of 2026, when 158,300 were opened.",
            "en",
        ),
        (
            LEAD_RU + "Даже за три года с 2022 по 2024 дел о СЗЧ открыли меньше, чем за десять "
            "месяцев 2026 года, когда их набралось 158,3 тыс.",
            "ru",
        ),
    ],
)
def test_a_period_then_when(text: str, lang: str) -> None:
    assert figures_by_value(text, lang, PUB)[158300].as_of == "2026-10"


def test_a_year_later_after_the_number() -> None:
    text = (
        LEAD_EN + "Court statistics show that 1,140 servicemen were convicted of desertion in "
        "2022, and 1,420 a year later."
    )
    figs = figures_by_value(text, "en", PUB)
    assert figs[1140].as_of == "2022"
    assert figs[1420].as_of == "2023"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            LEAD_EN + "Military courts convicted another 290 soldiers of going AWOL last month, "
            "taking the tally since September 2022 to more than 18,500, according to the rights "
            "group Open Door.",
            "en",
        ),
        (
            LEAD_RU + "В ноябре гарнизонные суды осудили за самовольное оставление части ещё 290 "
            "военных; всего с сентября 2022 года таких приговоров вынесено более 18 500.",
            "ru",
        ),
    ],
)
def test_a_running_total_holds_at_publication(text: str, lang: str) -> None:
    figs = figures_by_value(text, lang, PUB)
    assert figs[290].as_of == "2026-11"
    assert figs[18500].as_of == PUB


def test_a_running_total_beside_another_day_is_left() -> None:
    # (control, passes on both: the day of a count told in another clause keeps its reading)
    text = (
        LEAD_EN + "By 18 November, military courts had received 5,410 such cases, and since "
        "the spring they have handed down about 95 verdicts a week, Mediazona said."
    )
    assert figures_by_value(text, "en", PUB)[95].as_of == "2026-11-18"


def test_a_rate_of_now_after_a_period() -> None:
    text = (
        LEAD_EN + "In the first half of 2026, garrison courts received 3,150 cases of soldiers "
        "leaving their units without leave. The outlet writes that 130 verdicts are now issued "
        "every week."
    )
    figs = figures_by_value(text, "en", PUB)
    assert figs[3150].as_of == "2026-06"
    assert figs[130].as_of == PUB


def test_small_numbers_listed_before_a_figure() -> None:
    text = (
        LEAD_EN + "A military blogger listed how many of the brigade's fighters went AWOL each "
        "month: 5 in February, 8 in March, 47 in April and 163 in May."
    )
    figs = figures_by_value(text, "en", PUB)
    assert {v: figs[v].as_of for v in (5, 8, 47, 163) if v in figs} == {
        5: "2026-02",
        8: "2026-03",
        47: "2026-04",
        163: "2026-05",
    }


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Corporal Ilya Sorin, who was detained on 14 November, is one of more than 1,250 "
            "deserters caught in the region this year, the regional police said.",
            "en",
        ),
        (
            "Задержанный 14 ноября ефрейтор Илья Сорин стал одним из более чем 1250 дезертиров, "
            "пойманных в регионе в этом году, сообщили в полиции.",
            "ru",
        ),
    ],
)
def test_one_of_a_hedged_whole(text: str, lang: str) -> None:
    # the whole is a statistic (at least), of the publication's date, not the one man's day;
    # the one man's detention stays an event
    out = extract(text, lang, PUB)
    figs = {f.value: f for f in out.figures}
    assert figs[1250].qualifier == "at_least"
    assert figs[1250].as_of == PUB
    assert [e.type for e in out.events] == ["detention"]


def test_one_of_a_bare_number_is_no_statistic() -> None:
    # (control, passes on both: "one of 60 soldiers who deserted" tells one group's flight)
    text = "He was one of 60 soldiers who deserted from the brigade in May."
    assert 60 not in figures_by_value(text, "en", PUB)
