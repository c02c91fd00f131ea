"""Round 49 (place49).

(1) A Russian search told with no one who seeks ("находится в розыске", "поиски ... не
прекращаются"): no country, as the Russian train coders leave it; a search whose clause names an
authority, a state or an act of declaring keeps the story's state.  English keeps Russia for
both (its coders do).

(2) An English catch with no place nor country whose sentence says the police made it ("Police
detained him"): the story's state, by default Russia, as the English train coders give it; a
third country told before still wins.

Small invented texts (no real incidents)."""

from __future__ import annotations

import pytest
from tests.extract.helpers import events, one


@pytest.mark.parametrize(
    "text",
    [
        "Мобилизованный Иван Котов ушёл из части в декабре. Весной ему сообщили, что он "
        "находится в розыске, и он сам явился в военную прокуратуру.",
        "Двое контрактников сбежали с полигона. Поиски второго беглеца пока продолжаются.",
    ],
)
def test_a_russian_search_with_no_one_seeking_has_no_country(text: str) -> None:
    sought = one(events(text, "ru", "2025-06-01"), "wanted")
    assert sought.country is None


@pytest.mark.parametrize(
    "text",
    [
        "Двое контрактников сбежали с полигона. Полиция объявила их в розыск.",
        "Двое контрактников сбежали с полигона. Их объявили в федеральный розыск.",
        "Двое контрактников сбежали с полигона. С мая они находятся в российском розыске.",
    ],
)
def test_a_russian_search_by_an_authority_keeps_the_state(text: str) -> None:
    sought = one(events(text, "ru", "2025-06-01"), "wanted")
    assert sought.country == "RU"


def test_an_english_search_with_no_one_seeking_keeps_russia() -> None:
    text = "Two soldiers fled their unit in May. They are now on the wanted list."
    assert one(events(text, "en", "2025-06-01"), "wanted").country == "RU"


@pytest.mark.parametrize(
    "text",
    [
        "Two contract soldiers fled their unit in May. Police caught one of them in June.",
        "Thirty soldiers ran from the range with their rifles. All of them were soon caught by "
        "military police.",
    ],
)
def test_an_english_police_catch_with_no_place_is_in_the_story_state(text: str) -> None:
    caught = one(events(text, "en", "2025-06-01"), "detention")
    assert (caught.country, caught.region) == ("RU", None)


def test_a_police_catch_after_a_crossing_stays_abroad() -> None:
    text = (
        "A contract soldier deserted from his unit and crossed into Kazakhstan in March. Police "
        "detained him a week later."
    )
    assert one(events(text, "en", "2025-06-01"), "detention").country == "KZ"


def test_a_catch_with_no_police_named_stays_null() -> None:
    text = "Two contract soldiers fled their unit in May. One of them was detained in June."
    assert one(events(text, "en", "2025-06-01"), "detention").country is None


@pytest.mark.parametrize(
    "text",
    [
        # (the finding told in the next clause is the other catch's)
        "Seven convicts fled a unit near Soledar. One of them was detained at once, three were "
        "found asleep at a bar in the village of Bryanka, and the military police are looking "
        "for the last three.",
        # (an occupier's act takes the held place of its own clause only)
        "Seven convicts fled a unit near Soledar. One of them was detained at once, three were "
        "found asleep at a bar in the village of Bryanka in the LPR, and the last three are "
        "sought by the military police and the FSB.",
    ],
)
def test_a_place_of_another_clause_is_not_the_act_place(text: str) -> None:
    found = events(text, "en", "2025-06-01")
    by_count = {(e.type, e.count): e for e in found}
    assert by_count[("detention", 3)].region == "UA-09"
    assert by_count[("detention", 1)].region is None
    assert all(e.region is None for e in found if e.type == "wanted")


def test_a_country_he_did_not_go_back_to_is_no_place() -> None:
    text = (
        "After his leave, the 29-year-old soldier decided not to return to Ukraine and deserted, "
        "his family said."
    )
    fled = one(events(text, "en", "2025-06-01"), "desertion")
    assert (fled.place_text, fled.country) == (None, None)


def test_a_flight_to_a_country_keeps_it_in_english() -> None:
    text = "The 29-year-old private deserted and fled to Kazakhstan in May."
    assert one(events(text, "en", "2025-06-01"), "desertion").country == "KZ"
