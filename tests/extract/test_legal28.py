"""The legal chain in roundups of several cases (round 28, type28; invented sentences, EN and RU).

A verdict's term told "five and a half years" / «пять с половиной лет», or only by what follows it
("three years in a penal colony"), is read, so two verdicts of a roundup with different terms stay
two events; and a flight told, with its time or place, in the clause of another case's verdict or
detention is that case's man's flight, not merged into the flight of the case told before it.
"""

from __future__ import annotations

import pytest

from awol.extract.document import extract_article
from awol.extract.terms import penalty_months
from awol.model import Article


@pytest.mark.parametrize(
    ("text", "lang", "months"),
    [
        ("A private from Omsk received five and a half years in a penal colony.", "en", 66),
        ("He was sentenced to six and a half years.", "en", 78),
        ("The court handed him a four-and-a-half-year suspended sentence.", "en", 54),
        # (a term told only by what follows it: the ``after`` pattern, once anchored nowhere)
        ("The court gave Ivanov, a contract soldier, three years in a penal colony.", "en", 36),
        ("Суд приговорил его к пяти с половиной годам колонии общего режима.", "ru", 66),
        ("Ему дали три с половиной года условно.", "ru", 42),
        ("Суд назначил Петрову, рядовому из Омска, шесть лет колонии.", "ru", 72),
    ],
)
def test_half_terms_and_terms_told_by_what_follows(text: str, lang: str, months: int) -> None:
    assert penalty_months(text, 0, lang) == months


def _events(text: str, lang: str) -> list:
    art = Article(id="t", text=text, published="2025-02-07", language=lang)
    return extract_article(art).events


def _evidence(events: list, etype: str) -> list[str]:
    return [e.evidence.text for e in events if e.type == etype]


ROUNDUP_EN = (
    "Military courts in three cities handed down verdicts this week. "
    "In Omsk, the garrison court on Monday sentenced Private Oleg Bardin to six years in a "
    "penal colony. "
    "According to the court, Bardin left his unit near Belgorod in October 2024 and was "
    "caught by police in Omsk a month later. "
    "In Perm, a contract soldier who ran away from a hospital in Rostov-on-Don last summer "
    "received five and a half years in a penal colony."
)
ROUNDUP_RU = (
    "Военные суды вынесли приговоры по делам о самовольном оставлении части. "
    "Омский гарнизонный военный суд в понедельник приговорил рядового Олега Бардина к шести "
    "годам колонии. "
    "По данным суда, в октябре 2024 года Бардин не вернулся в часть из отпуска. "
    "В среду тот же суд приговорил к пяти годам колонии мобилизованного из Тары, который "
    "в 2024 году сбежал из госпиталя в Ростове-на-Дону."
)


@pytest.mark.parametrize(("text", "lang"), [(ROUNDUP_EN, "en"), (ROUNDUP_RU, "ru")])
def test_a_flight_in_another_verdicts_clause_is_that_mans_flight(text: str, lang: str) -> None:
    events = _events(text, lang)
    assert len(_evidence(events, "sentence")) == 2
    flights = _evidence(events, "desertion")
    assert len(flights) == 2, flights
    assert any("Bardin" in f or "Бардин" in f for f in flights), flights
    assert any("hospital" in f or "госпиталя" in f for f in flights)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Private Oleg Bardin left his unit near Belgorod in October 2024. "
            "On Monday the Omsk garrison court sentenced Bardin, who had fled his unit near "
            "Belgorod in October 2024, to six years in a penal colony.",
            "en",
        ),
        (
            "Рядовой Олег Бардин в октябре 2024 года покинул часть под Белгородом. "
            "В понедельник Омский гарнизонный военный суд приговорил к шести годам колонии "
            "военного, который в октябре 2024 года сбежал из части под Белгородом.",
            "ru",
        ),
    ],
)
def test_the_same_mans_flight_in_his_verdicts_clause_stays_one(text: str, lang: str) -> None:
    events = _events(text, lang)
    assert len(_evidence(events, "sentence")) == 1
    assert len(_evidence(events, "desertion")) == 1


