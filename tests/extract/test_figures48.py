"""Round 48 (figures48): aggregate figures told as events or as pleas for help.

- a verdict told of 40 or more people ("830 soldiers were sentenced for desertion", «осудили за
  самовольное оставление части 4900 военных») or a search of thousands ("1,240 servicemen were on
  the wanted list"): the count of records courts and police keep, a figure, not one event;
- «части 7800 военных» after «оставление»: 7,800 people, not a unit numbered 7800 (but «58
  военных судов» counts courts);
- requests told with the flight they ask help for ("3,000 requests for help from soldiers seeking
  to desert"), not pleas about something else ("requests from conscripts about hazing");
- a help project's «помогли покинуть армию 1800 военным», «за одиннадцать месяцев»: a tally.
All sentences invented.
"""

from __future__ import annotations

import pytest
from tests.extract.helpers import extract, figures_by_value

from awol.extract.counts import find_counts

PUB = "2026-12-04"
LEAD_EN = "Desertion from the army keeps rising. "
LEAD_RU = "Дезертирство из армии растёт. "


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        (
            LEAD_EN + "During those months, at least 830 soldiers were sentenced for desertion, "
            "the project found.",
            "en",
            830,
        ),
        (
            LEAD_EN + "They show that 780 soldiers were convicted of desertion, the rights group "
            "said.",
            "en",
            780,
        ),
        (
            LEAD_EN + "As of 1 November, 1,240 servicemen were on the wanted list of the regional "
            "police, the ministry said.",
            "en",
            1240,
        ),
        (
            LEAD_RU + "За это время гарнизонные суды осудили за самовольное оставление части 4900 "
            "военных, подсчитала «Медиазона».",
            "ru",
            4900,
        ),
    ],
)
def test_a_verdict_of_many_is_a_figure(text: str, lang: str, value: int) -> None:
    doc = extract(text, lang, PUB)
    assert value in {f.value for f in doc.figures}
    assert not [e for e in doc.events if e.count == value]


def test_a_verdict_of_a_few_stays_an_event() -> None:
    doc = extract("Three soldiers were sentenced for desertion in Pskov on Monday.", "en", PUB)
    assert not doc.figures
    assert [e for e in doc.events if e.type == "sentence"]


def test_people_after_a_skipped_word() -> None:
    got = find_counts("суды осудили за самовольное оставление части 7800 военных.", "ru", [])
    assert [c.value for c in got] == [7800]
    assert not find_counts("приговоры статьи 337 военных судов", "ru", [])


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Over the past twelve months, the project has received more than 3,000 requests for help "
            "from soldiers seeking to desert.",
            3000,
        ),
        (
            "The group said it had received over 2,000 requests for help from servicemen since "
            "September 2022.",
            2000,
        ),
        ("The project has received 3,100 requests for help to leave the army since January.", 3100),
    ],
)
def test_requests_for_help_to_flee_are_a_figure(text: str, value: int) -> None:
    assert value in figures_by_value(LEAD_EN + text, "en", PUB)


def test_requests_about_something_else_are_no_figure() -> None:
    got = figures_by_value(
        LEAD_EN + "Our hotline received 212 requests from conscripts about hazing this year.",
        "en",
        PUB,
    )
    assert 212 not in got


@pytest.mark.parametrize(
    "text",
    [
        "В понедельник правозащитная группа заявила, что с начала войны помогла покинуть армию "
        "1800 военным.",
        "За одиннадцать месяцев юристы проекта помогли уйти из армии 1800 военнослужащим.",
    ],
)
def test_a_help_projects_tally(text: str) -> None:
    assert 1800 in figures_by_value(LEAD_RU + text, "ru", PUB)


@pytest.mark.parametrize(
    ("text", "lang", "value", "source"),
    [
        (
            LEAD_EN + "In October alone, 310 soldiers asked the rights project Open Road for help "
            "to flee their units, the project said.",
            "en",
            310,
            "Open Road",
        ),
        (
            LEAD_EN + "The rights group Safe Exit published its annual figures on Tuesday. The "
            "group said it had helped 1,900 soldiers leave the army since the war began.",
            "en",
            1900,
            "Safe Exit",
        ),
        (
            LEAD_RU + "Только в октябре за помощью в побеге из части к проекту «Открытая дорога» "
            "обратились 310 военных, сообщили в проекте.",
            "ru",
            310,
            "«Открытая дорога»",
        ),
    ],
)
def test_a_bare_kind_of_body_takes_its_name(text: str, lang: str, value: int, source: str) -> None:
    assert figures_by_value(text, lang, PUB)[value].source == source


def test_a_bare_kind_with_no_name_stays() -> None:
    got = figures_by_value(
        LEAD_EN + "Researchers at the project studied verdicts handed down between January and "
        "August 2026. During those months, at least 830 soldiers were sentenced for desertion, "
        "the project found.",
        "en",
        PUB,
    )
    assert got[830].source in (None, "project", "the project")
