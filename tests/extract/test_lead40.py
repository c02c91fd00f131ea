"""Lead, round 40: a Russian place name that never declines after a verb of going is where the
people went, so a flight told only by it keeps the Russian coders' null place."""

from __future__ import annotations

from helpers import events, one


def test_an_undeclined_destination_after_a_verb_of_going_is_not_the_place() -> None:
    text = "Несколько контрактников отказались воевать и вернулись в Цхинвали."
    e = one(events(text, "ru", "2022-04-01"), "desertion")
    assert e.country is None and e.region is None


def test_an_undeclined_town_without_a_verb_of_going_is_still_the_place() -> None:
    # twin: «находились в Сочи» says where they were
    text = "Двое контрактников, которые находились в Сочи, самовольно оставили часть."
    e = one(events(text, "ru", "2022-04-01"), "desertion")
    assert e.region == "RU-KDA"
