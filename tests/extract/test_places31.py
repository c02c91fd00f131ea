"""Round 31 (place31): the region and country of a matched event, by mechanism (invented
sentences; none is a paraphrase of a corpus sentence).

- a flight told in the sentence of another event, with no place of its own, takes that event's
  country, but not a flight from leave or a treatment (the coders leave it unplaced) nor one from
  the front with no region named ("left the combat zone", "покинул зону СВО": train gold gives it
  no country) (``story.no_shared_place``, ``front_left`` / ``leave_not_unit``, read in
  ``finish``);
- a unit named by its seat's adjective of place ("a Pskov-based airborne regiment": ``unit_based``)
  or by the participle "расквартированную в X" places a flight from it (``story.unit_place``);
  a region's adjective before "приграничье" names the region (``institution_nouns``);
- a route ("через Верхний Ларс", "through the Upper Lars crossing") is where a flight went, not
  where it happened (``story.destination``, ``towards``);
- "at the same checkpoint", "на том же КПП" is the place named before (``same_place``);
- a roundup paragraph's label beats a place carried from outside the paragraph (a court named
  in another paragraph): ``places_dateline.place_from_labels``.
"""

from __future__ import annotations

import pytest
from tests.extract.helpers import events, of_type

from awol.extract.places import get_gazetteer
from awol.extract.story import destination, no_shared_place, unit_place


def _places(text: str, lang: str, type_: str) -> list[tuple[str | None, str | None]]:
    return [(e.country, e.region) for e in of_type(events(text, lang, "2025-06-10"), type_)]


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        # the detention's country was the flight's; since round 55 (place55) a Russian
        # soldier's flight with no place told takes no country at all, as real train gold codes
        # every unplaced flight (none of its 37 is RU: finish.unplaced_flights)
        (
            "Police in Kazan detained a gunner who had walked out of his regiment in May, the "
            "regional police said.",
            "en",
            (None, None),
        ),
        # ... not for a flight from leave
        (
            "Police in Kazan detained a gunner who had failed to return to his regiment after "
            "his leave in May, the regional police said.",
            "en",
            (None, None),
        ),
        # ... nor for one from the front with no region named
        (
            "Police in Kazan detained a gunner who had walked away from the front line in May, "
            "the regional police said.",
            "en",
            (None, None),
        ),
        (
            "В Казани полицейские задержали наводчика, который в мае самовольно покинул полк, "
            "сообщили в МВД.",
            "ru",
            (None, None),  # (place55, as above)
        ),
        (
            "В Казани полицейские задержали наводчика, который в мае самовольно покинул зону "
            "СВО, сообщили в МВД.",
            "ru",
            (None, None),
        ),
        (
            "В Казани полицейские задержали наводчика, который в мае не вернулся в полк из "
            "отпуска, сообщили в МВД.",
            "ru",
            (None, None),
        ),
    ],
)
def test_shared_country_not_for_leave_or_front(text: str, lang: str, place: tuple) -> None:
    assert _places(text, lang, "desertion") == [place]


def test_no_shared_place_words() -> None:
    text = "He abandoned the combat zone in May and went home."
    assert no_shared_place(text, text.index("abandoned"), "en")
    text = "He abandoned his regiment in May and went home."
    assert not no_shared_place(text, text.index("abandoned"), "en")
    # "in front of" is no front
    text = "He left his rifle in front of the barracks and went home."
    assert not no_shared_place(text, text.index("left"), "en")
    text = "Он покинул линию фронта в мае."
    assert no_shared_place(text, text.index("покинул"), "ru")
    text = "Он ушёл с передовой в мае."
    assert no_shared_place(text, text.index("ушёл"), "ru")


@pytest.mark.parametrize(
    ("text", "lang", "region"),
    [
        ("A gunner of a Pskov-based airborne regiment went missing in May.", "en", "RU-PSK"),
        ("A driver of the Kursk-based brigade walked off in April.", "en", "RU-KRS"),
        ("Рядовой самовольно оставил часть, расквартированную в Ботлихе.", "ru", "RU-DA"),
    ],
)
def test_unit_place_by_adjective_and_participle(text: str, lang: str, region: str) -> None:
    unit = unit_place(text, lang)
    assert unit is not None and unit.region == region


def test_unit_based_not_an_outlet() -> None:
    # a place's "-based" before no unit word names no unit
    assert unit_place("The Tomsk-based outlet said the regiment had lost a gunner.", "en") is None


def test_border_area_adjective() -> None:
    found = get_gazetteer().find("Он служил в белгородском приграничье.", "ru")
    assert [p.region for p in found] == ["RU-BEL"]


@pytest.mark.parametrize(
    ("text", "name", "lang"),
    [
        ("Он уехал в Абхазию через Адлер.", "Адлер", "ru"),
        ("He drove to Abkhazia through Adler.", "Adler", "en"),
    ],
)
def test_route_is_no_place_of_the_flight(text: str, name: str, lang: str) -> None:
    place = next(p for p in get_gazetteer().find(text, lang) if p.text == name)
    assert destination(text, place, lang)


def test_route_leaves_the_unit_place() -> None:
    text = (
        "Сержант служил в части в Псковской области и в мае самовольно её оставил, после чего "
        "уехал в Латвию через Великие Луки."
    )
    assert _places(text, "ru", "desertion") == [("RU", "RU-PSK")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Border guards stopped a gunner at the Verkhny Lars crossing in May. In June a "
            "deserter from a tank regiment was detained at the same checkpoint.",
            "en",
        ),
        (
            "Пограничники остановили наводчика на КПП Верхний Ларс в мае. В июне на том же "
            "КПП задержали дезертира из танкового полка.",
            "ru",
        ),
    ],
)
def test_same_checkpoint_is_the_place_named_before(text: str, lang: str) -> None:
    # "at the same checkpoint", "на том же КПП": the place named before (``same_place``)
    assert ("RU", "RU-SE") in _places(text, lang, "detention")


def test_label_beats_a_court_of_another_paragraph() -> None:
    # a roundup's paragraph label places its verdict, though the story's court (named in
    # another paragraph) had been given to it (``places_dateline.place_from_labels``)
    text = (
        "Приговоры недели по делам о СОЧ\n\n"
        "Тверь. Гарнизонный военный суд приговорил наводчика Олега Карпова к трём годам "
        "колонии. Он не вернулся в полк в марте.\n\n"
        "Хабаровск. Апелляцию сапёра Ильи Орлова рассмотрит Дальневосточный окружной военный "
        "суд. Орлова осудили за побег из части.\n\n"
        "Всего за неделю суды вынесли десятки приговоров."
    )
    regions = [e.region for e in of_type(events(text, "ru", "2025-06-10"), "sentence")]
    assert "RU-TVE" in regions


@pytest.mark.parametrize(
    "text",
    [
        "Полиция Псковской области объявила в розыск сапёра, который в марте самовольно оставил "
        "полк.",
        "Сапёр в марте самовольно оставил полк. Следователи возбудили против него дело о "
        "дезертирстве, а полиция Псковской области объявила его в федеральный розыск.",
    ],
)
def test_region_declaring_a_search_is_its_issuer(text: str) -> None:
    # "объявила в розыск" is a search, not a speech: the region before it is no speaker
    # (``speaker_after``) but the issuer's
    assert ("RU", "RU-PSK") in _places(text, "ru", "wanted")
