"""Round 29 (place29): the region of a matched event, by mechanism (invented sentences, EN and
RU; none is a paraphrase of a corpus sentence).

- a flight from leave or treatment takes no unit's place (``story.unit_place``,
  ``leave_not_unit``);
- a settlement word before a namesake town of another region: the region the text names
  (``Gazetteer._contain``);
- a station, an airport or a lodging after a relative clause on the man a detention took is the
  detention's place (``arguments._caught_at``, ``caught_at``);
- not coming back from a hospital named by its town: the flight left it (``hospital_in``);
- a court named in a count of cases is no court of the story (``story_courts.court_places``,
  ``cases_counted``);
- a town named like a surname, in its locative after a lowercase "в", needs no settlement word
  (``places_ru._locative_town``).
"""

from __future__ import annotations

import pytest
from tests.extract.helpers import events, of_type

from awol.extract.places import get_gazetteer
from awol.extract.story import unit_place
from awol.extract.story_courts import court_places


def _regions(text: str, lang: str, type_: str) -> list[str | None]:
    return [e.region for e in of_type(events(text, lang, "2025-06-10"), type_)]


@pytest.mark.parametrize(
    ("text", "lang", "region"),
    [
        (
            "Relatives of five men of a tank brigade based in the Omsk region say they did not "
            "return to their unit after leave in March.",
            "en",
            None,
        ),
        (
            "He failed to report back to his unit in the Kursk region after a ten-day furlough.",
            "en",
            None,
        ),
        (
            "Рядовой части, дислоцированной в Омской области, не вернулся из отпуска в марте.",
            "ru",
            None,
        ),
        # no leave: the unit's place is where the flight happened
        ("A soldier of a unit stationed in the Omsk region fled on March 3.", "en", "RU-OMS"),
        (
            "Рядовой части, дислоцированной в Омской области, в марте не явился на службу.",
            "ru",
            "RU-OMS",
        ),
    ],
)
def test_unit_place_not_after_leave(text: str, lang: str, region: str | None) -> None:
    unit = unit_place(text, lang)
    assert (unit.region if unit is not None else None) == region


@pytest.mark.parametrize(
    ("text", "lang", "name", "region"),
    [
        ("detained in the village of Pavlovo, in the Leningrad region", "en", "Pavlovo", "RU-LEN"),
        ("в деревне Павлово Ленинградской области", "ru", "Павлово", "RU-LEN"),
        # the town itself, no settlement word: the gazetteer's own region stays
        ("detained in Pavlovo on Monday", "en", "Pavlovo", "RU-NIZ"),
    ],
)
def test_settlement_word_takes_the_named_region(
    text: str, lang: str, name: str, region: str
) -> None:
    found = {p.text: p.region for p in get_gazetteer().find(text, lang)}
    assert found[name] == region


@pytest.mark.parametrize(
    ("text", "detention", "desertion"),
    [
        (
            "Transport police detained two contract soldiers who had deserted from the front at "
            "the bus station in Kineshma on Friday.",
            "RU-IVA",
            None,
        ),
        (
            "Officers detained a conscript who had fled in May at his uncle's flat in Kostroma.",
            "RU-KOS",
            None,
        ),
        # a place after the unit he fled: the flight's
        (
            "Police detained a soldier who deserted from his unit in the Kostroma region.",
            None,
            "RU-KOS",
        ),
    ],
)
def test_station_or_lodging_after_a_relative_clause(
    text: str, detention: str | None, desertion: str | None
) -> None:
    found = events(f"Deserters detained\n\n{text}\n", "en", "2025-06-10")
    det = [e.region for e in of_type(found, "detention")]
    des = [e.region for e in of_type(found, "desertion")]
    assert det == [detention]
    if desertion is None:
        assert all(r is None for r in des)  # (the flight, where one is read, takes no place)
    else:
        assert des[:1] == [desertion]


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("В мае контрактник не вернулся из военного госпиталя в Саратове.", "RU-SAR"),
        # not back to the unit after treatment in a hospital: no place (a leave)
        ("В мае контрактник не вернулся в часть после лечения в госпитале в Саратове.", None),
    ],
)
def test_hospital_not_returned_from(text: str, region: str | None) -> None:
    assert _regions(f"Дезертир\n\n{text}\n", "ru", "desertion") == [region]


@pytest.mark.parametrize(
    ("text", "lang", "courts"),
    [
        (
            "The garrison military court in Severomorsk heard 37 cases of desertion last year.",
            "en",
            [],
        ),
        (
            "Только в Курский гарнизонный военный суд поступило более 500 дел о самовольном "
            "оставлении части.",
            "ru",
            [],
        ),
        ("The garrison military court in Severomorsk will hear his case.", "en", ["RU-MUR"]),
    ],
)
def test_court_in_a_count_of_cases(text: str, lang: str, courts: list[str]) -> None:
    places = get_gazetteer().find(text, lang)
    assert [p.region for p in court_places(text, places, lang)] == courts


@pytest.mark.parametrize(
    ("text", "name", "region"),
    [
        ("Его задержали в Азове в мае.", "Азове", "RU-ROS"),
        ("Дезертира нашли в Гагарине у родственников.", "Гагарине", "RU-SMO"),
        ("Его задержали в Королёве в мае.", "Королёве", "RU-MOS"),
        ("Контрактника задержали в Боброве.", "Боброве", "RU-VOR"),
        ("Суд в Ростове вынес приговор.", "Ростове", "RU-ROS"),
        # a hamlet's name is no town: "в Молдове" is the state (no region)
        ("Его задержали в Молдове в мае.", "Молдове", None),
    ],
)
def test_town_named_like_a_surname_in_the_locative(
    text: str, name: str, region: str | None
) -> None:
    found = {p.text: p.region for p in get_gazetteer().find(text, "ru")}
    assert found.get(name) == region


def test_locative_town_not_at_a_sentence_start() -> None:
    # "В Чехове ..." opening a sentence may speak of the person: the town still needs its cue
    assert get_gazetteer().find("В Чехове видели мастера короткой прозы.", "ru") == []
