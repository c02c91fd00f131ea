"""Round 30 (place30): the region and country of a matched event, by mechanism (invented
sentences; none is a paraphrase of a corpus sentence).

- a finding told after a detention ("The men were found at the bus station in X", a step:
  ``Trigger.step``) gives the detention its place where the detention has none of its own
  (``story.step_tells_place``, ``found_step``); a hand-over's place is the office's, not the
  detention's;
- a roundup's paragraph headed by a place alone ("Kaliningrad.", "Хабаровский край.") places the
  events of that paragraph with no place of their own, but a flight
  (``places_dateline.place_from_labels``);
- a person's noun before "из" and a place ("сержант из Курской области") is his origin, whatever
  the noun (``arguments._person_from``, ``person_from``); a unit told by a participle of standing
  ("часть, стоявшую в X") is placed by ``story.unit_place``.
"""

from __future__ import annotations

import pytest
from tests.extract.helpers import events, of_type

from awol.extract.places_dateline import paragraph_label
from awol.extract.story import step_tells_place


def _places(text: str, lang: str, type_: str) -> list[tuple[str | None, str | None]]:
    return [(e.country, e.region) for e in of_type(events(text, lang, "2025-06-10"), type_)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Police detained a gunner who had walked out of his regiment, the regional police "
            "said on Monday. He was found in a hostel in Kovrov.",
            ("RU", "RU-VLA"),
        ),
        (
            "Two conscripts who had left their unit were detained, police said. The pair were "
            "found at a bus station in Ukhta.",
            ("RU", "RU-KO"),
        ),
        # a hand-over's place is the office's: the detention keeps no region (its country is
        # the story's state: a catch by the police, place49)
        (
            "Police detained a gunner who had walked out of his regiment, the regional police "
            "said on Monday. He was handed over to the military commandant's office in Kovrov.",
            ("RU", None),
        ),
        # the detention's own place wins over the finding's
        (
            "Police detained a deserter at the railway station in Vyazniki on Monday, the "
            "regional police said. He was found in a hostel in Ukhta.",
            ("RU", "RU-VLA"),
        ),
    ],
)
def test_found_step_places_the_detention(text: str, place: tuple) -> None:
    assert _places(text, "en", "detention") == [place]


def test_step_tells_place_words() -> None:
    assert step_tells_place("were found at a bus station")
    assert not step_tells_place("handed over to the military commandant's office")


@pytest.mark.parametrize(
    ("text", "lang", "type_", "place"),
    [
        # a roundup's paragraph headed by its city: the court, the police of that city
        (
            "Weekly digest\n\nPetrozavodsk. The garrison military court on Tuesday sentenced a "
            "contract soldier to four years for leaving his unit.\n\nOmsk. Police said two "
            "conscripts were detained on Friday.",
            "en",
            "sentence",
            ("RU", "RU-KR"),
        ),
        (
            "Обзор недели\n\nАмурская область. Гарнизонный военный суд приговорил рядового к "
            "шести годам колонии за самовольное оставление части.",
            "ru",
            "sentence",
            ("RU", "RU-AMU"),
        ),
        # a flight under the label keeps its own place (or none)
        (
            "Weekly digest\n\nPetrozavodsk. A gunner who failed to return to his unit from leave "
            "in May received a suspended sentence.",
            "en",
            "desertion",
            (None, None),
        ),
        # an event with its own place keeps it
        (
            "Weekly digest\n\nPetrozavodsk. Police detained a deserter at the railway station in "
            "Ukhta on Friday.\n\nOmsk. Nothing else happened.",
            "en",
            "detention",
            ("RU", "RU-KO"),
        ),
    ],
)
def test_paragraph_label_places_its_events(text: str, lang: str, type_: str, place: tuple) -> None:
    assert _places(text, lang, type_) == [place]


def test_paragraph_label_is_a_place_alone() -> None:
    assert paragraph_label("Kaliningrad.", "en") is not None
    assert paragraph_label("Хабаровский край.", "ru") is not None
    assert paragraph_label("Across the minefields.", "en") is None
    assert paragraph_label("Chelyabinsk, September 18.", "en") is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a person's noun before "из" is his origin, whatever the noun (a rank, a fighter)
        ("Сержант из Тамбовской области самовольно покинул часть в мае.", (None, None)),
        ("Боец из Бурятии в июле самовольно оставил позиции.", (None, None)),
        # the unit's place told by a participle of standing ("стоявшую", "находящуюся")
        (
            "Ефрейтор из Тамбовской области в июле самовольно покинул часть, стоявшую в "
            "Воронежской области.",
            ("RU", "RU-VOR"),
        ),
        (
            "Матрос из Мурманска самовольно оставил часть, находящуюся в Калининградской "
            "области, в марте.",
            ("RU", "RU-KGD"),
        ),
        # a verb before "из" is where the flight began
        ("Дезертировал из Тамбовской области рядовой Петров в мае.", ("RU", "RU-TAM")),
    ],
)
def test_a_person_from_a_place_is_his_origin(text: str, place: tuple) -> None:
    assert _places(text, "ru", "desertion") == [place]


@pytest.mark.parametrize(
    "text",
    [
        "A sergeant from the Tambov region deserted in May.",
        "A gunner from Omsk left his unit in July.",
    ],
)
def test_a_rank_from_a_place_is_his_origin(text: str) -> None:
    assert _places(text, "en", "desertion") == [(None, None)]
