"""Round 39 (count39): how many people an event concerns and whether they were armed.

- a run of capitalised words that is a place ("in Nizhny Novgorod", «в Республике Алтай») or
  common English words ("Military Police") is no name: the plural anaphor beside it ("They were
  detained ...") still counts the group told before;
- "the pair" refers back to a group; a predicate with no subject of its own after an anaphor's
  ("The pair were detained ... and have been charged") counts the same group;
- a count of another clause is not the count of a trigger whose own clause has a subject of one
  man ("four were caught; the fifth is still being sought");
- a range of people gives its lower bound, at_least ("between ten and fifteen soldiers", "от
  десяти до пятнадцати", "5-7", «два-три» -- not 2 + 3); «пару дезертиров» counts two;
- armed: a weapon left "and" more gear behind; «при котором не было оружия»; others' weapons
  carried right after them («Бойцы Росгвардии с автоматами задержали ...»); a charge that names
  arms ("the theft of weapons", «хищение оружия»); shots from his own pistol, a rifle «при себе у
  военного»; many of untold number do not take one man's arms.
"""

from __future__ import annotations

import pytest
from tests.extract.helpers import armed_of, events

from awol.extract.counts import find_counts

PUB = "2025-10-14"


def _counts(text: str, lang: str) -> list[tuple[int, str]]:
    return [(c.value, c.qualifier) for c in find_counts(text, lang)]


def _of(text: str, lang: str, etype: str) -> list:
    return [e for e in events(text, lang, PUB) if e.type == etype]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Three reservists walked out of a camp near Omsk in August. They were detained "
            "on Friday in Nizhny Novgorod, police said.",
            "en",
        ),
        (
            "Three reservists walked out of a camp near Omsk in August. Military Police "
            "detained them on Friday in Tver.",
            "en",
        ),
        (
            "Трое резервистов ушли из лагеря под Омском в августе. Их задержали в пятницу в "
            "Республике Хакасия, сообщили в полиции.",
            "ru",
        ),
        (
            "Three reservists walked out of a camp near Omsk in August. The trio were detained "
            "on Friday in Tver.",
            "en",
        ),
    ],
)
def test_an_anaphor_beside_a_place_counts_the_group(text: str, lang: str) -> None:
    got = _of(text, lang, "detention")
    assert got and got[0].count == 3


def test_a_predicate_after_an_anaphor_counts_its_group() -> None:
    text = (
        "Two gunners from Chita deserted from their battery in June. The pair were detained in "
        "Ulan-Ude on Monday and have been charged with desertion, the garrison court said."
    )
    assert [e.count for e in _of(text, "en", "prosecution")] == [2]


def test_a_count_of_another_clause_is_not_one_mans() -> None:
    text = (
        "Six recruits ran from a unit near Tambov on Saturday. Five of the six were detained "
        "the same night; the sixth is still being sought."
    )
    assert [e.count for e in _of(text, "en", "wanted")] == [1]
    assert [e.count for e in _of(text, "en", "detention")] == [5]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("Between twelve and twenty recruits ran off.", "en", [(12, "at_least")]),
        ("Three or four sailors went missing.", "en", [(3, "at_least")]),
        ("Police held 6-8 servicemen at the station.", "en", [(6, "at_least")]),
        ("Roughly 20-25 soldiers left.", "en", [(20, "approx")]),
        # not people: a term, a change of a figure
        ("He got three to four years.", "en", []),
        ("Cases rose from 300 to 1,000 cases.", "en", [(1000, "exact")]),
        ("От двенадцати до двадцати курсантов ушли.", "ru", [(12, "at_least")]),
        ("Ушли три-четыре матроса.", "ru", [(3, "at_least")]),
        ("Пропали 6-8 военнослужащих.", "ru", [(6, "at_least")]),
        ("Трое или четверо матросов пропали.", "ru", [(3, "at_least")]),
        ("Ему дали от трёх до четырёх лет.", "ru", []),
        # one number of several words is still one number
        (
            "Ушли двадцать три матроса и сто сорок два курсанта.",
            "ru",
            [(23, "exact"), (142, "exact")],
        ),
        ("Пару курсантов задержали.", "ru", [(2, "exact")]),
        ("Его задержали через пару дней.", "ru", []),
    ],
)
def test_ranges_and_pairs_of_people(text: str, lang: str, want: list) -> None:
    assert _counts(text, lang) == want


@pytest.mark.parametrize(
    ("text", "lang", "armed"),
    [
        ("A gunner ran from his trench, leaving his rifle and helmet at the post.", "en", False),
        ("Курсанта, при котором не было оружия, задержали в Пскове.", "ru", False),
        ("Police officers with machine guns detained a deserter in Pskov.", "en", None),
        ("Бойцы ОМОН с автоматами задержали дезертира в Пскове.", "ru", None),
        # his own weapon stays his
        ("A deserter gave himself up to police officers with his rifle in Pskov.", "en", True),
        ("The corporal was charged with desertion and the theft of ammunition.", "en", True),
        ("Курсанту предъявили обвинение в дезертирстве и хищении боеприпасов.", "ru", True),
    ],
)
def test_armed_cues_count39(text: str, lang: str, armed: bool | None) -> None:
    assert armed_of(text, lang) is armed


def test_shots_from_his_own_pistol_make_him_armed() -> None:
    text = (
        "В Ровно задержали мобилизованного, самовольно покинувшего учебный центр. Полицейских "
        "он встретил выстрелами из пистолета."
    )
    assert [e.armed for e in _of(text, "ru", "detention")] == [True]


def test_many_of_untold_number_do_not_take_one_mans_arms() -> None:
    text = (
        "Мобилизованный сбежал с полигона с пистолетом. Его задержали в Ровно. Он заявил, что "
        "во время учёбы дезертировали десятки его сослуживцев — и солдаты, и офицеры."
    )
    flights = _of(text, "ru", "desertion")
    assert [e.armed for e in flights if e.count is None] == [None]
    assert [e.armed for e in flights if e.count == 1] == [True]
