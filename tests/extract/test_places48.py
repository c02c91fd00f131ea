"""Round 48 (place48).

(1) A place the words before it make a man's home ("жил в Иркутске", "who lives in Irkutsk") is
still where an event happened when a relative clause of place right after it tells that event
("жил в Иркутске, где его задержали", "in Irkutsk, where police detained him"): the clause says
something happened there.  Without such a clause a home stays no event's place.

(2) A catch or a search "outside the district", "в других районах", with no district named: the
story's country and no region, as train gold codes it.

Small invented texts (no real incidents)."""

from __future__ import annotations

import pytest
from tests.extract.helpers import events, one


@pytest.mark.parametrize(
    ("text", "lang", "region"),
    [
        (
            "По данным следствия, в марте он самовольно оставил часть в Кяхте и две недели жил "
            "в Иркутске, где его задержали в апреле.",
            "ru",
            "RU-IRK",
        ),
        (
            "The private, who lives in Irkutsk, where police detained him in April, had left "
            "his unit in Kyakhta in March.",
            "en",
            "RU-IRK",
        ),
    ],
)
def test_a_home_told_with_a_where_clause_of_the_catch_is_its_place(
    text: str, lang: str, region: str
) -> None:
    caught = one(events(text, lang, "2025-06-01"), "detention")
    assert (caught.country, caught.region) == ("RU", region)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Полицейские задержали мужчину, который жил в Омске и в марте самовольно оставил "
            "часть.",
            "ru",
        ),
        ("Police detained a soldier who lives in Omsk and who left his unit in March.", "en"),
    ],
)
def test_a_home_with_no_where_clause_stays_no_place(text: str, lang: str) -> None:
    caught = one(events(text, lang, "2025-06-01"), "detention")
    assert caught.region is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Из части в Сузунском районе Новосибирской области ушли шесть солдат. Двоих уже "
            "задержали за пределами района, сообщил глава района.",
            "ru",
        ),
        (
            "Из части в Сузунском районе Новосибирской области ушли шесть солдат. Двоих уже "
            "задержали в других районах, сообщил глава района.",
            "ru",
        ),
        (
            "Six soldiers left their unit in the Suzunsky district of the Novosibirsk region. Two "
            "of them have already been detained outside the district, the district head said.",
            "en",
        ),
    ],
)
def test_a_catch_outside_the_story_s_unnamed_district_is_in_its_country(
    text: str, lang: str
) -> None:
    """The story's district told with no name: the story's country, no region (train rru-138)."""
    caught = one(events(text, lang, "2025-06-01"), "detention")
    assert (caught.country, caught.region) == ("RU", None)
    assert caught.place_text is not None
