"""Round 37 (who37): who, names and armed on invented text.

(1) A sentence that opens on a subject and an event's verb before a name ("The court sentenced
    Anton X", «Суд приговорил Антона X», «Полиция задержала ...») gives no who: the opening is
    not a title of the man (descriptors._lead_role, _verb_before).
(2) An expectation that men are armed ("Police had prepared to detain armed deserters",
    «Бойцы Росгвардии готовились к задержанию вооружённых беглецов») says nothing of their arms
    (``armed_expected`` of lang/<lang>/arguments.yaml: arguments._expected, story.armed_hedged).
(3) «При себе у обоих контрактников не было оружия» (the owner between «при себе» and the
    negation) says they were unarmed (``unarmed`` of lang/ru/arguments.yaml).
(4) A Russian surname that is a man's common noun after a given name (names_ru._noun_surname).
(6) Another man's verdict, charge or death keeps his flight (people_data.ONCE_TYPES), unless a
    verdict heard again on appeal (``told_again`` of lang/people.yaml).
"""

from __future__ import annotations

import pytest
from helpers import pipeline_events, pipeline_one


def _events(text: str, lang: str) -> list[dict]:
    return pipeline_events(text, lang, "2025-11-20", "who37")


def _one(text: str, lang: str, etype: str) -> dict:
    return pipeline_one(text, lang, etype, "2025-11-20")


# (1) subject and verb before the name: no who
@pytest.mark.parametrize(
    ("text", "lang", "etype"),
    [
        ("The court sentenced Anton Zhmykhov to five years for desertion.", "en", "sentence"),
        ("Суд приговорил Антона Жмыхова к пяти годам колонии за дезертирство.", "ru", "sentence"),
        (
            "Военный суд приговорил Антона Жмыхова к пяти годам колонии за дезертирство.",
            "ru",
            "sentence",
        ),
        ("Полиция задержала Антона Жмыхова, который сбежал из части.", "ru", "detention"),
    ],
)
def test_subject_and_verb_before_a_name_are_no_who(text: str, lang: str, etype: str) -> None:
    e = _one(text, lang, etype)
    assert e["names"] and e["who"] is None, e


# (1) guard: a title that opens the sentence is still the man's
@pytest.mark.parametrize(
    ("text", "lang", "who"),
    [
        ("Tank driver Vitaly Gromyshev fled his unit in May.", "en", "Tank driver"),
        ("Механик-водитель Виталий Громышев сбежал из части в мае.", "ru", "Механик-водитель"),
    ],
)
def test_a_title_that_opens_the_sentence_stays(text: str, lang: str, who: str) -> None:
    e = _one(text, lang, "desertion")
    assert e["who"] == who, e


def test_verb_before_reads_the_last_word() -> None:
    from awol.extract.descriptors import _verb_before

    assert _verb_before("The court sentenced ", "en")
    assert _verb_before("Суд признал виновным ", "ru")
    assert not _verb_before("Tank driver ", "en")
    assert not _verb_before("Сбежавший рядовой ", "ru")


# (2) the police's expectation of armed men
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Военная полиция задержала в Твери двух контрактников, сбежавших из части. "
            "Бойцы Росгвардии готовились к задержанию вооружённых беглецов.",
            "ru",
        ),
        (
            "Военная полиция задержала в Твери двух контрактников, сбежавших из части. "
            "Силовики опасались, что беглецы вооружены.",
            "ru",
        ),
        (
            "Military police detained two contract soldiers who had fled their unit in Tver on "
            "Monday. Officers had prepared to detain armed deserters.",
            "en",
        ),
        (
            "Military police detained two contract soldiers who had fled their unit in Tver on "
            "Monday. Police had expected the men to be armed.",
            "en",
        ),
    ],
)
def test_expected_arms_are_no_arms(text: str, lang: str) -> None:
    for e in _events(text, lang):
        assert e["armed"] is None, e


