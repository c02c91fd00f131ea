"""Round 30 (type30): a court's custody is part of the detention told before it, and the police
who act on a man are not his count.

- ``court_custody`` (``lang/*/events.yaml``, :func:`awol.extract.mentions._court_custody`): a
  detention verb whose subject is a court ("a garrison court remanded him", «гарнизонный суд
  арестовал его на два месяца») is a step: it joins the detention told before and makes one only
  where none was told (train gold ren-102: a court's detention told alone is the detention).
- ``count_agents`` (:func:`awol.extract.argument_counts._agents`): "two military police officers
  came for him", «за ним пришли двое из военной полиции» count the officers, not the man.
"""

from __future__ import annotations

import json

import pytest

from awol.cli.extract import run_extract


def _events(tmp_path, lang: str, text: str) -> list[dict]:
    (tmp_path / "x.txt").write_text(text + "\n", encoding="utf-8")
    man = tmp_path / "m.jsonl"
    man.write_text(
        json.dumps({"id": "x", "language": lang, "published": "2025-11-14"}) + "\n",
        encoding="utf-8",
    )
    out = [x for x in run_extract([str(tmp_path / "x.txt")], str(man)) if hasattr(x, "to_dict")]
    return out[0].to_dict()["events"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "В сентябре контрактник ушел с позиций под Купянском и уехал домой в Тюмень. "
            "3 ноября его задержали сотрудники военной полиции. "
            "С тех пор он в СИЗО: гарнизонный суд арестовал его на два месяца.",
        ),
        (
            "ru",
            "В сентябре контрактник ушел с позиций под Купянском и уехал домой в Тюмень. "
            "3 ноября за ним пришли двое из военной полиции. "
            "Через два дня суд отправил его в СИЗО.",
        ),
        (
            "en",
            "A contract soldier fled his unit in the Belgorod region in May. "
            "Police detained him in Tver on 4 June. "
            "Two days later a garrison court detained him for two months.",
        ),
    ],
)
def test_court_custody_joins_the_detention_told_before(tmp_path, lang: str, text: str) -> None:
    events = _events(tmp_path, lang, text)
    kinds = [e["type"] for e in events]
    assert kinds.count("detention") == 1, events


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "Приморский гарнизонный суд арестовал дезертира, сбежавшего из части под Уссурийском.",
        ),
        (
            "en",
            "On October 11, a district court in Lviv detained a serviceman who deserted from his "
            "brigade, for two months without bail.",
        ),
    ],
)
def test_court_custody_alone_is_the_detention(tmp_path, lang: str, text: str) -> None:
    events = _events(tmp_path, lang, text)
    assert [e for e in events if e["type"] == "detention"], events


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Private Oleg Ryabkov left his base near Kursk in June and hid at his parents' house. "
            "Two military police officers came for him there on October 2.",
        ),
        (
            "ru",
            "Рядовой Олег Рябков в июне сбежал из части под Курском и прятался у родителей. "
            "2 октября за ним пришли двое сотрудников военной полиции.",
        ),
    ],
)
def test_the_officers_are_not_the_count(tmp_path, lang: str, text: str) -> None:
    events = _events(tmp_path, lang, text)
    det = [e for e in events if e["type"] == "detention"]
    assert det and all(e["count"] in (None, 1) for e in det), events


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "A contract soldier who fled his unit in April was stopped on the highway near Tver. "
            "The driver, his cousin, faces no charges, police said.",
        ),
        ("ru", "Контрактник сбежал из части под Курском в мае. Уголовное дело так и не возбудили."),
    ],
)
def test_a_negation_inside_the_trigger_is_no_prosecution(tmp_path, lang: str, text: str) -> None:
    """ "faces no charges", «дело так и не возбудили»: the trigger spans the negation
    (``mentions._negated_inside``)."""
    events = _events(tmp_path, lang, text)
    assert not [e for e in events if e["type"] == "prosecution"], events


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "Солдат, сбежавший из части в мае, задержан в Омске в понедельник. Отдельно суд в "
            "Омске оштрафовал 26-летнего программиста за неявку в военкомат по повестке.",
        ),
    ],
)
def test_a_fine_for_draft_evasion_is_no_sentence(tmp_path, lang: str, text: str) -> None:
    """«за неявку в военкомат по повестке» is draft evasion (``block: before``'s draft line)."""
    events = _events(tmp_path, lang, text)
    assert not [e for e in events if e["type"] == "sentence"], events


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Investigators in Chita have charged a sergeant who left his regiment in June."),
        ("ru", "В июне в отношении контрактника возбудили уголовное дело о дезертирстве."),
    ],
)
def test_a_charge_without_negation_stays(tmp_path, lang: str, text: str) -> None:
    events = _events(tmp_path, lang, text)
    assert [e for e in events if e["type"] == "prosecution"], events
