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
        ("Их отца приговорили к двум годам условно.", "приговорили", "sentence"),
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


def _reason_in(sentence: str, trigger: str, etype: str, lang: str) -> str | None:
    s = sentence.index(trigger)
    return not_a_happening(sentence, etype, s, s + len(trigger), get_lexicon(lang))


@pytest.mark.parametrize(
    ("sentence", "trigger", "etype", "lang", "reason"),
    [
        # kin and acquaintances (English), another crime after "for"
        ("His father was arrested the same day after a fight in a cafe.", "arrested",
         "detention", "en", "other_crime"),
        ("Police detained an acquaintance of his who had helped him buy a ticket.", "detained",
         "detention", "en", "other_crime"),
        ("He had been detained in 2019 for hooliganism.", "detained", "detention", "en",
         "other_crime"),
        # a death in the war after the case
        ("He later went back to the front and was killed in August.", "killed", "death", "en",
         "victim"),
        ("Позже он подписал контракт и отправился на фронт, где погиб в августе.", "погиб",
         "death", "ru", "victim"),
        # an escape from captivity, a film's hero
        ("A Russian soldier escaped from Ukrainian captivity and returned to his unit.",
         "escaped", "desertion", "en", "other_crime"),
        ("The festival screened a film about a soldier who deserted from the front.", "deserted",
         "desertion", "en", "other_crime"),
        ("На фестивале показали фильм о солдате, который сбежал с фронта.", "сбежал",
         "desertion", "ru", "other_crime"),
    ],
)  # fmt: skip
def test_background_in_both_languages(
    sentence: str, trigger: str, etype: str, lang: str, reason: str
) -> None:
    assert _reason_in(sentence, trigger, etype, lang) == reason


@pytest.mark.parametrize(
    ("sentence", "trigger", "etype", "lang"),
    [
        # the deserter told by his mother or his wife, a brother who fled with him
        ("His mother said that her son was detained at home on April 6.", "detained",
         "detention", "en"),
        ("She said her husband was arrested in Crimea on April 5.", "arrested", "detention",
         "en"),
        ("His brother, who fled with him, was detained in Tver.", "detained", "detention", "en"),
        ("Его мать рассказала, что её сына задержали дома.", "задержали", "detention", "ru"),
        ("Жена рассказала, что её мужа задержали в Крыму.", "задержали", "detention", "ru"),
        ("Police detained him for questioning in Vyborg.", "detained", "detention", "en"),
        ("Military police arrested a soldier for going AWOL.", "arrested", "detention", "en"),
        ("He was shot dead while trying to flee a checkpoint.", "shot dead", "death", "en"),
        ("A soldier escaped from his unit in the Belgorod region.", "escaped", "desertion", "en"),
    ],
)  # fmt: skip
def test_the_deserters_own_stays(sentence: str, trigger: str, etype: str, lang: str) -> None:
    assert _reason_in(sentence, trigger, etype, lang) is None
