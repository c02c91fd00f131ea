"""Round 34 (type34): second happenings told in the sentence of a first.

- A trigger in a main clause of its own beside another type's (a coordinated clause, a clause
  after a semicolon or "but"/«а»/«но») is news, not the other's background, even where the
  sentence classifier doubts it (extract/merge_words.py ``own_clause``); one in a clause opened by
  a subordinator ("after a shell killed two men", "while the search ... continues":
  ``subordinate_clause`` in ``lang/*/events.yaml``) stays background.
- Two triggers of one type in one sentence, each in its own clause and naming its own people,
  none in common, are two happenings (extract/mentions.py ``_other_people``).
- "tracked him down", «полиция нашла его» (the agent's gender and number), "and the other in
  Ulyanovsk" (an elided verb without a comma) are read.
- "2 марта прошлого года", "on March 2 last year": the day of last year (lang/*/dates.yaml).
"""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from awol.cli.extract import run_extract
from awol.extract.dates import find_dates
from awol.extract.merge_words import own_clause


def _extract(tmp_path: Path, text: str, lang: str, published: str = "2025-06-02") -> list[dict]:
    f = tmp_path / "doc.txt"
    f.write_text(text, "utf-8")
    man = tmp_path / "manifest.jsonl"
    man.write_text(
        json.dumps({"id": "doc", "published": published, "language": lang}) + "\n", "utf-8"
    )
    (doc,) = run_extract([str(f)], str(man))
    return doc.to_dict()["events"]


def _types(events: list[dict]) -> list[str]:
    return sorted(e["type"] for e in events)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Он уехал из части 2 марта прошлого года.", "ru", "2024-03-02"),
        ("Он вернулся 5 мая этого года.", "ru", "2025-05-05"),
        ("He left his unit on March 2 last year.", "en", "2024-03-02"),
        ("He left his unit on 2 March last year.", "en", "2024-03-02"),
        # (a month alone of last year, as before)
        ("He left his unit in December last year.", "en", "2024-12"),
    ],
)
def test_a_day_of_last_year(text: str, lang: str, expected: str) -> None:
    values = [d.value for d in find_dates(text, lang, "2025-06-02") if d.value]
    assert values == [expected]


def _own(text: str, triggers: list[tuple[str, str]], which: int, lang: str) -> bool:
    """own_clause of the ``which``-th of the (type, trigger words) mentions of ``text``, none
    of them told in a relative clause."""
    ms = [SimpleNamespace(type=t, start=text.index(w)) for t, w in triggers]
    return own_clause(text, ms[which], ms, {id(m): False for m in ms}, lang)


@pytest.mark.parametrize(
    ("text", "triggers", "which", "lang", "expected"),
    [
        # a coordinated or a semicolon clause with its own subject and verb
        (
            "A conscript was detained at a farm on May 20; his brother is still being sought.",
            [("detention", "detained"), ("wanted", "being sought")],
            1,
            "en",
            True,
        ),
        (
            "He crossed the border fence in March and was detained by border guards.",
            [("desertion", "crossed"), ("detention", "detained")],
            0,
            "en",
            True,
        ),
        (
            "Он ушёл с позиций в марте, а через две недели был задержан в Абакане.",
            [("desertion", "ушёл"), ("detention", "задержан")],
            1,
            "ru",
            True,
        ),
        # a clause opened by a subordinator: the circumstance of the other
        (
            "In May 2024, after police detained his brother, he walked away from the unit.",
            [("detention", "detained"), ("desertion", "walked away")],
            0,
            "en",
            False,
        ),
        # not a death: one in a clause of its own beside a flight is mostly someone else's
        (
            "В 2020 году в части погиб рядовой, а в 2022 году двое солдат ушли из части.",
            [("death", "погиб"), ("desertion", "ушли")],
            0,
            "ru",
            False,
        ),
        (
            "Police caught two of the soldiers, while the search for the third continues.",
            [("detention", "caught"), ("wanted", "search")],
            1,
            "en",
            False,
        ),
        (
            "Его задержали в Туле, когда он пытался сесть в поезд после побега.",
            [("detention", "задержали"), ("desertion", "побега")],
            1,
            "ru",
            False,
        ),
        # another type's trigger in the same clause: "found guilty of desertion"
        (
            "He was found guilty of desertion and jailed.",
            [("sentence", "found guilty"), ("desertion", "desertion")],
            1,
            "en",
            False,
        ),
    ],
)
def test_own_clause(
    text: str, triggers: list[tuple[str, str]], which: int, lang: str, expected: bool
) -> None:
    assert _own(text, triggers, which, lang) is expected


def test_a_relative_clause_is_never_its_own(tmp_path: Path) -> None:
    text = "A soldier who fled in May was detained."
    ms = [SimpleNamespace(type="desertion", start=14), SimpleNamespace(type="detention", start=29)]
    assert not own_clause(text, ms[0], ms, {id(ms[0]): True, id(ms[1]): False}, "en")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Two flights from one regiment\n\n"
            "Corporal Anatoly Vereshchak left his regiment in the Kursk region on March 9, and "
            "Private Semyon Lagutin walked out of the same regiment ten days later.\n",
            "en",
        ),
        (
            "Два побега из одного полка\n\n"
            "Ефрейтор Анатолий Верещак самовольно покинул полк в Курской области 9 марта, а "
            "рядовой Семён Лагутин сбежал из того же полка через десять дней.\n",
            "ru",
        ),
    ],
)
def test_two_mens_flights_in_two_clauses_are_two_events(
    tmp_path: Path, text: str, lang: str
) -> None:
    flights = [e for e in _extract(tmp_path, text, lang) if e["type"] == "desertion"]
    assert len(flights) == 2, flights


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Deserter caught\n\n"
            "Private Taras Klimov ran from his unit in the Belgorod region in February, but "
            "the military police tracked him down in Lipetsk in April.\n",
            "en",
        ),
        (
            "Дезертира нашли\n\n"
            "Рядовой Тарас Климов сбежал из части в Белгородской области в феврале, но в апреле "
            "военная полиция нашла его в Липецке.\n",
            "ru",
        ),
    ],
)
def test_a_detention_told_as_tracked_down_or_found(tmp_path: Path, text: str, lang: str) -> None:
    assert _types(_extract(tmp_path, text, lang)) == ["desertion", "detention"]


def test_an_elided_second_detention_after_and(tmp_path: Path) -> None:
    text = (
        "Two runaways caught\n\n"
        "Two privates ran from their unit in Mari El last week. Police caught one of the "
        "runaways in Yoshkar-Ola on Saturday and the other in Cheboksary on Sunday.\n"
    )
    detentions = [e for e in _extract(tmp_path, text, "en") if e["type"] == "detention"]
    assert len(detentions) == 2, detentions


def test_a_case_over_a_death_is_not_a_prosecution_for_desertion(tmp_path: Path) -> None:
    # «гибель» in other_crimes (lang/ru/events.yaml): a case or a verdict over a death, in a
    # sentence that names nothing of desertion, is for another crime
    text = (
        "Дезертира задержали в Туле\n\n"
        "В Туле военная полиция задержала контрактника, который в марте самовольно покинул часть "
        "в Брянской области. Кроме того, военные следователи возбудили уголовное дело о гибели "
        "рядового на полигоне под Брянском.\n"
    )
    assert "prosecution" not in _types(_extract(tmp_path, text, "ru"))
