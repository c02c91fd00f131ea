"""Round 40 (num40): counts and arms of events, and a count that is no figure.

- a negated quantifier is no negation of the verb: "No fewer than eight deserters were
  detained", "Not more than four soldiers left" (English, as Russian's «не менее» already was);
- a search launched for a hedged number of men («объявили в розыск до двенадцати дезертиров",
  "launched a search for up to 12 deserters") is one event's count, not a statistic; a list told
  as it stands («в розыске находятся около 30 ...») or notices counted over a month still is;
- armed: weapons seized from the men at the arrest ("a rifle was seized from him", «у него
  изъяли автомат», «изъяли у задержанных пистолет»); the participle and gerund of opening fire
  («открывший огонь», «открыв огонь»); a weapon left behind with a finite verb («оставил автомат в
  окопе», not «оставил часть с автоматом»); a sentry's or guard's shots are theirs, not the men's;
- a statement of arms with no event counts the men told up to its cue, not "one of the men" of
  the teller after it ("..., the mother of one of the men said").
"""

from __future__ import annotations

import pytest
from tests.extract.helpers import armed_of, events, extract

PUB = "2026-05-20"


@pytest.mark.parametrize(
    ("text", "count", "qualifier"),
    [
        (
            "No fewer than eight deserters were detained in the Tula region, police said.",
            8,
            "at_least",
        ),
        (
            "Not less than eight deserters were detained in the Tula region, police said.",
            8,
            "at_least",
        ),
        (
            "Not more than four conscripts left the base near Kamyshin on Friday, a source said.",
            4,
            "up_to",
        ),
    ],
)
def test_a_negated_quantifier_does_not_negate_the_event(
    text: str, count: int, qualifier: str
) -> None:
    found = events(text, "en", PUB)
    assert [(e.count, e.count_qualifier) for e in found] == [(count, qualifier)]


def test_a_negated_verb_still_blocks() -> None:
    assert events("Police did not detain the deserters in the Tula region.", "en", PUB) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Полиция Тульской области объявила в розыск до двенадцати дезертиров, сбежавших из части.",
            "ru",
        ),
        (
            "Police in the Tula region launched a search for up to 12 deserters who fled a unit.",
            "en",
        ),
    ],
)
def test_a_search_for_a_hedged_number_is_an_event_not_a_figure(text: str, lang: str) -> None:
    ex = extract(text, lang, PUB)
    wanted = [e for e in ex.events if e.type == "wanted"]
    assert [(e.count, e.count_qualifier) for e in wanted] == [(12, "up_to")]
    assert [f.value for f in ex.figures] == []


def test_a_list_as_it_stands_is_still_a_figure() -> None:
    ex = extract("В розыске находятся около 30 дезертиров из региона.", "ru", PUB)
    assert [f.value for f in ex.figures] == [30]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("A rifle and two magazines were seized from him, police said.", "en", True),
        ("Officers confiscated a pistol from the deserter at the station.", "en", True),
        ("Полицейские изъяли у задержанного автомат.", "ru", True),
        ("У него изъяли автомат и два магазина, сообщили в полиции.", "ru", True),
        ("При задержании изъяли у дезертиров пистолет.", "ru", True),
        ("Дезертир, открывший огонь по патрулю, был задержан.", "ru", True),
        ("Открыв огонь по патрулю, беглец скрылся в лесу.", "ru", True),
        ("Контрактник оставил автомат в окопе и ушёл с позиций.", "ru", False),
        ("Мобилизованный сдал табельный пистолет и уехал домой.", "ru", False),
        ("Контрактник оставил часть с автоматом.", "ru", True),
        ("A sentry opened fire at the truck in which the two deserters fled.", "en", None),
        ("Часовой открыл огонь по машине, на которой уезжали беглецы.", "ru", None),
        ("Караульный открыл огонь по беглецам.", "ru", None),
        ("The deserter opened fire at the patrol.", "en", True),
    ],
)
def test_armed_cues(text: str, lang: str, want: bool | None) -> None:
    assert armed_of(text, lang) is want


def test_an_armed_statement_counts_the_men_not_the_teller() -> None:
    # "one of the men" is the teller's, after the cue: the statement is of the whole group
    text = (
        "Four conscripts left their positions near Kreminna in early May. They were detained "
        "by military police in Abakan on May 30. They had left their rifles behind, the mother "
        "of one of the men said."
    )
    found = events(text, "en", PUB)
    assert [(e.type, e.count, e.armed) for e in found] == [
        ("desertion", 4, False),
        ("detention", 4, False),
    ]


def test_a_number_in_a_when_clause_holds_for_its_date() -> None:
    # the database's day first; a growth since an earlier day, when it held fewer; a part after
    text = (
        "Police were searching for at least 41,300 servicemen suspected of desertion as of "
        "March 1, 2026, according to a leaked database. The number has grown fourfold since "
        "the end of 2024, when the database held fewer than 10,500 such entries. The largest "
        "group, about 5,200 people, was registered in the Rostov region."
    )
    by_value = {f.value: f.as_of for f in extract(text, "en", PUB).figures}
    assert by_value == {41300: "2026-03-01", 10500: "2024-12", 5200: "2026-03-01"}


def test_when_told_reads_the_start_and_the_end_of_a_year() -> None:
    from awol.extract.counts import find_counts
    from awol.extract.figure_dates import when_told
    from awol.extract.lexicon import get_lexicon

    for text, lang, want in (
        (
            "It has tripled since the start of 2024, when courts heard 900 such cases.",
            "en",
            "2024-01",
        ),
        (
            "Число дел выросло втрое с конца 2024 года, когда суды рассмотрели 900 таких дел.",
            "ru",
            "2024-12",
        ),
        ("Courts heard 900 such cases in 2024, when the law was changed.", "en", None),
    ):
        (c,) = [c for c in find_counts(text, lang) if c.value == 900]
        assert when_told(c, text, get_lexicon(lang), PUB) == want


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        (
            "Over the course of 2024, roughly 12,000 soldiers deserted from their units, a "
            "ministry source said.",
            "2024",
        ),
        ("Throughout last year, about 8,000 soldiers fled their units, the ministry said.", "2025"),
    ],
)
def test_many_who_fled_over_a_whole_year_are_a_figure(text: str, as_of: str) -> None:
    ex = extract(text, "en", PUB)
    assert [(f.value, f.as_of) for f in ex.figures] == [(12000 if "2024" in as_of else 8000, as_of)]
    assert [e for e in ex.events if e.type == "desertion"] == []


def test_a_number_after_the_when_clause_is_not_its_date() -> None:
    text = (
        "Since February 2022, when the invasion began, military courts have heard more than "
        "31,000 desertion cases, Mediazona said."
    )
    assert [(f.value, f.as_of) for f in extract(text, "en", PUB).figures] == [(31000, PUB)]
