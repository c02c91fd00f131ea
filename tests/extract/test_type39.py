"""Round 39 (type39): event recall in wordings the lexicon lacked (invented text throughout).

- The offence named without «самовольное» («за оставление части»): a topic word of
  ``lang/ru/events.yaml`` (a feature of the sentence model, rebuilt with ``awol train``).
  Twin: «за оставление позиций» (a unit's retreat) stays off the topic.
- A court register's verdict line with no verb ("Ruling of 12 March: Private X, four years in a
  penal colony", «Приговор от 12 марта: рядовой X — четыре года колонии»): ``general:`` sentence
  triggers.  Twin: a term asked for («гособвинение — семь лет») is no verdict.
- A search told by how long it has run ("wanted since September for abandoning a checkpoint"):
  the search and the flight beside the catch, the catch keeping the sentence's count.
- In СЗЧ since a month («находившегося в СЗЧ с марта»): a flight with its date.  Twin: the
  label without a date stays none.
- A case in the investigators' hands («в производстве ... находятся уголовные дела») and a
  Ukrainian «производство» opened: prosecutions.
- Gone home with a weapon ("returned home ... with a machine gun", «вернулся домой с фронта с
  автоматом»): a flight.
- "for failing to come back from shore leave in November 2024": the flight beside the verdict;
  without a date or place none (as the older "for failing to return from leave").
"""

from __future__ import annotations

import pytest

from awol.model import Document
from awol.pipeline import Pipeline

_EN_HEAD = "Deserters before the court\n\nA private deserted from a unit in Omsk in March.\n\n"
_RU_HEAD = "Дезертиры в регионе\n\nСолдат Пётр Ивакин сбежал из части в Омске в мае.\n\n"


def _events(text: str, lang: str, published: str = "2025-10-10") -> list[dict]:
    doc = Document(
        origin="type39",
        content=text.encode("utf-8"),
        id="type39",
        published=published,
        language=lang,
        media_type="text",
    )
    (out,) = Pipeline().process([doc])
    return [e.to_dict() for e in out.events]


def _of(events: list[dict], needle: str) -> list[dict]:
    return [e for e in events if needle in e["evidence"]["text"]]


def test_leaving_the_unit_without_samovolnoe_is_the_offence() -> None:
    text = (
        "Гарнизонный суд в Чите приговорил рядового Олега Сыромятникова к четырём годам "
        "колонии за оставление части."
    )
    got = [e for e in _events(text, "ru") if e["type"] == "sentence"]
    assert got and got[0]["names"] == ["Олег Сыромятников"], got


def test_leaving_positions_is_no_offence_named() -> None:
    text = "Командующего группировкой осудили за оставление позиций под Угледаром в прошлом году."
    assert _events(text, "ru") == []


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Ruling of 12 March: Private Oleg Dronov, four years in a penal colony.", "en"),
        ("Verdict of 14 March: Corporal Ilya Shumov — three and a half years, suspended.", "en"),
        ("Приговор от 12 марта: рядовой Олег Дронов — четыре года колонии.", "ru"),
        ("Решение от 17 марта: сержанту Павлу Гурову — пять лет 6 месяцев колонии.", "ru"),
    ],
)
def test_a_register_line_with_no_verb_is_a_verdict(line: str, lang: str) -> None:
    head = {
        "en": "Garrison court: decisions of the week on desertion cases\n\nThe Tambov garrison "
        "court published its decisions on unauthorised absence.\n\nDecision of 10 March: "
        "Private Kirill Yablokov, six years in a strict-regime colony.\n\n",
        "ru": "Гарнизонный суд: решения недели по делам о СОЧ\n\nТамбовский гарнизонный суд "
        "опубликовал решения по делам о самовольном оставлении части.\n\nРешение от 10 марта: "
        "рядовой Кирилл Яблоков — шесть лет колонии строгого режима.\n\n",
    }[lang]
    got = _of(_events(head + line + "\n", lang, "2025-03-20"), line[:20])
    assert [e["type"] for e in got] == ["sentence"], got


