"""Round 33 (type33): which events a text holds when two people's stories are told side by side.

"Also" beside the trigger of an act of the state (``also`` in ``lang/*/events.yaml``;
extract/merge_words.py ``also_told``) says the happening is one more of the type just told,
someone else's: «В отношении него также возбуждено уголовное дело» after another man's case,
"Investigators also charged him".  Such a mention joins no earlier event of its type but one
naming the same person.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from awol.cli.extract import run_extract
from awol.extract.merge_words import another_case


def _another(text: str, trigger: str, etype: str, lang: str) -> bool:
    s = text.index(trigger)
    return another_case(text, None, lang, s, s + len(trigger), etype)


@pytest.mark.parametrize(
    ("text", "trigger", "etype", "lang", "expected"),
    [
        # not a flight: "also" may tell a step of the flight told before ("fled to Kazakhstan"),
        # and a named man's flight kept apart lets an unnamed one merge with a third man's
        (
            "A former major, Oleg Vasin, also fled the country last spring.",
            "fled",
            "desertion",
            "en",
            False,
        ),
        ("He also fled to Kazakhstan after that.", "fled", "desertion", "en", False),
        # acts of the state: "also" tells one more, whoever the sentence names
        (
            "В отношении него также возбуждено уголовное дело.",
            "возбуждено уголовное дело",
            "prosecution",
            "ru",
            True,
        ),
        (
            "Также по той же статье был осуждён рядовой Игорь Санин.",
            "осуждён",
            "sentence",
            "ru",
            True,
        ),
        ("Investigators also charged him with desertion.", "charged", "prosecution", "en", True),
        # «а также» lists the people of one happening
        ("Суд осудил Петрова, а также его сослуживца.", "осудил", "sentence", "ru", False),
        # no "also": nothing new
        (
            "В отношении него возбуждено уголовное дело.",
            "возбуждено уголовное дело",
            "prosecution",
            "ru",
            False,
        ),
        # "also" far from the trigger, in another part of the clause, is not the trigger's
        (
            "He also said that in the end, after several weeks of hesitation, he fled.",
            "fled",
            "desertion",
            "en",
            False,
        ),
    ],
)
def test_also_beside_a_trigger_tells_another_happening(
    text: str, trigger: str, etype: str, lang: str, expected: bool
) -> None:
    assert _another(text, trigger, etype, lang) is expected


def _extract(tmp_path: Path, text: str, lang: str) -> list[dict]:
    f = tmp_path / "doc.txt"
    f.write_text(text, "utf-8")
    man = tmp_path / "manifest.jsonl"
    man.write_text(
        json.dumps({"id": "doc", "published": "2025-06-02", "language": lang}) + "\n", "utf-8"
    )
    (doc,) = run_extract([str(f)], str(man))
    return doc.to_dict()["events"]


def test_a_second_mans_case_told_with_also_is_its_own_prosecution(tmp_path: Path) -> None:
    text = (
        "Дезертира задержали в Туле\n\n"
        "В Туле военная полиция задержала контрактника, который в марте ушёл из части в "
        "Брянской области. Военным следственным отделом возбуждено уголовное дело о самовольном "
        "оставлении части.\n\n"
        "Ранее в апреле в Рязани был задержан мобилизованный, который не вернулся из отпуска. "
        "В отношении него также возбуждено уголовное дело.\n"
    )
    events = _extract(tmp_path, text, "ru")
    cases = [e for e in events if e["type"] == "prosecution"]
    assert len(cases) == 2, events
    assert any("также" in e["evidence"]["text"] for e in cases)
