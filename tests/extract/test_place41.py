"""Round 41 (place41): the country of a search told with no place.

A charge and a verdict told with no place, no acting authority and no state's name are coded
as the story's state's (by default Russia's) in both languages, and so is a search in English.
The Russian coders of real/ train leave a search told as a state or a hunt going on («находится
в розыске», «поиски продолжаются», «его разыскивают правоохранители») without a country (4 of 4
such searches); one declared («объявили в розыск») or into the state's own lists («в
федеральном розыске») keeps the state's country (``state_acts`` / ``state_search`` of
``lang/<lang>/story.yaml``, read by :func:`awol.extract.story.state_act` in
:func:`awol.extract.finish.finish`).

Invented sentences; none is a paraphrase of a corpus sentence.
"""

from __future__ import annotations

import pytest
from tests.extract.helpers import events, one

from awol.extract.story import state_act

PUB = "2025-11-14"


@pytest.mark.parametrize(
    ("kind", "text", "lang", "expected"),
    [
        ("wanted", "Второй беглец по-прежнему находится в розыске.", "ru", False),
        ("wanted", "Поиски остальных солдат продолжаются третью неделю.", "ru", False),
        ("wanted", "Его разыскивают правоохранители и военные.", "ru", False),
        ("wanted", "Рядового объявили в розыск в конце мая.", "ru", True),
        ("wanted", "В розыск его объявили ещё весной.", "ru", True),
        ("wanted", "С лета он значился в федеральном розыске.", "ru", True),
        ("wanted", "Он объявлен в межгосударственный розыск.", "ru", True),
        ("wanted", "С прошлой весны солдат был в российском розыске.", "ru", True),
        ("prosecution", "Против него возбудили уголовное дело.", "ru", True),
        ("sentence", "Суд назначил ему пять лет колонии.", "ru", True),
        ("wanted", "The second man is still on the run and wanted.", "en", True),
    ],
)
def test_which_placeless_acts_are_the_states(
    kind: str, text: str, lang: str, expected: bool
) -> None:
    assert state_act(kind, text, lang) is expected


def test_a_search_going_on_with_no_place_has_no_country_in_russian() -> None:
    text = (
        "Двое солдат срочной службы в субботу ушли из части с оружием. Одного из них задержали "
        "через сутки, второй до сих пор находится в розыске."
    )
    sought = one(events(text, "ru", PUB), "wanted")
    assert (sought.place_text, sought.country, sought.region) == (None, None, None)


def test_a_declared_search_with_no_place_is_russias() -> None:
    text = (
        "Контрактник в октябре самовольно покинул часть и не вернулся. В ноябре его объявили в "
        "розыск."
    )
    sought = one(events(text, "ru", PUB), "wanted")
    assert (sought.country, sought.region) == ("RU", None)


def test_an_english_search_with_no_place_stays_russias() -> None:
    text = (
        "Two conscripts walked out of their unit with rifles on Saturday. One of them was "
        "caught a day later; the other is still being sought."
    )
    sought = one(events(text, "en", PUB), "wanted")
    assert sought.country == "RU"
