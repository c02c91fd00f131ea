"""Round 52 (country52): a place that is only where someone tried to go is not where the catch
happened ("detained ... as he was trying to slip across the border into Russia", «задержали
военнослужащего, который пытался выехать в Казахстан»), and a Russian word of direction with
the genitive («в сторону Брянской области», «в направлении Курска») tells where a flight went,
not where it happened (invented sentences)."""

from __future__ import annotations

import pytest
from tests.extract.helpers import events
from tests.extract.helpers import one as _one


def test_an_attempted_goal_is_not_where_the_catch_was():
    text = (
        "A Ukrainian soldier who left his unit without leave was detained. Border guards "
        "stopped him on June 6 as he tried to cross into Moldova on foot."
    )
    assert _one(events(text, "en", "2025-06-11"), "detention").country != "MD"


def test_an_attempted_way_back_is_not_the_place_of_the_catch():
    text = (
        "Wagner deserter held near the border\n\nA former Wagner fighter who deserted and fled "
        "to Finland in March has been detained again. Police said late on Friday they had "
        "detained a man in his thirties for trying to cross into Russia illegally, though they "
        "did not name him."
    )
    catch = _one(events(text, "en", "2025-06-11"), "detention")
    assert catch.place_text is None


def test_a_reached_goal_is_still_where_the_catch_was():
    # not an attempt: he got there and was caught there
    text = "A deserter who crossed into Kazakhstan was detained by Kazakh police."
    assert _one(events(text, "en", "2025-06-11"), "detention").country == "KZ"


@pytest.mark.parametrize(
    "text",
    [
        "Пятеро мобилизованных с оружием ушли из части в сторону Брянской области.",
        "Пятеро мобилизованных с оружием ушли из части в направлении Брянской области.",
    ],
)
def test_a_direction_in_the_genitive_is_where_they_went(text):
    flight = _one(events(text, "ru", "2025-06-11"), "desertion")
    assert flight.region != "RU-BRY"


def test_a_place_in_the_genitive_without_direction_is_still_the_place():
    text = "Пятеро мобилизованных с оружием ушли из части в Брянской области."
    assert _one(events(text, "ru", "2025-06-11"), "desertion").region == "RU-BRY"
