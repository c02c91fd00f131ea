"""Round 34 (who34): who, names and armed told where the earlier rules did not look (invented
text only).

- a military job noun with "operator" ("drone operator"; not "a mobile operator") is a who;
- a frame that says who the story's man is ("His name is ...", «Его зовут ...»: ``named_as`` of
  ``lang/people.yaml``) makes the name the man's, as a word of desertion beside it would;
- a place after a preposition of place («под Бахмутом») is no given name of someone else;
- a speaker described, right after his name, as one who fled ("said Roman X, a mobilized
  soldier who fled his unit") is the man: his name is the event's (``speaker_who_fled``);
- a vague who ("A man") takes the role its relative clause gives ("who had signed up as a
  volunteer fighter": ``who2`` of ``vague_apposition``);
- armed: a weapon named and not found on him («Автомат при нем не обнаружили»), arms reported
  then not confirmed, a weapon he stole («украл ... ружьё»).
"""

from __future__ import annotations

import pytest
from tests.extract.helpers import events, one

from awol.extract.names import find_person_names
from awol.extract.people_roles import not_a_deserter, speaker_who_fled

PUB = "2025-11-20"


@pytest.mark.parametrize(
    ("text", "type_", "who"),
    [
        (
            "A drone operator from a motor rifle brigade deserted from his position in the "
            "Zaporizhzhia region last month, a rights monitor said.",
            "desertion",
            "A drone operator",
        ),
    ],
)
def test_job_nouns_are_who(text: str, type_: str, who: str) -> None:
    assert one(events(text, text.isascii() and "en" or "ru", PUB), type_).who == who


def test_a_mobile_operator_is_no_who() -> None:
    e = one(events("A mobile operator said the deserter was detained in Kursk.", "en", PUB),
            "detention")  # fmt: skip
    assert e.who == "the deserter"


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "A contract soldier from Kurgan left his unit in the Zaporizhzhia region in March, "
            "his wife told reporters.\n\nHis name is Oleg Tarasov, and he is 29.",
            "en",
            "Oleg Tarasov",
        ),
        (
            "Контрактник из Кургана в марте ушёл из части в Запорожской области, рассказала "
            "журналистам его жена.\n\nЕго зовут Олег Тарасов, ему 29 лет.",
            "ru",
            "Олег Тарасов",
        ),
    ],
)
def test_a_name_given_by_a_naming_frame_is_the_mans(text: str, lang: str, name: str) -> None:
    assert one(events(text, lang, PUB), "desertion").names == [name]


def test_a_name_said_in_passing_names_no_flight() -> None:
    text = (
        "A contract soldier from Kurgan left his unit in the Zaporizhzhia region in March, "
        "his wife told reporters.\n\nThe governor, Oleg Tarasov, declined to comment."
    )
    assert one(events(text, "en", PUB), "desertion").names == []


def test_a_place_after_a_preposition_is_no_given_name() -> None:
    text = (
        "В Твери военная полиция в четверг задержала дезертира. По данным суда, это Евгений "
        "Колосов, который в 2023 году сбежал из части под Бахмутом."
    )
    assert one(events(text, "ru", PUB), "detention").names == ["Евгений Колосов"]


@pytest.mark.parametrize(
    ("text", "lang", "fled"),
    [
        ('"It was hard," said Ivan Sorokin, who deserted in 2023.', "en", True),
        (
            '"I could not go back," said Roman Belyaev, a mobilized soldier who fled his unit '
            "in the Luhansk region last year.",
            "en",
            True,
        ),
        ('"We help them," said Ivan Sorokin, who helps deserters cross the border.', "en", False),
        ('"He left in May," said Anna Orlova, a neighbour.', "en", False),
        (
            "«Я не мог туда вернуться», — рассказал Роман Беляев, мобилизованный, который в "
            "прошлом году сбежал из части.",
            "ru",
            True,
        ),
    ],
)
def test_a_speaker_who_fled(text: str, lang: str, fled: bool) -> None:
    (m,) = find_person_names(text, lang)
    assert speaker_who_fled(text, m.end, lang) is fled
    assert not_a_deserter(text, m, lang) is not fled


def test_a_speaker_who_fled_names_the_flight() -> None:
    text = (
        '"I could not go back there," said Roman Belyaev, a mobilized soldier who fled his unit '
        "in the Luhansk region last year and now lives in Kazakhstan."
    )
    assert one(events(text, "en", PUB), "desertion").names == ["Roman Belyaev"]


@pytest.mark.parametrize(
    ("text", "lang", "armed"),
    [
        ("Дезертира задержали в Чите. Автомат при нем не обнаружили, сообщили в полиции.",
         "ru", False),
        ("Срочник, сбежавший из части под Псковом, украл у соседа охотничье ружьё, через два дня "
         "его задержали, сообщила полиция.", "ru", True),
        ("Двух военнослужащих, сбежавших из части, задержали в Белоострове. Изначально "
         "сообщалось, что беглецы могут оказаться вооружены, но эта информация не подтвердилась.",
         "ru", False),
        ("Двух военнослужащих, сбежавших из части, задержали в Белоострове. Полиция сообщила, "
         "что мужчины могут быть вооружены.", "ru", None),
        ("Two soldiers who fled their unit were detained in Belgorod. Earlier reports said the "
         "men were armed, but this has not been confirmed.", "en", False),
        ("Two soldiers who fled their unit were detained in Belgorod. Police said the men may "
         "be armed.", "en", None),
    ],
)  # fmt: skip
def test_armed(text: str, lang: str, armed: bool | None) -> None:
    assert one(events(text, lang, PUB), "detention").armed is armed


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("A man who had signed up as a volunteer fighter in 2023 was detained in Kazan on Monday "
         "after fleeing his battalion, police said.", "a volunteer fighter"),
        ("A man who worked as a driver was detained in Kazan after fleeing his battalion.",
         "A man"),
    ],
)  # fmt: skip
def test_a_vague_who_takes_the_role_of_its_relative_clause(text: str, who: str) -> None:
    assert one(events(text, "en", PUB), "detention").who == who


def test_a_retracted_guess_is_said_of_the_capture_not_the_flight() -> None:
    text = (
        "Двух военнослужащих, сбежавших из части, задержали в Белоострове. Изначально "
        "сообщалось, что беглецы могут оказаться вооружены, но эта информация не подтвердилась."
    )
    found = events(text, "ru", PUB)
    assert one(found, "detention").armed is False
    assert one(found, "desertion").armed is None