def test_expected_is_a_hedge_not_a_statement() -> None:
    from awol.extract.story import armed_hedged

    assert armed_hedged("Бойцы Росгвардии готовились к задержанию вооружённых беглецов.", "ru")
    assert armed_hedged("Police had expected the men to be armed.", "en")
    assert not armed_hedged("Дезертиры были вооружены автоматами.", "ru")
    assert not armed_hedged("The deserters were armed with rifles.", "en")


# (3) the owner between «при себе» and the negation
def test_no_weapon_on_the_detained() -> None:
    e = _one(
        "Военная полиция задержала в Твери двух контрактников, сбежавших из части. "
        "При себе у обоих контрактников не было никакого оружия.",
        "ru",
        "detention",
    )
    assert e["armed"] is False, e


# (4) a surname that is a common noun of a trade or an animal, after a given name
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Рядовой Олег Пасечник сбежал из части под Белгородом в мае.", "Олег Пасечник"),
        ("В Курске задержали Олега Мельника, который сбежал из части.", "Олег Мельник"),
        ("Объявили в розыск Анну Ткач, которая ушла из госпиталя.", "Анна Ткач"),
    ],
)
def test_a_surname_that_is_a_common_noun(text: str, name: str) -> None:
    from awol.extract.names import find_person_names

    assert [m.normalized for m in find_person_names(text, "ru")] == [name]


def test_a_noun_surname_reaches_the_event() -> None:
    e = _one("Рядовой Олег Пасечник сбежал из части под Белгородом в мае.", "ru", "desertion")
    assert e["names"] == ["Олег Пасечник"], e


def test_a_soldier_noun_after_a_given_name_is_no_surname() -> None:
    from awol.extract.names import find_person_names

    assert find_person_names("Мы видели, как Олег Солдат", "ru") == []


# (6) another man's verdict in a sentence of its own: his flight is not the named man's
_VERDICTS = (
    "В августе гарнизонный суд в Омске приговорил ефрейтора, который ушёл из части после "
    "ранения, к четырём годам колонии. В апреле тот же суд приговорил рядового Виктора "
    "Пашутина к пяти с половиной годам колонии за самовольное оставление части."
)


@pytest.mark.parametrize(
    "text",
    [
        # one named man: people.name_from_story
        _VERDICTS,
        # one named man and a group: story_carry.carry_story_person
        "В марте из части в Коркино ушли трое военнослужащих. " + _VERDICTS,
        # two named men: people_next.name_told_next
        "В марте суд приговорил рядового Олега Кошелева к четырём годам колонии за самовольное "
        "оставление части. " + _VERDICTS,
    ],
)
def test_another_mans_verdict_keeps_his_flight(text: str) -> None:
    got = _events(text, "ru")
    august = [e for e in got if e["evidence"]["text"].startswith("В августе")]
    assert {e["type"] for e in august} == {"sentence", "desertion"}, got
    assert all(e["names"] == [] for e in august), august


# (6) guard: a verdict heard again on appeal is the same man's second one
def test_an_appeal_is_the_same_mans_verdict() -> None:
    text = (
        "The military court of appeal in Novosibirsk has overturned the suspended sentence of a "
        "contract soldier from Tuva and sent him to a penal colony for three years. In March the "
        "garrison court in Kyzyl found Private Viktor Pashutin guilty of leaving his unit and "
        "gave him a suspended term."
    )
    got = [e for e in _events(text, "en") if e["type"] == "sentence"]
    assert len(got) == 2 and all(e["names"] == ["Viktor Pashutin"] for e in got), got


def test_a_noun_on_the_next_line_is_no_surname() -> None:
    from awol.extract.names import find_person_names

    got = [m.normalized for m in find_person_names("Олег Пашутин\n\nАдвокат рассказал", "ru")]
    assert got == ["Олег Пашутин"], got
    assert [m.normalized for m in find_person_names("Сказал Олег\nМельник", "ru")] == []
