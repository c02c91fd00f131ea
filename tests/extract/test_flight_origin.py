"""A desertion with no place of its own takes the place another sentence says was fled from
(``extract/flight_origin.py``); nothing else is carried."""

from __future__ import annotations

from types import SimpleNamespace

from awol.extract.flight_origin import flight_origins, origin_region, place_flights
from awol.extract.places import get_gazetteer
from awol.extract.sentences import split_sentences


def _origins(text: str, lang: str) -> list[str]:
    sentences = split_sentences(text, lang)
    gaz = get_gazetteer()
    found = flight_origins(sentences, lang, set(), lambda i: gaz.find(sentences[i].text, lang))
    return [p.region for p in found]


def test_the_place_a_flight_verb_left_is_an_origin() -> None:
    assert _origins("Полиция ищет срочника, сбежавшего из подмосковного парка.", "ru") == ["RU-MOS"]
    assert _origins("Police are searching for a soldier who fled from a camp in Kursk.", "en") == [
        "RU-KRS"
    ]


def test_a_place_named_otherwise_is_no_origin() -> None:
    # where they are sought, where he comes from, where he went: not what was fled from
    assert _origins("В Курской области объявили в розыск военного.", "ru") == []
    assert _origins("A native of Buryatia, he was detained in Kursk.", "en") == []
    assert _origins("Soldiers fled to Rostov.", "en") == []


def test_origins_of_several_regions_give_none() -> None:
    a = SimpleNamespace(region="RU-MOS", text="a")
    b = SimpleNamespace(region="RU-KRS", text="b")
    assert origin_region([a, a]) is a
    assert origin_region([a, b]) is None
    assert origin_region([]) is None


def _event(etype: str, place_text=None, region=None):
    return SimpleNamespace(type=etype, place_text=place_text, region=region, country=None)


def _draft(index: int, another: bool = False):
    m = SimpleNamespace(another=another, sentence=SimpleNamespace(index=index))
    return SimpleNamespace(mentions=[m])


_TEXT = (
    "Полиция объявила в розыск срочника, сбежавшего из подмосковного парка с автоматом. "
    "Известно, что в какой-то момент он пропал."
)


def test_a_desertion_with_no_place_takes_the_origin_region() -> None:
    sentences = split_sentences(_TEXT, "ru")
    events = [_event("wanted"), _event("desertion")]
    place_flights(events, [_draft(0), _draft(1)], sentences, "ru")
    assert events[1].region == "RU-MOS" and events[1].country == "RU"
    assert events[0].region is None  # (only desertions)


def test_someone_elses_flight_or_a_placed_one_takes_nothing() -> None:
    sentences = split_sentences(_TEXT, "ru")
    events = [_event("desertion")]
    place_flights(events, [_draft(1, another=True)], sentences, "ru")
    assert events[0].region is None
    # a desertion placed in its own words: the one the origins speak of; the other is another
    events = [_event("desertion", "в Курской области", "RU-KRS"), _event("desertion")]
    place_flights(events, [_draft(0), _draft(1)], sentences, "ru")
    assert events[1].region is None
