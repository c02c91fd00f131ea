"""Who said so, round 36 (source36): the English telling's day, ", X say." with a full stop, a
headline's teller by its name alone, and a speaker named by a common noun and resumed by a
pronoun.  Invented text only (no corpus sentence, no real person)."""

from __future__ import annotations

import pytest
from tests.extract.helpers import events, figures_by_value

from awol.extract.referents import a_headline_teller, noun_speaker

PUB = "2026-10-16"  # a Friday


def _one(text: str, lang: str, kind: str):
    got = [e for e in events(text, lang, PUB) if e.type == kind]
    assert got, f"no {kind} in {text!r}"
    return got[0]


# --- the telling's day in English (lang/en/arguments.yaml telling_day; arguments.py) ---------


@pytest.mark.parametrize(
    "text, kind",
    [
        (
            "On Thursday, the news site Fontanka reported that a deserter from Kronstadt had"
            " been detained in Vyborg.",
            "detention",
        ),
        (
            "On Tuesday the regional governor's office said two soldiers had deserted from a"
            " training ground near Totskoye.",
            "desertion",
        ),
        (
            "Yesterday, human rights activists told reporters that a conscript had been"
            " sentenced to three years for desertion.",
            "sentence",
        ),
    ],
)
def test_english_telling_day_does_not_date_the_event(text: str, kind: str) -> None:
    assert _one(text, "en", kind).date is None


@pytest.mark.parametrize(
    "text, kind, date",
    [
        # the event's own day after the telling's
        (
            "On Wednesday, the channel Severny Veter wrote that a private had deserted from his"
            " unit near Kupiansk on Sunday.",
            "desertion",
            "2026-10-11",
        ),
        # the verb first, the teller after a comma: the day is the event's
        (
            "On Tuesday, a deserter was sentenced to four years in Tver, the court's press"
            " service said.",
            "sentence",
            "2026-10-13",
        ),
        # a verb of its own between the day and the verb of telling
        (
            "On Monday, the deserter was detained and told investigators he had fled his unit.",
            "detention",
            "2026-10-12",
        ),
    ],
)
def test_english_event_days_stay(text: str, kind: str, date: str) -> None:
    assert _one(text, "en", kind).date == date


# --- ", X say." with a full stop: its own sentence's source ----------------------------------


def test_x_say_with_a_full_stop() -> None:
    ev = _one(
        "Three conscripts deserted from a base near Pechenga on Saturday, local residents say.",
        "en",
        "desertion",
    )
    assert ev.source == "local residents"


def test_russian_present_plural_after_the_clause() -> None:
    ev = _one(
        "В субботу трое срочников сбежали с базы под Печенгой, рассказывают местные жители.",
        "ru",
        "desertion",
    )
    assert ev.source == "местные жители"


# --- a headline's teller by its name alone ---------------------------------------------------


@pytest.mark.parametrize(
    "name, lang, teller",
    [
        ("Meduza", "en", True),
        ("Novaya Gazeta Europe", "en", True),
        ("«Медуза»", "ru", True),
        ("Fontanka", "ru", True),
        # a place, a rubric, a word of the dictionary
        ("Belgorod", "en", False),
        ("Tver region", "en", False),
        ("Video", "en", False),
        ("Analysis", "en", False),
        ("Белгород", "ru", False),
        ("Молния", "ru", False),
        # a quote that opens an interview's headline; a transcript's speaker label
        ("«Я просто хотел домой»", "ru", False),
        ("«Мы ушли всем взводом»", "ru", False),
        ("PRESENTER", "en", False),
        ("«Тихий дозор»", "ru", True),
        # a title: mostly words of the dictionary, or a possessive
        ("The Tarasov Case", "en", False),
        ("Russia's Spring Offensive", "en", False),
    ],
)
def test_a_headline_teller(name: str, lang: str, teller: bool) -> None:
    assert a_headline_teller(name, lang) is teller


def test_headline_teller_holds_for_the_story() -> None:
    text = (
        "Meduza: Kostroma paratrooper detained after months on the run\n\n"
        "He had deserted from his post near Bakhmut in the spring."
    )
    got = {e.type: e.source for e in events(text, "en", PUB)}
    assert got.get("detention") == "Meduza"
    assert got.get("desertion") == "Meduza"


def test_a_place_opening_a_headline_tells_nothing() -> None:
    text = (
        "Belgorod: three deserters sentenced to five years each\n\n"
        "The garrison court heard the case in a single day."
    )
    assert _one(text, "en", "sentence").source is None


# --- a speaker named by a common noun, resumed by a pronoun ----------------------------------


@pytest.mark.parametrize(
    "text, lang, gender, want",
    [
        ("A cousin of the missing gunner has been looking for him.", "en", "m", "A cousin of"),
        ("The sister of a paratrooper from Ivanovo wrote to us.", "en", "f", "The sister of"),
        ("The sister of a paratrooper from Ivanovo wrote to us.", "en", "m", None),
        ("Сестра десантника из Иванова написала в редакцию.", "ru", "f", "Сестра десантника"),
        ("Двоюродный брат наводчика ищет его с августа.", "ru", "m", "Двоюродный брат"),
        ("The soldier deserted in May.", "en", "m", None),
    ],
)
def test_noun_speaker(text: str, lang: str, gender: str, want: str | None) -> None:
    got = noun_speaker(text, lang, gender)
    assert (got is None) if want is None else (got or "").startswith(want)


@pytest.mark.parametrize(
    "text, lang, kind, want",
    [
        (
            "A cousin of the missing gunner has been looking for him since August. He said the"
            " deserter was detained near Tula on Monday.",
            "en",
            "detention",
            "A cousin of the missing gunner",
        ),
        (
            "Сестра десантника из Иванова написала в редакцию в прошлом месяце. Она рассказала,"
            " что летом брат сбежал из полка в Херсонской области.",
            "ru",
            "desertion",
            "Сестра десантника из Иванова",
        ),
        (
            "Двоюродный брат пропавшего наводчика ищет его с августа. По его словам, в"
            " понедельник дезертира задержали под Тулой.",
            "ru",
            "detention",
            "Двоюродный брат пропавшего наводчика",
        ),
    ],
)
def test_a_common_noun_speaker_resumed_by_a_pronoun(
    text: str, lang: str, kind: str, want: str
) -> None:
    assert _one(text, lang, kind).source == want


# --- a figure's as_of: a date the clause after takes up as an open period's start -------------


@pytest.mark.parametrize(
    "text, lang, value",
    [
        (
            "The sergeant deserted in April 2025; since then, military investigators in the Omsk"
            " region have opened 140 desertion cases, prosecutors said.",
            "en",
            140,
        ),
        (
            "Сержант сбежал из части в апреле 2025 года; с тех пор военные следователи в Омской"
            " области возбудили 140 дел о дезертирстве, сообщили в прокуратуре.",
            "ru",
            140,
        ),
    ],
)
def test_since_then_counts_up_to_publication(text: str, lang: str, value: int) -> None:
    got = figures_by_value(text, lang, PUB)
    assert got[value].as_of == PUB
