"""Round 36 (place36): an occupation's date, a unit's seat named undeclined, a foreign town's
oblique case.

- the date a state took or has held a place ("Horlivka, a city Russia has occupied since 2014",
  «аннексированной Россией в 2022 году»: ``held_since`` in ``lang/<lang>/arguments.yaml``,
  ``arguments.held_since``) dates no event told beside it;
- a town's name left undeclined after a unit's noun or its seat's words («покинул батарею в
  Енакиево», «батальон, стоявший в Иваново»: ``undeclined_town`` and ``unit_in`` in
  ``lang/ru/story.yaml``, ``unit_words`` in ``data/place_cues.yaml``, ``story.destination``) is
  where the unit stands, not where the man went;
- a foreign town the analyser reads only as a form of a guessed given name ("Эрдэнэт" as the
  genitive plural of "Эрдэнэта") is found in its oblique cases («в Эрдэнэте»:
  ``scripts/build_gazetteer.py``'s ``token_forms``, ``data/ru_forms.tsv``).

Invented sentences; none is a paraphrase of a corpus sentence.
"""

from __future__ import annotations

import pytest
from tests.extract.helpers import events, one

from awol.extract.places import get_gazetteer

PUB = "2025-06-10"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A private fled his unit in Horlivka, which Russia occupied in 2014.", "en"),
        ("A private fled his unit in the Kherson region, annexed by Russia in 2022.", "en"),
        ("A private fled his unit in Nova Kakhovka, occupied by Russian troops since 2022.", "en"),
        ("A gunner fled his battery in Alchevsk, a town under Russian control since 2014.", "en"),
        ("A gunner deserted from his unit in Debaltseve, a town Russia has held since 2015.", "en"),
        ("Рядовой сбежал из части в Горловке, которую Россия оккупировала в 2014 году.", "ru"),
        (
            "Рядовой сбежал из части в Херсонской области, аннексированной Россией в 2022 году.",
            "ru",
        ),
        (
            "Рядовой сбежал из части в Горловке — городе, занятом российскими войсками в 2014 году.",
            "ru",
        ),
        ("Наводчик сбежал из батареи в Алчевске, подконтрольном России с 2014 года.", "ru"),
    ],
)
def test_an_occupation_date_dates_no_flight(text: str, lang: str) -> None:
    flight = one(events(text, lang, PUB), "desertion")
    assert flight.date is None
    assert flight.country == "UA"


@pytest.mark.parametrize(
    ("text", "lang", "etype", "date"),
    [
        # the event's own date beside the occupation's
        (
            "A private fled his unit in Horlivka, which Russia occupied in 2014, and was "
            "detained in Voronezh on Friday.",
            "en",
            "detention",
            "2025-06-06",
        ),
        (
            "Рядовой сбежал из части в Алчевске, подконтрольном России с 2014 года, в марте.",
            "ru",
            "desertion",
            "2025-03",
        ),
        # a man captured is no place held
        (
            "A deserter was captured in May near Kupiansk, Ukrainian forces said.",
            "en",
            "detention",
            "2025-05",
        ),
        # a held town's adjective, then the flight's own date
        (
            "A private deserted from a Russian-held town, Svatove, in 2024.",
            "en",
            "desertion",
            "2024",
        ),
    ],
)
def test_an_events_own_date_stays(text: str, lang: str, etype: str, date: str) -> None:
    assert one(events(text, lang, PUB), etype).date == date


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Рядовой самовольно покинул батарею в Енакиево 3 мая.", "UA-14"),
        ("Рядовой самовольно покинул батальон в Иваново 3 мая.", "RU-IVA"),
        ("Рядовой самовольно покинул батальон, стоявший в Иваново, 3 мая.", "RU-IVA"),
        ("Сержант сбежал из роты охраны в Кольцово в апреле.", "RU-NVS"),
        ("Ефрейтор ушёл из дивизиона в Алабино и не вернулся.", "RU-MOS"),
    ],
)
def test_an_undeclined_town_after_a_unit_is_its_seat(text: str, region: str) -> None:
    flight = one(events(text, "ru", PUB), "desertion")
    assert flight.region == region


@pytest.mark.parametrize(
    "text",
    [
        "Рядовой сбежал в Иваново в апреле.",  # where he went: no place of the flight
        "Рядовой сбежал из Пскова в Иваново в апреле.",  # from Pskov
    ],
)
def test_an_undeclined_town_he_went_to_stays_a_destination(text: str) -> None:
    flight = one(events(text, "ru", PUB), "desertion")
    assert flight.region != "RU-IVA"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Его задержали в Эрдэнэте на рынке.", ("MN", "MN-035")),
        ("Он приехал из Эрдэнэта.", ("MN", "MN-035")),
        ("Его задержали в Сайншанде.", ("MN", "MN-063")),
    ],
)
def test_a_foreign_town_in_its_oblique_case(text: str, place: tuple[str, str]) -> None:
    assert [(m.country, m.region) for m in get_gazetteer().find(text, "ru")] == [place]


@pytest.mark.parametrize("text", ["Света пришла домой.", "Иса Бекоев сказал, что подаст жалобу."])
def test_a_given_name_is_no_town(text: str) -> None:
    assert get_gazetteer().find(text, "ru") == []
