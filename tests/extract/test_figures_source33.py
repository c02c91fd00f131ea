"""Round 33 (source33): a statistic's as_of and its source, read where the blind probes
(tests/extract/probes/fields/*-figures-source33.yaml, committed before any fix) found them wrong:
a period of the year before publication ("the first half of last year", "на конец прошлого
года") ends in that year's month, not in the year; "на начало января" with no year is that month
before publication; a date is never a source ("По данным на 30 сентября 2025 года"); an outlet's
name that opens on one lowercase letter ("iStories") is a name.  Invented sentences (outlets of
invented names where the name does not matter): each checks one mechanism and fails without
it."""

from __future__ import annotations

import pytest
from tests.extract.helpers import figures_by_value


@pytest.mark.parametrize(
    ("lang", "text", "value", "as_of"),
    [
        (
            "en",
            "In the first half of last year, garrison courts convicted 3,900 servicemen of "
            "desertion, Northwind reported.",
            3900,
            "2025-06",
        ),
        (
            "en",
            "By the end of last year, some 16,200 soldiers were wanted for desertion, the "
            "Harbour Post found.",
            16200,
            "2025-12",
        ),
        (
            "en",
            "In the third quarter of the previous year, courts heard 2,700 desertion cases.",
            2700,
            "2025-09",
        ),
        (
            "ru",
            "За первые девять месяцев прошлого года суды осудили 6100 человек за самовольное "
            "оставление части.",
            6100,
            "2025-09",
        ),
        (
            "ru",
            "На конец прошлого года в розыске за дезертирство числились 15 800 военнослужащих.",
            15800,
            "2025-12",
        ),
        (
            "ru",
            "По состоянию на начало января в розыске за дезертирство находились 18 400 военных.",
            18400,
            "2026-01",
        ),
        # "last year" alone is still the year
        ("en", "Last year, courts convicted 4,300 people of desertion.", 4300, "2025"),
    ],
)
def test_periods_of_last_year_end_in_their_month(
    lang: str, text: str, value: int, as_of: str
) -> None:
    got = figures_by_value(text, lang, "2026-02-12")
    assert value in got, list(got)
    assert got[value].as_of == as_of


def test_a_date_after_po_dannym_is_not_the_source() -> None:
    got = figures_by_value(
        "По данным на 30 сентября 2025 года, за дезертирство было вынесено 7350 приговоров, "
        "сообщило издание «Северный вестник».",
        "ru",
        "2026-02-12",
    )
    assert got[7350].as_of == "2025-09-30"
    assert got[7350].source and "сентября" not in got[7350].source
    alone = figures_by_value(
        "По данным на 30 сентября 2025 года, за дезертирство было вынесено 7350 приговоров.",
        "ru",
        "2026-02-12",
    )
    assert alone[7350].source is None


def test_a_name_opening_on_one_lowercase_letter() -> None:
    got = figures_by_value(
        "In 2025, more than 19,000 deserters were convicted by military courts, iStories "
        "calculated.",
        "en",
        "2026-02-12",
    )
    assert got[19000].source == "iStories"


def test_a_kind_before_the_name_after_compiled_by() -> None:
    got = figures_by_value(
        "Figures compiled by the volunteer project Open Gate show that 2,300 soldiers were "
        "convicted of desertion in 2025.",
        "en",
        "2026-02-12",
    )
    assert got[2300].source == "Open Gate"


def test_a_quotes_pronoun_is_no_source_and_records_reviewed_by() -> None:
    # a quote's "He said" (the pronoun inside the quote) is no figure's source
    from awol.extract.figure_sources import source_statement
    from awol.extract.lexicon import get_lexicon

    assert source_statement('"He said he would not go back," she said.', get_lexicon("en")) is None
    got = figures_by_value(
        "Court records reviewed by Northwind show that the garrison court handed down 230 "
        "verdicts for desertion between January and August.",
        "en",
        "2025-09-24",
    )
    assert got[230].source == "Northwind"
    # a court that will review a request is no reader of records
    no = source_statement("Each request would be examined by Armenian courts.", get_lexicon("en"))
    assert no is None


def test_an_outlet_named_like_an_informant() -> None:
    # "The Insider" is an outlet's name, not an unnamed insider
    got = figures_by_value(
        "A spreadsheet obtained by The Insider lists 418 servicemen who left their units between "
        "January and May 2024.",
        "en",
        "2024-07-03",
    )
    assert got[418].source == "The Insider"


@pytest.mark.parametrize(
    ("lang", "text", "value", "source"),
    [
        # the publisher of the data in the sentence before, as its subject: carried to the
        # statistics the next sentence reads from them
        (
            "en",
            "The Harbour Post released its annual tally on Friday. It shows that 6,400 soldiers "
            "were convicted of going AWOL in 2025.",
            6400,
            "Harbour Post",
        ),
        (
            "ru",
            "Судебный департамент в марте опубликовал годовую статистику. Из нее следует, что в "
            "2025 году за самовольное оставление части осудили 9100 человек.",
            9100,
            "Судебный департамент",
        ),
        (
            "ru",
            "«Северный вестник» в среду опубликовал новые данные. Согласно им, только в октябре "
            "за дезертирство осудили 610 человек.",
            610,
            "Северный вестник",
        ),
    ],
)
def test_the_publisher_named_the_sentence_before(
    lang: str, text: str, value: int, source: str
) -> None:
    got = figures_by_value(text, lang, "2026-02-12")
    assert value in got, list(got)
    assert got[value].source and source in got[value].source
