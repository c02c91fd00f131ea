"""Round 38 (who38): who and names on invented text.

(1) A teller named after his title and what the title is of («Губернатор Тверской области Имя
    Фамилия сообщил», «Командир 4-го батальона подполковник Имя Фамилия сообщил», "The governor
    of the Tver region, Name Surname, said") is no man of the events his sentence tells, though
    the title's complement stands between the title and the name (teller_titles.titled_teller,
    read by people_roles.not_a_deserter).  Twins: the complement's person named after it («Мать
    военнослужащего Ивана X», «Адвокат ефрейтора Ивана X», "The mother of Private Ivan X") is
    the soldier, and a wife named after her husband's kind («Жена контрактника Анна X») is not.
"""

from __future__ import annotations

import pytest

from awol.model import Document
from awol.pipeline import Pipeline


def _events(text: str, lang: str) -> list[dict]:
    doc = Document(
        origin="who38",
        content=text.encode("utf-8"),
        id="who38",
        published="2025-12-01",
        language=lang,
        media_type="text",
    )
    (out,) = Pipeline().process([doc])
    return [e.to_dict() for e in out.events]


def _one(text: str, lang: str, etype: str) -> dict:
    got = [e for e in _events(text, lang) if e["type"] == etype]
    assert got, _events(text, lang)
    return got[0]


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
