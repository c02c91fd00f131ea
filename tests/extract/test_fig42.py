"""Round 42 (fig42): the count of a group across clauses and sentences, arms, figures' dates.

- a plural anaphor of a later clause ("..., and police detained them", «..., их задержали»)
  takes the count of the act its sentence counted before it;
- the rest of a group with no number of its own ("the others are still being sought",
  «остальных ищут») is the group less the parts told caught or dead since, not the whole group
  nor the nearest number; none where no part was counted;
- «оружия он с собой не брал», «не взял с собой оружия»: the genitive of negation is unarmed;
- what a search says of the men's arms is how they fled (a search and a flight are one phase);
- "a trio of" is three, as "a pair of" is two;
- figures: "in the following year" / «за следующий» is the year after the figure before it;
  "the same quarter last year" is that quarter; "made public in March" dates the report.
"""

from __future__ import annotations

import pytest
from tests.extract.helpers import events, figures_by_value

PUB = "2026-11-25"


def _counts(text: str, lang: str) -> list[tuple[str, int | None]]:
    return [(e.type, e.count) for e in events(text, lang, PUB)]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "Two privates fled their unit near Pskov on Monday, and police detained them on "
            "Thursday in Velikiye Luki.",
            "en",
            [("desertion", 2), ("detention", 2)],
        ),
        (
            "Five sailors deserted from a base in Baltiysk; they were caught two days later in "
            "Kaliningrad.",
            "en",
            [("desertion", 5), ("detention", 5)],
        ),
        (
            "Трое контрактников сбежали из части под Псковом, их задержали в четверг в Великих Луках.",
            "ru",
            [("desertion", 3), ("detention", 3)],
        ),
        (
            "Шестеро срочников ушли из части под Калугой, но через два дня их задержали в Туле.",
            "ru",
            [("desertion", 6), ("detention", 6)],
        ),
    ],
)
def test_an_anaphor_takes_the_count_of_its_sentences_group(
    text: str, lang: str, want: list
) -> None:
    assert _counts(text, lang) == want


def test_the_rest_of_a_group_is_the_group_less_its_parts() -> None:
    text = (
        "Ten conscripts fled a unit near Orenburg. Police detained four of them on Tuesday, "
        "and one of them was shot dead by a guard. The others are still being sought."
    )
    got = dict(_counts(text, "en"))
    assert got["wanted"] == 5
    assert got["desertion"] == 10


def test_the_rest_of_an_untold_group_has_no_number() -> None:
    text = (
        "Conscripts fled a unit near Orenburg. Police detained four of them on Tuesday. "
        "The others are still being sought."
    )
    got = dict(_counts(text, "en"))
    assert got["wanted"] is None


def test_the_rest_with_its_own_number_keeps_it() -> None:
    text = (
        "Ten conscripts fled a unit near Orenburg. Police detained four of them on Tuesday; "
        "the remaining six are still being sought."
    )
    assert dict(_counts(text, "en"))["wanted"] == 6


@pytest.mark.parametrize(
    "text",
    [
        "Рядового, оставившего часть под Луганском, задержали в Брянске; оружия он с собой не брал.",
        "Рядовой ушёл из части под Луганском и не взял с собой оружия. Его задержали в Брянске.",
    ],
)
def test_a_negated_taking_with_the_genitive_is_unarmed(text: str) -> None:
    assert {e.armed for e in events(text, "ru", PUB)} == {False}


def test_a_searchs_arms_are_how_they_fled() -> None:
    text = (
        "Two soldiers left a unit in the Kursk region on Monday. Police are searching for the "
        "men, who are armed with assault rifles, and asked residents to call."
    )
    assert {e.type: e.armed for e in events(text, "en", PUB)} == {
        "desertion": True,
        "wanted": True,
    }


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "In 2022 military courts received 3,100 AWOL cases, and in the following year 7,900.",
            "en",
            {3100: "2022", 7900: "2023"},
        ),
        (
            "In the first half of 2026 courts convicted 6,200 soldiers of going AWOL, against "
            "3,900 in the same half last year.",
            "en",
            {6200: "2026-06", 3900: "2025-06"},
        ),
        (
            "За 2022 год военные суды получили 3100 дел о СОЧ, а за следующий — 7900.",
            "ru",
            {3100: "2022", 7900: "2023"},
        ),
        (
            "В первом квартале 2026 года суды осудили за СОЧ 4100 военных против 2600 за тот же "
            "квартал прошлого года.",
            "ru",
            {4100: "2026-03", 2600: "2025-03"},
        ),
        (
            "According to court data made public in April 2025, 8,800 servicemen were convicted "
            "of unauthorised absence in 2024.",
            "en",
            {8800: "2024"},
        ),
    ],
)
def test_figure_dates_of_the_year_after_and_the_same_quarter(
    text: str, lang: str, want: dict
) -> None:
    got = figures_by_value(text, lang, PUB)
    assert {v: got[v].as_of for v in want if v in got} == want


def test_a_trio_is_three() -> None:
    text = "A trio of paratroopers walked away from a base near Pskov on Monday, police said."
    assert _counts(text, "en") == [("desertion", 3)]


def test_an_anaphor_after_a_part_is_not_the_parts_count() -> None:
    text = (
        "Three of the fugitives were detained near Shakhty soon after they ran away from the "
        "unit on 9 May, regional police said."
    )
    flights = [e for e in events(text, "en", PUB) if e.type == "desertion"]
    assert all(e.count != 3 for e in flights)
