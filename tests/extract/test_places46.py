"""Round 46 (place46).

A search told with no place and no seeking state of its own: English coders give it the story's
army's state (Russia by default), Russian coders leave it null (real train RU: a bare «их
разыскивают», «находится в розыске», «поиски продолжаются» is null 4 of 4), unless its words name
a state's list («объявлен в федеральный розыск», «в базе розыска МВД»).  A charge and a verdict
keep the default in both languages.

Small invented texts (no real incidents)."""

from __future__ import annotations

import pytest
from tests.extract.helpers import events, of_type

RU_BARE = (
    "Двое срочников ушли из части\n\n"
    "Двое срочников самовольно ушли из воинской части в Пскове в ночь на понедельник. "
    "Одного из них задержали на следующий день. Второго беглеца до сих пор ищут."
)
RU_LIST = (
    "Двое срочников ушли из части\n\n"
    "Двое срочников самовольно ушли из воинской части в Пскове в ночь на понедельник. "
    "Одного из них задержали на следующий день. Второй объявлен в федеральный розыск."
)
EN_BARE = (
    "Two conscripts leave their unit\n\n"
    "Two conscripts walked out of their unit in Pskov on Monday night. One of them was caught "
    "the next day. The second runaway is still being sought."
)


def _sought(text: str, lang: str) -> list:
    found = of_type(events(text, lang, "2025-03-02"), "wanted")
    assert found, events(text, lang, "2025-03-02")
    return found


def test_a_russian_bare_search_has_no_country() -> None:
    assert all(e.country is None and e.region is None for e in _sought(RU_BARE, "ru"))


@pytest.mark.parametrize(("text", "lang"), [(RU_LIST, "ru"), (EN_BARE, "en")])
def test_a_search_on_a_states_list_or_in_english_is_the_armys_state(text: str, lang: str) -> None:
    assert all(e.country == "RU" for e in _sought(text, lang))


RU_CHARGE = (
    "Беглец задержан\n\n"
    "Контрактник ушёл из части в мае и жил у знакомых. "
    "Против него возбудили уголовное дело о самовольном оставлении части."
)


def test_a_russian_bare_charge_keeps_the_default() -> None:
    charged = of_type(events(RU_CHARGE, "ru", "2025-03-02"), "prosecution")
    assert charged and all(e.country == "RU" for e in charged), charged


RU_PLAN = (
    "Двое срочников ушли из части\n\n"
    "Двое срочников самовольно ушли из воинской части в Пскове в ночь на понедельник. "
    "Одного из них задержали на следующий день. Для поисков второго введён план «Перехват»."
)


def test_a_russian_police_plan_is_russias_search() -> None:
    found = of_type(events(RU_PLAN, "ru", "2025-03-02"), "wanted")
    assert all(e.country == "RU" for e in found), found
