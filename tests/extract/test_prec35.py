"""Round 35 (prec35): spurious events on unseen text, on invented sentences (my own wording),
each with a twin that is an event (a rule that blocks everything fails too).

- a retreat told by a unit that opens its sentence («Батальон оставил позиции у посёлка»): the
  unit nouns of ``retreat: units`` in ``lang/ru/relevance.yaml`` are read in any case -
  ``awol.extract.scope_more.retreat``;
- contact lost is no flight («Связь с ним пропала в марте, с тех пор он числится пропавшим без
  вести»): ``nonevent: clause: desertion`` in ``lang/ru/events.yaml``;
- a crowd's habit told by the manner of a present verb («Мобилизованные массово не возвращаются
  из отпусков»): ``kind_present: manner`` in ``lang/ru/relevance.yaml`` -
  ``awol.extract.scope_more.kind_present``;
- a rate of happenings ("Every few days, a court ... hands down another sentence", «Каждые
  несколько дней из бригады бегут двое-трое»): ``nonevent: habitual`` in
  ``lang/{en,ru}/events.yaml``;
- a period's tally of people who left, told by the verb of leaving («Только из одной части за
  полгода ушли 45 человек», «За прошлый месяц в СОЧ ушли 37 военных»), or a help project's count
  («С нашей помощью из армии ушли 58 человек»): a figure, not a group's flight -
  ``figure_about`` and ``figure_cues`` in ``lang/ru/figures.yaml``.
"""

from __future__ import annotations

import pytest
from tests.extract.helpers import TRUE_LEAD, events, figures_by_value, scope_reason, types

PUB = "2026-05-20"


@pytest.mark.parametrize(
    ("sentence", "trigger", "etype", "lang", "reason"),
    [
        ("Батальон оставил позиции у посёлка Вишнёвый Дол.", "оставил позиции", "desertion",
         "ru", "retreat"),
        ("Противник оставил позиции у села Сосновка и отошёл.", "оставил позиции", "desertion",
         "ru", "retreat"),
        ("Подразделения 131-й бригады покинули позиции под Купянском.", "покинули позиции",
         "desertion", "ru", "retreat"),
        ("Мобилизованные массово не возвращаются из отпусков.", "не возвращаются", "desertion",
         "ru", "habitual"),
        ("Каждые несколько дней из бригады бегут двое-трое.", "бегут", "desertion", "ru",
         "habitual"),
        ("Every few days, a garrison court somewhere in Russia sentences another deserter.",
         "sentences", "sentence", "en", "habitual"),
        ("Every other week someone from the company is caught at the station.", "is caught",
         "detention", "en", "habitual"),
    ],
)  # fmt: skip
def test_a_retreat_or_a_habit_is_no_happening(
    sentence: str, trigger: str, etype: str, lang: str, reason: str
) -> None:
    assert scope_reason(sentence, trigger, etype, lang) == reason


@pytest.mark.parametrize(
    ("sentence", "trigger", "etype", "lang"),
    [
        # soldiers, not a unit; a leaving without leave; a past crowd; a date, not a rate
        ("Двое солдат батальона самовольно оставили позиции у посёлка.", "оставили позиции",
         "desertion", "ru"),
        ("Батальон оставил позиции, а трое мобилизованных сбежали с оружием.", "сбежали",
         "desertion", "ru"),
        ("В марте мобилизованные массово не вернулись из отпусков в Ростове.", "не вернулись",
         "desertion", "ru"),
        ("A few days later, a garrison court in Pskov sentenced him to six years.", "sentenced",
         "sentence", "en"),
    ],
)  # fmt: skip
def test_their_twins_stay_happenings(sentence: str, trigger: str, etype: str, lang: str) -> None:
    assert scope_reason(sentence, trigger, etype, lang) is None


def test_contact_lost_is_no_flight() -> None:
    lead = TRUE_LEAD["ru"]
    text = lead + "Связь с ним пропала в марте, с тех пор он числится пропавшим без вести."
    found = events(text, "ru", PUB)
    assert sorted(e.type for e in found) == ["desertion", "detention"]
    assert all(e.evidence.start < len(lead) for e in found), [e.evidence.text for e in found]
    # a man gone from his unit stays a flight
    twin = "Контрактник пропал из части в марте, его ищет военная полиция."
    assert "desertion" in types(twin, "ru", PUB)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Только из одной части за полгода ушли 45 человек.", 45),
        ("С нашей помощью из армии ушли 58 человек, из них 20 выехали за границу.", 58),
        ("За прошлый месяц в СОЧ ушли 37 военных из Бурятии.", 37),
    ],
)
def test_a_tally_of_leavers_is_a_figure(sentence: str, value: int) -> None:
    lead = TRUE_LEAD["ru"]
    text = lead + sentence
    assert value in figures_by_value(text, "ru", PUB)
    assert not [e for e in events(text, "ru", PUB) if e.evidence.start >= len(lead)]


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        # one group at one place and time; a week's small group
        ("В мае из части под Белгородом ушли 45 человек.", 45),
        ("На прошлой неделе из части под Курском ушли трое мобилизованных.", 3),
    ],
)
def test_a_group_that_left_stays_an_event(sentence: str, count: int) -> None:
    lead = TRUE_LEAD["ru"]
    found = [e for e in events(lead + sentence, "ru", PUB) if e.evidence.start >= len(lead)]
    assert [(e.type, e.count) for e in found] == [("desertion", count)]
