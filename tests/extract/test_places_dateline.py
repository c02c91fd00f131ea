"""A wire report's dateline places the events of its lead that name no place of their own
(invented sentences, EN and RU): "KAZAN, June 10 (Reuters) - A garrison military court ...",
"ЧИТА, 17 апреля. /Интерфакс/ - Гарнизонный военный суд ..."; never from a capital, never to a
later sentence, never over the event's own place."""

from __future__ import annotations

import pytest
from tests.extract.helpers import events
from tests.extract.helpers import one as _one

from awol.extract.places_dateline import dateline


def _events(text: str, lang: str):
    return events(text, lang, "2025-06-11")


@pytest.mark.parametrize(
    ("text", "lang", "region"),
    [
        ("KAZAN, June 10 (Reuters) - A court", "en", "RU-TA"),
        ("ROSTOV-ON-DON, June 10 (TASS) - The court", "en", "RU-ROS"),
        ("KHABAROVSK, Russia, June 9 (AP) — Police", "en", "RU-KHA"),
        ("BARNAUL. June 3 (Interfax) - The garrison court", "en", "RU-ALT"),
        ("Tomsk, June 3 (Interfax) - The garrison court", "en", "RU-TOM"),
        ("ЧИТА, 17 апреля. /Интерфакс/ - Суд", "ru", "RU-ZAB"),
        ("НОВОСИБИРСК, 9 июня - РИА Новости. Полицейские", "ru", "RU-NVS"),
        ("РОСТОВ-НА-ДОНУ, 10 июн — РИА Новости. Суд", "ru", "RU-ROS"),
        ("НИЖНИЙ НОВГОРОД, 3 марта. /ТАСС/. Суд", "ru", "RU-NIZ"),
    ],
)
def test_a_dateline_names_its_city(text, lang, region):
    got = dateline(text, lang)
    assert got is not None and got[0].region == region


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("MOSCOW, June 10 (Reuters) - Investigators", "en"),  # a capital: the national desk
        ("KYIV, June 10 (Reuters) - Ukraine's intelligence", "en"),
        ("МОСКВА, 5 ноября. /ТАСС/. Следственный комитет", "ru"),
        ("Kazan, the capital of Tatarstan, is a large city.", "en"),  # no agency: no dateline
        ("Police in Kazan, June 10 (Reuters) said", "en"),
        ("Полицейские Казани, как сообщает ТАСС, задержали", "ru"),
    ],
)
def test_no_dateline(text, lang):
    assert dateline(text, lang) is None


def test_the_dateline_places_the_leads_verdict():
    text = (
        "KAZAN, June 10 (Reuters) - A garrison military court sentenced a soldier to five years "
        "for deserting his unit, the court said.\n\nThe soldier had left his unit in March."
    )
    assert _one(_events(text, "en"), "sentence").region == "RU-TA"


def test_the_dateline_places_the_lead_after_a_dateline_sentence():
    text = (
        "КАЗАНЬ, 10 июня. /ТАСС/. Гарнизонный военный суд приговорил военнослужащего к пяти "
        "годам колонии за самовольное оставление части."
    )
    assert _one(_events(text, "ru"), "sentence").region == "RU-TA"


def test_the_events_own_place_wins():
    text = (
        "KAZAN, June 10 (Reuters) - A court in Buryatia sentenced a soldier to five years for "
        "deserting his unit, the court said."
    )
    assert _one(_events(text, "en"), "sentence").region == "RU-BU"


def test_no_carry_from_a_capital_or_to_a_later_sentence():
    text = (
        "MOSCOW, June 10 (Reuters) - Investigators have charged a soldier with desertion, the "
        "Investigative Committee said."
    )
    assert _one(_events(text, "en"), "prosecution").region is None
    text = (
        "KAZAN, June 10 (Reuters) - A garrison military court sentenced a soldier to five years "
        "for desertion.\n\nIn March he had been detained by military police."
    )
    found = _events(text, "en")
    assert _one(found, "sentence").region == "RU-TA"
    assert all(e.region is None for e in found if e.type == "detention")


def test_a_background_flight_of_the_lead_is_not_placed():
    text = (
        "NOVOSIBIRSK, June 9 (Interfax) - Police detained a soldier who had left his unit without "
        "permission, police said on Monday."
    )
    found = _events(text, "en")
    assert _one(found, "detention").region == "RU-NVS"
    assert all(e.region is None for e in found if e.type == "desertion")


@pytest.mark.parametrize(
    ("text", "lang", "region"),
    [
        (
            "PERM, May 4 (Reuters) - A garrison court in this Urals city on Monday sentenced a "
            "soldier to six years for deserting his unit, court officials said.",
            "en",
            "RU-PER",
        ),
        (
            "ЕКАТЕРИНБУРГ, 3 июня. /ТАСС/. Гарнизонный военный суд в столице Урала приговорил "
            "военнослужащего к пяти годам колонии за самовольное оставление части.",
            "ru",
            "RU-SVE",
        ),
    ],
)
def test_an_area_told_as_the_datelines_city_again(text, lang, region):
    # "this Urals city", "в столице Урала": the dateline's city named again, not a place of its own
    assert _one(_events(text, lang), "sentence").region == region


def test_an_area_of_its_own_still_blocks_the_dateline():
    text = (
        "PERM, May 4 (Reuters) - A court in the Urals sentenced a soldier to six years for "
        "deserting his unit, court officials said."
    )
    assert _one(_events(text, "en"), "sentence").region is None
