"""Round 39 (prec39): sentences read in another sentence's frame, birth dates, weak evidence.

Invented text.  Each probe is a reading main's extractor (round 38's end) got wrong, beside a twin
that must stay as it was:

- history read on: "Some were caught by patrols" after a sentence of 1854 is history too (not
  where the sentence names a date of its own: "Last Thursday, a court ...");
- a plot read on: "By episode three ... has put out a notice for his arrest" after the opening
  of a series' plot is the plot too;
- a birth year is no date: "born in 1989", «1989 года рождения»;
- a mother's «Он просто пропал» is no evidence of a flight the notice before it tells.
"""

from __future__ import annotations

import pytest
from helpers import events, of_type

from awol.extract.dates import find_dates

PUB = "2026-03-02"

HISTORY = {
    "en": (
        "Past and Present\n\nWhy armies have always bled deserters\n\n"
        "During the Crimean War of 1854, thousands of conscripts fled the Sevastopol garrison. "
        "Some were caught by Cossack patrols and flogged. Others were hanged in front of their "
        "regiments.\n\n"
        "Last Thursday, a court in Tver sentenced a contract soldier to five years for leaving "
        "his unit in the Kherson region.\n"
    ),
    "ru": (
        "Прошлое и настоящее\n\nПочему армии всегда теряли дезертиров\n\n"
        "В Крымскую войну 1854 года из севастопольского гарнизона бежали тысячи рекрутов. "
        "Часть из них поймали казачьи разъезды и высекли. Других повесили перед строем.\n\n"
        "В прошлый четверг суд в Твери приговорил контрактника к пяти годам за самовольное "
        "оставление части в Херсонской области.\n"
    ),
}


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_history_read_on_is_no_detention(lang: str) -> None:
    found = events(HISTORY[lang], lang, PUB)
    assert not of_type(found, "detention"), [(e.type, e.evidence.text) for e in found]
    # the verdict of our time, dated by its own words, stays
    (verdict,) = of_type(found, "sentence")
    assert verdict.date == "2026-02-26"


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_a_sentence_with_its_own_date_is_no_history(lang: str) -> None:
    """The twin: after the sentence of history, in the same paragraph, a catch of our time."""
    text = (
        HISTORY[lang]
        .replace(
            "Others were hanged in front of their regiments.",
            "Last week police in Tver caught two soldiers who had fled their unit.",
        )
        .replace(
            "Других повесили перед строем.",
            "На прошлой неделе полиция в Твери задержала двух солдат, сбежавших из части.",
        )
    )
    found = events(text, lang, PUB)
    assert len(of_type(found, "detention")) == 1, [(e.type, e.evidence.text) for e in found]


PLOT = {
    "en": (
        'TV Week\n\n"Salt Road": the runaway as a hero\n\n'
        'In the opening episode of "Salt Road", Sergeant Oleg Marin abandons his post near a '
        "river crossing and hitchhikes north. By episode three he is sleeping in a boat shed, and "
        "his former commander has put out a notice for his arrest.\n\n"
        "The pacing is slow. Marin sells his boots, is detained by traffic police in episode five "
        "and escapes again. In the last episode a military court sentences him to eight years.\n"
    ),
    "ru": (
        "Телевидение\n\n«Соляная дорога»: беглец как герой\n\n"
        "В первой серии «Соляной дороги» сержант Олег Марин бросает пост у переправы и "
        "автостопом едет на север. К третьей серии он ночует в лодочном сарае, а бывший командир "
        "объявляет его в розыск.\n\n"
        "Темп неспешный. Марин продаёт ботинки, в пятой серии его задерживают гаишники, и он "
        "снова сбегает. В последней серии военный суд приговаривает его к восьми годам.\n"
    ),
}


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_a_plot_read_on_is_no_event(lang: str) -> None:
    found = events(PLOT[lang], lang, PUB)
    assert not found, [(e.type, e.evidence.text) for e in found]


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_a_real_case_after_a_review_stays(lang: str) -> None:
    """The twin: a real search told after the review, with its own date."""
    tail = {
        "en": "\nOn Monday, police in the Tver region put a soldier who fled his unit in "
        "January on the wanted list.\n",
        "ru": "\nВ понедельник полиция Тверской области объявила в розыск военного, который в "
        "январе самовольно оставил часть.\n",
    }[lang]
    found = events(PLOT[lang] + tail, lang, PUB)
    assert len(of_type(found, "wanted")) == 1, [(e.type, e.evidence.text) for e in found]


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        (
            "en",
            "Police put Denis Ulyanov, born in 1989, on the wanted list in May 2026.",
            ["2026-05"],
        ),
        ("en", "Ivanov (b. 1991) fled last week.", ["2026-02"]),
        ("en", "He was born on March 3, 1990 and fled in 2025.", ["2025"]),
        ("ru", "Дениса Ульянова, 1989 года рождения, объявили в розыск в январе.", ["2026-01"]),
        ("ru", "Иванов, 1991 г.р., сбежал в 2024 году.", ["2024"]),
        ("ru", "Родившийся 12 мая 1990 года контрактник сбежал 3 января.", ["2026-01-03"]),
        # the twin: a year that is no birth year stays a date
        ("ru", "В 1991 году он сбежал из части.", ["1991"]),
        ("en", "He fled in 1995 and was born again as a civilian.", ["1995"]),
    ],
)
def test_a_birth_date_is_no_date(lang: str, text: str, value: list[str]) -> None:
    assert [d.value for d in find_dates(text, lang, PUB)] == value


def test_a_weak_word_in_a_quote_is_no_evidence() -> None:
    text = (
        "Тульские новости\n\nПолиция ищет военного\n\n"
        "Полиция Тульской области объявила в розыск Дениса Ульянова, 1989 года рождения, "
        "который самовольно оставил часть в Белгородской области, сообщили в понедельник.\n\n"
        "«Он просто пропал. Звонил каждый день, а потом перестал», — рассказала его сестра.\n"
    )
    found = events(text, "ru", PUB)
    (flight,) = of_type(found, "desertion")
    assert "самовольно оставил" in flight.evidence.text
    (search,) = of_type(found, "wanted")
    assert search.date != "1989"
