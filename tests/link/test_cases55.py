"""Round 55 (case55): a case told as another's background.  An article closes on other cases
after a sentence that says so ("It is not the region's first such case", «Это не первый побег
российского военного в Казахстан»): what it tells after that sentence is of other people, whatever
name the extraction carried into it from the story before (``case_markers._openers``, read as a
section like a place heading: ``story_rules.under_new_heading``); and a man a recap or an earlier
time brings in with his own flight told in a clause («Напомним, в марте ... задержали
контрактника, самовольно оставившего часть ещё в сентябре») is not the story's man for a name the
extraction carried (``story_rules._background_clause``).  Invented wording, not the probes'."""

from __future__ import annotations

import awol.link.case_markers as case_markers
import awol.link.story_rules as story_rules
from awol.link.case_markers import _openers

from .helpers import story_groups

FLED = "Капитан Роман Белов бежал в Казахстан и попросил там убежища."
CAUGHT = "4 сентября Белова задержали пограничники на вокзале в Уральске."
OPENER = "Это не первый побег российского военного в Казахстан."
SUMMER = "Летом пограничники задержали контрактника у посёлка Кумак под Орском."
TITLE = "Капитан бежал в Казахстан"
RU_TEXT = f"{TITLE}\n\n{FLED} {CAUGHT}\n\n{OPENER} {SUMMER}"
BELOV = ["Роман Белов"]


def _belov(text: str, last: str) -> list[int]:
    return story_groups(text, [
        ("desertion", FLED, {"names": BELOV, "region": None}),
        ("detention", CAUGHT, {"names": BELOV, "region": None}),
        # the extraction carried the captain's name into the background sentence
        ("detention", last, {"names": BELOV, "region": "RU-ORE"}),
    ], "ru", "2025-09-09")  # fmt: skip


def test_an_opener_sentence_is_found_and_a_man_again_is_not():
    assert _openers(RU_TEXT) == [RU_TEXT.index(OPENER)]
    en = "Private Yakov Orlov left his unit in May. It is not the region's first such case."
    assert _openers(en) == [en.index("It is")]
    assert _openers("Sergeant Lev Kurkin is not the only officer to leave.") == [0]
    # the story's own man again, and "not only ... but also"
    assert _openers("It was not the first time he had fled his unit.") == []
    assert _openers("Он бежит из части не в первый раз.") == []
    assert _openers("The commander not only left his post but also urged others to.") == []


def test_a_carried_name_after_an_opener_does_not_hold_the_background_to_the_story():
    assert _belov(RU_TEXT, SUMMER) == [0, 0, 1]


def test_an_opener_in_the_lede_before_any_event_of_the_body_opens_no_section():
    lede = "Рядовой Лев Куркин не первый, кто бежит из этой части."
    text = f"Из части под Псковом бежал рядовой Лев Куркин\n\n{lede} Во вторник его задержали в Пскове."
    groups = story_groups(text, [
        ("desertion", "Из части под Псковом бежал рядовой Лев Куркин", {"names": ["Лев Куркин"]}),
        ("detention", "Во вторник его задержали в Пскове.", {"names": ["Лев Куркин"]}),
    ], "ru", "2025-09-09")  # fmt: skip
    assert groups == [0, 0]


def test_without_the_opener_sections_the_carried_name_joins_it(monkeypatch):
    monkeypatch.setattr(case_markers, "OPENERS", False)
    assert _belov(RU_TEXT, SUMMER) == [0, 0, 0]


def test_the_story_s_man_told_after_the_opener_by_his_written_name_stays():
    again = "Сам Белов говорит, что не хотел воевать, и просит не выдавать его России."
    text = f"{TITLE}\n\n{FLED} {CAUGHT}\n\n{OPENER} {again}"
    groups = story_groups(text, [
        ("desertion", FLED, {"names": BELOV, "region": None}),
        ("detention", CAUGHT, {"names": BELOV, "region": None}),
        ("wanted", again, {"names": BELOV, "region": None}),
    ], "ru", "2025-09-09")  # fmt: skip
    assert groups == [0, 0, 0]


HUNT = "Полиция Псковской области разыскивает рядового Илью Горбунова, который не вернулся в часть."
RECAP_OTHER = "Напомним, в марте в Пскове задержали контрактника, самовольно оставившего часть ещё в сентябре."
RECAP_HIM = "Напомним, в марте его уже задерживали в Пскове."
GORBUNOV = ["Илья Горбунов"]


def _hunt(last: str) -> list[int]:
    text = f"Розыск\n\n{HUNT}\n\n{last}"
    return story_groups(text, [
        ("wanted", HUNT, {"names": GORBUNOV, "region": "RU-PSK"}),
        ("desertion", HUNT, {"names": GORBUNOV, "region": "RU-PSK"}),
        ("detention", last, {"names": GORBUNOV, "region": "RU-PSK", "date": "2025-03"}),
    ], "ru", "2025-05-20")  # fmt: skip


def test_a_recap_that_brings_in_a_man_with_his_own_flight_is_another_case():
    assert _hunt(RECAP_OTHER) == [0, 0, 1]


def test_a_recap_of_the_story_s_man_stays(monkeypatch):
    assert _hunt(RECAP_HIM) == [0, 0, 0]
    monkeypatch.setattr(story_rules, "BACKGROUND_CLAUSE", False)
    assert _hunt(RECAP_OTHER) == [0, 0, 0]


def test_a_speaker_s_own_words_open_no_section():
    assert _openers("“I am not the first to leave,” Belov said.") == []
    assert _openers("«Я не первый, кто ушёл из части», — сказал Белов.") == []
    assert _openers("He is not the first soldier to seek asylum in the US.") == [0]
