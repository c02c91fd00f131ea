"""Which events a text holds (round 29; invented sentences, EN and RU).

A flight told only in a relative clause, a participle or a "for leaving" phrase about the people
of another type's news (a verdict, a charge, a detention, a search) is still a reported leaving:
the coders code the desertion on that sentence (real/ train: 4 of 4 detentions whose people's
flight is told nowhere else; the blind link probes h and j: a verdict's "for failing to return",
a charge's "who did not come back").  Round 29 tried making such a clause a mere label of the
people (no desertion of its own): it removed two spurious events on invented articles and lost
three gold desertions (articles f, link probes h and j), so it was taken out; these tests keep it
out.  A standfirst or subhead that lists the story by nouns makes no event alone
(``awol.extract.story_filters.verbless_heading``).
"""

from __future__ import annotations

import pytest
from tests.extract.helpers import events

from awol.extract.story_filters import verbless_heading


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
def test_a_flight_told_as_the_clause_of_another_news_is_a_desertion(
    text: str, lang: str, other: str
) -> None:
    found = _types(text, lang)
    assert other in found and "desertion" in found, found


def test_the_main_clause_flight_is_a_desertion() -> None:
    # ("never came back to the unit and was then charged": the flight is told)
    found = _types(
        "A mobilised soldier from Kirov did not come back to his regiment and was charged with "
        "desertion, the court said.",
        "en",
    )
    assert "desertion" in found, found


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
