"""Round 34 (place34): airports abroad named by words that are not their city's name
(``area-*-airport`` in ``data/places.yaml``): a detention at one takes its country (and the
region where the airport lies in its city's region).  Before this round "в аэропорту Манас" was
read as a village of Dagestan and "аэропорт Звартноц" as no place.  Invented sentences; none is a
paraphrase of a corpus sentence."""

from __future__ import annotations

import pytest
from tests.extract.helpers import events, of_type

from awol.extract.places import get_gazetteer


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("его задержали в аэропорту Манас", "ru", ("KG", None)),
        ("его задержали в аэропорту «Манас»", "ru", ("KG", None)),
        ("задержан в аэропорту «Звартноц»", "ru", ("AM", None)),
        ("задержан в аэропорту имени Гейдара Алиева", "ru", ("AZ", "AZ-BA")),
        ("задержан в аэропорту Шарль-де-Голль", "ru", ("FR", "FR-IDF")),
        ("stopped at Manas airport", "en", ("KG", None)),
        ("held at Zvartnots airport", "en", ("AM", None)),
        ("held at Ben Gurion airport", "en", ("IL", None)),
        ("held at Sabiha Gokcen airport", "en", ("TR", "TR-34")),
        ("held at Helsinki-Vantaa airport", "en", ("FI", "FI-18")),
    ],
)
def test_airport_abroad_is_read(text: str, lang: str, place: tuple[str, str | None]) -> None:
    ms = get_gazetteer().find(text, lang)
    assert [(m.country, m.region) for m in ms] == [place]


def test_airport_with_its_city_keeps_the_city_region() -> None:
    ms = get_gazetteer().find("at Zvartnots airport in Yerevan", "en")
    assert {m.region for m in ms} == {None, "AM-ER"}


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        (
            "Пограничники задержали в аэропорту «Манас» 27-летнего контрактника из Омска, "
            "который в мае самовольно оставил воинскую часть.",
            "ru",
            ("KG", None),
        ),
        (
            "A mobilised gunner who fled his regiment in April was detained at Zvartnots "
            "airport on Monday as he tried to board a flight, the border service said.",
            "en",
            ("AM", None),
        ),
    ],
)
def test_detention_at_an_airport_abroad(
    text: str, lang: str, place: tuple[str, str | None]
) -> None:
    got = [(e.country, e.region) for e in of_type(events(text, lang, "2025-06-10"), "detention")]
    assert got == [place]
