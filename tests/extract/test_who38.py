"""Round 38 (who38): who and names on invented text.

(1) A teller named after his title and what the title is of («Губернатор Тверской области Имя
    Фамилия сообщил», «Командир 4-го батальона подполковник Имя Фамилия сообщил», "The governor
    of the Tver region, Name Surname, said") is no man of the events his sentence tells, though
    the title's complement stands between the title and the name (teller_titles.titled_teller,
    read by people_roles.not_a_deserter).  Twins: the complement's person named after it («Мать
    военнослужащего Ивана X», «Адвокат ефрейтора Ивана X», "The mother of Private Ivan X") is
    the soldier, and a wife named after her husband's kind («Жена контрактника Анна X») is not.
(1b) A teller whose sentence speaks of the man as her relative outside the source ("Her
    husband ... was detained, Yelena X told reporters"; ``relative_told`` of
    teller_titles.yaml) is not the man (teller_titles.relative_teller).  Twins: a soldier who
    tells of himself keeps his name; «Мать военнослужащего Ивана X рассказала, что её сына ...»
    (the genitive name) is the son's.
(2) A frame that says who the man is may set a short description before his name ("was
    identified as contract soldier Ivan X", «Задержанным оказался контрактник Иван X», «Это
    27-летний Иван X»): the next sentence names the man the one before brought in (``named_as``
    of lang/people.yaml, read by people_next.name_told_next).  Twin: a new man named without
    such a frame in a sentence that tells his own event stays his.
(4) A military driver's job is a who ("A tank driver", "A mechanic-driver", "Driver-mechanic
    Ivan X": ``singular`` and ``role_before_name`` of lang/en/arguments.yaml).  Twin: "a taxi
    driver" is no soldier.
"""

from __future__ import annotations

import pytest
from helpers import pipeline_events, pipeline_one


def _events(text: str, lang: str) -> list[dict]:
    return pipeline_events(text, lang, "2025-12-01", "who38")


def _one(text: str, lang: str, etype: str) -> dict:
    return pipeline_one(text, lang, etype, "2025-12-01")


# (1) a teller after his title and its complement: no name of the event
@pytest.mark.parametrize(
    ("text", "lang", "etype"),
    [
        (
            "Губернатор Тверской области Игорь Рудаков сообщил, что пограничники задержали "
            "двоих дезертиров.",
            "ru",
            "detention",
        ),
        (
            "Командир 4-го батальона подполковник Степан Мерзликин сообщил, что рядовой во "
            "вторник оставил позиции под Угледаром.",
            "ru",
            "desertion",
        ),
        (
            "Жена контрактника Алина Стригунова рассказала, что он сбежал из части под Лиманом "
            "в марте.",
            "ru",
            "desertion",
        ),
        (
            "The governor of the Tver region, Igor Rudakov, said border guards had detained two "
            "deserters.",
            "en",
            "detention",
        ),
    ],
)
def test_a_titled_teller_is_no_name_of_the_event(text: str, lang: str, etype: str) -> None:
    e = _one(text, lang, etype)
    assert e["names"] == [], e


# (1) twins: the complement's person is the soldier; a title right before the name as before
@pytest.mark.parametrize(
    ("text", "lang", "etype", "name"),
    [
        (
            "Мать военнослужащего Ивана Кочергина рассказала, что он сбежал из части под "
            "Лиманом в марте.",
            "ru",
            "desertion",
            "Иван Кочергин",
        ),
        (
            "Адвокат ефрейтора Ивана Кочергина сообщил, что его подзащитный сбежал из части под "
            "Лиманом в марте.",
            "ru",
            "desertion",
            "Иван Кочергин",
        ),
        (
            "Губернатор Тверской области Игорь Рудаков сообщил, что контрактник Павел Шуршин "
            "сбежал из части под Лиманом в марте.",
            "ru",
            "desertion",
            "Павел Шуршин",
        ),
        (
            "The mother of Private Ivan Kochergin said he was detained in Samara after fleeing "
            "his unit.",
            "en",
            "detention",
            "Ivan Kochergin",
        ),
        (
            "Contract soldier Ivan Kochergin told the outlet that he had deserted from his unit "
            "near Lyman in March.",
            "en",
            "desertion",
            "Ivan Kochergin",
        ),
    ],
)
def test_the_complement_s_person_keeps_his_name(
    text: str, lang: str, etype: str, name: str
) -> None:
    e = _one(text, lang, etype)
    assert e["names"] == [name], e


