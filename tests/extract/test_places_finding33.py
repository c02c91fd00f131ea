"""Round 33 (place33): a detention with no place of its own takes the place its sentence or the
next one says the man was found at (``places_finding.place_from_finding``; ``finding_words`` in
``data/place_cues.yaml``); a garrison court named by an adjective of a city district's kind
("Кировский гарнизонный военный суд") is its town's (``garrison_words``).  Invented sentences;
none is a paraphrase of a corpus sentence."""

from __future__ import annotations

import pytest
from tests.extract.helpers import events, of_type

from awol.extract.places_finding import found_at


def _places(text: str, lang: str, type_: str) -> list[tuple[str | None, str | None]]:
    return [(e.country, e.region) for e in of_type(events(text, lang, "2025-06-10"), type_)]


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        (
            "Police have detained a sapper who deserted from his brigade in March, "
            "the regional interior ministry said on Friday. Patrol officers found him in a "
            "garden shed on the edge of Kineshma, where he had lived for a month.",
            "en",
            ("RU", "RU-IVA"),
        ),
        (
            "On Sunday a hunter discovered the runaway gunner in a lodge about ten kilometres "
            "outside Kotlas, and he was handed over to the military commandant's office.",
            "en",
            ("RU", "RU-ARK"),
        ),
        (
            "Спустя месяц дезертира задержали. Солдата нашли в сторожке на турбазе под "
            "Мичуринском.",
            "ru",
            ("RU", "RU-TAM"),
        ),
    ],
)
def test_detention_placed_where_found(text: str, lang: str, place: tuple) -> None:
    assert place in _places(text, lang, "detention")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a body found is no place of a living man's detention
        ("The sapper was found dead in a forest near Kotlas.", "en"),
        # a negated finding
        ("Police have not found him in Kineshma.", "en"),
        # the place is past the finding's report: the speaker's, not the finding's
        ("Officers found him, the police in Kineshma said.", "en"),
        # a person's origin after the verb
        ("Officers found a deserter from Kineshma.", "en"),
        # no finding of the man: his absence, a judgement
        ("Officers discovered his absence from the base in Kotlas on Monday.", "en"),
        ("He was found to have left his unit in Kotlas.", "en"),
        ("Командиры обнаружили его отсутствие в части в Мичуринске.", "ru"),
        # other men found than the detention's
        ("One was detained at once, and two more were later found in a cafe in Kotlas.", "en"),
        ("Одного задержали сразу, ещё двоих позже нашли в кафе в Мичуринске.", "ru"),
        ("Его тело нашли в лесу под Мичуринском.", "ru"),
        ("Следователи не нашли его в Мичуринске.", "ru"),
    ],
)
def test_no_finding_place(text: str, lang: str) -> None:
    assert found_at(text, lang) is None


def test_finding_place_read() -> None:
    p = found_at("Его обнаружили в квартире знакомой в Мичуринске.", "ru")
    assert p is not None and p.region == "RU-TAM"


@pytest.mark.parametrize(
    ("text", "region"),
    [
        # a garrison court is named after its town, not a city's district (``garrison_words``)
        ("Кировский гарнизонный военный суд приговорил рядового к трём годам.", "RU-KIR"),
        ("Дело рассматривал Кировский гарнизонный военный суд.", "RU-KIR"),
    ],
)
def test_garrison_court_of_a_district_stop_adjective(text: str, region: str) -> None:
    from awol.extract.places import get_gazetteer

    assert [m.region for m in get_gazetteer().find(text, "ru")] == [region]


def test_district_court_of_a_district_stop_adjective_stays_unplaced() -> None:
    from awol.extract.places import get_gazetteer

    assert get_gazetteer().find("Кировский районный суд приговорил рядового.", "ru") == []


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        # the flight's sentence names no place; the next one says where his unit stood
        (
            "В Алматы задержали российского контрактника, который в марте дезертировал из "
            "армии. По словам его брата, он служил в части в Мичуринске.",
            "ru",
            ("RU", "RU-TAM"),
        ),
        # not a flight from leave: the coders leave it unplaced wherever his unit is
        (
            "Весной связист не вернулся из отпуска, и его объявили в розыск. Летом его доставили "
            "обратно в часть в Мичуринске.",
            "ru",
            (None, None),
        ),
    ],
)
def test_flight_placed_by_the_next_sentence_unit(text: str, lang: str, place: tuple) -> None:
    assert _places(text, lang, "desertion") == [place]


@pytest.mark.parametrize(
    ("text", "lang", "region"),
    [
        # a city district's court with no city: the one large city the article names
        (
            "Рязанского срочника осудили за самоволку. Октябрьский районный суд вынес "
            "19-летнему срочнику условный приговор за самовольное оставление части. Срочник "
            "служил в части в Рязани и ушёл из неё в мае, сообщила пресс-служба суда.",
            "ru",
            "RU-RYA",
        ),
        # two regions' large cities named: which one's court is not said
        (
            "Ленинский районный суд приговорил 20-летнего рядового к двум годам за самовольное "
            "оставление части. Уроженец Саратова служил в части в Рязани.",
            "ru",
            None,
        ),
    ],
)
def test_city_district_court_from_story(text: str, lang: str, region: str | None) -> None:
    assert [r for _, r in _places(text, lang, "sentence")] == [region]


def test_city_district_court_words() -> None:
    from awol.extract.places_story import _court_rx

    assert _court_rx("en").search("The Oktyabrsky District Court has given him two years")
    assert _court_rx("en").search("the Pervomaiskiy district court")
    assert _court_rx("ru").search("приговор Октябрьского районного суда")
    assert not _court_rx("ru").search("Кировский гарнизонный военный суд")
