"""Which events a text holds (round 29, type29; invented sentences, EN and RU).

A flight told only in a relative clause, a participle or a "for leaving" phrase about the people
of another type's news, with no date or place of its own, is a label of those people, not a
reported leaving (``awol.extract.story_filters.label_of_other``): the verdict, charge, search or
detention stays, no desertion is made of the clause.  Told with its own time or place (named by
the gazetteer or not, or the place of the people's unit before the clause), it is one.
"""

from __future__ import annotations

import pytest
from tests.extract.helpers import events

from awol.extract.story_filters import label_of_other, verbless_heading


def _types(text: str, lang: str) -> list[str]:
    return sorted(e.type for e in events(text, lang, "2025-05-14"))


@pytest.mark.parametrize(
    ("text", "lang", "other"),
    [
        (
            "A garrison court in Tver on Monday gave six years in a penal colony to a sergeant "
            "who had walked out of his unit twice.",
            "en",
            "sentence",
        ),
        (
            "Гарнизонный военный суд в Омске во вторник приговорил к пяти годам колонии "
            "контрактника, самовольно оставившего часть.",
            "ru",
            "sentence",
        ),
    ],
)
def test_a_flight_told_only_as_the_label_of_another_news_is_no_desertion(
    text: str, lang: str, other: str
) -> None:
    found = _types(text, lang)
    assert other in found and "desertion" not in found, found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "A garrison court in Tver on Monday gave six years in a penal colony to a sergeant "
            "who had walked out of his unit near Belgorod in March 2024.",
            "en",
        ),
        (
            "В понедельник в Твери полицейские задержали троих мобилизованных, которые в "
            "феврале не вернулись в часть после отпуска.",
            "ru",
        ),
        (
            "В понедельник в Твери полицейские задержали двоих контрактников, сбежавших из "
            "части в Заречном.",
            "ru",
        ),
    ],
)
def test_a_flight_with_its_own_time_or_place_stays_one(text: str, lang: str) -> None:
    assert "desertion" in _types(text, lang)


# Beside a detention or a search the flight told only as the people's label is coded (real/ train:
# 4 of 4 detentions whose people's flight is told nowhere else), so it stays an event.
@pytest.mark.parametrize(
    ("text", "lang", "other"),
    [
        (
            "Police in Omsk put a contract soldier on the federal wanted list on Tuesday for "
            "abandoning his unit, the regional police said.",
            "en",
            "wanted",
        ),
        (
            "В понедельник в Твери полицейские задержали троих мобилизованных, которые не "
            "вернулись в часть после отпуска.",
            "ru",
            "detention",
        ),
        (
            "Дезертира, который сбежал из части вместе с двумя сослуживцами, задержали в Москве.",
            "ru",
            "detention",
        ),
    ],
)
def test_a_detentions_or_searchs_label_flight_stays_one(text: str, lang: str, other: str) -> None:
    found = _types(text, lang)
    assert other in found and "desertion" in found, found


def test_the_main_clause_flight_is_never_a_label() -> None:
    # ("didn't return to his unit and was charged": the flight is told, not a label)
    found = _types(
        "A mobilised soldier from Kirov did not return to his unit and was charged with "
        "desertion, the court said.",
        "en",
    )
    assert "desertion" in found, found


class _M:  # (the fields label_of_other reads)
    def __init__(self, type_: str, sole: bool, text: str = "", trigger: str = "") -> None:
        self.type, self.sole, self.date, self.places = type_, sole, None, []
        self.sentence = _S(text)
        self.start = text.find(trigger) if trigger else 0
        self.end = self.start + len(trigger)


class _S:
    def __init__(self, text: str) -> None:
        self.text = text


def test_only_a_desertion_told_beside_another_type_is_read_so() -> None:
    assert not label_of_other(_M("detention", False), True, "en")
    assert not label_of_other(_M("desertion", True), True, "en")
    assert not label_of_other(_M("desertion", False), False, "en")
    assert label_of_other(_M("desertion", False), True, "en")
    assert not label_of_other(_M("desertion", False), True, "en", {"desertion", "detention"})
    assert label_of_other(_M("desertion", False), True, "en", {"desertion", "prosecution"})


@pytest.mark.parametrize(
    ("text", "trigger", "lang", "label"),
    [
        # the place of the people's unit, named before the clause: where he left
        (
            "Суд приговорил к пяти годам колонии рядового одной из частей в Курганской "
            "области, сбежавшего со службы.",
            "сбежавшего со службы",
            "ru",
            False,
        ),
        (
            "The court jailed a private from a brigade near Pskov, who had run away.",
            "had run away",
            "en",
            False,
        ),
        # (not a court's place: "суд в Омске" is no unit)
        (
            "Суд в Омске приговорил к пяти годам колонии рядового, сбежавшего со службы.",
            "сбежавшего со службы",
            "ru",
            True,
        ),
    ],
)
def test_the_place_of_the_peoples_unit_is_the_flights_own(
    text: str, trigger: str, lang: str, label: bool
) -> None:
    assert label_of_other(_M("desertion", False, text, trigger), True, lang) is label


# A standfirst or subhead that lists the story by nouns, on a line of its own with no stop and no
# verb, names the happenings the body tells: it makes no event alone.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "What a deserter risks\n\nManhunt, arrest at a bus stop, a suspended sentence\n\n"
            "Lawyers say the rules for soldiers who leave their units have changed this year.",
            "en",
        ),
        (
            "Чем рискует дезертир\n\nРозыск, задержание на вокзале, условный срок\n\n"
            "Юристы говорят, что правила для военных, покинувших часть, в этом году изменились.",
            "ru",
        ),
    ],
)
def test_a_verbless_subhead_makes_no_event(text: str, lang: str) -> None:
    assert _types(text, lang) == []


@pytest.mark.parametrize(
    ("line", "lang", "heading"),
    [
        ("A call to the police, a night in a cell, a hearing in Omsk", "en", True),
        ("Deserter detained in Omsk after a week", "en", False),
        ("Police say the soldier fled", "en", False),
        ("The soldier was detained in Omsk.", "en", False),
        ("Звонок в полицию, ночь в камере, суд в Омске", "ru", True),
        ("Дезертира задержали в Омске", "ru", False),
    ],
)
def test_verbless_heading(line: str, lang: str, heading: bool) -> None:
    text = f"Title\n\n{line}\n\nBody."
    start = text.index(line)
    assert verbless_heading(text, start, start + len(line), lang) is heading
