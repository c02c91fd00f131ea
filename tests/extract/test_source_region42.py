"""Round 42 (place42): the region of a regional authority that reports a catch is the catch's,
not that of the flight told in a relative clause of it (where the man's unit stood the police do
not say), nor that of a search the story tells as federal or interstate (the state's, RU with no
region).  Small invented texts (no real incidents)."""

from __future__ import annotations

import pytest
from tests.extract.helpers import events, of_type

RU = (
    "В Чувашии задержали контрактника, скрывавшегося от службы\n\n"
    "Сотрудники полиции задержали 28-летнего контрактника, который осенью прошлого года не "
    "вернулся в часть из отпуска, сообщили в МВД по Чувашской Республике.\n\n"
    "Мужчина находился в федеральном розыске. Его нашли на даче у родственников."
)
EN = (
    "Contract soldier caught in Chuvashia\n\n"
    "Police detained a 28-year-old contract soldier who had failed to return to his unit from "
    "leave last autumn, the Interior Ministry for the Chuvash Republic said.\n\n"
    "He had been on the federal wanted list since December. Officers found him at a relative's "
    "dacha."
)
KURSK = (
    "Дезертира задержали\n\n"
    "Полицейские задержали мобилизованного, который в марте самовольно оставил воинскую часть, "
    "сообщили в УМВД по Курской области."
)


@pytest.mark.parametrize(("text", "lang"), [(RU, "ru"), (EN, "en"), (KURSK, "ru")])
def test_the_reporting_police_place_the_catch_not_the_flight_in_its_relative_clause(
    text: str, lang: str
) -> None:
    evs = events(text, lang, "2025-06-01")
    caught = of_type(evs, "detention")
    fled = of_type(evs, "desertion")
    assert len(caught) == 1 and len(fled) == 1, [(e.type, e.evidence.text) for e in evs]
    assert caught[0].region in ("RU-CU", "RU-KRS"), caught[0]
    assert (fled[0].region, fled[0].place_text) == (None, None), fled[0]


@pytest.mark.parametrize(("text", "lang"), [(RU, "ru"), (EN, "en")])
def test_a_federal_search_takes_no_region_from_the_reporting_police(text: str, lang: str) -> None:
    sought = of_type(events(text, lang, "2025-06-01"), "wanted")
    assert len(sought) == 1, sought
    assert (sought[0].country, sought[0].region) == ("RU", None), sought[0]


def test_a_regional_search_still_takes_the_reporting_police_region() -> None:
    text = RU.replace("находился в федеральном розыске", "находился в розыске")
    sought = of_type(events(text, "ru", "2025-06-01"), "wanted")
    assert len(sought) == 1 and sought[0].region == "RU-CU", sought
