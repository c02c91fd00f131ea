"""Round 26 (near26): dates and spurious events of invented real-style text.

Each test fails on main 5a2bf1f: the mechanism it names is what makes it pass."""

from __future__ import annotations

import pytest
from helpers import events, one


def test_a_weekday_after_the_dateline_dates_the_event():
    # the dateline's own date is the report's; a date later in the sentence is the event's
    text = (
        "KAZAN, March 6 (Wire News) - A garrison military court on Wednesday sentenced a "
        "conscript who ran away from his unit near Kazan to two years in a penal colony."
    )
    sentence = one(events(text, "en", "2025-03-06"), "sentence")
    assert sentence.date == "2025-03-05"


_RU_LOSSES = (
    "Из части под Белгородом сбежали трое контрактников, сообщил источник в полиции. "
    "Их ищет военная полиция. "
    "По оценке разведки, за две недели боев погибли или были ранены не менее 400 военных "
    "противника."
)
_EN_LOSSES = (
    "Three contract soldiers fled their unit near Belgorod last week, police said. "
    "Military police are searching for them. "
    "One of them had told his mother that half of his platoon was killed in a single assault. "
    "Officials say more than two thousand men of that army have been killed or wounded."
)


@pytest.mark.parametrize(("text", "lang"), [(_RU_LOSSES, "ru"), (_EN_LOSSES, "en")])
def test_war_losses_are_no_death(text, lang):
    # soldiers killed (or wounded) in the war are not deserters or their pursuers who died
    found = events(text, lang, "2025-03-10")
    assert [e.type for e in found if e.type == "death"] == [], found
    assert any(e.type == "desertion" for e in found)


def test_an_english_sentence_opening_with_a_year_of_history():
    text = (
        "A conscript fled his unit in the Kursk region on Monday, his mother said. "
        "In 1916, the tsar's army executed soldiers who ran from the trenches."
    )
    found = events(text, "en", "2025-03-12")
    assert [e.type for e in found] == ["desertion"], [(e.type, e.evidence.text) for e in found]
