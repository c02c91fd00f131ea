"""Round 43 (place43): a search told with no place and no state that seeks it («Беглецов
разыскивают», «находился в розыске») keeps no country in Russian, as the Russian-language coders
of real train code it (rru-009, rru-016, rru-119, rru-138); a search whose sentence names the state
(«федеральный розыск», «российские власти») keeps Russia's; English keeps the army's country
(extract/finish.py, story.bare_search; ``bare_search_unplaced`` in lang/<lang>/story.yaml).
Small invented texts (no real incidents)."""

from __future__ import annotations

import pytest
from tests.extract.helpers import events, of_type

from awol.extract.story import bare_search

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
        (["В феврале он узнал, что находится в розыске."], True),
        (["Он находился в розыске российских властей."], False),
        (["Его объявили в межгосударственный розыск."], False),
        (["Его разыскивают в РФ."], False),
    ],
)
def test_bare_search_words(texts: list[str], bare: bool) -> None:
    assert bare_search(texts, "ru") is bare
    assert bare_search(texts, "en") is False
