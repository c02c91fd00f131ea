"""Round 55 (place55): a Russian soldier's flight with no place told takes no country.

Such a flight may have started at the front in Ukraine or at a unit in Russia; real train gold
leaves every unplaced flight's country null (none of its 37 is given RU; the one given a country
is a Ukrainian soldier's at home, UA).  The story's state that reached the flight from another
event of its sentence ("detained in Tyumen a man who had left his unit in December") is taken
back by ``finish.unplaced_flights`` (``war_abroad`` of ``data/place_cues.yaml``); a flight whose
own words give a place or a foreign country keeps it, and the other events keep theirs.

Small invented texts (no real incidents)."""

from __future__ import annotations

import pytest
from tests.extract.helpers import events

from awol.extract.finish import unplaced_flights
from awol.extract.places_data import cues
from awol.model import Event, Evidence


def _by_type(text: str, lang: str) -> dict[str, Event]:
    return {e.type: e for e in events(text, lang, None)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Полицейские задержали в Тобольске 27-летнего уроженца Курганской области, который "
            "в ноябре самовольно оставил воинскую часть, сообщает областное управление МВД.",
            "ru",
        ),
        (
            "Police in the Kirov region have detained in Slobodskoy a 31-year-old contract "
            "soldier who had deserted from his unit in October, the regional police said.",
            "en",
        ),
    ],
)
def test_flight_told_beside_a_catch_takes_no_country(text: str, lang: str) -> None:
    found = _by_type(text, lang)
    assert found["detention"].country == "RU"
    flight = found["desertion"]
    assert (flight.place_text, flight.country, flight.region) == (None, None, None)


@pytest.mark.parametrize(
    ("text", "lang", "country", "region"),
    [
        (
            "В октябре мобилизованный самовольно покинул воинскую часть в Ковровском районе "
            "Владимирской области.",
            "ru",
            "RU",
            "RU-VLA",
        ),
        (
            "In October, a conscript deserted from his unit near Lake Baikal and fled to "
            "Kazakhstan, where border guards detained him.",
            "en",
            "KZ",  # (where it went, as English coders give a flight told only so: kept)
            None,
        ),
    ],
)
def test_flight_with_its_own_place_keeps_it(text: str, lang: str, country, region) -> None:
    flight = _by_type(text, lang)["desertion"]
    assert (flight.country, flight.region) == (country, region)


def _event(type_: str, country: str | None, place: str | None = None) -> Event:
    return Event(
        type=type_,
        evidence=Evidence("x", 0, 1),
        place_text=place,
        country=country,
        region=None,
    )


def test_only_unplaced_flights_of_an_army_at_war_abroad() -> None:
    assert "RU" in cues()["war_abroad"] and "UA" not in cues()["war_abroad"]
    evs = [
        _event("desertion", "RU"),
        _event("desertion", "RU", "Russia"),
        _event("desertion", "KZ"),
        _event("wanted", "RU"),
        _event("prosecution", "RU"),
    ]
    unplaced_flights(evs, None)  # the story's army unknown: Russia's by default
    assert [e.country for e in evs] == [None, "RU", "KZ", "RU", "RU"]
    home = [_event("desertion", "UA")]
    unplaced_flights(home, "UA")  # a Ukrainian soldier's flight is at home: kept
    assert home[0].country == "UA"
