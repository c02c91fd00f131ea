"""Round 45 (count45): the size of a group carried to its later anaphors, with its qualifier.

- "The soldiers were held in a tent camp ... More than 100 soldiers who refused to fight were
  flown out ... These soldiers are under investigation": a group counted by a sentence with no
  event of its own, after "the soldiers" were told, is the group a later "these soldiers" speaks
  of too (before, only the earlier anaphor took it: real train ren-132's charge had no count);
- a group counted "more than 100" / "over a hundred" keeps its qualifier where an anaphor takes
  its size ("the men" of the next sentence: at least 100, not exactly 100).
"""

from __future__ import annotations

import pytest
from tests.extract.helpers import events

PUB = "2026-12-02"


def _counts(text: str, lang: str) -> dict[str, tuple[object, object]]:
    return {e.type: (e.count, e.count_qualifier) for e in events(text, lang, PUB)}


def test_a_group_counted_after_the_soldiers_is_the_one_these_soldiers_speak_of() -> None:
    text = (
        "The soldiers were held in a tent camp outside Chelyabinsk, a channel reported. Footage "
        "shows them shouting at officers. More than 100 soldiers who refused to fight were flown "
        "to Rostov. The soldiers protested. These soldiers are under investigation for desertion."
    )
    got = _counts(text, "en")
    assert got["detention"] == (100, "at_least")
    assert got["prosecution"] == (100, "at_least")


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        (
            "Over a hundred servicemen who refused to return to the front were locked up in a tent "
            "camp outside Chelyabinsk, a Telegram channel reported. The men are now charged with "
            "leaving their units.",
            "en",
            "prosecution",
        ),
        (
            "Более двадцати военнослужащих сбежали из части в Челябинской области. Через два дня "
            "их задержали.",
            "ru",
            "detention",
        ),
    ],
)
def test_an_anaphor_keeps_the_qualifier_of_the_group_it_takes(
    text: str, lang: str, kind: str
) -> None:
    got = _counts(text, lang)
    assert got[kind][1] == "at_least"
    assert got[kind][0] in (20, 100)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Three contract soldiers walked out of their barracks near Kursk with rifles on Friday "
            "night, a local channel reported. Police set up roadblocks and launched a search "
            "across the region. One of the three was found the next morning in a barn and "
            "detained.",
            "en",
        ),
        (
            "Трое контрактников ушли из казармы под Курском с автоматами в ночь на субботу, "
            "сообщает местный канал. В области ввели план «Перехват». Одного из них нашли утром "
            "в сарае и задержали.",
            "ru",
        ),
    ],
)
def test_a_search_told_before_any_catch_is_for_the_whole_group(text: str, lang: str) -> None:
    got = _counts(text, lang)
    assert got["wanted"] == (3, "exact")
    assert got["detention"] == (1, "exact")


def test_a_search_told_after_a_catch_is_not_given_the_whole_group() -> None:
    text = (
        "Three contract soldiers walked out of their barracks near Kursk with rifles on Friday "
        "night. One of the three was found the next morning in a barn and detained. Police set "
        "up roadblocks and launched a search across the region."
    )
    assert _counts(text, "en")["wanted"][0] != 3


@pytest.mark.parametrize(
    ("text", "lang", "size"),
    [
        (
            "Five soldiers fled their unit in the Belgorod region on Monday, local media reported. "
            "Four of them were detained two days later. A criminal case for desertion has been "
            "opened, the military prosecutor's office said.",
            "en",
            5,
        ),
        (
            "Пятеро военнослужащих самовольно покинули часть в Белгородской области в понедельник. "
            "Возбуждено уголовное дело по статье о самовольном оставлении части.",
            "ru",
            5,
        ),
    ],
)
def test_a_charge_told_without_its_people_counts_the_flight_before_it(
    text: str, lang: str, size: int
) -> None:
    assert _counts(text, lang)["prosecution"] == (size, "exact")


def test_a_charge_of_people_counted_vaguely_takes_no_flight_count() -> None:
    text = (
        "Пятеро военнослужащих самовольно покинули часть в Белгородской области в понедельник. "
        "Против нескольких бойцов возбуждено уголовное дело о самовольном оставлении части."
    )
    assert _counts(text, "ru").get("prosecution", (None,))[0] is None


def _armed(text: str, lang: str) -> dict[str, object]:
    return {e.type: e.armed for e in events(text, lang, PUB)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "A contract soldier who deserted from his unit near Pokrovsk was detained by military "
            "police in Donetsk on Monday, a channel reported. He was unarmed and did not resist, "
            "the channel said.",
            "en",
        ),
        (
            "Военная полиция задержала в Донецке контрактника, который в мае ушёл из части под "
            "Покровском. Сопротивления он не оказал, оружия при нём не было.",
            "ru",
        ),
    ],
)
def test_unarmed_as_they_met_their_captors_says_nothing_of_the_flight(text: str, lang: str) -> None:
    got = _armed(text, lang)
    assert got["detention"] is False
    assert got["desertion"] is None


def test_unarmed_told_of_the_flight_still_carries() -> None:
    text = (
        "A contract soldier deserted from his unit near Pokrovsk in May, a channel reported. He "
        "was unarmed, the channel said."
    )
    assert _armed(text, "en")["desertion"] is False
