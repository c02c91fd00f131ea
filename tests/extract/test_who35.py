"""Round 35 (who35): who, names and count told where the earlier rules did not look (invented
text only).

- a short noun of a serviceman's job («боец», «моряк», «сапёр»: ``short_service`` of
  ``lang/ru/arguments.yaml``) is a who, not a pronoun alone; a rank («майор») is not let in;
- companions joined to one man by "and"/"with" («и», «с») count with him ("a sapper and two of
  his comrades" = 3: ``companions_joined`` / ``companions_after``), described by him; a weapon
  after "with" is no companion;
- a pair's subject may be "a <soldier>" and its second an apposition away;
- a surname after a rank-and-file rank or role and initials is a name, the surname alone
  ("Cpl. R. X", «рядового Н. А. X»: "X"); a judge's initials are not;
- a name in Latin letters inside a Russian text is read.
"""

from __future__ import annotations

import pytest
from tests.extract.helpers import events, one

from awol.extract.argument_words import pronoun_alone
from awol.extract.names import find_person_names

PUB = "2026-02-10"


# ---- short service nouns ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "type_", "who"),
    [
        (
            "Боец разведроты в январе самовольно оставил расположение под Херсоном, сообщил "
            "районный портал.",
            "desertion",
            "Боец",
        ),
        (
            "Бойца, самовольно оставившего позиции под Херсоном, задержали в Воронеже.",
            "detention",
            "Бойца",
        ),
        (
            "Моряк в мае самовольно покинул корабль в Североморске, сообщил городской портал.",
            "desertion",
            "Моряк",
        ),
    ],
)
def test_short_service_noun_is_who(text: str, type_: str, who: str) -> None:
    assert one(events(text, "ru", PUB), type_).who == who


def test_pronouns_and_ranks_stay_pronoun_alone() -> None:
    assert not pronoun_alone("бойца", "ru")
    assert not pronoun_alone("Сапёр", "ru")
    assert pronoun_alone("него", "ru")
    assert pronoun_alone("майор", "ru")  # (a police or a court's major is as often beside it)
    assert not pronoun_alone("A marine", "en")


# ---- companions ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "count", "who"),
    [
        (
            "A sapper and two of his comrades walked away from their unit near Kherson in May, "
            "a rights monitor said.",
            "en",
            3,
            "A sapper",
        ),
        (
            "A private deserted from his battalion near Kreminna with three fellow soldiers in "
            "June, a regional news site reported.",
            "en",
            4,
            "A private",
        ),
        (
            "Сапёр и трое его сослуживцев в мае ушли из части под Херсоном, сообщил "
            "правозащитный проект.",
            "ru",
            4,
            "Сапёр",
        ),
        (
            "Ефрейтор с двумя товарищами в июне сбежал с позиций под Кременной, сообщило "
            "региональное издание.",
            "ru",
            3,
            "Ефрейтор",
        ),
    ],
)
def test_companions_count_with_him(text: str, lang: str, count: int, who: str) -> None:
    e = one(events(text, lang, PUB), "desertion")
    assert (e.count, e.who) == (count, who)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A private deserted from his battalion near Kreminna with two grenades in June.", "en"),
        ("Ефрейтор в июне сбежал с позиций под Кременной с двумя гранатами.", "ru"),
    ],
)
def test_a_weapon_after_with_is_no_companion(text: str, lang: str) -> None:
    assert one(events(text, lang, PUB), "desertion").count == 1


def test_a_pair_told_by_a_noun_and_an_apposition() -> None:
    text = (
        "A recruit and his cousin, also a serviceman, deserted from their regiment near Yelnya "
        "in March, a relative said."
    )
    e = one(events(text, "en", PUB), "desertion")
    assert (e.count, e.who) == (2, "A recruit")


# ---- names with initials -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "Cpl. R. Zhuravkin deserted from his regiment near Yelnya in March.",
            "en",
            "R. Zhuravkin",
        ),
        (
            "The garrison court sentenced Private N. A. Gorbulin to six years for desertion.",
            "en",
            "N. A. Gorbulin",
        ),
        ("Рядовой П. Журавкин в марте ушёл из полка под Ельней.", "ru", "П. Журавкин"),
        (
            "Гарнизонный суд приговорил рядового Н. А. Горбулина к шести годам за дезертирство.",
            "ru",
            "Н. А. Горбулина",
        ),
        (
            "Следователи возбудили дело против военнослужащего по мобилизации Т. Р. Лапшина, "
            "не вернувшегося в часть из отпуска.",
            "ru",
            "Т. Р. Лапшина",
        ),
    ],
)
def test_rank_initials_surname_is_a_name(text: str, lang: str, name: str) -> None:
    assert [m.text.split()[-1] for m in find_person_names(text, lang)] == [name.split()[-1]]
    (e,) = events(text, lang, PUB)
    assert len(e.names) == 1 and e.names[0].split()[-1][:5] == name.split()[-1][:5]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Judge A. Smirnova sentenced a contract soldier to five years for desertion.", "en"),
        ("Судья А. В. Смирнова приговорила контрактника к пяти годам за дезертирство.", "ru"),
    ],
)
def test_a_judges_initials_are_no_name(text: str, lang: str) -> None:
    assert find_person_names(text, lang) == []


# ---- Latin letters in a Russian text -----------------------------------------------------------
def test_a_latin_name_in_russian_text() -> None:
    text = (
        "Как пишет Meduza, мобилизованный Denis Kholodkov в октябре сбежал с позиций под "
        "Авдеевкой и добрался до Грузии."
    )
    assert [m.text for m in find_person_names(text, "ru")] == ["Denis Kholodkov"]
    assert one(events(text, "ru", PUB), "desertion").names == ["Denis Kholodkov"]


def test_a_pair_opened_by_a_pronoun_takes_no_who_from_its_second() -> None:
    text = (
        "In May, after a mortar hit his trench, he and another soldier walked away from their "
        "positions near Toretsk."
    )
    e = one(events(text, "en", PUB), "desertion")
    assert (e.count, e.who) == (2, None)
