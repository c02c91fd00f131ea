"""Round 47 (place47).

A court named by its town's adjective in lower case, as running text writes it ("в декабре
хабаровский суд оштрафовал", "магнитогорский гарнизонный военный суд дал пять лет"): the court's
seat, as the capitalised name ("Магнитогорский гарнизонный военный суд") already gave.  Up to
three words of a court's kind between the adjective and the noun; a lower-case adjective names a
region or a town of 50,000+ only, but for a garrison's town.  A regional police headquarters told
by its city's adjective ("сотрудники петербургского главка МВД"): the city.

Small invented texts (no real incidents)."""

from __future__ import annotations

import pytest
from tests.extract.helpers import events, of_type

from awol.extract.places import get_gazetteer


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("В декабре хабаровский суд оштрафовал его.", "RU-KHA"),
        ("В мае магнитогорский гарнизонный военный суд дал ему четыре года.", "RU-CHE"),
        ("Приговор вынес екатеринбургский гарнизонный военный суд.", "RU-SVE"),
        ("Дело рассмотрел новосибирский областной суд.", "RU-NVS"),
        ("Его задержали сотрудники петербургского главка МВД.", "RU-SPE"),
    ],
)
def test_a_lower_case_adjective_names_its_court_s_seat(text: str, region: str) -> None:
    found = get_gazetteer().find(text, "ru")
    assert [p.region for p in found] == [region], found


@pytest.mark.parametrize(
    "text",
    [
        "Потом российский военный суд рассмотрел дело.",
        "Дело передали в местный районный суд.",
        "Армянский суд отказал в выдаче.",
        "Флотский военный суд вынес приговор.",
        "В декабре районный суд оштрафовал его.",
    ],
)
def test_no_place_from_words_that_name_none(text: str) -> None:
    found = get_gazetteer().find(text, "ru")
    assert not [p for p in found if p.region], found


RU_VERDICT = (
    "Контрактника осудили за самовольное оставление части\n\n"
    "В прошлом году рядовой Олег Варнин ушёл из части и два месяца жил у родственников. "
    "В декабре хабаровский суд приговорил его к трём годам колонии-поселения."
)


def test_a_verdict_of_a_lower_case_court_takes_its_region() -> None:
    found = events(RU_VERDICT, "ru", "2025-01-20")
    verdicts = of_type(found, "sentence")
    assert verdicts and all(e.region == "RU-KHA" and e.country == "RU" for e in verdicts), found


# A curated town with English names only (13 of them) left its Russian name to the generated
# settlement of the same place, which the build had marked a namesake read only with its country
# named: "в городе Прохладный" was a Crimean village, "в Глухове" and "в городе Полярный" no place.
@pytest.mark.parametrize(
    ("text", "country", "region"),
    [
        ("Его задержали в городе Прохладный.", "RU", "RU-KB"),
        ("Он служил в городе Полярный.", "RU", "RU-MUR"),
        ("Военного задержали в Глухове.", "UA", "UA-59"),
        ("Он ушёл из части в Свободном.", "RU", None),
    ],
)
def test_a_curated_town_s_russian_name_is_read(text: str, country: str, region: str | None) -> None:
    found = get_gazetteer().find(text, "ru")
    assert [(p.country, p.region) for p in found] == [(country, region)], found


def test_its_common_word_still_needs_a_settlement_word() -> None:
    assert get_gazetteer().find("Свободный доступ к данным закрыли в мае.", "ru") == []


# A region's or a city's offices told by their adjective in lower case, as running text names
# them: the abbreviations and nouns of its security service, police, border directorate, court,
# bailiffs and commissariat, and two words of the office's kind before its noun.
@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Его задержали сотрудники тюменского УФСБ.", "RU-TYU"),
        ("Об этом сообщили в пресс-службе челябинского УМВД.", "RU-CHE"),
        ("По данным омского ГУ МВД, он скрывался у знакомых.", "RU-OMS"),
        ("Его нашли сотрудники курского погрануправления.", "RU-KRS"),
        ("Дело возбудили в курганском военном следственном отделе.", "RU-KGN"),
        ("Его доставили в ярославский военный комиссариат.", "RU-YAR"),
    ],
)
def test_a_lower_case_adjective_names_its_office_s_seat(text: str, region: str) -> None:
    found = get_gazetteer().find(text, "ru")
    assert [p.region for p in found] == [region], found


@pytest.mark.parametrize(
    "text",
    [
        "Его задержали сотрудники местного отдела полиции.",
        "Дело возбудили российские военные следователи.",
        "Об этом сообщило Главное управление МВД.",
    ],
)
def test_an_office_with_no_place_adjective_names_none(text: str) -> None:
    assert get_gazetteer().find(text, "ru") == []
