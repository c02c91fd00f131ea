"""Round 37 (place37): a city's district named alone, a unit's seat told before the flight.

- a detention or search whose sentence names a city's district by its Soviet adjective and no
  city ("officers of the Leninsky district police department", «отдела полиции Ленинского
  района») is in the one large Russian city the article names (``city_district`` in
  ``data/place_cues.yaml``, ``places_story.city_district_from_story``), as a district's court
  already was (round 33);
- a settlement named by its district ("the village of Novoselye in the Kachugsky district",
  «в селе Новоселье Качугского района») is in the district's region, not in that of a namesake
  town the gazetteer knows elsewhere (``places_reading.PlaceReading._contain``); a large city
  before a district is no village of it;
- an English district named after a town of a plural name takes "-in-" ("the Chishminsky
  district": ``places_en.EnglishPlaces._en_stems_of``);
- a flight with no place of its own whose previous sentence says where the man's unit stood
  ("Sarmatov served in an artillery brigade in Borzya. In May he deserted", «служил в бригаде в
  Борзе. В мае он самовольно покинул часть») left from there
  (``places_finding.flight_from_next_unit``, which read only the next sentence).

Invented sentences; none is a paraphrase of a corpus sentence.
"""

from __future__ import annotations

import pytest
from tests.extract.helpers import events, one

PUB = "2025-03-12"


@pytest.mark.parametrize(
    ("text", "lang", "region"),
    [
        (
            "Novosibirsk police catch runaway gunner\n\nOfficers of the Leninsky district police "
            "department detained a 30-year-old gunner on Friday at a car wash, the police said.",
            "en",
            "RU-NVS",
        ),
        (
            "Gunner who fled his unit caught in Novosibirsk\n\nOfficers of the Leninsky district "
            "police department detained the 30-year-old gunner on Friday, the police said.",
            "en",
            "RU-NVS",
        ),
        (
            "Полицейские Новосибирска нашли беглого наводчика\n\nСотрудники отдела полиции "
            "Ленинского района в пятницу задержали 30-летнего наводчика, самовольно оставившего "
            "часть, сообщили в полиции.",
            "ru",
            "RU-NVS",
        ),
    ],
)
def test_a_city_district_is_the_article_city(text: str, lang: str, region: str) -> None:
    caught = one(events(text, lang, PUB), "detention")
    assert caught.region == region
    assert caught.country == "RU"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # no city named: no region
        (
            "Runaway gunner caught\n\nOfficers of the Leninsky district police department "
            "detained a 30-year-old gunner on Friday at a car wash, the police said.",
            "en",
        ),
        # two large cities of two regions: which is the district's is not said
        (
            "Novosibirsk police catch runaway gunner\n\nOfficers of the Leninsky district police "
            "department detained a 30-year-old gunner on Friday. He had fled his unit in Omsk.",
            "en",
        ),
        (
            "Беглого наводчика задержали\n\nСотрудники отдела полиции Ленинского района в "
            "пятницу задержали 30-летнего наводчика, самовольно оставившего часть.",
            "ru",
        ),
    ],
)
def test_a_city_district_with_no_one_city_stays_open(text: str, lang: str) -> None:
    assert one(events(text, lang, PUB), "detention").region is None


