"""Round 20 (precision20): a Russian detention, verdict or charge told as background, on invented
sentences.  Each non-event has a twin that is an event, so a rule that blocks everything fails.

- the offence named after the trigger ("за драку в кафе", "за продажу топлива") holds no
  desertion word: another crime (``crime_after`` in ``lang/ru/events.yaml``); "за" of a place,
  a time or the offence told before ("за пределами района", "за это") names none;
- the object is the deserter's kin or acquaintance ("Его отца задержали", "задержала его
  знакомого"): someone else's happening (``kin_before``, ``kin_after``).
"""

from __future__ import annotations

import pytest

from awol.extract.lexicon import get_lexicon
from awol.extract.scope import not_a_happening


def _reason(sentence: str, trigger: str, etype: str) -> str | None:
    s = sentence.index(trigger)
    return not_a_happening(sentence, etype, s, s + len(trigger), get_lexicon("ru"))


@pytest.mark.parametrize(
    ("sentence", "trigger", "etype"),
    [
        ("В 2019 году его уже задерживали за хулиганство.", "задерживали", "detention"),
        ("Вечером полиция задержала мужчину за драку в кафе.", "задержала", "detention"),
        ("Суд назначил ему штраф за вождение в нетрезвом виде.", "назначил", "sentence"),
        ("В марте его приговорили к восьми годам колонии за продажу армейского топлива.",
         "приговорили", "sentence"),
        ("Против него возбудили уголовное дело за порчу имущества.", "возбудили", "prosecution"),
        ("Его отца в тот же день задержали в Пензе.", "задержали", "detention"),
        ("Полиция задержала его знакомого, который помог беглецу купить билет.", "задержала",
         "detention"),
        ("Её брата приговорили к двум годам условно.", "приговорили", "sentence"),
    ],
)  # fmt: skip
def test_someone_else_or_another_crime(sentence: str, trigger: str, etype: str) -> None:
    assert _reason(sentence, trigger, etype) == "other_crime"


@pytest.mark.parametrize(
    ("sentence", "trigger", "etype"),
    [
        ("Его задержали за самовольное оставление части.", "задержали", "detention"),
        ("Суд приговорил рядового к пяти годам за дезертирство.", "приговорил", "sentence"),
        ("Его осудили за побег из части.", "осудили", "sentence"),
        ("Его приговорили за то, что он дважды уходил из части.", "приговорили", "sentence"),
        ("Четверых сбежавших задержали за пределами района.", "задержали", "detention"),
        ("Беглеца задержали за 200 километров от части.", "задержали", "detention"),
        ("Контрактника задержали за неделю до суда.", "задержали", "detention"),
        ("Солдата задержали за рулём угнанной машины.", "задержали", "detention"),
        ("Его осудили за неявку на службу.", "осудили", "sentence"),
        ("Его сослуживца задержали в Ростове.", "задержали", "detention"),
        ("Его задержали у дома отца.", "задержали", "detention"),
    ],
)  # fmt: skip
def test_the_deserters_happening_stays(sentence: str, trigger: str, etype: str) -> None:
    assert _reason(sentence, trigger, etype) is None
