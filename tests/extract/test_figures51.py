"""Round 51 (figures51): the date and the teller of aggregate figures, by mechanism.

- «за те же месяцы 2024 года», «в аналогичные месяцы»: the compared period ends in the month of
  the period told before it (as «тот же период» did), not the whole year;
- «за девять месяцев» with no year: the first nine months of the year, up to publication;
- «По данным на конец апреля 2026 года»: a date, not a teller;
- a statistic told after a story of one man does not take that story's teller: a document of
  one case («по версии следствия», "according to the case papers"), a person («по словам
  адвоката»), a body that tells the story's event in another paragraph ("..., police said");
  a sentence that ends on a colon still opens the numbers after it ;
- «Русская служба Би-би-си прочитала N приговоров»: the reader of the verdicts is the teller;
- «данные, собранные X», «следует из подсчетов X», «к такому выводу пришёл X»: the collector,
  a teller of the statistics only (no event takes it).
All sentences invented.
"""

from __future__ import annotations

import pytest
from tests.extract.helpers import figures_by_value

PUB = "2026-12-04"
LEAD_EN = "Desertion from the army keeps rising. "
LEAD_RU = "Дезертирство из армии растёт. "


@pytest.mark.parametrize(
    ("text", "value", "as_of"),
    [
        (
            LEAD_RU + "С марта по август 2025 года суды получили 512 дел о самовольном оставлении "
            "части. За те же месяцы 2024 года их было 301.",
            301,
            "2024-08",
        ),
        (
            LEAD_RU + "С марта по август 2025 года в суды ушло 512 таких дел, а в аналогичные "
            "месяцы 2024 года — 301.",
            301,
            "2024-08",
        ),
        (
            LEAD_RU + "За девять месяцев в гарнизонные суды поступило 734 дела о самовольном "
            "оставлении части.",
            734,
            "2026-09",
        ),
    ],
)
def test_the_period_a_figure_holds_for(text: str, value: int, as_of: str) -> None:
    assert figures_by_value(text, "ru", PUB)[value].as_of == as_of


def test_nine_months_of_service_is_no_period_of_the_year() -> None:
    text = (
        LEAD_RU + "За девять месяцев службы он трижды уходил из части, а всего из бригады "
        "ушли 340 человек."
    )
    assert figures_by_value(text, "ru", PUB)[340].as_of == PUB


def test_a_date_after_po_dannym_is_no_teller() -> None:
    text = (
        LEAD_RU + "По данным на конец апреля 2026 года, в военные суды поступило 1275 дел "
        "против отказников."
    )
    f = figures_by_value(text, "ru", PUB)[1275]
    assert f.source is None
    assert f.as_of == "2026-04"


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        (
            "Суд в Кургане дал четыре года мобилизованному Олегу Брускову за самовольное "
            "оставление части.\n\nПо версии следствия, осенью 2025 года он не вернулся из "
            "отпуска и жил у знакомых.\n\nНа конец октября 2026 года в военные суды поступило "
            "1380 дел против отказников.",
            "ru",
            1380,
        ),
        (
            "Суд в Кургане дал четыре года мобилизованному Олегу Брускову за самовольное "
            "оставление части.\n\nПо словам адвоката, он сам пришёл в военкомат после двух "
            "месяцев отсутствия.\n\nВсего в области в суд ушло 126 таких дел.",
            "ru",
            126,
        ),
        (
            "A court in Kurgan gave a mobilised soldier, Oleg Bruskov, four years for leaving "
            "his unit.\n\nAccording to the case papers, he did not come back from leave in the "
            "autumn of 2025 and stayed with friends.\n\nBetween January and early November 2026 "
            "courts took in 1,380 cases of leaving a unit without permission.",
            "en",
            1380,
        ),
    ],
)
def test_a_story_teller_is_not_the_statistics(text: str, lang: str, value: int) -> None:
    assert figures_by_value(text, lang, PUB)[value].source is None


def test_a_teller_before_a_colon_opens_the_numbers() -> None:
    text = (
        "Ukraine's courts keep sentencing soldiers who go AWOL.\n\n"
        "According to the press office of the national court service:\n\n"
        "In 2025, 2,310 sentences were imposed for AWOL, and in January-September 2026 - 1,870."
    )
    got = figures_by_value(text, "en", PUB)
    assert got[2310].source == "press office of the national court service"
    assert got[1870].source == "press office of the national court service"


def test_a_teller_of_figures_is_still_carried() -> None:
    """(control: a teller of statistics told before, not of a story, still carries)"""
    text = (
        LEAD_EN + "Mediazona published its new count of desertion cases on Monday.\n\n"
        "Military courts received 2,140 such cases in the first half of 2026."
    )
    assert figures_by_value(text, "en", PUB)[2140].source == "Mediazona"


def test_the_reader_of_verdicts_is_the_teller() -> None:
    text = (
        LEAD_RU + "Русская служба Би-би-си прочитала более 420 приговоров по статье о "
        "самовольном оставлении части."
    )
    assert "Би-би-си" in (figures_by_value(text, "ru", PUB)[420].source or "")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            LEAD_RU + "За первые пять месяцев 2026 года военные суды вынесли 412 приговоров по "
            "статье о дезертирстве. Об этом говорят данные, собранные «Вестником суда» в "
            "картотеках гарнизонных судов.",
            "Вестник",
        ),
        (
            LEAD_RU + "Гарнизонные суды в первом полугодии 2026 года вынесли 7100 приговоров по "
            "статье о самовольном оставлении части. Это следует из подсчетов «Вестника суда».",
            "Вестник",
        ),
        (
            LEAD_RU + "К такому выводу пришло издание «Вестник суда», изучив сайты судов. С "
            "февраля по август 2026 года суды получили 377 дел о самовольном оставлении части.",
            "Вестник",
        ),
    ],
)
def test_the_collector_told_after_or_before_the_numbers(text: str, name: str) -> None:
    for f in figures_by_value(text, "ru", PUB).values():
        assert name in (f.source or "")
