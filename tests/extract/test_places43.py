"""Round 43 (place43).

A search told with no place and no state that seeks it («Беглецов
разыскивают», «находился в розыске») keeps no country in Russian, as the Russian-language coders
of real train code it (rru-009, rru-016, rru-119, rru-138); a search whose sentence names the state
(«федеральный розыск», «российские власти») keeps Russia's; English keeps the army's country
(extract/finish.py, story.bare_search; ``bare_search_unplaced`` in lang/<lang>/story.yaml).
A place told as where a unit was trained or equipped ("the 155th Brigade, trained in France") is
the unit's description, not where its men left (train ren-113, ren-114 coded null): story.yaml's
``unit_described``, read by story.owner_not_place.  Not a stay told as the act's time ("during
drills in France": there it happened).

Small invented texts (no real incidents)."""

from __future__ import annotations

import pytest
from tests.extract.helpers import events, of_type

from awol.extract.places import get_gazetteer
from awol.extract.story import bare_search, owner_not_place

RU_BARE = (
    "Из части под Омском сбежали двое контрактников\n\n"
    "Двое военнослужащих по контракту самовольно покинули воинскую часть в Омской области "
    "в ночь на 3 марта, сообщил телеграм-канал «Сибирский патруль».\n\n"
    "Беглецов разыскивают полицейские и военная полиция."
)
RU_STATE = RU_BARE.replace(
    "Беглецов разыскивают полицейские и военная полиция.",
    "Беглецов объявили в федеральный розыск.",
)
EN_BARE = (
    "Two contract soldiers flee a unit near Omsk\n\n"
    "Two contract soldiers walked out of their military unit in the Omsk region on the night of "
    "March 3, the Telegram channel Siberian Patrol reported.\n\n"
    "Police and military police are searching for the two men."
)


def _search(text: str, lang: str):
    found = of_type(events(text, lang, "2025-03-05"), "wanted")
    assert len(found) == 1, [(e.type, e.evidence.text) for e in found]
    return found[0]


def test_a_russian_search_that_names_no_state_keeps_no_country() -> None:
    e = _search(RU_BARE, "ru")
    assert (e.country, e.region) == (None, None), e


def test_a_russian_search_that_names_the_state_keeps_russia() -> None:
    e = _search(RU_STATE, "ru")
    assert e.country == "RU" and e.region is None, e


def test_an_english_search_keeps_the_armys_country() -> None:
    e = _search(EN_BARE, "en")
    assert e.country == "RU", e


@pytest.mark.parametrize(
    ("texts", "bare"),
    [
        (["Остальных участников побега всё ещё ищут."], True),
        (["Летом мужчина узнал, что его ищут."], True),
        (["Он находился в розыске российских властей."], False),
        (["Его объявили в межгосударственный розыск."], False),
        (["Его разыскивают в РФ."], False),
    ],
)
def test_bare_search_words(texts: list[str], bare: bool) -> None:
    assert bare_search(texts, "ru") is bare
    assert bare_search(texts, "en") is False


EN_TRAINED = (
    "Hundreds leave a new brigade before its first battle\n\n"
    "More than 900 soldiers of the newly formed 160th Brigade, equipped and trained in Germany, "
    "left the unit without leave before it reached the front, a military blogger wrote.\n\n"
    "Another 30 members of the brigade deserted during drills in Germany, he said."
)


def test_a_unit_trained_abroad_is_not_where_its_men_left() -> None:
    fled = of_type(events(EN_TRAINED, "en", "2025-01-02"), "desertion")
    first = next(e for e in fled if "900" in e.evidence.text)
    assert first.country is None and first.region is None, first
    drills = [e for e in fled if "drills" in e.evidence.text]
    assert all(e.country == "DE" for e in drills), drills


@pytest.mark.parametrize(
    ("text", "lang", "described"),
    [
        ("The 155th Brigade, equipped and trained in France, lost 1,700 men.", "en", True),
        ("Its men, trained and outfitted with much fanfare in France, deserted.", "en", True),
        ("At least 50 went AWOL during drills in France.", "en", False),
        ("Armed deserters in the Belgorod region fled.", "en", False),
        ("Soldiers who were being trained in Poland deserted.", "en", False),
        ("Командир роты бригады, обученной во Франции, оставил часть.", "ru", True),
        ("Во время учений во Франции ушли 50 военных.", "ru", False),
    ],
)
def test_unit_described_words(text: str, lang: str, described: bool) -> None:
    places = get_gazetteer().find(text, lang)
    assert len(places) == 1, places
    assert owner_not_place(text, places[0], lang) is described
