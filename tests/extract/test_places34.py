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


# A place told in a verdict's or a charge's offence ("for leaving his unit in X", "за самовольное
# оставление части в X", "a private who fled his unit in X") is where the offence happened, not
# the court's seat, where the sentence names the court's own place (``court_offence`` in
# ``lang/<lang>/arguments.yaml``; ``story.court_places``, ``arguments._offence_place``).  With no
# court's place named, the verdict keeps the offence's place (the probe grammar's convention).


def _typed(text: str, lang: str) -> dict[str, tuple[str | None, str | None]]:
    return {e.type: (e.country, e.region) for e in events(text, lang, "2025-06-10")}


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "The Tambov Garrison Military Court sentenced a driver to five years for leaving "
            "the Mulino training ground in January.",
            "en",
            {"sentence": ("RU", "RU-TAM"), "desertion": ("RU", "RU-NIZ")},
        ),
        (
            "Суд в Тамбове приговорил рядового к трем годам за самовольное оставление части в "
            "Мулино.",
            "ru",
            {"sentence": ("RU", "RU-TAM")},
        ),
        # controls: the court's place is kept; with no court's place, the offence's stays
        (
            "A court in Pskov sentenced a gunner to three years for leaving his unit in Ostrov.",
            "en",
            {"sentence": ("RU", "RU-PSK"), "desertion": ("RU", "RU-PSK")},
        ),
        (
            "A garrison court in Tambov sentenced a private who fled his unit in Pskov to three "
            "years.",
            "en",
            {"sentence": ("RU", "RU-TAM"), "desertion": ("RU", "RU-PSK")},
        ),
        (
            "The court jailed a lance corporal for abandoning his unit in Kursk in May.",
            "en",
            {"sentence": ("RU", "RU-KRS"), "desertion": ("RU", "RU-KRS")},
        ),
        (
            "A criminal case for desertion was opened against him in Vladikavkaz, his wife said.",
            "en",
            {"prosecution": ("RU", "RU-SE")},
        ),
    ],
)
def test_offence_place_is_not_the_named_court(
    text: str, lang: str, want: dict[str, tuple[str | None, str | None]]
) -> None:
    got = _typed(text, lang)
    assert {k: got.get(k) for k in want} == want
