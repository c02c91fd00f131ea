"""Round 41 (fig41): aggregate figures told in ways the rules had not read.

- a statistic named in one sentence with no number of it, its numbers in the next ("The number
  of desertion cases sent to court has grown every year. In 2023 - 5,140; in 2024 - ...",
  «Число дел ... растёт каждый год. В 2023 году – 5140, ...»): the bare numbers after are the
  statistic's values, each for its own date (``figures.heads_figures``, ``figure_heading`` of
  lang/*/figures.yaml), as are rows under a "..., by year:" line; not a count of people in the
  next sentence that tells an event;
- a bound between a numbering word and the number says the number numbers nothing: «помогли
  покинуть части более 700 военным» counts 700 people (not «части 5 статьи 337»);
- a group of many (50 and more, under a thousand) who fled, were caught or died together on a
  day the sentence names is one event's count, not a figure, in Russian as in English.
All sentences are invented.
"""

from __future__ import annotations

import pytest
from tests.extract.helpers import extract, figures_by_value

from awol.extract.counts import find_counts

PUB = "2026-11-18"


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "Courts keep receiving such cases, the outlet found. The number of desertion cases"
            " sent to court has grown every year. In 2023 – 5,140; in 2024 – 9,870; in 2025 –"
            " 14,320.",
            "en",
            {5140: "2023", 9870: "2024", 14320: "2025"},
        ),
        (
            "The number of soldiers convicted of leaving their units keeps growing. In 2024 there"
            " were 3,310 such verdicts, in 2025 – 6,020.",
            "en",
            {3310: "2024", 6020: "2025"},
        ),
        (
            "Суды получают всё больше таких дел, выяснило издание. Число дел о дезертирстве,"
            " направленных в суд, растёт каждый год. В 2023 году – 5140, в 2024-м – 9870, в"
            " 2025-м – 14 320.",
            "ru",
            {5140: "2023", 9870: "2024", 14320: "2025"},
        ),
        (
            "Количество приговоров за самовольное оставление части растёт. В 2024 году их было"
            " 3310, в 2025 году — 6020.",
            "ru",
            {3310: "2024", 6020: "2025"},
        ),
    ],
)
def test_numbers_after_a_named_statistic_are_its_figures(
    text: str, lang: str, want: dict[int, str]
) -> None:
    got = figures_by_value(text, lang, PUB)
    assert {v: got[v].as_of for v in want if v in got} == want


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Military courts keep receiving more cases against soldiers who left their units,"
            " the outlet found in its new study.\nSentences for leaving a unit without"
            " permission, by year:\n2023: 4,210\n2024: 8,050\n2025: 12,760\nThe General Staff"
            " did not reply to questions the outlet sent on Monday about these numbers.",
            "en",
        ),
        (
            "Военные суды получают всё больше дел против военных, покинувших свои части,"
            " выяснило издание в новом исследовании.\nПриговоры за самовольное оставление"
            " части по годам:\n2023 — 4210\n2024 — 8050\n2025 — 12 760\nВ Генштабе на"
            " вопросы издания об этих цифрах не ответили.",
            "ru",
        ),
    ],
)
def test_rows_under_a_heading_line_are_its_figures(text: str, lang: str) -> None:
    got = figures_by_value(text, lang, PUB)
    want = {4210: "2023", 8050: "2024", 12760: "2025"}
    assert {v: got[v].as_of for v in want if v in got} == want


def test_a_statistic_named_with_its_number_heads_nothing() -> None:
    # (a sentence with its own number is a figure, not a heading; the next one's event stays)
    text = (
        "The number of desertion cases reached 9,870 in 2024. On Monday, two soldiers fled"
        " their unit in the Belgorod region, the police said."
    )
    ex = extract(text, "en", PUB)
    assert [f.value for f in ex.figures] == [9870]
    assert [(e.type, e.count) for e in ex.events] == [("desertion", 2)]


def test_an_event_after_a_named_statistic_stays_an_event() -> None:
    # (the heading gives its statistic bare numbers with dates, not the next sentence's people)
    text = (
        "The number of deserters from the region keeps growing, the outlet wrote. Last week, 45"
        " mobilised soldiers fled a unit near Belgorod, their relatives said."
    )
    ex = extract(text, "en", PUB)
    assert [f.value for f in ex.figures] == []
    assert [(e.type, e.count) for e in ex.events] == [("desertion", 45)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("С января волонтёры помогли покинуть части более 700 военным.", 700),
        ("Проект помог покинуть части свыше 450 военнослужащим.", 450),
    ],
)
def test_a_bound_after_a_numbering_word_counts_people(text: str, value: int) -> None:
    assert [c.value for c in find_counts(text, "ru", [])] == [value]


@pytest.mark.parametrize(
    "text", ["по части 5 статьи 337", "ч. 5 ст. 337", "статьи более 5", "в возрасте старше 30 лет"]
)
def test_a_numbering_word_still_numbers(text: str) -> None:
    assert find_counts(text, "ru", []) == []


def test_help_to_leave_a_unit_is_a_figure() -> None:
    text = (
        "С января волонтёры проекта помогли покинуть части более чем 700 военным, рассказал"
        " его координатор."
    )
    got = figures_by_value(text, "ru", PUB)
    assert 700 in got and got[700].as_of == PUB


@pytest.mark.parametrize(
    ("text", "lang", "count"),
    [
        (
            "Более 80 срочников в ночь на воскресенье сбежали из учебного лагеря в Курской"
            " области, сообщил губернатор.",
            "ru",
            80,
        ),
        (
            "Около 60 мобилизованных в понедельник самовольно покинули позиции под Купянском,"
            " рассказали их родственники.",
            "ru",
            60,
        ),
        (
            "More than 70 mobilised soldiers abandoned their positions near Kupiansk on Monday,"
            " their relatives said.",
            "en",
            70,
        ),
    ],
)
def test_a_large_group_on_a_day_is_an_event(text: str, lang: str, count: int) -> None:
    ex = extract(text, lang, PUB)
    assert count not in {f.value for f in ex.figures}
    assert [(e.type, e.count) for e in ex.events] == [("desertion", count)]


def test_a_large_group_counted_over_a_period_stays_a_figure() -> None:
    text = "С начала года более 80 срочников сбежали из частей Курской области, подсчитало издание."
    assert 80 in figures_by_value(text, "ru", PUB)


def test_figure_dates_are_public() -> None:
    from awol.extract.figure_dates import all_dates, date_spans

    assert date_spans("in May 2025, 40 soldiers", "en")
    assert all_dates("in May 2025, 40 soldiers", "en", PUB)