@pytest.mark.parametrize(
    ("text", "lang", "region"),
    [
        (
            "Court jails gunner\n\nThe Chita Garrison Military Court on Monday sentenced Private "
            "Ilya Sarmatov to five years for desertion. Sarmatov served in an artillery brigade "
            "in Borzya. He left the brigade without permission in May 2024, the court said.",
            "en",
            "RU-ZAB",
        ),
        (
            "Court jails gunner\n\nThe Omsk Garrison Military Court on Monday sentenced Private "
            "Ilya Sarmatov to five years for desertion. Sarmatov served in an artillery brigade "
            "in Borzya. In May 2024 he deserted, the court said.",
            "en",
            "RU-ZAB",
        ),
        (
            "Суд вынес приговор наводчику\n\nОмский гарнизонный военный суд в понедельник "
            "приговорил рядового Илью Сарматова к пяти годам колонии. Сарматов служил в "
            "артиллерийской бригаде в Борзе. В мае 2024 года он самовольно покинул часть, "
            "сообщил суд.",
            "ru",
            "RU-ZAB",
        ),
        (
            "Суд вынес приговор наводчику\n\nОмский гарнизонный военный суд в понедельник "
            "приговорил рядового Илью Сарматова к пяти годам колонии. Сарматов проходил службу в "
            "воинской части в Борзе. В мае 2024 года он самовольно оставил её, сообщил суд.",
            "ru",
            "RU-ZAB",
        ),
    ],
)
def test_a_unit_seat_told_before_the_flight_places_it(text: str, lang: str, region: str) -> None:
    flight = one(events(text, lang, PUB), "desertion")
    assert flight.region == region
    assert flight.country == "RU"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a leave not come back from: he left from home, not from the unit
        (
            "Court jails gunner\n\nThe Omsk Garrison Military Court on Monday sentenced Private "
            "Ilya Sarmatov to five years for desertion. Sarmatov served in an artillery brigade "
            "in Borzya. In May 2024 he did not return to his unit from leave, the court said.",
            "en",
        ),
        (
            "Суд вынес приговор наводчику\n\nОмский гарнизонный военный суд в понедельник "
            "приговорил рядового Илью Сарматова к пяти годам колонии. Сарматов служил в "
            "артиллерийской бригаде в Борзе. В мае 2024 года он не вернулся в часть из отпуска, "
            "сообщил суд.",
            "ru",
        ),
    ],
)
def test_a_leave_before_which_a_unit_seat_is_told_stays_unplaced(text: str, lang: str) -> None:
    flight = one(events(text, lang, PUB), "desertion")
    assert flight.region is None


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Police on Tuesday detained a corporal in the Chishminsky district.", "RU-BA"),
        ("Police on Tuesday detained a corporal in the Tuymazinsky district.", "RU-BA"),
        ("Police on Tuesday detained a corporal in the Uchalinsky district.", "RU-BA"),
    ],
)
def test_a_plural_town_names_its_district_in_english(text: str, region: str) -> None:
    """A district named after a town of a plural name ("Chishmy", "Tuymazy", "Uchaly") takes
    "-in-" before "-sky" ("the Chishminsky district"), as in Russian («Чишминский»)."""
    from awol.extract.places import get_gazetteer

    found = [m for m in get_gazetteer().find(text, "en") if m.region]
    assert [m.region for m in found] == [region]


@pytest.mark.parametrize(
    ("text", "lang", "region"),
    [
        ("Police found him in the village of Novoselye in the Kachugsky district.", "en", "RU-IRK"),
        ("Его нашли в селе Новоселье Качугского района.", "ru", "RU-IRK"),
        ("Его нашли в деревне Новоселье Баргузинского района.", "ru", "RU-BU"),
    ],
)
def test_a_settlement_by_its_district_is_the_districts(text: str, lang: str, region: str) -> None:
    from awol.extract.places import get_gazetteer

    found = get_gazetteer().find(text, lang)
    assert found[0].text.startswith("Novoselye") or found[0].text.startswith("Новоселье")
    assert {m.region for m in found} == {region}


def test_a_large_city_before_a_district_keeps_its_region() -> None:
    from awol.extract.places import get_gazetteer

    found = get_gazetteer().find("a man from Tula in the Chishminsky district", "en")
    assert [m.region for m in found] == ["RU-TUL", "RU-BA"]


def test_a_detention_in_a_village_by_its_district() -> None:
    text = (
        "Полицейские во вторник задержали в селе Новоселье Качугского района ефрейтора, "
        "сбежавшего из части."
    )
    assert one(events(text, "ru", PUB), "detention").region == "RU-IRK"
