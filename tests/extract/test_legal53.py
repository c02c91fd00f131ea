"""Round 53 (legal53): detentions, deaths and criminal cases that are no event of a deserter's.

Invented sentences (no real article's words): the people the deserters or a defecting pilot
killed (their crew, a guard killed on the way out), soldiers captured by the other side's army,
a criminal case dropped or still to be decided on, a catch told as a practice ("one man gets
caught", "only some are ever caught"); beside them the events that must stay.
"""

from __future__ import annotations

import pytest

from awol.extract.document import extract_article
from awol.extract.lexicon import get_lexicon
from awol.extract.scope import not_a_happening
from awol.model import Article


def _types(text: str, lang: str) -> list[tuple[str, str]]:
    art = Article(id="l53", text=text, language=lang, published="2024-06-30")
    return [(e.type, e.evidence.text) for e in extract_article(art).events]


def _of(text: str, lang: str, etype: str) -> list[str]:
    return [ev for t, ev in _types(text, lang) if t == etype]


EN_HEAD = "Deserters flee a unit near Ostrovka.\n\n"


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # the flight's verb and an active killing verb in one clause: one subject, his victim
        (
            "Twelve former inmates serving as soldiers abandoned their company's trenches and "
            "shot dead an officer of the security ministry on the way out.",
            "shot dead",
        ),
        # the crew of a defecting aircraft
        ("Two crew members, who knew nothing of the plan, resisted and were killed.", "killed"),
    ],
)
def test_someone_elses_death_is_read_so(sentence: str, trigger: str) -> None:
    s = sentence.index(trigger)
    assert not_a_happening(sentence, "death", s, s + len(trigger), get_lexicon("en")) == "victim"


def test_deserters_own_death_is_not_read_as_a_victims() -> None:
    sentence = "A private who fled his unit was shot dead by police after he opened fire."
    s = sentence.index("shot dead")
    assert not_a_happening(sentence, "death", s, s + 9, get_lexicon("en")) is None


def test_deserter_killed_beside_the_flight_stays_a_death() -> None:
    text = EN_HEAD + (
        "A private who fled his unit near Ostrovka in May was shot dead by police on Tuesday "
        "after he opened fire at a checkpoint."
    )
    assert _of(text, "en", "death")


def test_crew_of_a_defecting_pilot_is_no_death_ru() -> None:
    text = (
        "Пилот дезертировал вместе с вертолётом\n\n"
        "Военный лётчик дезертировал во вторник и посадил вертолёт на аэродроме под Сумами. "
        "Что случилось с двумя членами экипажа, которые выпрыгнули из кабины, неизвестно; по "
        "данным другой стороны, оба погибли."
    )
    assert _of(text, "ru", "death") == []


def test_victim_killed_after_the_flight_is_no_death_ru() -> None:
    text = (
        "Дезертиры сбежали из части под Осташковом\n\n"
        "Девять бывших заключённых дезертировали в понедельник: беглецы уехали на двух "
        "машинах, а пытавшегося задержать их охранника части застрелили."
    )
    assert _of(text, "ru", "death") == []
    assert _of(text, "ru", "desertion")


def test_prisoners_of_war_captured_are_no_detention() -> None:
    text = (
        "Deserter caught near Ostrovka\n\n"
        "A private who deserted from his unit near Ostrovka in March was detained on Tuesday, "
        "police said. Separately, Ukrainian troops captured three wounded enemy soldiers near "
        "Sumy last week, the general staff said."
    )
    found = _of(text, "en", "detention")
    assert len(found) == 1 and "Ostrovka" in found[0]


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        (
            "The recruits had signed contracts in return for having criminal cases against "
            "them dropped, the channel said.",
            "criminal cases",
        ),
        ("Will the criminal cases be dropped? Not always.", "criminal cases"),
    ],
)
def test_case_dropped_is_read_so(sentence: str, trigger: str) -> None:
    s = sentence.index(trigger)
    got = not_a_happening(sentence, "prosecution", s, s + len(trigger), get_lexicon("en"))
    assert got == "other_crime"


def test_case_undecided_is_no_prosecution() -> None:
    sentence = "A decision on opening a criminal case will be taken by military investigators."
    text = (
        "Deserters caught near Ostrovka\n\n"
        "Six soldiers deserted from their unit near Ostrovka on Friday; four were detained on "
        "Sunday, police said. " + sentence
    )
    assert _of(text, "en", "prosecution") == []


def test_case_opened_stays_a_prosecution() -> None:
    text = (
        "Deserters caught near Ostrovka\n\n"
        "Six soldiers deserted from their unit near Ostrovka on Friday; four were detained on "
        "Sunday, police said. Military investigators opened a criminal case for desertion "
        "against them on Monday."
    )
    assert _of(text, "en", "prosecution")


@pytest.mark.parametrize(
    "sentence",
    [
        "It is a lottery, a lawyer said: one man gets caught, the next does not.",
        "An official admitted that the courts are swamped and that only some of the men are "
        "ever caught.",
    ],
)
def test_catch_told_as_a_practice_is_no_detention(sentence: str) -> None:
    text = (
        "Thousands of soldiers have deserted, lawyers say\n\n"
        "Thousands of soldiers have deserted from units across the country since the spring, "
        "lawyers say. " + sentence
    )
    assert _of(text, "en", "detention") == []
