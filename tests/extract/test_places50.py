"""Round 50 (place50).

(1) A Russian town of 5,000+ people whose one-word name the morphological analyser reads as a
person's only by guessing at an unknown word ("Турочак", "Каякент", "Жатай": no known given name
or surname, no surname ending) is read bare after a place's preposition, as a name the analyser
knows as a town is: ``scripts/build_gazetteer.py`` no longer asks a settlement word of it, and
the reader trusts that.  A name the analyser knows as a person's, or one ending as a surname
does, keeps needing the word.

(2) The genitive of a town in "-ово"/"-ев"/"-ов" after "из" ("из Черепанова", "из Азова") is the
town, as its locative after "в" already was; after "от" or with no preposition it stays the
person's surname it also is.

(3) A town of 10,000+ named by an adjective ("Прохладный", "Жуковский") standing alone after a
place's preposition, with no noun after it that it would qualify, in a form of its own gender:
the town; a region's adjective ("в Ленинградской") and the Soviet names of towns everywhere
("Первомайский") are not read so.

(4) A town named in the plural ("Думиничи", "Осиповичи", "Новые Бурасы") in another case, which
the analyser takes for a surname's plural: its nominative is a key of the word, and a name the
analyser reads as no person's at all is read bare after a preposition ("в Абане").

Small invented texts (no real incidents)."""

from __future__ import annotations

import pytest
from tests.extract.helpers import events, one

from awol.extract.places import get_gazetteer


@pytest.mark.parametrize(
    ("text", "lang", "region"),
    [
        ("Патруль задержал беглеца в Турочаке.", "ru", "RU-AL"),
        ("Солдата нашли в Каякенте у родственников.", "ru", "RU-DA"),
        ("Беглецов видели в Кукморе.", "ru", "RU-TA"),
        ("Двое солдат уехали из Черепанова на такси.", "ru", "RU-NVS"),
        ("Беглец добрался из Азова до Москвы.", "ru", "RU-ROS"),
        ("He was detained in Turochak last week.", "en", "RU-AL"),
    ],
)
def test_a_town_the_analyser_only_guesses_a_person_is_read_bare(
    text: str, lang: str, region: str
) -> None:
    assert region in {m.region for m in get_gazetteer().find(text, lang)}


@pytest.mark.parametrize(
    "text",
    [
        "Суд приговорил Черепанова к пяти годам.",
        "Он получил письмо от Черепанова.",
        "Об этом рассказал Арзгир.",
    ],
)
def test_a_surname_without_a_place_preposition_stays_no_place(text: str) -> None:
    assert not [m for m in get_gazetteer().find(text, "ru") if m.region]


def test_the_flight_takes_the_bare_town() -> None:
    text = "Контрактник Олег Сомов в мае самовольно оставил воинскую часть в Турочаке."
    fled = one(events(text, "ru", "2025-06-01"), "desertion")
    assert fled.region == "RU-AL"
    assert fled.country == "RU"


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Он служил в воинской части в Прохладном.", "RU-KB"),
        ("Беглеца задержали в Жуковском на вокзале.", "RU-MOS"),
    ],
)
def test_a_town_named_by_an_adjective_standing_alone(text: str, region: str) -> None:
    assert region in {m.region for m in get_gazetteer().find(text, "ru")}


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # (a region's adjective with its noun left out is the region, not a stanitsa)
        ("Первый родом из Вологды, второй живёт в Ленинградской.", "RU-KDA"),
        # (an adjective qualifying the noun after it)
        ("Его искали в Ленинградской и Псковской областях.", "RU-KDA"),
        # (another gender: no form of the town "Ясный")
        ("Военнослужащего из Ясной осудили за побег.", "RU-ORE"),
    ],
)
def test_an_adjective_that_is_no_town_alone_stays_what_it_was(text: str, wrong: str) -> None:
    assert wrong not in {m.region for m in get_gazetteer().find(text, "ru")}


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Солдата задержали в Думиничах.", "RU-KLU"),
        ("Беглец ушёл с полигона под Осиповичами.", "BY-MA"),
        ("Их задержали в Новых Бурасах.", "RU-SAR"),
        ("Солдата задержали в Абане.", "RU-KYA"),
    ],
)
def test_a_town_named_in_the_plural_in_another_case(text: str, region: str) -> None:
    assert region in {m.region for m in get_gazetteer().find(text, "ru")}


@pytest.mark.parametrize("text", ["Суд приговорил Ивановых.", "Он встретил Петровичей."])
def test_a_family_in_the_plural_is_no_town(text: str) -> None:
    assert not [m for m in get_gazetteer().find(text, "ru") if m.region]
