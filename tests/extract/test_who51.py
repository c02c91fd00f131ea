"""Round 51 (who51): who the named man is, said of him in the story; words for servicemen.

* A named man's flight with no descriptor of its own takes the one the story says of him by
  name with a copula ("X was an instructor of an assault unit", «X был инструктором отряда»,
  «X, который является бывшим бойцом ЧВК»), or an apposition in the event's own sentence
  (people_described.who_described_of_name; ``named_is`` of ``lang/<lang>/arguments.yaml``).
* A member of an armed force or unit names a serviceman ("a former member of the missile
  forces", «бывшим членом ЧВК»: ``member_of_force``, titles.names_service).
* Service nouns the lexicon lacked (airman, ensign, midshipman, submariner, stormtrooper,
  grenadier, signaller) and «участники побега» as a group sought.

All sentences are invented.
"""

from __future__ import annotations

import pytest
from helpers import pipeline_events

from awol.extract.titles import names_service


def _events(text: str, lang: str = "en") -> list[dict]:
    return pipeline_events(text, lang, "2025-12-01", "who51")


def _of(events: list[dict], etype: str) -> dict:
    got = [e for e in events if e["type"] == etype]
    assert got, events
    return got[0]


def test_ru_copula_next_sentence_describes_the_named_man() -> None:
    text = (
        "Из части, которая стоит под Херсоном, сбежал Игнат Ломакин. "
        "Ломакин был инструктором штурмового отряда «Гром», куда набирали заключённых."
    )
    e = _of(_events(text, "ru"), "desertion")
    assert e["names"] and "Ломакин" in e["names"][0]
    assert e["who"] == "инструктором штурмового отряда «Гром»"


def test_ru_relative_copula_member_of_a_force_in_own_sentence() -> None:
    text = (
        "Пограничники Финляндии сообщили, что россиянин Олег Пастухов, который является "
        "бывшим членом ЧВК «Редут», дезертировал с фронта и попросил убежища."
    )
    e = _of(_events(text, "ru"), "desertion")
    assert e["who"] == "бывшим членом ЧВК «Редут»"


def test_en_copula_far_off_describes_the_named_man() -> None:
    text = (
        "Kirill Zuyev left his regiment near Kupiansk in May and crossed into Georgia. "
        "He now lives in Tbilisi with his wife. "
        "Zuyev was a signaller in a motor rifle brigade before the war, his wife said."
    )
    e = _of(_events(text), "desertion")
    assert e["who"] == "a signaller in a motor rifle brigade"


def test_copula_of_another_listed_man_gives_nothing() -> None:
    # (a title over two listed names is the pair's, not one man's)
    text = (
        "Суд в Омске приговорил двоих военнослужащих Петра Сухова и Олега Дымова к трём годам. "
        "Сухов ушёл из части в марте."
    )
    e = [x for x in _events(text, "ru") if x["type"] == "desertion"]
    assert not e or e[0]["who"] is None


@pytest.mark.parametrize(
    ("who", "lang"),
    [
        ("a former member of the missile forces", "en"),
        ("a member of Wagner", "en"),
        ("a former Russian missile forces member", "en"),
        ("бывшим высокопоставленным членом ЧВК", "ru"),
    ],
)
def test_member_of_a_force_names_a_serviceman(who: str, lang: str) -> None:
    assert names_service(who, lang)


@pytest.mark.parametrize("who", ["a member of a criminal gang", "a member of the jury"])
def test_member_of_something_else_names_no_serviceman(who: str) -> None:
    assert not names_service(who, "en")


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("An airman fled his base near Engels last week.", "An airman"),
        ("The ensign deserted his ship in Sevastopol on Monday.", "The ensign"),
        ("A submariner went AWOL from the naval base in Gadzhiyevo.", "A submariner"),
    ],
)
def test_en_service_nouns(text: str, who: str) -> None:
    assert _of(_events(text), "desertion")["who"] == who


def test_ru_participants_of_the_escape_are_the_group_sought() -> None:
    text = "Полиция Курской области продолжает поиски других участников побега из части."
    assert _of(_events(text, "ru"), "wanted")["who"] == "других участников побега"
