"""``who``: a rank or role right before a named person's name, and no ordinal as a descriptor.

Invented texts (no real incidents), through the whole extractor.
"""

from __future__ import annotations

import pytest
from tests.extract.helpers import events

from awol.extract.descriptors import name_at, tidy_who


def _events(text: str, lang: str) -> list:
    return events(text, lang, "2024-05-20")


@pytest.mark.parametrize(
    ("text", "lang", "kind", "who"),
    [
        (
            "Russian Lieutenant Pavel Orlinsky has deserted his unit in the Kursk region.",
            "en",
            "desertion",
            "Russian Lieutenant",
        ),
        (
            "The Tver garrison military court sentenced 23-year-old corporal Artur Belkov to "
            "four years in a penal colony for desertion.",
            "en",
            "sentence",
            "23-year-old corporal",
        ),
        (
            "Гарнизонный военный суд приговорил рядового Виталия Сомова к пяти годам колонии "
            "за самовольное оставление части.",
            "ru",
            "sentence",
            "рядового",
        ),
    ],
)
def test_rank_before_a_name_is_who(text: str, lang: str, kind: str, who: str) -> None:
    events = [e for e in _events(text, lang) if e.type == kind]
    assert events, "the event itself must be found"
    assert events[0].names, "the named person must be read"
    assert events[0].who == who


def test_a_lawyer_before_another_name_is_no_descriptor() -> None:
    # the title belongs to the lawyer's name, not to the soldier's
    text = (
        "Суд приговорил Виталия Сомова к пяти годам колонии за самовольное оставление части, "
        "сообщил адвокат Павел Шляхов."
    )
    for e in _events(text, "ru"):
        assert e.who is None or "адвокат" not in e.who


def test_an_ordinal_alone_is_no_descriptor() -> None:
    text = (
        "Three servicemen walked out of their military unit in the Astrakhan region on December 7. "
        "For a second day the deserters are being hunted in five regions."
    )
    for e in _events(text, "en"):
        assert e.who is None or e.who.split()[-1] not in {"second", "first"}, e.who


def test_name_at_finds_an_inflected_name() -> None:
    text = "суд приговорил рядового Виталия Сомова"
    assert name_at(text, "Виталий Сомов") == text.index("Виталия")
    assert name_at(text, "Иван Петров") is None


@pytest.mark.parametrize(
    ("raw", "tidy"),
    [
        ('"The serviceman', "The serviceman"),
        ("“Deserter", "Deserter"),
        ("a soldier”", "a soldier"),
        ("«Дезертир", "Дезертир"),
        ("“Storm Z” instructor", "“Storm Z” instructor"),
        ("a soldier", "a soldier"),
    ],
)
def test_who_drops_an_unbalanced_quotation_mark(raw: str, tidy: str) -> None:
    assert tidy_who(raw) == tidy


def test_who_of_a_quoted_statement_has_no_quotation_mark() -> None:
    text = (
        '"The serviceman Pavel Orlinsky, who had deserted from his unit, was detained in '
        'Tver on Sunday," the regional police said.'
    )
    whos = [e.who for e in _events(text, "en") if e.who]
    assert whos, "the statement gives a descriptor"
    assert all(not w.startswith(('"', "“")) for w in whos), whos


@pytest.mark.parametrize(
    ("clause", "lang", "who"),
    [
        ("Several soldiers deserted their unit", "en", "Several soldiers"),
        ("Dozens of mobilized men fled the training ground", "en", "Dozens of mobilized men"),
        ("Some of them fled to the capital", "en", None),
        ("несколько бойцов батальона покинули фронт", "ru", "несколько бойцов"),
        ("The two brothers fled", "en", None),
    ],
)
def test_group_who_is_the_vague_group_up_to_its_noun(clause: str, lang: str, who) -> None:
    from awol.extract.who_phrase import group_who

    assert group_who(clause, lang) == who


def test_a_group_of_unstated_size_says_who() -> None:
    events = _events("Several soldiers deserted their unit in the Kursk region last week.", "en")
    assert [(e.type, e.count, e.who) for e in events] == [("desertion", None, "Several soldiers")]


def test_an_act_sharing_the_count_shares_the_descriptor() -> None:
    # "were soon caught" has no subject of its own: the 37 soldiers of the flight, counted once
    events = _events(
        "37 soldiers fled from their unit in the Kursk region, but were soon caught by military "
        "police.",
        "en",
    )
    kinds = {e.type: (e.count, e.who) for e in events}
    assert kinds.get("desertion") == (37, "soldiers")
    assert kinds.get("detention") == (37, "soldiers")


def test_a_pronoun_before_the_subject_does_not_hide_it() -> None:
    # "his" opens the sentence; the descriptor is the subject that follows it
    events = _events("On his leave, the soldier deserted from a unit in the Kursk region.", "en")
    assert [e.who for e in events] == ["the soldier"]


def test_a_commander_is_one_person_who_says_who() -> None:
    # the role nouns a title before a name reads (role_before_name) are singular subjects too
    events = _events(
        "On March 11, the company commander was detained in the Volyn region for desertion.", "en"
    )
    assert [(e.type, e.count, e.who) for e in events][:1] == [
        ("detention", 1, "the company commander")
    ]
