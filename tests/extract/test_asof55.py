"""Round 55 (asof55): a figure's ``as_of`` where the date is told away from its number.

- "..., Mediazona reported on 9 August": the day of a date told day-first is no count of 9
  (it had been read as a figure, and the report's day lost);
- «..., сообщила «Медиазона» 9 августа»: the Russian report's date (teller between the verb and
  the day, or a day before the teller and «сообщила, что»), as the English lists had it;
- "Since January, 6,725 cases ..., against 5,880 in all of 2025": the count up to now holds at
  publication (or its report's day), not for the compared number's year;
- "In 2025, ... 71,300 cases (including 2,400 in January)": a month with no year after the one
  year the sentence names is that year's; a date in brackets is the bracketed number's;
- a statistic of another teller told apart, with no date of its own, stands at publication;
  «под конец 2025 года» as «в конце».
All sentences invented.
"""

from __future__ import annotations

import pytest
from tests.extract.helpers import figures_by_value

PUB = "2026-11-20"
LEAD_EN = "Desertion from the army keeps rising. "
LEAD_RU = "Дезертирство из армии растёт. "


def test_a_day_told_first_is_no_count() -> None:
    text = (
        LEAD_EN + '"Since the beginning of 2026, 5,915 AWOL cases have been filed, against 5,140 '
        'in the whole of 2025," the outlet Kholod reported on 9 August.'
    )
    figs = figures_by_value(text, "en", PUB)
    assert 9 not in figs
    assert figs[5915].as_of == "2026-08-09"
    assert figs[5140].as_of == "2025"


@pytest.mark.parametrize(
    "text",
    [
        LEAD_RU + "За 2025 год военные суды получили 9870 дел о дезертирстве против 5300 в 2024 "
        "году, сообщила «Вёрстка» 9 августа.",
        LEAD_RU + "9 августа «Вёрстка» сообщила, что за 2025 год военные суды получили 9870 дел "
        "о дезертирстве против 5300 в 2024 году.",
    ],
)
def test_a_russian_report_date_is_not_the_figures(text: str) -> None:
    figs = figures_by_value(text, "ru", PUB)
    assert figs[9870].as_of == "2025"
    assert figs[5300].as_of == "2024"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            LEAD_EN + "Since January, 6,725 AWOL cases have reached the courts, against 5,880 in "
            "all of 2025, the outlet said.",
            "en",
        ),
        (
            LEAD_RU + "С начала года в суды поступило 6725 дел о самовольном оставлении части "
            "против 5880 за весь 2025 год.",
            "ru",
        ),
    ],
)
def test_a_count_since_january_beside_a_closed_year(text: str, lang: str) -> None:
    figs = figures_by_value(text, lang, PUB)
    assert figs[6725].as_of == PUB
    assert figs[5880].as_of == "2025"


def test_a_count_since_january_beside_a_closed_year_and_a_report_day() -> None:
    text = (
        LEAD_RU + "С начала года в суды поступило 6725 дел о самовольном оставлении части "
        "против 5880 за весь 2025 год, сообщила 3 ноября «Вёрстка»."
    )
    assert figures_by_value(text, "ru", PUB)[6725].as_of == "2026-11-03"


@pytest.mark.parametrize(
    "text",
    [
        LEAD_EN + "In 2025, prosecutors opened 71,300 desertion cases (including 2,400 in "
        "January).",
        LEAD_EN + "Prosecutors logged 71,300 AWOL proceedings in 2025 (among them 2,400 in "
        "January), the prosecutor's office said.",
    ],
)
def test_a_month_in_the_year_the_sentence_names(text: str) -> None:
    figs = figures_by_value(text, "en", PUB)
    assert figs[71300].as_of == "2025"
    assert figs[2400].as_of == "2025-01"


def test_a_month_list_under_a_year() -> None:
    text = (
        LEAD_EN + "Desertions from the brigade by month in 2025, as the commander's tally gives "
        "them: April: 312; May: 455; June: 690."
    )
    figs = figures_by_value(text, "en", PUB)
    assert [figs[v].as_of for v in (312, 455, 690)] == ["2025-04", "2025-05", "2025-06"]


def test_a_month_before_the_year_keeps_its_own_year() -> None:
    # (the month told before the year is not placed in it: the last December before publication)
    text = (
        LEAD_EN + "In December, garrison courts handed down 734 sentences for desertion, against "
        "512 in 2024 as a whole."
    )
    assert figures_by_value(text, "en", "2026-02-12")[734].as_of == "2025-12"


def test_a_count_up_to_now_with_no_report_day_before_stands_at_publication() -> None:
    text = (
        LEAD_EN + "The outlet Kholod looked at court records. "
        '"Since January, 5,204 AWOL cases have reached the courts," the outlet said.'
    )
    assert figures_by_value(text, "en", PUB)[5204].as_of == PUB


def test_a_statistic_of_another_teller_told_apart_stands_at_publication() -> None:
    text = (
        LEAD_RU + "В документе штаба, попавшем к журналистам, говорится, что на 1 января 2026 "
        "года в розыске числилось более 31 тысячи военнослужащих, оставивших части. "
        "Есть и другие данные. Проект «Уходи с миром» сообщает, что помог покинуть армию более "
        "чем 1700 военным."
    )
    figs = figures_by_value(text, "ru", PUB)
    assert figs[31000].as_of == "2026-01-01"
    assert figs[1700].as_of == PUB


def test_a_part_told_apart_with_no_teller_keeps_the_date() -> None:
    # (the control: no teller of its own, the kin of the statistic before keeps its date)
    text = (
        LEAD_RU + "В документе штаба говорится, что на 1 января 2026 года в розыске числилось "
        "более 31 тысячи военнослужащих, оставивших части. Есть и другие данные. Среди них "
        "около 1700 офицеров."
    )
    figs = figures_by_value(text, "ru", PUB)
    assert figs[31000].as_of == "2026-01-01"
    assert 1700 not in figs or figs[1700].as_of == "2026-01-01"


def test_under_the_end_of_a_year() -> None:
    text = (
        LEAD_RU + "Под конец 2025 года проект «Хочу жить» выложил списки почти 31 тысячи "
        "дезертиров."
    )
    assert figures_by_value(text, "ru", PUB)[31000].as_of == "2025-12"
