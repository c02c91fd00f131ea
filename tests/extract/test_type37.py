"""Round 37 (type37): events told in wordings the lexicon lacked (invented text throughout).

- An arrest told by what it does to the man: handcuffs put on him, hands laid on him, led away
  under escort ("put him in handcuffs", "grabbed him", "driven back to his unit under escort";
  «надели на него наручники», «вывели в наручниках», «скрутили его», «под конвоем доставили»),
  and those found named by a quantified pronoun («Обоих нашли в Казани»): detention triggers in
  ``lang/*/events.yaml``.
- The charge fronted before the active verb («Обвинение ему предъявили в августе»).
- A serviceman "had been on the run" / «находился в бегах»: the article is on the topic, so the
  detention told after it is read (``topic`` in ``lang/*/events.yaml``).
- The commandant's men who come for him are not the count of the people («приехали четверо из
  военной комендатуры»: ``count_agents``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from awol.cli.extract import run_extract
from awol.extract.lexicon import get_lexicon
from awol.extract.trigger_find import find_triggers


def _extract(tmp_path: Path, text: str, lang: str, published: str = "2025-06-02") -> list[dict]:
    f = tmp_path / "doc.txt"
    f.write_text(text, "utf-8")
    man = tmp_path / "manifest.jsonl"
    man.write_text(
        json.dumps({"id": "doc", "published": published, "language": lang}) + "\n", "utf-8"
    )
    (doc,) = run_extract([str(f)], str(man))
    return doc.to_dict()["events"]


def _types(text: str, lang: str) -> set[str]:
    return {t.type for t, _s, _e in find_triggers(text, get_lexicon(lang))}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Four men from the commandant's office came at dawn and put him in handcuffs.", "en"),
        ("He was handcuffed by officers of the military police at the bus station.", "en"),
        ("The military police grabbed him outside his girlfriend's block of flats.", "en"),
        ("Officers collared them at a petrol station near Klin.", "en"),
        ("He was driven back to his unit under escort the same evening.", "en"),
        ("The runaway was escorted to the garrison commandant's office.", "en"),
        ("Через неделю к нему приехали из комендатуры и надели на него наручники.", "ru"),
        ("Его вывели в наручниках из дома тётки.", "ru"),
        ("Военные полицейские скрутили его у подъезда.", "ru"),
        ("Его под конвоем доставили обратно в часть.", "ru"),
        ("Беглеца отправили в Ростов под конвоем.", "ru"),
        ("Обоих нашли в ноябре в Пензе, на даче знакомого.", "ru"),
    ],
)
def test_an_arrest_told_by_what_it_does_to_the_man(text: str, lang: str) -> None:
    assert "detention" in _types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # handcuffs of a shop, a hand laid on a thing, an escort of a convoy of goods, a body found
        ("The shop sells handcuffs and police batons.", "en"),
        ("He grabbed his rifle and ran.", "en"),
        ("The aid trucks travelled under escort to Kursk.", "en"),
        ("Обоих нашли мёртвыми в лесу.", "ru"),
        ("В магазине продаются наручники.", "ru"),
    ],
)
def test_no_arrest_where_nobody_is_caught(text: str, lang: str) -> None:
    assert "detention" not in _types(text, lang)


def test_the_fronted_charge_is_a_prosecution() -> None:
    assert "prosecution" in _types("Обвинение ему предъявили в августе — по ч. 5 ст. 337.", "ru")
    assert "prosecution" in _types("Обвинения обоим предъявят на следующей неделе.", "ru")


def test_a_soldier_on_the_run_puts_the_article_on_the_topic(tmp_path: Path) -> None:
    text = (
        "Soldier detained in Ulan-Ude\n\n"
        "A mobilised soldier from Chita had been on the run since March. He was detained on "
        "Wednesday at a relative's house in Ulan-Ude, the regional police said.\n"
    )
    assert [e["type"] for e in _extract(tmp_path, text, "en")] == ["detention"]
    text = (
        "В Улан-Удэ задержали мобилизованного\n\n"
        "Мобилизованный из Читы с марта находился в бегах. В среду его задержали в доме "
        "родственницы в Улан-Удэ, сообщили в полиции.\n"
    )
    assert "detention" in [e["type"] for e in _extract(tmp_path, text, "ru")]


def test_an_inmate_on_the_run_is_no_desertion_topic(tmp_path: Path) -> None:
    text = (
        "Inmate caught in Chita\n\n"
        "An inmate of a Chita prison had been on the run since March. He was detained on "
        "Wednesday at a relative's house, the regional police said.\n"
    )
    assert _extract(tmp_path, text, "en") == []


def test_the_commandants_men_are_not_the_count(tmp_path: Path) -> None:
    text = (
        "Дезертира из Торжка задержали на даче\n\n"
        "Рядовой Пётр Молоков 3 марта самовольно оставил часть под Тверью. Через две недели к "
        "нему на дачу приехали четверо из военной комендатуры и надели на него наручники.\n"
    )
    events = _extract(tmp_path, text, "ru")
    detentions = [e for e in events if e["type"] == "detention"]
    assert detentions and all(e["count"] in (1, None) for e in detentions)


def test_men_shot_leaving_the_front_line_are_a_death_on_the_topic(tmp_path: Path) -> None:
    # «уйти с передовой»: off the front line, as the finite desertion triggers read it, puts the
    # sentence on the topic, so the death of the men shot for it is not vetoed by the classifier
    text = (
        "Российский военный перешёл на сторону ВСУ\n\n"
        "Рядовой Кирилл Ветлугин сдался в плен в январе. По его словам, ещё двое бойцов из его "
        "роты в декабре попытались уйти с передовой, но были расстреляны своими же по приказу "
        "командира роты.\n"
    )
    assert "death" in [e["type"] for e in _extract(tmp_path, text, "ru", "2026-01-24")]
