"""When a figure holds and what a figure is, round 38 (source38): a count of the year to date
that a statement of a day tells holds at that day (figure_dates.statement_days); a period of "the
year" with no year named and the end of a quarter with none end where the last such one did
(figure_period_end); many people a wanted list holds on a day are a statistic, not one search of
that many (figures._standing).  Invented text only (no corpus sentence, no real person)."""

from __future__ import annotations

import pytest
from tests.extract.helpers import events, figures_by_value

PUB = "2026-11-20"  # a Friday


# --- a count of the year to date told by a statement of a day: that day ---------------------


@pytest.mark.parametrize(
    ("lang", "text", "value", "day"),
    [
        (
            "en",
            "The Kamchatka regional court said on Tuesday that 58 soldiers had been convicted of"
            " going AWOL this year.",
            58,
            "2026-11-17",
        ),
        (
            "en",
            "In a statement dated 18 November, the garrison prosecutor said 240 criminal cases"
            " over desertion had been opened this year.",
            240,
            "2026-11-18",
        ),
        (
            "ru",
            "Камчатский краевой суд во вторник сообщил, что в этом году за самовольное оставление"
            " части осуждены 58 военных.",
            58,
            "2026-11-17",
        ),
        (
            "ru",
            "Военный прокурор гарнизона в заявлении от 18 ноября сообщил, что в этом году"
            " возбуждено 240 уголовных дел о дезертирстве.",
            240,
            "2026-11-18",
        ),
    ],
)
def test_year_to_date_told_on_a_day_holds_at_that_day(
    lang: str, text: str, value: int, day: str
) -> None:
    assert figures_by_value(text, lang, PUB)[value].as_of == day  # was the publication day


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # guard: no day of a statement: the year up to publication
        ("en", "Garrison courts in Kamchatka have received 240 desertion cases this year.", 240),
        (
            "ru",
            "В этом году в гарнизонные суды Камчатки поступило уже 240 дел о дезертирстве.",
            240,
        ),
    ],
)
def test_year_to_date_without_a_statement_day_holds_at_publication(
    lang: str, text: str, value: int
) -> None:
    assert figures_by_value(text, lang, PUB)[value].as_of == PUB


def test_a_day_of_an_event_is_not_the_statements() -> None:
    # guard: the day names a detention, not the telling: no statement's day to take
    text = (
        "The regional police, whose officers detained a deserter on 3 November, said more than 300"
        " deserters had been caught in the region this year."
    )
    assert figures_by_value(text, "en", PUB)[300].as_of == PUB


# --- a period of "the year" with no year, and a quarter's end ---------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "value", "as_of"),
    [
        (
            "en",
            "At the end of the second quarter, 1,870 soldiers were wanted for desertion, according"
            " to the Interior Ministry.",
            1870,
            "2026-06",
        ),
        (
            "en",
            "By the end of the first half of the year, courts had convicted 3,100 servicemen of"
            " desertion, Mediazona counted.",
            3100,
            "2026-06",
        ),
        (
            "en",
            "In the first nine months of the year, garrison courts received 6,300 desertion"
            " cases, the Judicial Department said.",
            6300,
            "2026-09",
        ),
        (
            "ru",
            "На конец второго квартала за дезертирство разыскивались 1870 военных, следует из"
            " данных МВД.",
            1870,
            "2026-06",
        ),
        (
            "ru",
            "К концу первого полугодия суды осудили за дезертирство 3100 военнослужащих,"
            " подсчитала «Медиазона».",
            3100,
            "2026-06",
        ),
        (
            "ru",
            "За первые девять месяцев года в гарнизонные суды поступило 6300 дел о дезертирстве,"
            " сообщил Судебный департамент.",
            6300,
            "2026-09",
        ),
    ],
)
def test_period_of_the_year_without_a_year_ends_in_its_last_month(
    lang: str, text: str, value: int, as_of: str
) -> None:
    assert figures_by_value(text, lang, PUB)[value].as_of == as_of


