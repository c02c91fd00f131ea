"""Round 29 (armed29): armed and unarmed cues the lexicon missed, a weapon's name in a unit's
name, and an armed statement said of a man by a pronoun."""

from __future__ import annotations

import pytest
from tests.extract.helpers import armed_of, events


@pytest.mark.parametrize(
    ("text", "lang", "armed"),
    [
        # a weapon named with its kind
        ("The sergeant walked out of the depot with his service pistol.", "en", True),
        ("The private vanished with a hunting rifle belonging to his uncle.", "en", True),
        # "without a weapon"
        ("The lance corporal went home without a weapon, his mother said.", "en", False),
        ("She said he had gone without his service rifle.", "en", False),
        # a weapon's name in a unit's name is no weapon
        ("He was posted to Donetsk with a rifle company in spring.", "en", None),
        ("The recruit served with a rifle regiment near Kherson.", "en", None),
        # the possessor after "при себе", a negated taking with the weapon first
        ("Оружия при себе у рядового не было, сообщили в полиции.", "ru", False),
        ("Оружие они с собой не взяли, уточнил источник.", "ru", False),
        ("Оружие он не брал, сказала его жена.", "ru", False),
    ],
)
def test_armed_cues_armed29(text: str, lang: str, armed: bool | None) -> None:
    assert armed_of(text, lang) is armed


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Military police in the Kursk region detained a conscript who had left his unit in "
            "May, the regional office said on Monday. He had gone without a weapon, the office "
            "added.",
            "en",
        ),
        (
            "В Курской области военная полиция задержала срочника, который в мае ушел из части. "
            "Сопротивления он не оказал. Оружия при нем не было.",
            "ru",
        ),
    ],
)
def test_unarmed_said_by_a_pronoun_reaches_the_detention(text: str, lang: str) -> None:
    evs = [e for e in events(text, lang, "2025-06-12") if e.type == "detention"]
    assert evs and evs[0].armed is False
