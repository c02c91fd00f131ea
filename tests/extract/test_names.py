"""Person names (English, Russian), transliteration and cross-language name keys."""

from __future__ import annotations

import pytest

from awol.extract.names import find_person_names, name_key, transliterate_ru


def norms(text, lang):
    return [m.normalized for m in find_person_names(text, lang)]


def test_english_names():
    text = (
        "Dmitry Kulebin, 29, and Timofei Shcherbak's brother fled. Andrei Viktorovich was caught."
    )
    ms = find_person_names(text, "en")
    assert [m.normalized for m in ms] == [
        "Dmitry Kulebin",
        "Timofei Shcherbak",
        "Andrei Viktorovich",
    ]
    for m in ms:
        assert text[m.start : m.end] == m.text
    assert norms("a soldier identified only as Kirill fled", "en") == ["Kirill"]
    assert norms('"I would die," said Kirill, who asked', "en") == ["Kirill"]


def test_english_no_false_positives():
    assert (
        norms("The Moscow Times reported on Monday that the Rostov Region court ruled.", "en") == []
    )
    assert norms("Kirill fled.", "en") == []  # lone name without a cue
    assert norms("He flew to Ulan Bator.", "en") == []


@pytest.mark.parametrize(
    "text,expected",
    [
        ("розыск Сергея Ладыгина и Виктора Оськина", ["Сергей Ладыгин", "Виктор Оськин"]),
        ("суд приговорил Аюра Дашиева", ["Аюр Дашиев"]),
        ("Баир Цыдыпов задержан в Бишкеке", ["Баир Цыдыпов"]),
        ("с Тимофеем Щербаком", ["Тимофей Щербак"]),
        ("жена Дениса Карелина Ольга Карелина", ["Денис Карелин", "Ольга Карелина"]),
        ("Андрея Викторовича Сизова", ["Андрей Викторович Сизов"]),
        ("Сизова Алексея Петровича", ["Сизов Алексей Петрович"]),
        ("у Анны Ивановой", ["Анна Иванова"]),
    ],
)
def test_russian_names_nominative(text, expected):
    assert norms(text, "ru") == expected


def test_russian_no_false_positives():
    assert norms("В Ростове-на-Дону в Марте. Москва и Курск.", "ru") == []
    assert norms("Министерство обороны России сообщило.", "ru") == []
    assert norms("Владимир Путин", "ru") == ["Владимир Путин"]


def test_transliteration():
    assert transliterate_ru("Дмитрий Кулебин") == "Dmitry Kulebin"
    assert transliterate_ru("Егор Саблин") == "Yegor Sablin"
    assert transliterate_ru("Тимофей Щербак") == "Timofey Shcherbak"


@pytest.mark.parametrize(
    "a,b",
    [
        ("Кулебин", "Kulebin"),
        ("Дашиев", "Dashiev"),
        ("Щербак", "Shcherbak"),
        ("Дмитрий Кулебин", "Dmitri Kulebin"),
        ("Dmitriy Kulebin", "Dmitry Kulebin"),
        ("Тимофей Щербак", "Timofei Shcherbak"),
        ("Артём Кулагин", "Artyom Kulagin"),
        ("Егор Саблин", "Egor Sablin"),
        ("Алексей Сизов", "Aleksei Sizov"),
        ("Ильнур Сагитов", "Ilnur Sagitov"),
        ("Аюр Дашиев", "Ayur Dashiyev"),
    ],
)
def test_name_key_cross_script(a, b):
    assert name_key(a) == name_key(b)


def test_name_key_distinguishes():
    assert name_key("Kulebin") != name_key("Kulebkin")


def test_a_surname_that_is_also_a_town_is_still_a_surname():
    # Serov and Kirov are towns of the gazetteer; after a given name they are surnames
    text = "A former senior lieutenant, Konstantin Serov, also fled the country this year."
    assert [n.normalized for n in find_person_names(text, "en")] == ["Konstantin Serov"]
    assert [n.normalized for n in find_person_names("Ivan Kirov was detained.", "en")] == [
        "Ivan Kirov"
    ]
    # a region or a country after a given name is no surname
    assert find_person_names("Ivan Moscow said.", "en") == []
