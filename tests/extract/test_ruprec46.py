"""Round 46 (ruprec46): Russian catches that are no event of desertion's story, on invented
sentences.  Each non-event has a twin that stays an event, so a rule that blocks everything fails.

- a catch whose one held is charged with another crime, the charge told by any form of its verb
  («Задержанного программиста обвинили в госизмене»: only «обвиняют/обвиняемый» was read) or in a
  relative clause right after the trigger's («задержала мужчину, которого затем обвинили в
  краже»): ``charged_with`` and ``charged_relative`` in ``nonevent:`` of ``lang/ru/events.yaml``;
- a catch of a man dodging the draft told by his aim («чтобы избежать мобилизации», «спасаясь от
  мобилизации»), where nothing tells a leaving of the army: ``draft_evasion:
  words`` in ``lang/ru/relevance.yaml``;
- what is done to caught deserters as a practice, the catch told by a label («Пойманных беглецов
  отправляют обратно на фронт», «Пойманные дезертиры получают как реальные, так и условные
  сроки»): ``kind_present: practice`` in ``lang/ru/relevance.yaml``;
- a defector's crew who died («двое других членов экипажа погибли»): ``victim: persons``;
- a handover whose people are named deserters («отдали российской военной полиции дезертира»)
  tells the catch without the classifier's word: ``told_with_people``.
"""

from __future__ import annotations

import pytest
from tests.extract.helpers import events, of_type

from awol.extract.lexicon import get_lexicon
from awol.extract.mentions import _told_with_people
from awol.extract.scope import not_a_happening


def _reason(sentence: str, trigger: str, etype: str) -> str | None:
    s = sentence.index(trigger)
    return not_a_happening(sentence, etype, s, s + len(trigger), get_lexicon("ru"))


@pytest.mark.parametrize(
    ("sentence", "trigger", "etype", "reading"),
    [
        (
            "Задержанного программиста обвинили в госизмене.",
            "Задержанного",
            "detention",
            "other_crime",
        ),
        (
            "Задержанному водителю предъявлено обвинение в краже топлива.",
            "Задержанному",
            "detention",
            "other_crime",
        ),
        (
            "Полиция задержала мужчину, которого затем обвинили в краже.",
            "задержала",
            "detention",
            "other_crime",
        ),
        (
            "Вместе с беглецом из страны выслали инженера, которого после задержания обвинили в "
            "шпионаже.",
            "задержания",
            "detention",
            "other_crime",
        ),
        (
            "В Одесской области задержали мужчину, который пытался переплыть Дунай, чтобы избежать "
            "мобилизации.",
            "задержали",
            "detention",
            "other_crime",
        ),
        (
            "Пограничники задержали мужчину, который, спасаясь от мобилизации, шёл к границе.",
            "задержали",
            "detention",
            "other_crime",
        ),
        ("Пойманных беглецов отправляют обратно на фронт.", "Пойманных", "detention", "habitual"),
        (
            "Пойманные дезертиры получают как реальные, так и условные сроки.",
            "Пойманные",
            "detention",
            "habitual",
        ),
    ],
)
def test_no_catch_of_desertion(sentence: str, trigger: str, etype: str, reading: str) -> None:
    assert _reason(sentence, trigger, etype) == reading


@pytest.mark.parametrize(
    ("sentence", "trigger", "etype"),
    [
        # the charge is desertion: the catch is the story's
        (
            "Задержанного контрактника обвинили в самовольном оставлении части.",
            "Задержанного",
            "detention",
        ),
        (
            "Полиция задержала мужчину, которого обвиняют в самовольном оставлении части.",
            "задержала",
            "detention",
        ),
        # a deserter caught on his way, told beside the draft's word
        (
            "В Одесской области задержали контрактника, который самовольно оставил часть, чтобы "
            "избежать отправки на фронт.",
            "задержали",
            "detention",
        ),
        (
            "Пограничники задержали военнослужащего, который сбежал из части.",
            "задержали",
            "detention",
        ),
        # the relative clause tells of someone else, far from the trigger's object
        (
            "Передача беглеца российским военным в начале февраля совпала с высылкой инженера, "
            "которого арестовали по делу о госизмене.",
            "Передача",
            "detention",
        ),
        # a relative clause that names no charge
        ("Полиция задержала мужчину, которого искали с весны.", "задержала", "detention"),
        # the same label and verb told of one time, in the past, or of a named place
        ("Пойманных беглецов вчера отправили обратно на фронт.", "Пойманных", "detention"),
        ("Пойманных в Туле беглецов отправляют обратно на фронт.", "Пойманных", "detention"),
    ],
)
def test_twins_stay_events(sentence: str, trigger: str, etype: str) -> None:
    assert _reason(sentence, trigger, etype) is None


def test_a_defectors_crew_who_died_is_no_deserters_death() -> None:
    """«двое других членов экипажа погибли» after the pilot who flew over: the crew, who did not
    defect, are someone else (``victim: persons`` in ``lang/ru/relevance.yaml``); the deserters'
    own death stays one."""
    crew = (
        "Канал писал, что командир экипажа оказался в плену, а двое других членов экипажа погибли."
    )
    assert _reason(crew, "погибли", "death") == "victim"
    own = "Канал писал, что двое беглецов погибли при попытке пересечь границу."
    assert _reason(own, "погибли", "death") is None
    # (a passive of killing, the dead before it)
    killed = "Блогер утверждал, что пилот попал в плен, а два других члена экипажа - убиты."
    assert _reason(killed, "убиты", "death") == "victim"
    shot = "Блогер утверждал, что пилот попал в плен, а два беглеца - убиты."
    assert _reason(shot, "убиты", "death") is None


def test_a_handover_of_a_deserter_is_a_detention_without_the_classifiers_word() -> None:
    """«силовики Казахстана отдали российской военной полиции дезертира ...»: a handover whose
    people are named deserters tells the catch as a pattern would (``told_with_people``); a
    prisoner exchange's soldiers, handed over the same way, are not told so."""
    text = (
        "Казахстан выдаёт беглецов. По данным правозащитников, силовики Казахстана отдали "
        "российской военной полиции дезертира Ивана Лосева."
    )
    assert len(of_type(events(text, "ru", "2026-02-02"), "detention")) == 1
    lex = get_lexicon("ru")
    told = "Силовики отдали российской военной полиции дезертира Ивана Лосева."
    assert _told_with_people(told, told.index("отдали"), lex)
    swap = "В ходе обмена Украина передала российской стороне 95 военнослужащих."
    assert not _told_with_people(swap, swap.index("передала"), lex)
