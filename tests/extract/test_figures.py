"""Aggregate figures: records of the justice system, compared values, compound numbers."""

from __future__ import annotations

import pytest

from awol.extract.document import extract_article
from awol.model import Article

LEAD = {
    "en": "Desertion from the army keeps growing, prosecutors say.\n\n",
    "ru": "Дезертирство из армии продолжает расти, сообщает прокуратура.\n\n",
}


def figures(text: str, lang: str) -> list[tuple[int, str, str | None]]:
    art = Article(id="t", language=lang, text=LEAD[lang] + text, published="2024-11-20")
    return [(f.value, f.qualifier, f.as_of) for f in extract_article(art).figures]


@pytest.mark.parametrize(
    "text, lang, value",
    [
        # no topic word in the sentence: the counted records make it a statistic
        ("In the first five months of 2024, 12,345 proceedings were registered.", "en", 12345),
        ("In 2023, the prosecutors registered more than 7,000 such cases.", "en", 7000),
        ("За 2023 год было зарегистрировано 8412 уголовных производств.", "ru", 8412),
    ],
)
def test_counted_records_are_figures(text, lang, value):
    assert value in [v for v, _q, _a in figures(text, lang)]


def test_record_figure_carries_its_year_and_qualifier():
    got = figures("In 2023, the prosecutors registered more than 7,000 such cases.", "en")
    assert (7000, "at_least", "2023") in got


@pytest.mark.parametrize(
    "text, lang, values",
    [
        (
            "In 2024 there were 9,120 such cases, compared to just 2,301 a year earlier.",
            "en",
            {9120, 2301},
        ),
        (
            "За 2024 год зарегистрировано 5120 производств против 1302 годом ранее.",
            "ru",
            {5120, 1302},
        ),
    ],
)
def test_compared_value_is_the_same_metric(text, lang, values):
    assert values <= {v for v, _q, _a in figures(text, lang)}


def test_thousands_and_units_are_one_number():
    got = {
        v
        for v, _q, _a in figures("Всего зарегистрировано 211 тыс. 45 уголовных производств.", "ru")
    }
    assert 211045 in got
    assert 211000 not in got and 45 not in got


@pytest.mark.parametrize(
    "text, lang",
    [
        # records of something else, or no statistic language: not a desertion figure
        ("The city has 40,000 residents and 300 shops.", "en"),
        ("Police opened 5,000 roads to traffic.", "en"),
    ],
)
def test_other_numbers_are_not_figures(text, lang):
    assert figures(text, lang) == []


@pytest.mark.parametrize(
    "text, lang, value",
    [
        ("Requests for help with desertion grew by 64% over the summer.", "en", 64),
        ("Число просьб помочь дезертировать выросло на 57 процентов за осень.", "ru", 57),
    ],
)
def test_change_in_per_cent_is_a_figure(text, lang, value):
    assert value in [v for v, _q, _a in figures(text, lang)]


def test_people_in_any_case_form_are_counted():
    got = figures("В 2024 году проект помог 512 людям дезертировать из армии.", "ru")
    assert (512, "exact", "2024") in got
