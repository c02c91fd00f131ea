"""Which events a text holds (round 32; invented sentences, RU).

A Russian participle of flight right after the comma that follows one man or a counted group
(«дезертира Игоря Ланцова, сбежавшего из армии», «четверых военных, сбежавших из своих рот»,
«двух мобилизованных, не вернувшихся в часть после лечения») tells that man's or group's flight:
a desertion beside the event told of them, as real train codes it (``head: true`` triggers and
``participle_head`` in ``lang/ru/events.yaml``, ``trigger_find.concrete_head``).  After a bare
plural, a law's or a search's kind of people, it is no happening.
"""

from __future__ import annotations

import pytest
from tests.extract.helpers import events, of_type


@pytest.mark.parametrize(
    "text",
    [
        # a named man handed over, his flight told by the participle only
        "В четверг власти Киргизии передали российской стороне дезертира Игоря Ланцова, "
        "сбежавшего из армии прошлой осенью.",
        # a counted group caught, their flight told by a plural participle at the clause's end
        "В ходе рейда в Брянске задержали сразу четверых военных, сбежавших из своих рот.",
        # "не вернувшихся" without a date of its own, after a counted group
        "В сентябре в Ирбите полиция задержала двух мобилизованных, не вернувшихся в часть после "
        "лечения.",
        # one man by a singular people noun
        "Гарнизонный суд в Омске приговорил к шести годам колонии контрактника, самовольно "
        "покинувшего полигон.",
    ],
)
def test_a_participle_of_concrete_people_is_their_flight(text: str) -> None:
    assert of_type(events(text, "ru", "2026-10-14"), "desertion")


@pytest.mark.parametrize(
    "text",
    [
        # a law's kind of people
        "По закону военнослужащим, не вернувшимся в часть из отпуска, грозит до десяти лет "
        "лишения свободы.",
        # a search of a kind (a bare plural)
        "В прокуратуре обсудили розыск военнослужащих, самовольно оставивших части.",
        # the status's own words and nothing after them: the label of a raid's catch
        "В среду в Бердске полиция задержала девятерых военнослужащих, самовольно оставивших "
        "часть.",
        # no unit, leave or front after the participle: no flight
        "Мужчину, не вернувшегося домой после работы, нашли в лесу под Лугой.",
    ],
)
def test_a_participle_of_a_kind_of_people_is_no_flight(text: str) -> None:
    assert not of_type(events(text, "ru", "2026-10-14"), "desertion")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Тульский гарнизонный военный суд приговорил рядового Олега Шурыгина к шести годам "
            "колонии. В марте он самовольно оставил часть под Курском.\n\nТем временем Псковский гарнизонный военный суд приговорил к пяти годам "
            "колонии контрактника, который сбежал из части после ранения.",
            "ru",
        ),
        (
            "A garrison court in Tula sentenced Private Oleg Shurygin to six years in a penal "
            "colony. In March he left his unit near Kursk.\n\n"
            "Meanwhile, a garrison court in Pskov sentenced a contract soldier who had fled his "
            "unit after being wounded to five years in a penal colony.",
            "en",
        ),
    ],
)
def test_a_flight_in_another_case_relative_clause_is_that_man_s(text: str, lang: str) -> None:
    # the verdict's man's flight, told with neither time nor place in a relative clause, is his
    # own, not the flight told before (merging._other_case; real train codes such flights)
    assert len(of_type(events(text, lang, "2026-04-10"), "desertion")) == 2
