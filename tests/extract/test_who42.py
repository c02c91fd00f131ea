"""Round 42 (who42): the who convention, and three mechanisms that carry a who to unseen wording.

Convention (docs/extraction.md "Round 42 (who42)", counted in real train, dev and seeds gold): an
event of an unnamed story whose sentence speaks of its people only by a pronoun or by their
number takes the story's descriptor of the same people.  Mechanisms:

- a group told by its number ("both men", «всех пятерых») carries the descriptor of a group of
  as many told up to ``_GROUP_BACK`` sentences before, farther than a "he" does;
- the plural of every serviceman's noun is a group's who and count ("Two artillerymen deserted");
- a descriptor told without its article ("contract serviceman") names a serviceman, as it does
  with one; "the pair" says no more than "the men".
"""

from __future__ import annotations

import pytest
from helpers import pipeline_events, pipeline_one

from awol.extract.titles import names_service
from awol.extract.who_story import _GROUP_BACK, _STORY_BACK


def _events(text: str, lang: str) -> list[dict]:
    return pipeline_events(text, lang, "2025-12-01", "who42")


def _one(text: str, lang: str, etype: str) -> dict:
    return pipeline_one(text, lang, etype, "2025-12-01")


_FILLER_EN = (
    "Their families said they had complained about shelling for weeks. "
    "The regiment's commander declined to comment. "
    "Relatives wrote letters to the governor. "
    "A neighbour said she had seen a car at night. "
    "The weather that week was cold and wet. "
)


def test_a_group_told_by_its_number_carries_its_descriptor_far_back() -> None:
    assert _GROUP_BACK > _STORY_BACK
    text = (
        "Two contract soldiers of a tank regiment deserted from a camp near Valuyki in May, "
        "a regional site said. "
        + _FILLER_EN
        + "Military investigators have opened a criminal case against both men for desertion."
    )
    e = _one(text, "en", "prosecution")
    assert e["count"] == 2
    assert "soldiers" in (e["who"] or ""), e


def test_a_group_told_by_its_number_far_back_in_russian() -> None:
    text = (
        "Пятеро мобилизованных из Чебоксар в марте самовольно покинули позиции под Кременной. "
        "Родные говорят, что им не давали отпусков. Командир части от комментариев отказался. "
        "Волонтеры искали их в окрестных селах. Соседи видели машину ночью. Погода была холодной. "
        "В апреле всех пятерых объявили в розыск."
    )
    e = _one(text, "ru", "wanted")
    assert e["who"] and e["who"].lower().startswith("мобилизованн"), e


@pytest.mark.parametrize(
    ("text", "who", "count"),
    [
        ("Two artillerymen deserted from their battery near Kupiansk in September, a regional "
         "channel said. Military police detained them in Voronezh a week later.",
         "artillerymen", 2),
        ("Three signalmen of a brigade deserted from their barracks in June, a local outlet "
         "said. All three were detained in Chita in August.", "signalmen", 3),
    ],
)  # fmt: skip
def test_the_plural_of_a_servicemans_noun_is_a_groups_who(text: str, who: str, count: int) -> None:
    for etype in ("desertion", "detention"):
        e = _one(text, "en", etype)
        assert e["count"] == count, e
        assert who in (e["who"] or ""), e


@pytest.mark.parametrize(
    ("who", "service"),
    [
        ("contract serviceman", True),
        ("platoon commander", True),
        ("contract private", True),
        ("reconnaissance scout", True),
        ("artillerymen", True),
        ("contract infantrymen", True),
        ("local man", False),
        ("men", False),
        ("military police", False),
        ("investigators", False),
    ],
)
def test_a_descriptor_told_without_its_article_names_a_serviceman(who: str, service: bool) -> None:
    assert names_service(who, "en") is service


def test_the_pair_gives_way_to_the_groups_descriptor() -> None:
    text = (
        "Two conscripts fled their unit in Chebarkul with their rifles on Sunday, regional police "
        "said. The pair were detained two days later at a bus stop outside Miass."
    )
    e = _one(text, "en", "detention")
    assert "conscripts" in (e["who"] or ""), e