def test_a_term_asked_for_after_a_dash_is_no_verdict() -> None:
    text = (
        _RU_HEAD + "Защита просила назначить условный срок, гособвинение — семь лет колонии.\n"
    )
    assert _of(_events(text, "ru"), "гособвинение") == []


def test_wanted_since_a_month_tells_the_search_and_the_flight() -> None:
    line = (
        "Two contract soldiers wanted since September for abandoning a checkpoint near Sudzha "
        "were arrested in Lgov on Wednesday."
    )
    got = {e["type"]: e for e in _of(_events(_EN_HEAD + line + "\n", "en"), "Two contract")}
    assert set(got) == {"wanted", "desertion", "detention"}, got
    assert got["wanted"]["date"] == "2025-09"
    assert got["detention"]["count"] == 2


def test_in_szch_since_a_month_is_a_dated_flight() -> None:
    line = "В Измаиле сотрудники ТЦК задержали ещё одного военнослужащего, находившегося в СЗЧ с марта."
    got = {e["type"]: e for e in _of(_events(_RU_HEAD + line + "\n", "ru"), "В Измаиле")}
    assert set(got) == {"detention", "desertion"}, got
    assert got["desertion"]["date"] == "2025-03"


def test_in_szch_as_a_label_stays_none() -> None:
    line = "В Измаиле сотрудники ТЦК задержали ещё одного военнослужащего, находившегося в СЗЧ."
    got = {e["type"] for e in _of(_events(_RU_HEAD + line + "\n", "ru"), "В Измаиле")}
    assert "desertion" not in got


@pytest.mark.parametrize(
    "line",
    [
        "Также в производстве военного следственного отдела находятся уголовные дела в "
        "отношении ещё двух военнослужащих гарнизона.",
        "Его передали в ГБР, которое открыло производство по статье о самовольном оставлении "
        "части.",
    ],
)
def test_a_case_in_hand_or_proceedings_opened_is_a_prosecution(line: str) -> None:
    got = {e["type"] for e in _of(_events(_RU_HEAD + line + "\n", "ru"), line[:15])}
    assert "prosecution" in got, got


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("A Russian soldier returned home from the front near Pokrovsk with a machine gun.", "en"),
        ("Военнослужащий вернулся домой с фронта с автоматом.", "ru"),
    ],
)
def test_gone_home_with_a_weapon_is_a_flight(line: str, lang: str) -> None:
    head = {
        "en": "Deserter hunted in Kursk region\n\nPolice are searching for a deserter.\n\n",
        "ru": "В Бурятии ищут дезертира\n\nПолиция ищет военнослужащего, сбежавшего из части.\n\n",
    }[lang]
    got = {e["type"] for e in _of(_events(head + line + "\n", lang), line[:15])}
    assert got == {"desertion"}, got


def test_failing_to_come_back_from_shore_leave_with_a_date_is_a_flight() -> None:
    line = (
        "The court gave the sailor four years in a penal colony for failing to come back from "
        "shore leave in November 2024."
    )
    got = {e["type"]: e for e in _of(_events(_EN_HEAD + line + "\n", "en"), "The court gave")}
    assert set(got) == {"sentence", "desertion"}, got
    assert got["desertion"]["date"] == "2024-11"


def test_failing_to_come_back_with_no_date_names_only_the_offence() -> None:
    line = "The court gave the sailor four years for failing to come back from shore leave."
    got = {e["type"] for e in _of(_events(_EN_HEAD + line + "\n", "en"), "The court gave")}
    assert got == {"sentence"}, got



def test_a_gapped_second_term_after_a_verdict_verb_is_the_same_verdict() -> None:
    """«X приговорили к пяти годам ..., Y — к шести годам»: the second term's verb is the
    first's, left out (a dative term after «к» needs it), so the register line's dash does not
    read it as a verdict of its own: one verdict of the two men, not two of one man each (round
    39, lead: the invented article RU i02, whose verdict was split in two)."""
    from pathlib import Path

    text = (Path(__file__).parent / "probes" / "articles" / "ru" / "i02.txt").read_text()
    got = [e for e in _events(text, "ru", "2025-09-04") if e["type"] == "sentence"]
    assert [e["count"] for e in got] == [2], got