# (2) the identification frame with a description before the name
@pytest.mark.parametrize(
    ("text", "lang", "etype", "name"),
    [
        (
            "Police in Kostroma have detained a deserter, the regional police said on Monday. "
            "The detained man was identified as contract soldier Ruslan Tyutyunnik.",
            "en",
            "detention",
            "Ruslan Tyutyunnik",
        ),
        (
            "Полиция Костромы задержала дезертира, сообщили в понедельник в областном УМВД. "
            "Задержанным оказался контрактник Руслан Тютюнник.",
            "ru",
            "detention",
            "Руслан Тютюнник",
        ),
        (
            "Солдат в субботу сбежал из части в Брянской области, сообщил местный сайт. Это "
            "31-летний Руслан Тютюнник, мобилизованный осенью 2022 года.",
            "ru",
            "desertion",
            "Руслан Тютюнник",
        ),
    ],
)
def test_a_frame_with_a_description_names_the_man(
    text: str, lang: str, etype: str, name: str
) -> None:
    e = _one(text, lang, etype)
    assert e["names"] == [name], e


def test_a_new_man_sentenced_in_the_next_sentence_is_another() -> None:
    text = (
        "A soldier was sentenced to two years for desertion in Kostroma on Monday. The same "
        "court sentenced contract soldier Ruslan Tyutyunnik to three years for desertion."
    )
    got = [e for e in _events(text, "en") if e["type"] == "sentence"]
    assert len(got) == 2 and got[0]["names"] == [], got
    assert got[1]["names"] == ["Ruslan Tyutyunnik"], got


# (4) a military driver is a who
@pytest.mark.parametrize(
    ("text", "etype", "who"),
    [
        (
            "A tank driver of a guards tank regiment deserted from his unit near Kreminna in "
            "July, the garrison court in Bryansk said.",
            "desertion",
            "tank driver",
        ),
        (
            "A mechanic-driver from an engineer battalion has been charged with desertion after "
            "he failed to return to his unit in the Kursk region, investigators said.",
            "prosecution",
            "mechanic-driver",
        ),
    ],
)
def test_a_military_driver_is_a_who(text: str, etype: str, who: str) -> None:
    e = _one(text, "en", etype)
    assert who in (e["who"] or "").lower(), e


def test_a_taxi_driver_is_no_who() -> None:
    text = "A taxi driver drove a deserter to Tver on Monday after the soldier had fled his unit."
    assert all("taxi" not in (e["who"] or "") for e in _events(text, "en"))


# (1b) a relative who tells
@pytest.mark.parametrize(
    ("text", "lang", "etype"),
    [
        (
            "Her husband, a contract soldier, was detained in Tambov on Sunday after he fled his "
            "unit near Vovchansk, Oksana Merkulova told reporters.",
            "en",
            "detention",
        ),
        (
            "Оксана Меркулова рассказала, что её мужа, сбежавшего из части под Волчанском, "
            "задержали в Тамбове в воскресенье.",
            "ru",
            "detention",
        ),
    ],
)
def test_a_relative_who_tells_is_no_name_of_the_event(text: str, lang: str, etype: str) -> None:
    e = _one(text, lang, etype)
    assert e["names"] == [], e


def test_the_son_named_after_his_mother_s_title_keeps_his_name() -> None:
    text = (
        "Мать военнослужащего Ивана Кочергина рассказала, что её сына, ушедшего из части под "
        "Волчанском в марте, задержали в Тамбове в воскресенье."
    )
    e = _one(text, "ru", "detention")
    assert e["names"] == ["Иван Кочергин"], e


# (1) twin: the teller stays among the story's people, so an article naming him and one other
# man is not read as that man's story (the form that left him out gave the flight told in a
# "he" sentence the other man's name, where main gives it none)
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Губернатор Тверской области Игорь Рудаков сообщил, что полиция задержала "
            "контрактника Павла Шуршина. По данным ведомства, он сбежал из части под Волчанском "
            "в марте. В мае суд приговорил дезертира к пяти годам колонии.",
            "ru",
        ),
        (
            "The governor of the Tver region, Igor Rudakov, said police had detained contract "
            "soldier Pavel Shurshin. He had fled his unit near Vovchansk in March. In May a court "
            "sentenced a deserter to five years.",
            "en",
        ),
    ],
)
def test_a_teller_keeps_the_story_of_two_people(text: str, lang: str) -> None:
    e = _one(text, lang, "desertion")
    assert e["names"] == [], e
