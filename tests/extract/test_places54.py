"""Round 54 (places54): where a unit was training is the place of a flight told beside it.

"as the regiment travelled to Germany for training, 30 more men ran off", "while the
battalion was training in Poland", «когда бригада проходила подготовку во Франции»: the place
is the destination of the unit's journey or stands in the training's clause, so the flight's own
place reading left the flight unplaced; the coders give it the place of the training
(``extract/places_training.py``, ``training_before``/``training_after`` of
``lang/<lang>/story.yaml``).  A flight told only by where it went stays as before.

Small invented texts (no real incidents)."""

from __future__ import annotations

import pytest
from tests.extract.helpers import events


def _desertion(text: str, lang: str):
    found = [e for e in events(text, lang, None) if e.type == "desertion"]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "lang", "country", "region"),
    [
        (
            "A reporter says that in May, when the regiment went to Germany for training, "
            "another 30 soldiers deserted.",
            "en",
            "DE",
            None,
        ),
        (
            "In March, 12 soldiers deserted while their battalion was training in Poland.",
            "en",
            "PL",
            None,
        ),
        (
            "Весной, когда батальон проходил подготовку в Германии, из него дезертировали 30 "
            "военных.",
            "ru",
            "DE",
            None,
        ),
        (
            "Мобилизованный, направленный в учебный центр в польском Вроцлаве, сбежал.",
            "ru",
            "PL",
            "PL-02",
        ),
    ],
)
def test_flight_where_the_unit_trained(text: str, lang: str, country: str, region) -> None:
    e = _desertion(text, lang)
    assert (e.country, e.region) == (country, region)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("He had been trained as a driver before he fled.", "en"),
        ("После подготовки он сбежал из части.", "ru"),
    ],
)
def test_no_training_place(text: str, lang: str) -> None:
    from awol.extract.places_training import training_place

    assert training_place(text, lang) is None
