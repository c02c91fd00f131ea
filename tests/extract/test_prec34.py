"""Round 34 (prec34): readings that propose no event, on invented sentences (my own wording),
each with a twin that is an event (a rule that blocks everything fails too).

- a condition, not a case: a trigger in a sentence that sets a condition ("if", «если»; "when",
  «когда» with a clause that is not past) whose main clause names no past ("if a contract soldier
  does not come back from leave, military police look for him") -
  ``awol.extract.scope_more.conditional``, ``conditional:`` in ``lang/*/relevance.yaml``;
- a habit of a kind (Russian): a present-tense clause whose people are counted by a word of a
  kind («Многие мобилизованные после отпуска не возвращаются в часть») -
  ``awol.extract.scope_more.kind_present``, ``kind_present:`` in ``lang/ru/relevance.yaml``;
- a generic statement of a collective or a kind counted (English): "Military police search for
  deserters across the country", "Only a minority ever face a criminal case" -
  ``awol.extract.relevance_generic.generic`` (``collectives``, ``few``);
- someone else's death told on: "A deserter shot a taxi driver. The man died at the scene." -
  ``awol.extract.story_filters.victim_follow_up``, ``victim: follow_up``;
- the offence's name (English): a bare gerund after a preposition ("jailed ... for leaving his
  unit", "found guilty of abandoning his post") with no date, place, count or weapon after it -
  ``awol.extract.scope_more.offence_name``, ``offence_name:`` in ``lang/en/relevance.yaml``.
"""

from __future__ import annotations

import pytest
from tests.extract.helpers import TRUE_LEAD, scope_reason, types

from awol.extract.relevance_generic import generic


@pytest.mark.parametrize(
    ("sentence", "trigger", "etype", "lang", "reason"),
    [
        ("For example, if a contract soldier does not come back from leave, military police "
         "look for him.", "look for", "wanted", "en", "hypothetical"),
        ("When a conscript leaves his post, commanders search for him themselves.",
         "search for", "wanted", "en", "hypothetical"),
        ("Например, если контрактник не вернулся из отпуска, его ищет военная полиция.", "ищет",
         "wanted", "ru", "hypothetical"),
        ("Когда солдат уходит из части, его ищут полиция и комендатура.", "ищут", "wanted", "ru",
         "hypothetical"),
        ("Многие мобилизованные после отпуска не возвращаются в часть.",
         "не возвращаются в часть", "desertion", "ru", "habitual"),
        ("Такие солдаты не возвращаются в часть после госпиталя.", "не возвращаются в часть",
         "desertion", "ru", "habitual"),
    ],
)  # fmt: skip
def test_a_condition_or_a_habit_is_no_happening(
    sentence: str, trigger: str, etype: str, lang: str, reason: str
) -> None:
    assert scope_reason(sentence, trigger, etype, lang) == reason


@pytest.mark.parametrize(
    ("sentence", "trigger", "etype", "lang"),
    [
        # a past "when", a past main clause, a particular group, a number, "now"
        ("When police stopped the car on Tuesday, they found a deserter inside.", "found",
         "detention", "en"),
        ("If the reports are true, he fled his unit in March.", "fled his unit", "desertion",
         "en"),
        ("Когда его задержали, он был пьян.", "задержали", "detention", "ru"),
        ("Если верить соседям, его задержали в пятницу.", "задержали", "detention", "ru"),
        ("Как только он вернулся домой, его объявили в розыск.", "объявили в розыск", "wanted",
         "ru"),
        ("Большинство беглецов задержали в первый же день.", "задержали", "detention", "ru"),
        ("Сейчас многих беглецов ищет военная полиция.", "ищет", "wanted", "ru"),
        ("Многих из них задержали в марте.", "задержали", "detention", "ru"),
    ],
)  # fmt: skip
def test_a_happening_stays(sentence: str, trigger: str, etype: str, lang: str) -> None:
    assert scope_reason(sentence, trigger, etype, lang) not in ("hypothetical", "habitual")


@pytest.mark.parametrize(
    ("sentence", "is_generic"),
    [
        ("Military police search for deserters across the country.", True),
        ("Only a minority ever face a criminal case.", True),
        ("Only a small fraction of them face trial.", True),
        ("Military police search for the two deserters.", False),
        ("Police search for Petrenko in the woods.", False),
        ("Few soldiers fled.", False),
        ("A minority of the unit faced charges.", False),
    ],
)  # fmt: skip
def test_a_collective_or_a_kind_counted_in_the_present(sentence: str, is_generic: bool) -> None:
    assert generic(sentence, "en") is is_generic


@pytest.mark.parametrize(
    ("text", "lang", "death"),
    [
        ("A deserter shot a taxi driver near Tver. The man died at the scene.", "en", False),
        ("Border guards opened fire on the runaway. The man died at the scene.", "en", True),
        ("Дезертир застрелил водителя такси под Тверью. Мужчина погиб на месте.", "ru", False),
        ("Пограничники открыли огонь по беглецу. Мужчина погиб на месте.", "ru", True),
    ],
)  # fmt: skip
def test_a_victims_death_told_on(text: str, lang: str, death: bool) -> None:
    assert ("death" in types(TRUE_LEAD[lang] + text, lang, "2026-05-10")) is death


@pytest.mark.parametrize(
    ("sentence", "trigger", "label"),
    [
        # the offence's name: a bare gerund after a preposition
        ("The Omsk garrison court jailed him for four years for leaving his unit, its press "
         "service said.", "for leaving his unit", True),
        ("A corporal was found guilty of abandoning his post without permission during "
         "mobilisation.", "of abandoning his post", True),
        # a flight told: when, where, how often, with what
        ("The court sentenced two privates for leaving their unit near Bryansk last autumn.",
         "for leaving their unit", False),
        ("He was convicted of fleeing his base twice in 2025.", "of fleeing his base", False),
        ("The same court jailed a gunner for three years for leaving his unit in the autumn.",
         "for leaving his unit", False),
        ("The trial of a sailor accused of leaving his ship with a service pistol opened on "
         "Monday.", "of leaving his ship", False),
    ],
)  # fmt: skip
def test_the_offences_name_is_no_flight(sentence: str, trigger: str, label: bool) -> None:
    assert (scope_reason(sentence, trigger, "desertion", "en") == "label") is label