def test_a_named_years_half_keeps_its_year() -> None:
    # guard: the year named stays
    text = "In the first half of 2025, courts convicted 2,800 servicemen of desertion."
    assert figures_by_value(text, "en", PUB)[2800].as_of == "2025-06"


# --- many people a wanted list holds: a figure, not a search of that many ----------------------


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        (
            "en",
            "As of 15 October, 870 soldiers were on the wanted list for desertion, the Chelyabinsk"
            " regional police said.",
            870,
        ),
        (
            "en",
            "Some 450 servicemen from Tuva are currently wanted for leaving their units, a local"
            " rights activist said.",
            450,
        ),
        (
            "en",
            "About 95 deserters from Pskov are on the regional wanted list, the outlet Pskovskaya"
            " Lenta wrote.",
            95,
        ),
        (
            "ru",
            "По состоянию на 15 октября за самовольное оставление части разыскивались 870"
            " военнослужащих, сообщили в полиции Челябинской области.",
            870,
        ),
    ],
)
def test_a_list_holding_many_is_a_figure(lang: str, text: str, value: int) -> None:
    assert value in figures_by_value(text, lang, PUB)
    assert not [e for e in events(text, lang, PUB) if e.type == "wanted"]


@pytest.mark.parametrize(
    ("lang", "text", "kind", "count"),
    [
        # guards: a search declared of a group, and a detention of one the list held
        (
            "en",
            "Police in Omsk put 45 soldiers who had fled a training ground on the wanted list on"
            " Monday.",
            "wanted",
            45,
        ),
        (
            "en",
            "Police detained 52 deserters who were on the wanted list in a raid on a hostel in Omsk"
            " on Monday.",
            "detention",
            52,
        ),
        (
            "ru",
            "В понедельник полиция задержала 45 дезертиров в ходе рейда по общежитию в Омске.",
            "detention",
            45,
        ),
    ],
)
def test_a_search_or_detention_of_a_group_stays_an_event(
    lang: str, text: str, kind: str, count: int
) -> None:
    got = [e for e in events(text, lang, PUB) if e.type == kind]
    assert got and got[0].count == count


# --- a named teller in an "as" clause closing the sentence -------------------------------------


def test_an_as_clause_closing_the_sentence_names_the_figures_teller() -> None:
    text = (
        "By the end of August, courts in Samara had heard 1,300 cases of unauthorised absence, as"
        " Mediazona reports."
    )
    assert figures_by_value(text, "en", PUB)[1300].source == "Mediazona"  # was none


@pytest.mark.parametrize(
    "text",
    [
        # guards: no teller named
        "Five servicemen have fled a training ground near Luga, as previously reported.",
        "A deserter from Kursk was detained in Voronezh on Monday, as his lawyer had expected.",
    ],
)
def test_an_as_clause_without_a_teller_gives_none(text: str) -> None:
    got = events(text, "en", PUB)
    assert got and all(e.source is None for e in got)


# --- a name after the verb closing the sentence, then the body the person is of -----------------


def test_said_a_name_of_a_group_names_the_teller() -> None:
    text = (
        "About 600 soldiers from Buryatia are on the wanted list for desertion, said Anna Petrova"
        " of a local rights group."
    )
    assert figures_by_value(text, "en", PUB)[600].source == "Anna Petrova"
    text = (
        "A deserter from Chita was detained in Ulan-Ude on Monday, said Anna Petrova of the"
        " regional rights group Svoboda."
    )
    assert [e.source for e in events(text, "en", PUB)] == ["Anna Petrova"]  # was none


def test_said_a_common_noun_of_a_group_is_left_alone() -> None:
    # guard: no name after the verb (this line reads names only)
    text = "A deserter was detained in Ulan-Ude on Monday, said a lawyer from the Agora group."
    assert [e.source for e in events(text, "en", PUB)] == [None]
