"""A flight told only to say who the main clause is about (a participle before its noun, a
relative clause with no comma) takes no place past the main clause's verb: "Сбежавшего из
части контрактника нашли в лесу под Новочеркасском", "A soldier who had deserted from his unit
was found in a forest near Shakhty" (the forest is where he was found, not where he fled;
invented sentences): ``argument_scope.past_main_verb``."""

from __future__ import annotations

import pytest
from tests.extract.helpers import events
from tests.extract.helpers import one as _one


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Сбежавшего из части контрактника полицейские нашли в лесу под Новочеркасском.", "ru"),
        ("Самовольно оставившего часть мобилизованного обнаружили на даче в Подмосковье.", "ru"),
        ("Дезертировавшего солдата родственники прятали в подвале дома в Туле.", "ru"),
        ("A soldier who had deserted from his unit was found in a forest near Shakhty.", "en"),
        (
            "A contract soldier who deserted in March turned up at his mother's flat in Kurgan.",
            "en",
        ),
    ],
)
def test_the_main_verbs_place_is_not_the_flights(text, lang):
    assert _one(events(text, lang, "2025-06-11"), "desertion").region is None


@pytest.mark.parametrize(
    ("text", "lang", "region"),
    [
        # the flight's own place, before the main verb, stays
        ("Сбежавшего из части в Белгороде контрактника нашли под Тулой.", "ru", "RU-BEL"),
        (
            "A soldier who had deserted from his unit in Belgorod was found near Tula.",
            "en",
            "RU-BEL",
        ),
        # a finite flight keeps its place
        ("Два контрактника сбежали с полигона в Мулино.", "ru", "RU-NIZ"),
    ],
)
def test_the_flights_own_place_stays(text, lang, region):
    assert _one(events(text, lang, "2025-06-11"), "desertion").region == region


def test_the_main_verb_before_the_participle():
    # the main verb first, the participle's noun, then the main verb's place
    evs = events(
        "Полицейские нашли сбежавшего из части контрактника в лесу под Новочеркасском.",
        "ru",
        "2025-06-11",
    )
    assert _one(evs, "desertion").region is None
    evs = events(
        "Полицейские нашли сбежавшего из части в Белгороде контрактника под Тулой.",
        "ru",
        "2025-06-11",
    )
    assert _one(evs, "desertion").region == "RU-BEL"


def test_the_detentions_place_past_the_participle_and_its_noun():
    evs = events(
        "Военная полиция задержала самовольно оставившего часть мобилизованного на вокзале в Туле.",
        "ru",
        "2025-06-11",
    )
    assert _one(evs, "detention").region == "RU-TUL"
    assert _one(evs, "desertion").region is None
