"""Round 39 (place39): a state's mission abroad as a source; Armenia's four other provinces;
datelines with a dash only and "here".

- a source that is a state's embassy or consulate abroad ("Russia's embassy in Yerevan
  confirmed", «сообщили в посольстве России в Астане») is not the authority whose seat places
  the act: its seat is a foreign capital (``source_not_authority`` of
  ``lang/<lang>/arguments.yaml``); a charge by Russia's investigators stays RU with no region;
- Armenia's Aragatsotn, Ararat, Armavir and Vayots Dzor provinces are named in ``data/places.yaml``
  (their towns already carried their codes): "the Vayots Dzor province" is AM-VD; Armavir and
  Ararat alone stay towns (Armavir of the Krasnodar Krai first).

Invented sentences; none is a paraphrase of a corpus sentence.
"""

from __future__ import annotations

import pytest
from tests.extract.helpers import events, one

from awol.extract.places import get_gazetteer

PUB = "2025-10-08"


def _regions(text: str, lang: str) -> list[str | None]:
    return [m.region for m in get_gazetteer().find(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "region"),
    [
        ("He was found in a guest house in the Vayots Dzor province.", "en", "AM-VD"),
        ("Police in Armenia's Aragatsotn province stopped the car.", "en", "AM-AG"),
        ("The two men were detained in the Armavir Province of Armenia.", "en", "AM-AV"),
        ("They hid at a farm in Ararat province.", "en", "AM-AR"),
        ("Его задержали в Вайоцдзорской области.", "ru", "AM-VD"),
        ("Военных нашли в Армавирской области Армении.", "ru", "AM-AV"),
        ("Беглеца задержали в Араратской области.", "ru", "AM-AR"),
        ("Полиция Арагацотнской области сообщила о задержании.", "ru", "AM-AG"),
    ],
)
def test_armenian_provinces(text: str, lang: str, region: str) -> None:
    assert region in _regions(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [("He was detained in Armavir on Monday.", "en"), ("Его задержали в Армавире.", "ru")],
)
def test_armavir_alone_is_the_russian_town(text: str, lang: str) -> None:
    assert _regions(text, lang) == ["RU-KDA"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Two Russian deserters held in Armenia\n\nArmenian police on Sunday detained two "
            "Russian soldiers who had fled their base in Gyumri. Russian military investigators "
            "have opened criminal cases against the pair for desertion, Russia's embassy in "
            "Yerevan confirmed.",
            "en",
        ),
        (
            "Двух российских дезертиров задержали в Армении\n\nАрмянские полицейские в "
            "воскресенье задержали двух российских военнослужащих, покинувших базу в Гюмри. "
            "Военные следователи возбудили против них уголовные дела о дезертирстве, сообщили в "
            "посольстве России в Ереване.",
            "ru",
        ),
    ],
)
def test_an_embassy_abroad_does_not_place_the_charge(text: str, lang: str) -> None:
    charge = one(events(text, lang, PUB), "prosecution")
    assert (charge.country, charge.region) == ("RU", None)


@pytest.mark.parametrize(
    ("text", "lang", "region"),
    [
        (
            "Deserters held in Khujand\n\nKHUJAND - Tajik security officers on Tuesday detained "
            "two Russian soldiers who had left their base in Dushanbe, a source said.",
            "en",
            "TJ-SU",
        ),
        (
            "Солдат задержан в Барнауле\n\nБАРНАУЛ — Полицейские в понедельник задержали "
            "военнослужащего, который в мае самовольно оставил часть в Новосибирске.",
            "ru",
            "RU-ALT",
        ),
    ],
)
def test_a_dash_dateline_places_the_lead(text: str, lang: str, region: str) -> None:
    caught = one(events(text, lang, PUB, title=text.split("\n")[0]), "detention")
    assert caught.region == region


@pytest.mark.parametrize(
    ("text", "lang", "region"),
    [
        (
            "Soldier caught\n\nBARNAUL - A soldier who left his unit in Novosibirsk in May has "
            "been found. He was detained at a hostel here on Monday, police said.",
            "en",
            "RU-ALT",
        ),
        (
            "Солдат задержан\n\nБАРНАУЛ — Военнослужащий, который в мае самовольно оставил часть "
            "в Новосибирске, найден. Его задержали здесь в понедельник, сообщили в полиции.",
            "ru",
            "RU-ALT",
        ),
    ],
)
def test_here_is_the_dateline_city(text: str, lang: str, region: str) -> None:
    found = events(text, lang, PUB, title=text.split("\n")[0])
    assert one(found, "detention").region == region
    assert one(found, "desertion").region == "RU-NVS"


@pytest.mark.parametrize(
    "text",
    [
        # a capital's dash dateline says where the desk files from, not where it happened
        "Soldier caught\n\nMOSCOW - Police on Monday detained a soldier who had left his unit.",
        # no dateline: "here" names nothing
        "Soldier caught\n\nA soldier who left his unit in May has been found. He was detained at "
        "a hostel here on Monday, police said.",
    ],
)
def test_no_city_no_place(text: str) -> None:
    caught = one(events(text, "en", PUB, title=text.split("\n")[0]), "detention")
    assert caught.region is None
