"""Round 53 (fields53): a flight does not take "armed" from another flight or from a search
for other men; a guard's weapon after «и тот» is not the deserter's."""

from __future__ import annotations

import pytest
from tests.extract.helpers import armed_of, events


def test_a_second_flight_does_not_take_the_first_flights_arms() -> None:
    text = (
        "Twelve contract soldiers fled a camp near Tokmak with their assault rifles on Monday, "
        "the regional police said. Four sailors ran off from a ship moored at Baltiysk on "
        "Friday, the fleet's press office said."
    )
    flights = [e for e in events(text, "en", "2025-03-10") if e.type == "desertion"]
    assert len(flights) == 2
    sailors = [e for e in flights if e.count == 4]
    assert sailors and sailors[0].armed is None


def test_a_flight_does_not_take_arms_from_a_search_for_more_men() -> None:
    text = (
        "Полиция Тверской области ищет двух контрактников, которые ушли из части с автоматами. "
        "Кроме того, в Ржеве из части ушёл рядовой Олег Савин, сообщили в прокуратуре."
    )
    flights = [e for e in events(text, "ru", "2025-03-10") if e.type == "desertion"]
    lone = [e for e in flights if e.count == 1]
    assert lone and lone[0].armed is None


def test_a_statement_still_arms_its_flight() -> None:
    text = (
        "Three conscripts walked out of their barracks near Pskov on Sunday night, the region's "
        "governor said. They had taken their rifles, he added."
    )
    flights = [e for e in events(text, "en", "2025-03-10") if e.type == "desertion"]
    assert flights and flights[0].armed is True


@pytest.mark.parametrize(
    ("text", "armed"),
    [
        # the guard fired: «тот» after a man rushed at him
        (
            "Один из беглецов кинулся на пограничника, пытаясь вырваться, и тот открыл огонь "
            "из табельного оружия.",
            None,
        ),
        (
            "Солдат набросился на полицейского, а тот открыл огонь.",
            None,
        ),
        # the man himself fired
        ("Беглец открыл огонь по полицейским из автомата.", True),
        ("Полицейские подъехали к дому, а тот открыл огонь по наряду.", True),
    ],
)
def test_a_guards_weapon_after_tot(text: str, armed: bool | None) -> None:
    assert armed_of(text, "ru") is armed


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The trial of Private Lev Tumanov, accused of leaving his post near Kupiansk with a "
            "machine gun, opened on Tuesday in Rostov-on-Don.",
            "en",
        ),
        (
            "Гарнизонный военный суд в Чите рассмотрит дело рядового, который в мае ушёл из "
            "части, забрав с собой автомат.",
            "ru",
        ),
    ],
)
def test_a_charge_or_verdict_reads_the_accused_arms_in_its_sentence(text: str, lang: str) -> None:
    evs = [e for e in events(text, lang, "2025-06-12") if e.type in ("prosecution", "sentence")]
    assert evs and evs[0].armed is True