def _types(text: str, lang: str) -> list[str]:
    return sorted(e.type for e in _events(text, lang))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "A military court in Rostov on Tuesday sentenced a soldier who deserted his unit near "
            "Belgorod last year to four years for stealing fuel from a depot.",
            "en",
        ),
        (
            "Военный суд в Ростове во вторник приговорил к четырем годам солдата, который в "
            "прошлом году самовольно оставил часть под Белгородом, за кражу топлива со склада.",
            "ru",
        ),
    ],
)
def test_a_verdict_for_another_crime_named_after_the_convicts_clause(text: str, lang: str) -> None:
    # (the flight, told with its time and place, stays; the verdict is for theft: no event)
    assert _types(text, lang) == ["desertion"]


def test_a_verdict_for_desertion_named_after_the_convicts_clause_stays() -> None:
    text = (
        "A military court in Rostov on Tuesday sentenced a soldier who deserted his unit near "
        "Belgorod last year to four years for desertion."
    )
    assert "sentence" in _types(text, "en")


def test_the_penalty_for_a_kind_of_people_told_by_a_participle_is_no_flight() -> None:
    text = (
        "Военнослужащим, самовольно оставившим часть в период мобилизации, грозит до десяти "
        "лет лишения свободы."
    )
    assert _types(text, "ru") == []


def test_a_charge_still_to_be_decided_is_no_prosecution() -> None:
    text = (
        "A conscript who fled his base near Chita on Monday was caught on Wednesday. "
        "He is now held at the guardhouse while investigators decide on charges."
    )
    assert "prosecution" not in _types(text, "en")
    decided = (
        "A conscript who fled his base near Chita on Monday was caught on Wednesday. "
        "Investigators have charged him with desertion."
    )
    assert "prosecution" in _types(decided, "en")


def test_the_month_may_just_before_a_trigger_is_no_modal() -> None:
    from awol.extract.lexicon import get_lexicon
    from awol.extract.mentions import _find_triggers
    from awol.extract.trigger_blocks import blocked as _blocked

    lex = get_lexicon("en")
    text = "A soldier who fled his unit in May was later detained."
    found = {t.type: _blocked(text, t.type, a, b, lex) for t, a, b in _find_triggers(text, lex)}
    assert found.get("detention") is False
    modal = "Police may soon detain him."
    assert all(_blocked(modal, t.type, a, b, lex) for t, a, b in _find_triggers(modal, lex))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A soldier who fled his unit near Kursk in May will stand trial for desertion.", "en"),
        ("A soldier who fled his unit near Kursk in May is now on trial in Kursk.", "en"),
        ("Контрактник, сбежавший в мае из части под Курском, предстанет перед судом.", "ru"),
    ],
)
def test_a_trial_under_way_or_to_come_is_a_prosecution(text: str, lang: str) -> None:
    # (the coders: "expected to stand trial" and «собираются судить» are charges brought)
    assert _types(text, lang) == ["desertion", "prosecution"]


def test_a_flight_inside_a_longer_legal_trigger_is_kept() -> None:
    text = (
        "The military prosecutor's office sent the case of a soldier who fled his unit near "
        "Kursk in May to court."
    )
    assert _types(text, "en") == ["desertion", "prosecution"]


@pytest.mark.parametrize(
    ("text", "flight"),
    [
        ("A contract soldier from Tver went home on leave in March and never went back.", True),
        ("The private was due back at his base on June 2 but did not show up, police said.", True),
        (
            "A soldier was on leave in Moscow in May and never went back to see his parents "
            "after the quarrel.",
            False,
        ),
    ],
)
def test_a_leave_and_no_return_told_without_the_unit(text: str, flight: bool) -> None:
    # (failure to return from leave is a desertion, SCHEMA.md / dev README; not a visit)
    assert ("desertion" in _types(text, "en")) is flight
